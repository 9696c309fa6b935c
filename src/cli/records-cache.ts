import { Buffer } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import type { NoteRecords } from '../core';
import { PARTIAL_SUFFIX } from './cache-folder';
import { CacheUnreadable, decodeNote, type EncodedNote, encodeNote } from './records-format';

/**
 * The CLI's cache of one vault: each note's records as the reader made them,
 * with the note's modification time and size when it was read, so that the
 * next run reads again only the notes that changed. The answers given while
 * no note had changed lie in a file of their own beside it (answers-cache.ts),
 * tied to this one by its id, so that keeping another answer never writes the
 * records again.
 *
 * The file: a first line naming the format and the fingerprint (a hash of the
 * reader's code, the vault's real path and every setting the reader reads),
 * a line with the header's length in bytes, the header (JSON: the file's id,
 * new with each writing; the notes' paths, times, sizes and the byte length of
 * each note's records; the time the file was written), then the records (one
 * JSON array, a note's records in the order of the paths, each as compact
 * arrays). A file that does not hold together is no cache: it is ignored, and
 * written anew.
 */

const MAGIC = 'goodwill records cache';

/** How far a note's time may lie from the cache's writing for its records to be trusted (see `reusable`). */
export const RACY_MS = 2000;

interface Header {
  /** Random, new with each writing: the answers kept name the records they were worked out from by it. */
  id: string;
  written: number;
  paths: string[];
  mtimes: number[];
  sizes: number[];
  /** Byte length of each note's records in the records array; 0 for a note that gives none (excluded). */
  lengths: number[];
  /** A hash of the records' bytes: a file damaged in place is no cache either. */
  recordsHash: string;
}

/** A note as it was when its records were read. */
export interface NoteStamp {
  mtimeMs: number;
  size: number;
}

class Corrupt extends Error {}

/** The cache as found on disk: its header, read at once; the records, read when asked for. */
export class CacheFile {
  private readonly slots = new Map<string, number>();
  private readonly offsets: number[] = [];
  private readonly recordsAt: number;
  private readonly recordsBytes: number;
  private decoded: (NoteRecords | null)[] | null = null;
  private section: Buffer | null = null;

  private constructor(
    private readonly fd: number,
    private readonly header: Header,
    start: number,
    fileSize: number,
    /** The file's modification time when opened: its last use (see touch). */
    readonly modified: number,
  ) {
    const h = header;
    const n = h.paths.length;
    if (h.mtimes.length !== n || h.sizes.length !== n || h.lengths.length !== n) throw new Corrupt();
    let at = 1;
    for (let i = 0; i < n; i++) {
      this.slots.set(h.paths[i], i);
      this.offsets.push(at);
      if (h.lengths[i] > 0) at += h.lengths[i] + 1;
    }
    this.recordsBytes = Math.max(at, 2);
    this.recordsAt = start;
    if (start + this.recordsBytes !== fileSize) throw new Corrupt();
  }

  /** The cache in `file` for this fingerprint; null when there is none, it belongs to other settings or code, or it does not hold together. */
  static open(file: string, fingerprint: string): CacheFile | null {
    let fd: number;
    try {
      fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch {
      return null;
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new Corrupt();
      const first = `${MAGIC} ${fingerprint}\n`;
      const lead = readAt(fd, 0, Math.min(stat.size, first.length + 16));
      if (lead.toString('latin1', 0, first.length) !== first) throw new Corrupt();
      const newline = lead.indexOf(10, first.length);
      if (newline < 0) throw new Corrupt();
      const headerBytes = Number(lead.toString('latin1', first.length, newline));
      if (!Number.isSafeInteger(headerBytes) || headerBytes <= 0 || newline + 1 + headerBytes > stat.size) throw new Corrupt();
      const header = JSON.parse(readAt(fd, newline + 1, headerBytes).toString('utf8')) as Header;
      if (typeof header !== 'object' || header === null || !Array.isArray(header.paths) || typeof header.id !== 'string') {
        throw new Corrupt();
      }
      return new CacheFile(fd, header, newline + 1 + headerBytes, stat.size, stat.mtimeMs);
    } catch {
      closeSync(fd);
      return null;
    }
  }

  /** Which writing of the cache this is (see Header.id). */
  get id(): string {
    return this.header.id;
  }

  /** When the cache was written, by the clock of the run that wrote it. */
  get written(): number {
    return this.header.written;
  }

  get size(): number {
    return this.header.paths.length;
  }

  /** Whether the cache holds the note. */
  has(notePath: string): boolean {
    return this.slots.has(notePath);
  }

  /**
   * The slot of the note's records when they can be used as they are: the
   * note has the time and size it had when read, and that time lies more
   * than RACY_MS before the cache was written. A note changed within the
   * same tick of the file system's clock as its reading keeps its time (and,
   * edited in place, often its size); such a note is read again (git's rule
   * for "racily clean" entries).
   */
  reusable(notePath: string, now: NoteStamp): number | null {
    const slot = this.slots.get(notePath);
    if (slot === undefined) return null;
    const h = this.header;
    if (h.mtimes[slot] !== now.mtimeMs || h.sizes[slot] !== now.size) return null;
    if (!(now.mtimeMs < h.written - RACY_MS)) return null;
    return slot;
  }

  /** The records of a slot; null for a note that gives none. Throws when the file does not hold together. */
  records(slot: number): NoteRecords | null {
    if (this.decoded === null) {
      const raw = this.rawSection();
      let list: unknown;
      try {
        list = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new CacheUnreadable();
      }
      if (!Array.isArray(list)) throw new CacheUnreadable();
      const h = this.header;
      const decoded: (NoteRecords | null)[] = [];
      let next = 0;
      try {
        for (let i = 0; i < h.paths.length; i++)
          decoded.push(h.lengths[i] > 0 ? decodeNote(h.paths[i], list[next++] as EncodedNote) : null);
      } catch {
        throw new CacheUnreadable();
      }
      if (next !== list.length) throw new CacheUnreadable();
      this.decoded = decoded;
    }
    return this.decoded[slot];
  }

  /** The records of a slot as they lie in the file, for writing them again without encoding them again. */
  rawRecords(slot: number): Buffer | null {
    const length = this.header.lengths[slot];
    if (length === 0) return null;
    const start = this.offsets[slot];
    return this.rawSection().subarray(start, start + length);
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }

  private rawSection(): Buffer {
    if (this.section === null) {
      try {
        this.section = readAt(this.fd, this.recordsAt, this.recordsBytes);
      } catch {
        throw new CacheUnreadable();
      }
      if (digest(this.section) !== this.header.recordsHash) throw new CacheUnreadable();
    }
    return this.section;
  }

  /** Marks the cache as used now: its modification time is its last use, for the sweep of unused caches. */
  static touch(file: string): void {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // a cache that cannot be touched is only swept sooner
    }
  }
}

