import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import esbuild from 'esbuild';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIZES, writeSyntheticVault } from '../../bench/synthetic-vault';
import { cacheFolder } from '../../src/cli/cache-folder';
import { noteFromText } from '../../src/cli/folder-source';
import { readAnswers, writeAnswers } from '../../src/cli/answers-cache';
import { writeCacheFile } from '../../src/cli/records-cache';
import { decodeNote, encodeNote } from '../../src/cli/records-format';
import { NetworkIndex, resolveSettings } from '../../src/core';
import { readerHash } from '../../scripts/reader-hash.mjs';
import { permissionsBind } from '../helpers/special-files';
import { runGoodwill, tempVault } from '../helpers/temp-vault';

const TODAY = ['--today', '2026-11-25'];

/** Every command that reads the vault and answers, each as a user might ask it. */
const ASKED: string[][] = [
  ['followups', '--json'],
  ['followups', '--all', '--json'],
  ['followups', '--ics'],
  ['followups'],
  ['balance', '--json'],
  ['intros', '--json'],
  ['intros', '--limit', '3'],
  ['people', '--json'],
  ['check', '--json'],
  ['digest'],
  ['digest', '--json'],
  ['health', '--json'],
  ['provenance', '--json'],
  ['drafts', '--json'],
  ['capture', 'gave Bob Diaz an intro to Alice yesterday'],
];

let cacheDir: string;
const before = process.env.GOODWILL_CACHE_DIR;
beforeEach(() => {
  cacheDir = join(mkdtempSync(join(tmpdir(), 'goodwill-cache-test-')), 'cache');
  process.env.GOODWILL_CACHE_DIR = cacheDir;
});
afterEach(() => {
  process.env.GOODWILL_CACHE_DIR = before;
});

const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []);
/** The one vault's cache: its records, and the answers kept beside them. */
const onlyCache = () => {
  const files = cacheFiles().sort();
  expect(files).toHaveLength(2);
  expect(files[0]).toMatch(/^[0-9a-f]{32}-answers\.goodwill-cache$/);
  expect(files[1]).toMatch(/^[0-9a-f]{32}\.goodwill-cache$/);
  return { records: join(cacheDir, files[1]), answers: join(cacheDir, files[0]) };
};

/** The answer read without the cache, and with it: their output must be the same, and the cache says nothing unless it must. */
async function sameWithCache(vault: string, argv: string[], label = argv.join(' '), today = TODAY): Promise<void> {
  const fresh = await runGoodwill(vault, ...argv, ...today, '--no-cache');
  const cached = await runGoodwill(vault, ...argv, ...today);
  expect(cached.out, label).toBe(fresh.out);
  expect(cached.err, label).toBe(fresh.err);
  expect(cached.code, label).toBe(fresh.code);
}

describe('records as the cache keeps them', () => {
  const vaults = [
    'example-vault',
    ...readdirSync('test/fixtures/dialects', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `test/fixtures/dialects/${d.name}`),
  ];

  it.each(vaults)('%s: every note read back from the encoded form is the note as read', (vault) => {
    const index = new NetworkIndex(resolveSettings(vault.endsWith('tags-only-vault') ? { personTagPrefix: 'people/' } : {}));
    const walk = (rel: string): string[] =>
      readdirSync(join(vault, rel), { withFileTypes: true }).flatMap((e) => {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) return e.name.startsWith('.') ? [] : walk(path);
        return e.name.endsWith('.md') ? [path] : [];
      });
    let read = 0;
    for (const path of walk('')) {
      index.upsert(noteFromText(path, readFileSync(join(vault, path), 'utf8')));
      const records = index.records(path);
      if (!records) continue;
      read += records.lines.length + records.personTags.length + (records.person ? 1 : 0);
      const back = decodeNote(path, JSON.parse(JSON.stringify(encodeNote(records))));
      expect(back, path).toStrictEqual(records);
    }
    expect(read).toBeGreaterThan(0);
  });
});

