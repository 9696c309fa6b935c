import { type DailyNoteDating, type GoodwillSettings, type NoteRecords, fnv1a } from '../core';

/** A hash of the reader's code, made by the build (scripts/reader-hash.mjs); without it, nothing is stored. */
declare const GOODWILL_READER_HASH: string | undefined;
export const READER_HASH = typeof GOODWILL_READER_HASH === 'string' ? GOODWILL_READER_HASH : null;

/**
 * Everything besides a note's own text that its records depend on: the
 * reader's code, the Goodwill settings (the language among them) and how the
 * vault names its daily notes (the daily-note and Periodic Notes settings).
 */
export function recordsFingerprint(settings: GoodwillSettings, dating: DailyNoteDating | null): string {
  const text = JSON.stringify([READER_HASH, settings, dating]);
  return `${fnv1a(text).toString(36)}-${fnv1a(text.split('').reverse().join('')).toString(36)}-${text.length}`;
}

/** A note as it was when its records were read: Obsidian's modification time and size. */
export interface NoteStamp {
  readonly mtime: number;
  readonly size: number;
}

/** One note's records, kept with the stamp of the note they were read from. */
export interface StoredNote {
  readonly stamp: NoteStamp;
  readonly records: NoteRecords;
}

/**
 * Where the plugin keeps each note's records between launches, so that an
 * unchanged note is not read again. Every failure of a store means a full
 * reading, never an error: `load` then gives nothing, and writes are dropped.
 */
export interface RecordsStore {
  /** The notes kept under `fingerprint` (what else the reader read); empty when the store holds another. */
  load(fingerprint: string): Promise<Map<string, StoredNote>>;
  /** Keeps a note's records; written later, in batches. */
  put(path: string, note: StoredNote): void;
  /** Forgets notes gone from the vault. */
  drop(paths: readonly string[]): void;
  /** Forgets everything ("Re-read all notes"). */
  clear(): Promise<void>;
  /** Writes what is pending. */
  flush(): Promise<void>;
  close(): void;
}

/** No store at all: every start reads the whole vault. */
export class NoStore implements RecordsStore {
  load(): Promise<Map<string, StoredNote>> {
    return Promise.resolve(new Map<string, StoredNote>());
  }
  put(): void {}
  drop(): void {}
  clear(): Promise<void> {
    return Promise.resolve();
  }
  flush(): Promise<void> {
    return Promise.resolve();
  }
  close(): void {}
}
