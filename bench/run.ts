import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import matter from 'gray-matter';
import { listNotes, noteFromText } from '../src/cli/folder-source';
import { balances, followUps, introductionCandidates, personCard, resolveSettings } from '../src/core';
import { compareWithBaseline } from './baseline';
import { floor, pooled } from './floor';
import { cacheEquivalence, type Equivalence } from './cache-equivalence';
import { BENCH_TODAY, coldIndex } from './cold-index';
import { longestBlockedFrame } from './frames';
import { pluginStart } from './plugin-start';
import { SIZES, type VaultSpec } from './synthetic-vault';
import { vaultFor } from './vaults';

const TODAY = BENCH_TODAY;
const settings = resolveSettings({});
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const now = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** A straightforward engine: gray-matter on every file and chrono-node on every line. */
async function naive(dir: string, paths: string[]): Promise<number> {
  const t = now();
  let dates = 0;
  await pooled(paths, async (p) => {
    const text = await fs.readFile(join(dir, p), 'utf8');
    let content = text;
    try {
      content = matter(text, {}).content;
    } catch {
      // a straightforward engine would skip the note's frontmatter
    }
    for (const line of content.split('\n')) if (chrono.parse(line, new Date(2026, 10, 25)).length) dates++;
  });
  if (dates < 0) throw new Error('unreachable');
  return now() - t;
}

function timeMedian(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  return median(times);
}

interface Row {
  size: string;
  notes: number;
  floorMs: number;
  naiveMs: number;
  coldMs: number;
  coldVsFloor: number;
  naiveVsCold: number;
  cliMs: number;
  cliVsFloor: number;
  /** The CLI again over the unchanged vault, with its cache: the same question (its answer kept). */
  warmMs: number;
  warmVsFloor: number;
  /** ... another question (another day) over the unchanged vault: every note's records from the cache. */
  warmRecordsMs: number;
  /** ... the same question after one note changed. */
  warmChangedMs: number;
  updateMedianMs: number;
  updateP95Ms: number;
  followupsMs: number;
  balanceMs: number;
  introsMs: number;
  personMs: number;
  heapMB: number;
  coldPerNoteUs: number;
}

