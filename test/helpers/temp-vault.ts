import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli/run';
import type { Disk } from '../../src/cli/vault-writer';

/** A vault folder on disk under the OS's temp folder: path → file text. */
export function tempVault(files: Record<string, string | Uint8Array> = {}, prefix = 'goodwill-vault-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Runs the CLI in-process as of 2026-11-25 and collects what it prints. */
export async function runGoodwill(...argv: string[]) {
  return runGoodwillOn({}, ...argv);
}

/** The same, over a disk that a test makes fail. */
export async function runGoodwillOn(disk: Partial<Disk>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, new Date(2026, 10, 25, 9), disk);
  return { code, out, err };
}
