import { readFileSync, promises as fs } from 'node:fs';
import { join } from 'node:path';

const now = () => performance.now();

export async function pooled<T>(items: T[], work: (item: T) => Promise<void>, size = 32): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/**
 * What any indexer must at least pay: read every file and pass one regular
 * expression over it. Read both ways (synchronously, and through a pool of
 * promises); the faster is the floor.
 */
export async function floor(dir: string, paths: string[]): Promise<number> {
  const re = /\[\[[^\]\n]+\]\]/g;
  let links = 0;
  const t0 = now();
  for (const p of paths) links += (readFileSync(join(dir, p), 'utf8').match(re) ?? []).length;
  const sync = now() - t0;
  const t1 = now();
  await pooled(paths, async (p) => {
    links += ((await fs.readFile(join(dir, p), 'utf8')).match(re) ?? []).length;
  });
  const pooledMs = now() - t1;
  if (links < 0) throw new Error('unreachable');
  return Math.min(sync, pooledMs);
}