async function measure(name: string, spec: VaultSpec, skipNaive: boolean): Promise<Row> {
  console.log(`${name}: ${spec.notes} notes, ${spec.people} people`);
  const dir = vaultFor(name, spec);
  const paths = await listNotes(dir, settings);
  await floor(dir, paths); // warm the file cache
  const floorMs = Math.min(await floor(dir, paths), await floor(dir, paths));
  const naiveMs = skipNaive ? NaN : await naive(dir, paths);

  gc();
  const t = now();
  const { index, network } = await coldIndex(dir, settings);
  const coldMs = now() - t;
  gc();
  const heapMB = process.memoryUsage().heapUsed / 1_048_576;

  const meetings = paths.filter((p) => p.startsWith('Meetings/')).slice(0, 200);
  const texts = await Promise.all(meetings.map((p) => fs.readFile(join(dir, p), 'utf8')));
  const updates: number[] = [];
  meetings.forEach((p, i) => {
    const changed = `${texts[i]}- give:: [[${network.people[i % network.people.length].name}]] one more tip #info\n`;
    const note = noteFromText(p, changed);
    const t0 = now();
    index.upsert(note);
    index.resolve();
    updates.push(now() - t0);
  });

  const net = index.resolve();
  const someone = net.people[0];
  const row: Row = {
    size: name,
    notes: paths.length,
    floorMs,
    naiveMs,
    coldMs,
    coldVsFloor: coldMs / floorMs,
    naiveVsCold: naiveMs / coldMs,
    cliMs: NaN,
    cliVsFloor: NaN,
    warmMs: NaN,
    warmVsFloor: NaN,
    warmRecordsMs: NaN,
    warmChangedMs: NaN,
    updateMedianMs: median(updates),
    updateP95Ms: p95(updates),
    followupsMs: timeMedian(() => followUps(net, settings, TODAY), 9),
    balanceMs: timeMedian(() => balances(net, settings, TODAY), 9),
    // What the view shows: the ten best candidates with their reasons and drafts.
    introsMs: timeMedian(() => introductionCandidates(net, TODAY, { limit: 10 }), 5),
    personMs: timeMedian(() => personCard(net, someone, settings, TODAY), 9),
    heapMB,
    coldPerNoteUs: (coldMs * 1000) / paths.length,
  };
  // The CLI as a separate process: cold (--no-cache), then warm, with a cache of its own.
  const cacheDir = mkdtempSync(join(tmpdir(), 'goodwill-bench-cache-'));
  const cliRun = (...argv: string[]) => {
    const t1 = now();
    execFileSync(process.execPath, ['dist/cli.js', dir, ...argv], {
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 30,
      env: { ...process.env, GOODWILL_CACHE_DIR: cacheDir },
    });
    return now() - t1;
  };
  const asked = ['followups', '--json', '--today', '2026-11-25'];
  row.cliMs = median([0, 1, 2].map(() => cliRun(...asked, '--no-cache')));
  row.cliVsFloor = row.cliMs / floorMs;
  cliRun(...asked);
  row.warmMs = median([0, 1, 2].map(() => cliRun(...asked)));
  row.warmVsFloor = row.warmMs / floorMs;
  row.warmRecordsMs = median(['2026-11-26', '2026-11-27', '2026-11-28'].map((day) => cliRun('followups', '--json', '--today', day)));
  const changed = join(dir, meetings[0]);
  const original = readFileSync(changed, 'utf8');
  try {
    row.warmChangedMs = median(
      [0, 1, 2].map((i) => {
        writeFileSync(changed, `${original}- give:: [[${network.people[i].name}]] one more tip #info\n`);
        return cliRun(...asked);
      }),
    );
  } finally {
    writeFileSync(changed, original);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return row;
}

const fmt = (n: number, digits = 1) => (Number.isNaN(n) ? '-' : n.toFixed(digits));

async function main(): Promise<void> {
  const at = process.argv.indexOf('--baseline');
  if (at >= 0) {
    const ref = process.argv[at + 1];
    if (!ref || ref.startsWith('--')) throw new Error('--baseline needs a git ref, for example --baseline HEAD~1');
    const roundsAt = process.argv.indexOf('--rounds');
    const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 5;
    const size = (process.argv.slice(2).find((a) => a in SIZES) ?? 'L') as keyof typeof SIZES;
    await compareWithBaseline(ref, size, rounds);
    return;
  }
  const only = process.argv.slice(2).filter((a) => a in SIZES) as (keyof typeof SIZES)[];
  if (process.argv.includes('--plugin-start')) {
    // Only the plugin's start in Chromium, on the vaults named (M and L by default).
    const pluginRows = await pluginStart(only.length ? only : ['M', 'L']);
    writeResults('plugin-start.json', { pluginStart: pluginRows });
    return;
  }
  const sizes = only.length ? only : (['S', 'M', 'L'] as const);
  const rows: Row[] = [];
  for (const s of sizes) rows.push(await measure(s, SIZES[s], process.argv.includes('--no-naive')));
  const header = [
    'size',
    'notes',
    'floor ms',
    'naive ms',
    'cold ms',
    'cold/floor',
    'naive/cold',
    'cli ms',
    'cli/floor',
    'warm ms',
    'warm/floor',
    'warm records ms',
    'warm 1 changed ms',
    'update med ms',
    'update p95 ms',
    'followups ms',
    'balance ms',
    'intros top10 ms',
    'person ms',
    'heap MB',
    'µs/note',
  ];
  const cells = rows.map((r) => [
    r.size,
    String(r.notes),
    fmt(r.floorMs, 0),
    fmt(r.naiveMs, 0),
    fmt(r.coldMs, 0),
    fmt(r.coldVsFloor, 2),
    fmt(r.naiveVsCold, 1),
    fmt(r.cliMs, 0),
    fmt(r.cliVsFloor, 2),
    fmt(r.warmMs, 0),
    fmt(r.warmVsFloor, 2),
    fmt(r.warmRecordsMs, 0),
    fmt(r.warmChangedMs, 0),
    fmt(r.updateMedianMs, 2),
    fmt(r.updateP95Ms, 2),
    fmt(r.followupsMs, 2),
    fmt(r.balanceMs, 2),
    fmt(r.introsMs, 2),
    fmt(r.personMs, 2),
    fmt(r.heapMB, 0),
    fmt(r.coldPerNoteUs, 0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padStart(widths[i])).join('  ');
  console.log(`\nGoodwill benchmark, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`);
  console.log(line(header));
  for (const c of cells) console.log(line(c));
  console.log('\nThe CLI against the floor (aims: cold within 3×, warm within 1×):');
  for (const r of rows) {
    const x = (ms: number) => `${fmt(ms, 0)} ms (${fmt(ms / r.floorMs, 2)}×)`;
    console.log(
      `  ${r.size}: floor ${fmt(r.floorMs, 0)} ms; cold ${x(r.cliMs)}; warm, the same question ${x(r.warmMs)}; another day ${x(r.warmRecordsMs)}; one note changed ${x(r.warmChangedMs)}`,
    );
  }
  let equivalence: Equivalence | null = null;
  if (sizes.includes('L')) {
    console.log('\nL: every command with and without the cache…');
    equivalence = cacheEquivalence(join('bench', 'vaults', 'L'), '2026-11-25');
    console.log(
      equivalence.differing.length === 0
        ? `Caches change nothing on L: ${equivalence.commands} commands, each the same without the cache, from the records and from the answer kept`
        : `THE CACHE CHANGED ANSWERS on L: ${equivalence.differing.join('; ')}`,
    );
    if (equivalence.differing.length > 0) process.exitCode = 1;
  }
  let frames: Awaited<ReturnType<typeof longestBlockedFrame>> | null = null;
  if (sizes.includes('L')) {
    frames = await longestBlockedFrame(join('bench', 'vaults', 'L'));
    console.log(
      `\nPlugin first index of L (in slices): ${frames.notes} notes in ${fmt(frames.totalMs, 0)} ms, longest blocked frame ${fmt(frames.longestMs, 1)} ms`,
    );
  }
  const pluginRows = await pluginStart(sizes);
  writeResults('latest.json', { rows, frames, equivalence, pluginStart: pluginRows });
}

function writeResults(name: string, figures: Record<string, unknown>): void {
  mkdirSync(join('bench', 'results'), { recursive: true });
  const out = join('bench', 'results', name);
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, node: process.version, ...figures }, null, 2)}\n`,
  );
  console.log(`\nwritten ${out}`);
}

void main();
