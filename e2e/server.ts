import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const FILES: Record<string, [string, string]> = {
  '/': ['e2e/index.html', 'text/html'],
  '/harness.js': ['e2e/dist/harness.js', 'text/javascript'],
  '/styles.css': ['styles.css', 'text/css'],
  '/theme.css': ['e2e/theme.css', 'text/css'],
};

/** Serves the harness page on a free loopback port. */
export async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const entry = FILES[(req.url ?? '/').split('?')[0]];
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${entry[1]}; charset=utf-8` }).end(readFileSync(entry[0]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}
