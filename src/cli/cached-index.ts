import { createHash } from 'node:crypto';
import { promises as fs, lstatSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { type DailyNoteDating, type DailyNoteSettings, type GoodwillSettings, NetworkIndex, type NoteInput } from '../core';
import { cacheFileName, cacheFolder, liesInside, sweepCacheFolder } from './cache-folder';
import { InputError } from './failures';
import { listNotes, type ReadFailure, readNoteFile } from './folder-source';
import { readInThreads } from './parallel-read';
import { readAnswers, writeAnswers } from './answers-cache';
import { CacheFile, type NoteEntry, type NoteStamp, writeCacheFile } from './records-cache';
import { CacheUnreadable } from './records-format';
import { dailyNotes } from './vault-settings';

/** A hash of the reader's code, made by the build (scripts/reader-hash.mjs); without it, records are never cached. */
declare const GOODWILL_READER_HASH: string | undefined;
const READER_HASH = typeof GOODWILL_READER_HASH === 'string' ? GOODWILL_READER_HASH : null;

/** The vault must be a folder, before anything is read from it. */
export async function checkVault(vault: string): Promise<void> {
  const stat = await fs.stat(vault).catch(() => null);
  if (!stat) throw new InputError(`vault folder not found: ${vault}`);
  if (!stat.isDirectory()) throw new InputError(`not a folder: ${vault}`);
}

/** Reads the vault folder into a fresh index; `alsoRead` sees each note too (the doctor collects its facts). */
export async function indexFolder(vault: string, settings: GoodwillSettings, alsoRead?: (note: NoteInput) => void): Promise<NetworkIndex> {
  await checkVault(vault);
  const index = new NetworkIndex(settings, dailyNotes(vault).dating);
  const failures: ReadFailure[] = [];
  const paths = await listVault(vault, settings, failures);
  // The doctor sees each note's text, which threads do not hand back.
  const threaded = alsoRead ? null : await readInThreads(vault, paths, settings, index.dailyNoteDating);
  for (const rel of paths) {
    const note = threaded?.get(rel) ?? readNoteFile(vault, rel);
    if ('message' in note) failures.push(note);
    else if ('text' in note) {
      index.upsert(note);
      alsoRead?.(note);
    } else index.putRecords(note);
  }
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
  /** The answers kept beside the records (see answers-cache.ts). */
  answers: string;
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
export function vaultCache(vault: string, settings: GoodwillSettings, warn: (line: string) => void): VaultCache | null {
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
  return {
    file: path.join(folder, cacheFileName(real)),
    answers: path.join(folder, cacheFileName(real, 'answers')),
    fingerprint,
    daily,
    dating,
  };
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

function touchBoth(cache: VaultCache): void {
  CacheFile.touch(cache.file);
  CacheFile.touch(cache.answers);
}

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
  // Read only when every note is as the records have it: the answers kept are those of these records.
  const kept = old !== null && reusedAll ? readAnswers(cache.answers, cache.fingerprint, old.id) : [];
  const keptAnswer = kept.find(([key]) => key === answerKey);
  if (old !== null && keptAnswer !== undefined) {
    if (started - old.modified > TOUCH_AFTER_MS) touchBoth(cache);
    old.close();
    return { answer: keptAnswer[1], index: null, finish: () => null };
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
  const threaded = await readInThreads(
    vault,
    paths.filter((_, i) => old === null || slots[i] === null),
    settings,
    cache.dating,
  );
  const entries: NoteEntry[] = [];
  let fresh = old === null;
  let reused = 0;
  paths.forEach((rel, i) => {
    const slot = slots[i];
    const stamp = stamps[i];
    if (old !== null && slot !== null) {
      const records = old.records(slot);
      if (records !== null) index.putRecords(records);
      entries.push({ path: rel, stamp: stamp!, records: old.rawRecords(slot) });
      reused += 1;
      return;
    }
    if (old?.has(rel)) reused += 1;
    fresh = true;
    const note = threaded?.get(rel) ?? readNoteFile(vault, rel);
    if ('message' in note) {
      failures.push(note);
      return;
    }
    if ('text' in note) index.upsert(note);
    else index.putRecords(note);
    if (stamp !== null) entries.push({ path: rel, stamp, records: index.records(rel) ?? null });
  });
  for (const f of failures) index.upsertFailure(f.path, f.message);
  const unchanged = old !== null && !fresh && reused === old.size;
  const complete = failures.length === 0;

  const finish = (answer: string | null): string | null => {
    try {
      const addsAnswer = answer !== null && answerKey !== null && complete;
      if (unchanged && !addsAnswer) {
        if (started - old!.modified > TOUCH_AFTER_MS) touchBoth(cache);
        return null;
      }
      // Unchanged records stay as they are; only the answers are written again, with this one added.
      const id = unchanged ? old!.id : writeCacheFile(cache.file, cache.fingerprint, started, entries);
      if (addsAnswer) writeAnswers(cache.answers, cache.fingerprint, id, [...(unchanged ? kept : []), [answerKey, answer]]);
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
