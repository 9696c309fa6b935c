// A hash of everything that decides what the reader makes of a note: the core's
// reader, language, text and model code, the CLI's own reading of files and
// frontmatter, the cache's format, the plugin's reading of notes (vault-source)
// and its store's format, and the locked dependencies. The CLI's records cache
// and the plugin's records store are keyed by it, so a build that reads notes
// differently never uses records an older build kept; nothing needs bumping by
// hand. The CLI and plugin builds define it (esbuild.config.mjs) and so does
// the test setup (vitest.config.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src/core/read',
  'src/core/language',
  'src/core/text',
  'src/core/model',
  'src/cli/folder-source.ts',
  'src/cli/fast-frontmatter.ts',
  'src/cli/yaml-frontmatter.ts',
  'src/cli/regular-file-read.ts',
  'src/cli/records-cache.ts',
  'src/cli/records-format.ts',
  'src/obsidian/vault-source.ts',
  'src/obsidian/stored-note-shape.ts',
  'src/obsidian/indexed-records-store.ts',
  'package-lock.json',
];

/** The files at or below `rel`, project-relative with `/`. */
function filesUnder(root, rel) {
  if (!statSync(join(root, rel)).isDirectory()) return [rel];
  return readdirSync(join(root, rel))
    .sort()
    .flatMap((name) => filesUnder(root, `${rel}/${name}`));
}

/** The hash, hex, over each file's path and bytes in a fixed order; `root` is the project folder. */
export function readerHash(root = '.') {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of filesUnder(root, source)) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 32);
}
