import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  type Stats,
  statfsSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { appendLine } from '../core';
import { InputError } from './failures';
import { fileKind, FileReadRefused, MAX_NOTE_BYTES, readRegularBytes } from './regular-file-read';

/**
 * Every file the CLI writes goes through one VaultWriter. A vault can arrive by
 * git or sync with links planted in it, and a setting can name `../outside`:
 * the writer resolves the real path of every folder it writes in or creates and
 * refuses any outside the vault's real path; it never writes through a link at
 * the target, nor to anything but a regular file. And it never loses a line:
 * the new content goes to a hidden temporary file in the same folder, synced,
 * and is renamed into place only if the note still holds the bytes it had
 * when read. A failure at any point leaves the note as it was.
 */

/** How bytes reach an open file: writes from `offset` on, returns how many were written. */
export type WriteBytes = (fd: number, data: Uint8Array, offset: number) => number;

/** The disk under a folder: free bytes, or null where Node cannot tell. */
export type FreeSpace = (folder: string) => number | null;

/** What the writer does to the disk; a test injects a disk that fails or is full. */
export interface Disk {
  write: WriteBytes;
  freeSpace: FreeSpace;
}

const NODE_DISK: Disk = {
  write: (fd, data, offset) => writeSync(fd, data, offset, data.length - offset),
  freeSpace: (folder) => {
    try {
      const s = statfsSync(folder);
      return s.bavail * s.bsize;
    } catch {
      return null;
    }
  },
};

/** The longest file name most file systems take (ext4, APFS, NTFS: 255 bytes, or UTF-16 units on NTFS). */
export const MAX_NAME_BYTES = 255;

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const utf8 = new TextEncoder();
// Fatal: a Latin-1 or UTF-16 note is refused, not decoded to U+FFFD and written back. ignoreBOM keeps a BOM as it is.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const OUTSIDE = 'is outside the vault; Goodwill writes only inside the vault';
const OUTSIDE_THROUGH_LINK = 'is outside the vault (through a link); Goodwill writes only inside the vault';

function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

/** Where a note goes: its folder's real path, and the note's own path in it. */
interface Target {
  rel: string;
  folder: string;
  file: string;
}

export class VaultWriter {
  /** The vault's real path: what every target must lie inside. */
  private readonly root: string;

  private readonly disk: Disk;

  constructor(vault: string, disk: Partial<Disk> = {}) {
    this.root = realpathSync.native(vault);
    this.disk = { ...NODE_DISK, ...disk };
  }

  /**
   * The segments of a vault-relative path, or a refusal: no `..`, no `.`, no
   * absolute path, no backslash or NUL, and no name longer than the file system takes.
   */
  private segments(rel: string): string[] {
    if (rel.includes('\0') || rel.includes('\\') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) {
      throw new InputError(`${rel} ${OUTSIDE}`);
    }
    const parts = rel.split('/').filter((p) => p !== '');
    if (parts.length === 0 || parts.some((p) => p === '..' || p === '.')) throw new InputError(`${rel} ${OUTSIDE}`);
    const long = parts.find((p) => utf8.encode(p).length > MAX_NAME_BYTES);
    if (long !== undefined) throw new InputError(`${rel}: the name "${long}" is longer than ${MAX_NAME_BYTES} bytes`);
    return parts;
  }

  private inside(real: string): boolean {
    return real === this.root || real.startsWith(this.root.endsWith(path.sep) ? this.root : this.root + path.sep);
  }

