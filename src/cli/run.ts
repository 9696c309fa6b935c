import { createHash } from 'node:crypto';
import { promises as fs, lstatSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import {
  balanceRows,
  checkRows,
  type DailyNoteDating,
  type DailyNoteSettings,
  digest,
  digestMarkdown,
  digestRows,
  DRAFT_STATES,
  FactReader,
  followUpRows,
  followUps,
  followUpsCalendar,
  formatDay,
  type GoodwillSettings,
  health,
  healthRows,
  introRows,
  NetworkIndex,
  type NoteFacts,
  type NoteInput,
  nextDraftState,
  peopleRows,
  readingGaps,
  todayLocal,
  topIntroducers,
} from '../core';
import { type CliArgs, USAGE, UsageError, parseArgs } from './args';
import { cacheFileName, cacheFolder, liesInside, sweepCacheFolder } from './cache-folder';
import { capture } from './commands/capture';
import { doctor } from './commands/doctor';
import { importContacts } from './commands/import';
import { failureText, InputError } from './failures';
import { listNotes, type ReadFailure, readNoteFile, readNotes } from './folder-source';
import { CacheFile, type NoteEntry, type NoteStamp, writeCacheFile } from './records-cache';
import { CacheUnreadable } from './records-format';
import { safeJson, safeOutput, safeValue } from './safe-output';
import { table, truncate } from './table';
import { dailyNotes, loadSettings } from './vault-settings';
import { type Disk, VaultWriter } from './vault-writer';

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
  /** GOODWILL_DEBUG=1: a failure also prints its stack. */
  debug?: boolean;
}

declare const GOODWILL_VERSION: string | undefined;
const VERSION = typeof GOODWILL_VERSION === 'string' ? GOODWILL_VERSION : 'dev';
/** A hash of the reader's code, made by the build (scripts/reader-hash.mjs); without it, records are never cached. */
declare const GOODWILL_READER_HASH: string | undefined;
const READER_HASH = typeof GOODWILL_READER_HASH === 'string' ? GOODWILL_READER_HASH : null;

/** The vault's name as Obsidian shows it: the folder's own name. */
function vaultName(vault: string): string {
  return path.basename(path.resolve(vault));
}

/** The vault must be a folder, before anything is read from it. */
async function checkVault(vault: string): Promise<void> {
  const stat = await fs.stat(vault).catch(() => null);
  if (!stat) throw new InputError(`vault folder not found: ${vault}`);
  if (!stat.isDirectory()) throw new InputError(`not a folder: ${vault}`);
}

/** Where a row comes from, in a table; a person without a note (a person tag) has none. */
const NO_NOTE = '—';
const where = (file: string | null, line: number | null) => (file === null ? NO_NOTE : `${file}:${line}`);

/** Reads the vault folder into a fresh index; `alsoRead` sees each note too (the doctor collects its facts). */
export async function indexFolder(vault: string, settings: GoodwillSettings, alsoRead?: (note: NoteInput) => void): Promise<NetworkIndex> {
  await checkVault(vault);
  const index = new NetworkIndex(settings, dailyNotes(vault).dating);
  const failures: ReadFailure[] = [];
  const paths = await listVault(vault, settings, failures);
  failures.push(
    ...(await readNotes(vault, paths, (note) => {
      index.upsert(note);
      alsoRead?.(note);
    })),
  );
  for (const f of failures) index.upsertFailure(f.path, f.message);
  return index;
}

