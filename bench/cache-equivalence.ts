/**
 * The cache changes nothing, checked on a benchmark vault: every command's
 * output without the cache, and with it, first from the records (each
 * command's answer worked out from the notes' cached records) and then from
 * the answer kept. The tests do the same on the smaller vaults.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every command that reads the vault and answers, in the form a script reads. */
const COMMANDS: string[][] = [
  ['followups', '--json'],
  ['followups', '--all', '--json'],
  ['followups', '--ics'],
  ['balance', '--json'],
  ['intros', '--json'],
  ['people', '--json'],
  ['check', '--json'],
  ['digest', '--json'],
  ['health', '--json'],
  ['provenance', '--json'],
  ['drafts', '--json'],
];

export interface Equivalence {
  commands: number;
  /** Each command whose output with the cache differed from its output without, and how it was asked. */
  differing: string[];
}

export function cacheEquivalence(vault: string, today: string): Equivalence {
  const cacheDir = mkdtempSync(join(tmpdir(), 'goodwill-bench-equivalence-'));
  const run = (argv: string[]) =>
    execFileSync(process.execPath, ['dist/cli.js', vault, ...argv, '--today', today], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 30,
      env: { ...process.env, GOODWILL_CACHE_DIR: cacheDir },
    });
  const differing: string[] = [];
  try {
    for (const argv of COMMANDS) {
      const without = run([...argv, '--no-cache']);
      // The first command meets no cache at all; the others, the records the first one kept.
      if (run(argv) !== without) differing.push(`${argv.join(' ')} (from the records)`);
      if (run(argv) !== without) differing.push(`${argv.join(' ')} (the answer kept)`);
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return { commands: COMMANDS.length, differing };
}