/**
 * A hash of some bytes, to tell a file damaged in place: a check against
 * accidents, not against an adversary (whoever can write the cache can write
 * its hash too), so SHA-1, several times faster than SHA-256 over the 50 MB
 * of a large vault's records.
 */
export const digest = (...parts: Buffer[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
};

/** Reads exactly `length` bytes at `position`; a short file throws. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new CacheUnreadable();
    done += n;
  }
  return buffer;
}

/** One note of a cache being written: its stamp, and its records (encoded anew, or as they lay in the old file), or null. */
export interface NoteEntry {
  path: string;
  stamp: NoteStamp;
  records: NoteRecords | Buffer | null;
}

/**
 * Writes the cache atomically (see writeAtomically); returns its id. The
 * records already encoded (kept from the old file) are written as they are,
 * and no copy of the whole file is ever made in memory.
 */
export function writeCacheFile(file: string, fingerprint: string, written: number, notes: NoteEntry[]): string {
  const header: Header = { id: randomBytes(8).toString('hex'), written, paths: [], mtimes: [], sizes: [], lengths: [], recordsHash: '' };
  const records: Buffer[] = [OPEN];
  for (const note of notes) {
    header.paths.push(note.path);
    header.mtimes.push(note.stamp.mtimeMs);
    header.sizes.push(note.stamp.size);
    if (note.records === null) {
      header.lengths.push(0);
      continue;
    }
    const bytes = Buffer.isBuffer(note.records) ? note.records : Buffer.from(JSON.stringify(encodeNote(note.records)), 'utf8');
    header.lengths.push(bytes.length);
    if (records.length > 1) records.push(COMMA);
    records.push(bytes);
  }
  records.push(CLOSE);
  header.recordsHash = digest(...records);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  writeAtomically(file, [Buffer.from(`${MAGIC} ${fingerprint}\n${headerBytes.length}\n`, 'latin1'), headerBytes, ...records]);
  return header.id;
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** How much is gathered before a write: many notes' records go to the file in one call. */
const WRITE_CHUNK = 1 << 20;

/**
 * Writes `parts` into a new file beside `file` (mode 0600, in a folder made
 * 0700: the caches hold text from the notes), then renames it over `file`, so
 * that a run stopped half-way leaves the old file or none, and two runs at
 * once leave one whole file or the other.
 */
export function writeAtomically(file: string, parts: Buffer[]): void {
  const folder = path.dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`;
  const fd = openSync(partial, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    try {
      const chunk = Buffer.allocUnsafe(WRITE_CHUNK);
      let filled = 0;
      const flush = () => {
        writeAll(fd, chunk.subarray(0, filled));
        filled = 0;
      };
      for (const part of parts) {
        if (filled + part.length > WRITE_CHUNK) flush();
        if (part.length >= WRITE_CHUNK) writeAll(fd, part);
        else filled += part.copy(chunk, filled);
      }
      flush();
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (err) {
    try {
      unlinkSync(partial);
    } catch {
      // nothing left to remove
    }
    throw err;
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}