async function listVault(vault: string, settings: GoodwillSettings, failures: ReadFailure[]): Promise<string[]> {
  try {
    return await listNotes(vault, settings, failures);
  } catch (err) {
    throw new InputError(`cannot list the vault folder ${vault}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** Where a vault's cache lies, and what its records must have been read with. */
export interface VaultCache {
  file: string;
  fingerprint: string;
  daily: DailyNoteSettings | null;
  dating: DailyNoteDating | null;
}

/**
 * The vault's cache file and fingerprint: a hash of the reader's code, the
 * vault's real path, the settings and the daily-note settings (the language
 * is one of the settings). Null when there is no cache to keep: a build
 * without the reader's hash, or a cache folder inside the vault (said once on
 * stderr: the cache is never written into the vault).
 */
function vaultCache(vault: string, settings: GoodwillSettings, warn: (line: string) => void): VaultCache | null {
  if (READER_HASH === null) return null;
  const real = realpathSync(vault);
  const folder = cacheFolder();
  if (liesInside(folder, real)) {
    warn(`the cache folder ${folder} lies inside the vault; nothing is cached (set GOODWILL_CACHE_DIR to a folder outside it)`);
    return null;
  }
  const { daily, dating } = dailyNotes(vault);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([READER_HASH, real, settings, daily]))
    .digest('hex')
    .slice(0, 32);
  return { file: path.join(folder, cacheFileName(real)), fingerprint, daily, dating };
}

/** A run over the vault with its cache: the answer kept for its key, else the index; `finish` keeps what this run learnt. */
export interface CachedRun {
  answer: string | null;
  index: NetworkIndex | null;
  /** Writes the cache when something changed or `answer` is new (an answer kept for `answerKey`); returns why it could not, or null. */
  finish: (answer: string | null) => string | null;
}

/** How long a cache may go untouched before a run that uses it touches it (its time tells the sweep its last use). */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

/**
 * Indexes the vault as indexFolder does, taking the records of each note
 * that has not changed since the cache was written from the cache instead
 * of reading it. Each note is stat'ed; one whose modification time or size
 * differs, or whose time is too close to the cache's writing to be sure of
 * (see CacheFile.reusable), is read again. When no note changed at all and
 * an answer was kept for `answerKey`, that answer is all the run needs.
 */
export async function indexFolderCached(
  vault: string,
  settings: GoodwillSettings,
  cache: VaultCache,
  answerKey: string | null,
): Promise<CachedRun> {
  await checkVault(vault);
  const failures: ReadFailure[] = [];
  const paths = await listVault(vault, settings, failures);
  // The cache's time: taken before any note is stat'ed, so a note read by this run has a later time.
  const started = Date.now();
  sweepCacheFolder(path.dirname(cache.file), started);
  let old = CacheFile.open(cache.file, cache.fingerprint);
  const stamps: (NoteStamp | null)[] = [];
  const slots: (number | null)[] = [];
  let reusedAll = old !== null && old.size === paths.length && failures.length === 0;
  for (const rel of paths) {
    const stat = lstatSync(path.join(vault, rel), { throwIfNoEntry: false });
    const stamp = stat?.isFile() ? { mtimeMs: stat.mtimeMs, size: stat.size } : null;
    const slot = old !== null && stamp !== null ? old.reusable(rel, stamp) : null;
    if (slot === null) reusedAll = false;
    stamps.push(stamp);
    slots.push(slot);
  }
  if (old !== null && reusedAll && answerKey !== null) {
    const answer = old.answer(answerKey);
    if (answer !== null) {
      if (started - old.modified > TOUCH_AFTER_MS) CacheFile.touch(cache.file);
      old.close();
      return { answer, index: null, finish: () => null };
    }
  }
  if (old !== null && slots.some((slot) => slot !== null)) {
    try {
      old.records(0);
    } catch (err) {
      if (!(err instanceof CacheUnreadable)) throw err;
      old.close();
      old = null;
      slots.fill(null);
    }
  }

  const index = new NetworkIndex(settings, cache.dating);
  const entries: NoteEntry[] = [];
  let fresh = old === null;
  let kept = 0;
  paths.forEach((rel, i) => {
    const slot = slots[i];
    const stamp = stamps[i];
    if (old !== null && slot !== null) {
      const records = old.records(slot);
      if (records !== null) index.putRecords(records);
      entries.push({ path: rel, stamp: stamp!, records: old.rawRecords(slot) });
      kept += 1;
      return;
    }
    if (old?.has(rel)) kept += 1;
    fresh = true;
    const note = readNoteFile(vault, rel);
    if ('message' in note) {
      failures.push(note);
      return;
    }
    index.upsert(note);
    if (stamp !== null) entries.push({ path: rel, stamp, records: index.records(rel) ?? null });
  });
  for (const f of failures) index.upsertFailure(f.path, f.message);
  const unchanged = old !== null && !fresh && kept === old.size;
  const complete = failures.length === 0;

  const finish = (answer: string | null): string | null => {
    try {
      const addsAnswer = answer !== null && answerKey !== null && complete;
      if (unchanged && !addsAnswer) {
        if (started - old!.modified > TOUCH_AFTER_MS) CacheFile.touch(cache.file);
        return null;
      }
      const answers = unchanged ? old!.answers().filter(([key]) => key !== answerKey) : [];
      if (addsAnswer) answers.push([answerKey, answer]);
      writeCacheFile(cache.file, cache.fingerprint, started, entries, answers);
      return null;
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return `cache not written (${e.code ?? e.message}): ${path.dirname(cache.file)}`;
    } finally {
      old?.close();
    }
  };
  return { answer: null, index, finish };
}

/** The commands whose answer depends on the notes, the settings and the day alone: their answer may be kept while no note changes. */
const KEPT_ANSWERS: ReadonlySet<string> = new Set([
  'followups',
  'balance',
  'intros',
  'people',
  'check',
  'digest',
  'health',
  'provenance',
  'drafts',
]);

/** What an answer is kept under: everything that shapes it besides the notes and the settings (the cache's fingerprint has those). */
function answerKey(args: CliArgs, today: number): string | null {
  if (!KEPT_ANSWERS.has(args.command)) return null;
  return JSON.stringify([args.command, args.json, args.all, args.ics, args.limit, today, vaultName(args.vault)]);
}

function render(args: CliArgs, index: NetworkIndex, today: number): string {
  const network = index.resolve();
  const s = index.settings;
  switch (args.command) {
    case 'followups': {
      if (args.ics) return followUpsCalendar(followUps(network, s, today, { all: args.all }), vaultName(args.vault), today);
      const rows = followUpRows(network, s, today, args.all);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No follow-ups due. Nice work.';
      return table(
        ['DUE', 'KIND', 'PERSON', 'WHAT', 'WHERE'],
        rows.map((r) => [r.due, r.kind, r.person, truncate(r.text, 60), where(r.file, r.line)]),
      );
    }
    case 'balance': {
      const rows = balanceRows(network, s, today);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No gives, receipts or asks recorded yet.';
      return table(
        ['PERSON', 'STATUS', 'GIVEN', 'RECEIVED', 'BALANCE'],
        rows.map((r) => [r.person, r.status, String(r.given), String(r.received), (r.balance > 0 ? '+' : '') + r.balance]),
      );
    }
    case 'intros': {
      const rows = introRows(network, today, s, args.limit ?? undefined);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return "No introductions to suggest: record people's needs and offers in their notes.";
      return rows
        .map((r) =>
          [`${safeValue(r.a)} <> ${safeValue(r.b)}  (score ${r.score})`, ...r.reasons.map((x) => `  - ${safeValue(x)}`)].join('\n'),
        )
        .join('\n\n');
    }
    case 'people': {
      const rows = peopleRows(network, today, s);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No person notes found. Mark a note with "type: person" or put it in a People folder.';
      return table(
        ['NAME', 'KLT', 'TRUST', 'LAST CONTACT', 'FILE'],
        rows.map((r) => [r.name, r.klt ?? '-', r.light ?? '-', r.lastContact ?? '-', r.file ?? NO_NOTE]),
      );
    }
    case 'digest': {
      const d = digest(network, s, today);
      if (!args.json) return digestMarkdown(d);
      return safeJson(digestRows(d));
    }
    case 'health': {
      const rows = healthRows(health(network, s, today), today);
      if (args.json) return safeJson(rows);
      return table(
        ['METRIC', 'VALUE', 'DETAIL'],
        rows.map((r) => [r.metric, r.value, truncate(r.detail, 80)]),
      );
    }
    case 'provenance': {
      const rows = topIntroducers(network).map((r) => ({
        person: r.person.name,
        introduced: r.introduced.map((p) => p.name),
        outcomes: r.outcomes.map((o) => ({ subject: o.subject.name, text: o.text, value: o.value, file: o.file, line: o.line })),
      }));
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No introductions recorded yet.';
      return table(
        ['INTRODUCER', 'BROUGHT IN', 'OUTCOMES'],
        rows.map((r) => [r.person, r.introduced.join(', '), r.outcomes.map((o) => `${o.subject}: ${o.value ?? 'yes'}`).join('; ') || '-']),
      );
    }
    case 'drafts': {
      const rows = [...network.drafts.values()]
        .sort((x, y) => DRAFT_STATES.indexOf(x.state) - DRAFT_STATES.indexOf(y.state) || (x.path < y.path ? -1 : 1))
        .map((d) => ({
          a: d.a.name,
          b: d.b.name,
          state: d.state,
          since: d.since === null ? null : formatDay(d.since),
          file: d.path,
          next: nextDraftState(d.state),
        }));
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No introduction drafts yet.';
      return table(
        ['STATE', 'SINCE', 'A', 'B', 'FILE'],
        rows.map((r) => [r.state, r.since ?? '-', r.a, r.b, r.file]),
      );
    }
    case 'capture':
    case 'import':
    case 'doctor':
      return '';
    case 'check': {
      const rows = checkRows([...readingGaps(network, today), ...index.warnings()]);
      if (args.json) return safeJson(rows);
      if (rows.length === 0) return 'No problems found.';
      return table(
        ['WHERE', 'PROBLEM'],
        rows.map((r) => [where(r.file, r.line), r.message]),
      );
    }
  }
}

/**
 * Runs the CLI; returns the exit code: 0, 2 for a usage error, 1 for every
 * other failure, unexpected ones included (one line on stderr). `disk` is for
 * tests, which make writes fail as a full disk does.
 */
export async function runCli(argv: string[], io: CliOutput, now: Date = new Date(), disk: Partial<Disk> = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) return fail(io, err);
    io.err(`goodwill: ${safeValue(err.message)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const args = parsed.args;
  try {
    await checkVault(args.vault);
    const { settings, file } = loadSettings(args, (line) => io.err(`goodwill: ${safeValue(line)}\n`));
    const warn = (line: string) => io.err(`goodwill: ${safeValue(line)}\n`);
    const today = args.today ?? todayLocal(now);
    const facts: NoteFacts[] = [];
    const factReader = args.command === 'doctor' ? new FactReader(settings) : null;
    // The doctor sees every note's text, so it reads them all.
    const cache = args.noCache || factReader ? null : vaultCache(args.vault, settings, warn);
    let run: CachedRun | null = null;
    let index: NetworkIndex | null;
    if (cache) {
      run = await indexFolderCached(args.vault, settings, cache, answerKey(args, today));
      index = run.index;
    } else {
      index = await indexFolder(
        args.vault,
        settings,
        factReader
          ? (note) => {
              const f = factReader.read(note);
              if (f) facts.push(f);
            }
          : undefined,
      );
    }
    const writer = () => new VaultWriter(args.vault, disk);
    let text: string;
    let failure: string | null = null;
    if (index === null) text = run!.answer!;
    else if (args.command === 'capture') text = capture(args, index, today, writer, now);
    else if (args.command === 'import') ({ text, failure } = importContacts(args, index, writer()));
    else if (args.command === 'doctor') text = doctor(args, index, facts, today, file, writer);
    else text = render(args, index, today);
    io.out(safeOutput(text.endsWith('\n') ? text : `${text}\n`));
    const cacheProblem = run?.finish(index === null ? null : text) ?? null;
    if (cacheProblem !== null) warn(cacheProblem);
    if (failure === null) return 0;
    io.err(`goodwill: ${safeValue(failure)}\n`);
    return 1;
  } catch (err) {
    return fail(io, err);
  }
}

function fail(io: CliOutput, err: unknown): number {
  io.err(failureText(err, io.debug === true));
  return 1;
}