  /**
   * The real path of the folder of `rel`, checked segment by segment: each one
   * a folder whose real path lies inside the vault. Missing folders are made
   * when `create`, one at a time and each checked in turn; otherwise null says
   * that some are still missing (nothing outside the vault can be reached through them).
   */
  private folder(rel: string, parts: string[], create: boolean): string | null {
    let real = this.root;
    for (let i = 0; i < parts.length - 1; i++) {
      const shown = parts.slice(0, i + 1).join('/');
      const next = path.join(real, parts[i]);
      let stat = lstatOrNull(next);
      if (stat === null) {
        if (!create) return null;
        try {
          mkdirSync(next);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
        stat = lstatSync(next);
      }
      let resolved: string;
      try {
        resolved = realpathSync.native(next);
      } catch {
        throw new InputError(`${shown} is a link that leads nowhere; nothing was written to ${rel}`);
      }
      if (!this.inside(resolved)) throw new InputError(`${shown} ${stat.isSymbolicLink() ? OUTSIDE_THROUGH_LINK : OUTSIDE}`);
      if (!statSync(resolved).isDirectory()) throw new InputError(`${shown} is not a folder; nothing was written to ${rel}`);
      real = resolved;
    }
    return real;
  }

  private target(rel: string, create: boolean): Target | null {
    const parts = this.segments(rel);
    const folder = this.folder(rel, parts, create);
    if (folder === null) return null;
    return { rel, folder, file: path.join(folder, parts[parts.length - 1]) };
  }

  /** What is at the target now: null when nothing, the stats of a regular file, else a refusal. */
  private existing(t: Target): Stats | null {
    const stat = lstatOrNull(t.file);
    if (stat === null || stat.isFile()) return stat;
    if (stat.isSymbolicLink()) throw new InputError(`${t.rel} is a link; Goodwill does not write through links`);
    throw new InputError(`${t.rel} is ${fileKind(stat)}, not a note; nothing was written`);
  }

  /**
   * Whether anything at all (a note, a folder, a link, even one to nothing) has
   * this vault-relative path. A path the writer would refuse is not taken here:
   * `problemCreating` says why it is refused.
   */
  exists(rel: string): boolean {
    try {
      const t = this.target(rel, false);
      return t !== null && lstatOrNull(t.file) !== null;
    } catch (err) {
      if (err instanceof InputError) return false;
      throw err;
    }
  }

  /**
   * Why a new note could not be created at `rel`, or null: the checks of
   * `create` without writing anything (missing folders count as creatable).
   */
  problemCreating(rel: string): string | null {
    try {
      const t = this.target(rel, false);
      if (t !== null && this.existing(t) !== null) return `${rel} already exists`;
      return null;
    } catch (err) {
      if (err instanceof InputError) return err.message;
      throw err;
    }
  }

  /** Free bytes on the file system where the note `rel` would go, or null where Node cannot tell. */
  freeBytes(rel: string): number | null {
    let dir = this.root;
    for (const part of this.segments(rel).slice(0, -1)) {
      const next = path.join(dir, part);
      if (lstatOrNull(next) === null) break;
      dir = next;
    }
    return this.disk.freeSpace(dir);
  }

  /** Creates a new note; refuses when anything is at its path, now or by the time it is renamed into place. */
  create(rel: string, text: string): void {
    const t = this.target(rel, true)!;
    if (this.existing(t) !== null) throw new InputError(`${rel} already exists; nothing was written`);
    this.replace(t, null, utf8.encode(text), null);
  }

  /**
   * Appends a line to a note, creating it when missing with `initial` (its
   * template, filled) before the line. The note must be UTF-8 and at most
   * MAX_NOTE_BYTES; a note that cannot be read is not written.
   */
  append(rel: string, line: string, initial = ''): void {
    const t = this.target(rel, true)!;
    const stat = this.existing(t);
    let before: Uint8Array | null = null;
    let text = initial;
    if (stat !== null) {
      try {
        before = readRegularBytes(t.file, MAX_NOTE_BYTES);
      } catch (err) {
        if (err instanceof FileReadRefused) throw new InputError(`${rel} could not be read (${err.message}); nothing was written`);
        throw err;
      }
      try {
        text = strictUtf8.decode(before);
      } catch {
        throw new InputError(`${rel} is not UTF-8 text; Goodwill changes only UTF-8 notes, so nothing was written`);
      }
    }
    const after = utf8.encode(appendLine(text, line));
    // An append keeps every byte that was there: anything else would be a lost line.
    if (before !== null && !sameBytes(after.subarray(0, before.length), before)) {
      throw new InputError(`${rel} would not keep its text as it is; nothing was written`);
    }
    this.replace(t, before, after, stat === null ? null : stat.mode & 0o7777);
  }

  /**
   * Puts a whole new text in place of a file's (a settings file, say),
   * creating it and its folders when missing. All or nothing: the text goes
   * to a temporary file renamed into place only if the file still holds the
   * bytes it had when read; a folder that cannot be written leaves the file
   * as it was, and says so.
   */
  writeWhole(rel: string, text: string): void {
    try {
      const t = this.target(rel, true)!;
      const stat = this.existing(t);
      let before: Uint8Array | null = null;
      if (stat !== null) {
        try {
          before = readRegularBytes(t.file, MAX_NOTE_BYTES);
        } catch (err) {
          if (err instanceof FileReadRefused) throw new InputError(`${rel} could not be read (${err.message}); nothing was written`);
          throw err;
        }
      }
      this.replace(t, before, utf8.encode(text), stat === null ? null : stat.mode & 0o7777);
    } catch (err) {
      if (err instanceof InputError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (code ?? (err as Error).message);
      throw new InputError(`${rel} could not be written (${why}); nothing was written`);
    }
  }

  /**
   * Writes `bytes` to a hidden temporary file beside the target (a leading dot
   * and no `.md`, so a running Obsidian never indexes it), syncs it, and puts
   * it in place: by rename when the note held `before` and still does, by a
   * link that fails if anything appeared when the note was new.
   */
  private replace(t: Target, before: Uint8Array | null, bytes: Uint8Array, mode: number | null): void {
    const temp = path.join(t.folder, `.goodwill-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o666);
    let placed = false;
    try {
      try {
        if (mode !== null) fchmodSync(fd, mode);
        for (let offset = 0; offset < bytes.length;) offset += this.disk.write(fd, bytes, offset);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // The folder may have been swapped for a link since it was checked.
      if (realpathSync.native(t.folder) !== t.folder)
        throw new InputError(`the folder of ${t.rel} moved while Goodwill wrote; nothing was written`);
      if (before === null) {
        this.placeNew(t, temp);
      } else {
        this.existing(t);
        let now: Uint8Array;
        try {
          now = readRegularBytes(t.file, MAX_NOTE_BYTES);
        } catch {
          now = new Uint8Array(0);
        }
        if (!sameBytes(now, before)) throw new InputError(`${t.rel} changed while Goodwill wrote to it; nothing was written, try again`);
        renameSync(temp, t.file);
      }
      placed = true;
    } finally {
      if (!placed) unlinkQuietly(temp);
    }
  }

  /** A new note: never over one that appeared meanwhile. */
  private placeNew(t: Target, temp: string): void {
    try {
      // A hard link fails when the name is taken, where a rename would replace the note.
      linkSync(temp, t.file);
      unlinkQuietly(temp);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new InputError(`${t.rel} appeared while Goodwill wrote; nothing was written`);
      // File systems without hard links (FAT, some network and sync folders): check, then rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
    }
    if (lstatOrNull(t.file) !== null) throw new InputError(`${t.rel} appeared while Goodwill wrote; nothing was written`);
    renameSync(temp, t.file);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or the folder went with it: nothing is left to clean.
  }
}