describe('where the cache lives', () => {
  it('GOODWILL_CACHE_DIR, else XDG_CACHE_HOME/goodwill, else the platform’s cache folder', () => {
    expect(cacheFolder({ GOODWILL_CACHE_DIR: '/tmp/gw' }, 'linux', '/home/a')).toBe('/tmp/gw');
    expect(cacheFolder({ GOODWILL_CACHE_DIR: '/tmp/gw', XDG_CACHE_HOME: '/x' }, 'linux', '/home/a')).toBe('/tmp/gw');
    expect(cacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/a')).toBe('/x/cache/goodwill');
    // XDG wants an absolute path; a relative one is ignored.
    expect(cacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/a')).toBe('/home/a/.cache/goodwill');
    expect(cacheFolder({}, 'linux', '/home/a')).toBe('/home/a/.cache/goodwill');
    expect(cacheFolder({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Caches/goodwill');
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Local\\goodwill',
    );
    expect(cacheFolder({}, 'win32', 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Local\\goodwill');
  });

  it.skipIf(process.platform === 'win32')('is a file of mode 0600 in a folder of mode 0700, and never inside the vault', async () => {
    const vault = tempVault({ 'People/Bob Diaz.md': '---\ntype: person\n---\n', 'Daily/2026-11-20.md': '- owe:: [[Bob Diaz]] the deck' });
    await runGoodwill(vault, 'followups', ...TODAY);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(onlyCache().records).mode & 0o777).toBe(0o600);
    expect(statSync(onlyCache().answers).mode & 0o777).toBe(0o600);

    process.env.GOODWILL_CACHE_DIR = join(vault, '.cache');
    const fresh = await runGoodwill(vault, 'followups', ...TODAY, '--no-cache');
    const inside = await runGoodwill(vault, 'followups', ...TODAY);
    expect(inside.out).toBe(fresh.out);
    expect(inside.err).toMatch(/^goodwill: the cache folder .* lies inside the vault; nothing is cached[^\n]*\n$/);
    expect(existsSync(join(vault, '.cache'))).toBe(false);
  });

  it('--no-cache reads every note and writes no cache', async () => {
    const vault = tempVault({ 'People/Bob Diaz.md': '---\ntype: person\n---\n', 'Daily/2026-11-20.md': '- owe:: [[Bob Diaz]] the deck' });
    const run = await runGoodwill(vault, 'followups', ...TODAY, '--no-cache');
    expect(run.out).toContain('the deck');
    expect(cacheFiles()).toEqual([]);
  });

  it('the cache of a vault unused for 30 days is removed, and so is a half-written one', async () => {
    mkdirSync(cacheDir, { recursive: true });
    const old = join(cacheDir, 'f00d.goodwill-cache');
    const recent = join(cacheDir, 'beef.goodwill-cache');
    const partial = join(cacheDir, 'f00d.goodwill-cache.123.abcd.partial');
    const other = join(cacheDir, 'notes.txt');
    for (const f of [old, recent, partial, other]) writeFileSync(f, 'x');
    const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
    utimesSync(old, daysAgo(31), daysAgo(31));
    utimesSync(recent, daysAgo(29), daysAgo(29));
    utimesSync(partial, daysAgo(2), daysAgo(2));
    utimesSync(other, daysAgo(90), daysAgo(90));
    await runGoodwill(tempVault({ 'a.md': 'x' }), 'people', ...TODAY);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});

describe('caches change nothing', () => {
  it('on the example vault: every command, cold, from the records, and from the answers kept', { timeout: 60_000 }, async () => {
    const vault = tempVault();
    cpSync('example-vault', vault, { recursive: true });
    // Notes written a while ago: the racy rule would otherwise read them all again.
    ageAll(vault);
    for (const argv of ASKED) await sameWithCache(vault, argv);
    for (const argv of ASKED) await sameWithCache(vault, argv, `${argv.join(' ')}, again`);
    // Another day over the same notes: every note's records from the cache, the answers worked out anew.
    for (const argv of ASKED) await sameWithCache(vault, argv, `${argv.join(' ')}, a week later`, ['--today', '2026-12-02']);
    onlyCache();
  });

  it('on the S and M synthetic vaults of the benchmark', { timeout: 900_000 }, async () => {
    for (const size of ['S', 'M'] as const) {
      const vault = join(mkdtempSync(join(tmpdir(), 'goodwill-synthetic-')), size);
      writeSyntheticVault(vault, SIZES[size]);
      ageAll(vault);
      const asked = size === 'S' ? ASKED : ASKED.filter((a) => a.includes('--json'));
      for (const argv of asked) await sameWithCache(vault, argv, `${size}: ${argv.join(' ')}`);
      // Another day: from the records alone.
      for (const argv of asked.slice(0, size === 'S' ? 3 : 1))
        await sameWithCache(vault, argv, `${size} a week later: ${argv.join(' ')}`, ['--today', '2026-12-02']);
      // One note changed: read again, the rest from the cache.
      const meeting = join(
        vault,
        readdirSync(vault, { recursive: true }).find((p) => String(p).startsWith('Meetings/') && String(p).endsWith('.md'))! as string,
      );
      writeFileSync(meeting, `${readFileSync(meeting, 'utf8')}\n- owe:: [[Alice Chen 1]] the deck by Friday\n`);
      for (const argv of [
        ['followups', '--json'],
        ['check', '--json'],
      ])
        await sameWithCache(vault, argv, `${size} after a change: ${argv.join(' ')}`);
      rmSync(dirname(vault), { recursive: true, force: true });
    }
  });

  it('after any sequence of edits: changes, renames, deletions, new notes, changed settings, edits while no CLI ran, same-size edits in the same second', async () => {
    const people = ['Bob Diaz', 'Ana Ruiz', 'Cy Long'];
    const line = (i: number) => `- owe:: [[${people[i % 3]}]] the deck ${i} by Friday\n`;
    const edit = fc.oneof(
      fc.record({ op: fc.constant('change' as const), note: fc.nat(5), n: fc.nat(99) }),
      fc.record({ op: fc.constant('rename' as const), note: fc.nat(5), n: fc.nat(99) }),
      fc.record({ op: fc.constant('delete' as const), note: fc.nat(5) }),
      fc.record({ op: fc.constant('add' as const), n: fc.nat(99) }),
      fc.record({ op: fc.constant('setting' as const), n: fc.nat(3) }),
      fc.record({ op: fc.constant('whileAway' as const), note: fc.nat(5), n: fc.nat(99) }),
      fc.record({ op: fc.constant('sameSizeSameSecond' as const), note: fc.nat(5), n: fc.nat(9) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        process.env.GOODWILL_CACHE_DIR = join(mkdtempSync(join(tmpdir(), 'goodwill-cache-test-')), 'cache');
        const vault = tempVault({
          ...Object.fromEntries(people.map((p) => [`People/${p}.md`, `---\ntype: person\n---\n# ${p}\n`])),
          'Daily/2026-11-20.md': line(0) + line(1),
          'Daily/2026-11-21.md': line(2),
          'Meetings/Sync 2026-11-19.md': `---\ntype: meeting\nattendees: ["[[Ana Ruiz]]"]\n---\n${line(3)}Talked with [[Cy Long]]\n`,
        });
        // Each edit, then the answers with and without the cache.
        const ask = async (label: string) => {
          for (const argv of [
            ['followups', '--all', '--json'],
            ['people', '--json'],
            ['check', '--json'],
          ]) {
            await sameWithCache(vault, argv, `${label}: ${argv.join(' ')}`);
          }
          // Asked again on another day: the answer kept for the first day is not this one.
          await sameWithCache(vault, ['followups', '--json'], `${label}: followups the next day`, ['--today', '2026-11-26']);
        };
        const notes = () =>
          (readdirSync(vault, { recursive: true }) as string[]).filter((p) => p.endsWith('.md') && !p.startsWith('.')).sort();
        await ask('first run');
        for (const e of edits) {
          const all = notes();
          const target = 'note' in e ? join(vault, all[e.note % all.length]) : '';
          switch (e.op) {
            case 'change':
              writeFileSync(target, `${readFileSync(target, 'utf8')}${line(e.n)}`);
              break;
            case 'rename':
              renameSync(target, join(vault, 'Daily', `2026-10-${String(10 + (e.n % 19)).padStart(2, '0')} moved ${e.n}.md`));
              break;
            case 'delete':
              unlinkSync(target);
              break;
            case 'add':
              mkdirSync(join(vault, 'Daily'), { recursive: true });
              writeFileSync(join(vault, 'Daily', `2026-11-${String(1 + (e.n % 28)).padStart(2, '0')} new ${e.n}.md`), line(e.n));
              break;
            case 'setting': {
              const settings = [
                {},
                { mentionsAreTouches: true },
                { peopleFolders: ['People'], horizonDays: 3 },
                { dateField: 'day', excludedFolders: ['Meetings'] },
              ][e.n];
              mkdirSync(join(vault, '.obsidian/plugins/goodwill'), { recursive: true });
              writeFileSync(join(vault, '.obsidian/plugins/goodwill/data.json'), JSON.stringify(settings));
              break;
            }
            case 'whileAway': {
              // Edited while no CLI ran: some other time, and maybe the same size.
              const text = readFileSync(target, 'utf8');
              writeFileSync(target, text.replace(/deck \d/, `deck ${e.n % 10}`));
              const then = new Date(Date.now() - (1 + e.n) * 3_600_000);
              utimesSync(target, then, then);
              break;
            }
            case 'sameSizeSameSecond': {
              // A run caches the note within the second it was written; then it is edited in that same second of a
              // coarse clock: the same size, and the same time.
              const tick = new Date(Math.floor(Date.now() / 1000) * 1000);
              utimesSync(target, tick, tick);
              await runGoodwill(vault, 'followups', '--all', '--json', ...TODAY);
              const text = readFileSync(target, 'utf8');
              const changed = /deck \d\b/.test(text) ? text.replace(/deck \d\b/, `deck ${e.n}`) : text.replace('---\n', '---\r');
              writeFileSync(target, changed);
              utimesSync(target, tick, tick);
              break;
            }
          }
          await ask(`after ${JSON.stringify(e)}`);
        }
        rmSync(vault, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});

describe('a cache that cannot be used still gives the right answers', { timeout: 30_000 }, () => {
  const files = {
    'People/Bob Diaz.md': '---\ntype: person\n---\n',
    'Daily/2026-11-20.md': '- owe:: [[Bob Diaz]] the deck\n- give:: [[Bob Diaz]] a tip #info',
  };

  /** A vault cached (its records and an answer), then the cache damaged: the next runs answer as if there were none, silently, and write it anew. */
  async function afterDamage(damage: (file: string, vault: string, holds: 'records' | 'answers') => void) {
    const vault = tempVault(files);
    ageAll(vault);
    const fresh = await runGoodwill(vault, 'followups', '--all', '--json', ...TODAY, '--no-cache');
    await runGoodwill(vault, 'followups', '--all', '--json', ...TODAY);
    const { records, answers } = onlyCache();
    damage(records, vault, 'records');
    damage(answers, vault, 'answers');
    for (const argv of [
      ['followups', '--all', '--json'],
      ['followups', '--all', '--json'],
      ['people', '--json'],
    ]) {
      const expected = argv[0] === 'people' ? await runGoodwill(vault, ...argv, ...TODAY, '--no-cache') : fresh;
      const after = await runGoodwill(vault, ...argv, ...TODAY);
      expect(after.out).toBe(expected.out);
      expect(after.err).toBe('');
    }
    expect(readFileSync(onlyCache().records, 'latin1')).toMatch(/^goodwill records cache [0-9a-f]+\n/);
  }

  it('a truncated cache', async () => {
    await afterDamage((file) => truncateSync(file, Math.floor(statSync(file).size / 2)));
  });

  it('a cache filled with garbage', async () => {
    await afterDamage((file) => writeFileSync(file, Buffer.from(Array.from({ length: statSync(file).size }, (_, i) => (i * 7919) % 256))));
  });

  it('a cache damaged in place, its header whole: the text of the records and of the answer kept changed', async () => {
    await afterDamage((file) => {
      const bytes = readFileSync(file, 'latin1');
      expect(bytes).toContain('the deck');
      writeFileSync(file, bytes.replaceAll('the deck', 'the desk'), 'latin1');
    });
  });

  it('answers kept for other records: the records written again since, by another run', async () => {
    await afterDamage((file, _vault, holds) => {
      if (holds === 'answers') return;
      const bytes = readFileSync(file, 'latin1');
      const fingerprint = /^goodwill records cache ([0-9a-f]+)\n/.exec(bytes)![1];
      const id = /"id":"([0-9a-f]+)"/.exec(bytes)![1];
      const answersFile = file.replace('.goodwill-cache', '-answers.goodwill-cache');
      const kept = readAnswers(answersFile, fingerprint, id);
      expect(kept).toHaveLength(1);
      // The records written again (another id), the answers left as they were, and wrong were they taken.
      writeFileSync(file, bytes.replace(`"id":"${id}"`, `"id":"${'0'.repeat(id.length)}"`), 'latin1');
      writeAnswers(
        answersFile,
        fingerprint,
        id,
        kept.map(([key, text]) => [key, text.replaceAll('the deck', 'the desk')]),
      );
    });
  });

  it('the answers kept damaged, the records whole: the answer is worked out again from the records', async () => {
    await afterDamage((file, _vault, holds) => {
      if (holds === 'answers') truncateSync(file, statSync(file).size - 3);
    });
  });

  it('the answers kept filled with garbage, the records whole', async () => {
    await afterDamage((file, _vault, holds) => {
      if (holds === 'answers') writeFileSync(file, Buffer.from(Array.from({ length: statSync(file).size }, (_, i) => (i * 7919) % 256)));
    });
  });

  it('a cache from an older version: whole, but made by another reader (another fingerprint)', async () => {
    await afterDamage((file, vault, holds) => {
      if (holds === 'answers') return;
      // What an older reader might have made of the same notes, just as they are now: nothing.
      const notes = ['Daily/2026-11-20.md', 'People/Bob Diaz.md'].map((path) => {
        const stat = statSync(join(vault, path));
        const index = new NetworkIndex(resolveSettings({}));
        index.upsert(noteFromText(path, ''));
        return { path, stamp: { mtimeMs: stat.mtimeMs, size: stat.size }, records: index.records(path)! };
      });
      writeCacheFile(file, '0'.repeat(32), Date.now(), notes);
    });
  });

  it('a cache folder that cannot be written: one line on stderr, the answer right', async () => {
    const vault = tempVault(files);
    const fresh = await runGoodwill(vault, 'followups', ...TODAY, '--no-cache');
    // A file where the folder should be: nothing can be written there, whoever runs the test.
    writeFileSync(cacheDir, 'not a folder');
    const run = await runGoodwill(vault, 'followups', ...TODAY);
    expect(run.out).toBe(fresh.out);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/^goodwill: cache not written \(\w+\): [^\n]+\n$/);
  });

  it.skipIf(!permissionsBind || process.platform === 'win32')(
    'a read-only cache folder: one line on stderr, the answer right',
    async () => {
      const vault = tempVault(files);
      const fresh = await runGoodwill(vault, 'followups', ...TODAY, '--no-cache');
      mkdirSync(cacheDir, { recursive: true });
      chmodSync(cacheDir, 0o500);
      try {
        const run = await runGoodwill(vault, 'followups', ...TODAY);
        expect(run.out).toBe(fresh.out);
        expect(run.err).toMatch(/^goodwill: cache not written \(EACCES\): [^\n]+\n$/);
      } finally {
        chmodSync(cacheDir, 0o700);
      }
    },
  );
});

describe('two CLI runs at once on one vault', () => {
  let cli: string;
  beforeAll(async () => {
    cli = join(mkdtempSync(join(tmpdir(), 'goodwill-cli-')), 'cli.mjs');
    await esbuild.build({
      entryPoints: ['src/cli/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: cli,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __goodwillRequire } from 'node:module'; const require = __goodwillRequire(import.meta.url);",
      },
      define: { GOODWILL_VERSION: '"test"', GOODWILL_READER_HASH: JSON.stringify(readerHash()) },
    });
  }, 60_000);
  afterAll(() => rmSync(dirname(cli), { recursive: true, force: true }));

  it('both answer right, and leave one whole cache', { timeout: 120_000 }, async () => {
    const vault = join(mkdtempSync(join(tmpdir(), 'goodwill-synthetic-')), 'S');
    writeSyntheticVault(vault, SIZES.S);
    const run = promisify(execFile);
    const env = { ...process.env, GOODWILL_CACHE_DIR: cacheDir };
    const goodwill = (...argv: string[]) => run(process.execPath, [cli, vault, ...argv, ...TODAY], { env, maxBuffer: 1 << 26 });
    const fresh = await goodwill('followups', '--json', '--no-cache');
    for (let round = 0; round < 3; round++) {
      if (round === 2) writeFileSync(join(vault, 'Daily', 'new.md'), '---\ndate: 2026-11-20\n---\n- owe:: [[Alice Chen 1]] the deck\n');
      const expected = round === 2 ? await goodwill('followups', '--json', '--no-cache') : fresh;
      const both = await Promise.all([goodwill('followups', '--json'), goodwill('followups', '--json')]);
      for (const r of both) {
        expect(r.stdout).toBe(expected.stdout);
        expect(r.stderr).toBe('');
      }
    }
    onlyCache();
    expect(cacheFiles().filter((f) => f.endsWith('.partial'))).toEqual([]);
    rmSync(dirname(vault), { recursive: true, force: true });
  });
});

/** Every file of the vault written an hour ago, as notes are that were not just edited. */
function ageAll(vault: string): void {
  const then = new Date(Date.now() - 3_600_000);
  for (const p of readdirSync(vault, { recursive: true }) as string[]) {
    const full = join(vault, p);
    if (statSync(full).isFile()) utimesSync(full, then, then);
  }
}
