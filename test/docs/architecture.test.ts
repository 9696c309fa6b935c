import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every folder under src/, as `src/…/`. */
function folders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const path = join(dir, e.name);
      return [`${path}/`, ...folders(path)];
    });
}

describe('docs/architecture.md', () => {
  const doc = readFileSync('docs/architecture.md', 'utf8');
  const described = new Set([...doc.matchAll(/^\| `([^`]+\/)` \|/gm)].map((m) => m[1]));

  it('says what lives in every folder of src/', () => {
    const missing = ['src/', ...folders('src')].filter((f) => !described.has(f));
    expect(missing).toEqual([]);
  });

  it('describes no folder that is gone', () => {
    const present = new Set(['src/', ...folders('src')]);
    expect([...described].filter((f) => !present.has(f))).toEqual([]);
  });
});
