import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page's file: where it is read from (or its contents), and its type. */
export type Served = [file: string | { body: string | Buffer }, type: string];

const HARNESS: Record<string, Served> = {
  '/': ['e2e/index.html', 'text/html'],
  '/harness.js': ['e2e/dist/harness.js', 'text/javascript'],
  '/styles.css': ['styles.css', 'text/css'],
  '/theme.css': ['e2e/theme.css', 'text/css'],
};

/** Serves the harness page (or the given files) on a free loopback port. */
export async function serve(files: Record<string, Served> = HARNESS): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const entry = files[(req.url ?? '/').split('?')[0]];
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    const [from, type] = entry;
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(typeof from === 'string' ? readFileSync(from) : from.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
