import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNotes, readNoteFile } from '../../src/cli/folder-source';
import { readInThreads, THREAD_THRESHOLD, threadsFor } from '../../src/cli/parallel-read';
import { dailyNotes } from '../../src/cli/vault-settings';
import { DateResolver, readNote, resolveSettings } from '../../src/core';
import { readerHash } from '../../scripts/reader-hash.mjs';

const VAULTS = [
  'example-vault',
  'test/fixtures/small-vault',
  ...['categories-vault', 'interactions-vault', 'periodic-vault', 'tags-only-vault', 'type-people-vault'].map(
    (v) => `test/fixtures/dialects/${v}`,
  ),
];
/** Each command runs a process twice; these cover every part of the records (interactions, people, meetings, warnings). */
const RUNS = [['followups', '--no-cache'], ['check', '--no-cache'], ['people']];

/** The CLI and its parse thread, built as `npm run cli` builds them, into a folder of their own. */
let cli: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'goodwill-cli-'));
  cli = join(dir, 'cli.mjs');
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: 'node20',
    logLevel: 'silent' as const,
    banner: { js: "import { createRequire as __goodwillRequire } from 'node:module'; const require = __goodwillRequire(import.meta.url);" },
    define: { GOODWILL_VERSION: '"test"', GOODWILL_READER_HASH: JSON.stringify(readerHash()) },
  };
  await esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: cli });
  await esbuild.build({ ...common, entryPoints: ['src/cli/parse-thread.ts'], outfile: join(dir, 'parse-thread.js') });
}, 60_000);
afterAll(() => rmSync(dirname(cli), { recursive: true, force: true }));

describe('reading in threads', () => {
  it('uses threads from the threshold on, when there is more than one core', () => {
    expect(availableParallelism()).toBeGreaterThan(1);
    expect(threadsFor(THREAD_THRESHOLD - 1, {})).toBe(0);
    expect(threadsFor(THREAD_THRESHOLD, {})).toBeGreaterThan(0);
    expect(threadsFor(1, { GOODWILL_THREAD_THRESHOLD: '0' })).toBe(1);
    expect(threadsFor(0, { GOODWILL_THREAD_THRESHOLD: '0' })).toBe(0);
  });

  it.each(VAULTS)('gives every note of %s the records the main thread reads', async (vault) => {
    const settings = resolveSettings({ mentionsAreTouches: true });
    const { dating } = dailyNotes(vault);
    const paths = await listNotes(vault, settings);
    const previous = process.env.GOODWILL_THREAD_THRESHOLD;
    process.env.GOODWILL_THREAD_THRESHOLD = '0';
    try {
      const threaded = await readInThreads(vault, paths, settings, dating, join(dirname(cli), 'parse-thread.js'));
      const resolver = new DateResolver(settings.language);
      const expected = paths.map((rel) => {
        const note = readNoteFile(vault, rel);
        return 'message' in note ? note : readNote(note, settings, resolver, dating);
      });
      expect(paths.map((rel) => threaded?.get(rel))).toStrictEqual(expected);
    } finally {
      if (previous === undefined) delete process.env.GOODWILL_THREAD_THRESHOLD;
      else process.env.GOODWILL_THREAD_THRESHOLD = previous;
    }
  });

  it.each(VAULTS)('leaves every answer on %s the same, byte for byte, with threads and without', { timeout: 120_000 }, async (vault) => {
    const run = promisify(execFile);
    for (const argv of RUNS) {
      const goodwill = async (threshold: string) => {
        const cacheDir = mkdtempSync(join(tmpdir(), 'goodwill-cache-'));
        const env = { ...process.env, GOODWILL_THREAD_THRESHOLD: threshold, GOODWILL_CACHE_DIR: cacheDir };
        try {
          const { stdout, stderr } = await run(process.execPath, [cli, vault, ...argv, '--json', '--today', '2026-11-25'], { env });
          return { stdout, stderr };
        } finally {
          rmSync(cacheDir, { recursive: true, force: true });
        }
      };
      const single = await goodwill(String(Number.MAX_SAFE_INTEGER));
      expect(single.stdout.length).toBeGreaterThan(1);
      expect(await goodwill('0'), `${vault} ${argv.join(' ')}`).toEqual(single);
    }
  });
});
