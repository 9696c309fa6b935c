import { Buffer } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/**
 * Reads from the vault go through here: only regular files, and only up to a
 * size. A note swapped for a FIFO would block a plain read forever, a device
 * would never end, and a 600 MB "note" would fill the memory the index needs.
 */

/** The largest note Goodwill reads (and rewrites): far beyond any note written by hand, far below what would strain the CLI. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

/** A file that is not read, and why: the reason is said without the path, which the caller knows. */
export class FileReadRefused extends Error {
  constructor(
    reason: string,
    /** Nothing is at the path (never was, or deleted meanwhile). */
    readonly missing = false,
  ) {
    super(reason);
  }
}

// Where the OS lacks a flag (O_NOFOLLOW and O_NONBLOCK on Windows), the fstat check below still refuses what is not a file.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
// Opening a FIFO for reading blocks until a writer comes; non-blocking, the open returns at once and fstat names it.
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

export function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a link';
  return 'not a regular file';
}

function refusal(err: NodeJS.ErrnoException, followLinks: boolean): FileReadRefused {
  if (err.code === 'ELOOP' && !followLinks) return new FileReadRefused('it is a link, and Goodwill reads no links inside the vault');
  if (err.code === 'ENOENT') {
    // Inside the vault the file was listed a moment ago; a file the user names may never have been there.
    return new FileReadRefused(followLinks ? 'no such file' : 'it is gone (moved or deleted while Goodwill read the vault)', true);
  }
  if (err.code === 'EACCES' || err.code === 'EPERM') return new FileReadRefused('permission denied');
  return new FileReadRefused(err.code ?? err.message);
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Many small reads: one buffer, grown when a file needs it and kept for the next. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a regular file of at most `maxBytes` into the scratch buffer; returns
 * the number of bytes. `followLinks` is for files the user names on the command
 * line (a config, an export); inside the vault a link is not followed.
 */
function readInto(file: string, maxBytes: number, followLinks: boolean): number {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NON_BLOCKING | (followLinks ? 0 : NO_FOLLOW));
  } catch (err) {
    throw refusal(err as NodeJS.ErrnoException, followLinks);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileReadRefused(`it is ${fileKind(stat)}, not a note`);
    if (stat.size > maxBytes) throw new FileReadRefused(`it is larger than ${megabytes(maxBytes)} (${megabytes(stat.size)})`);
    if (scratch.length < stat.size) scratch = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(stat.size, scratch.length * 2)));
    // The size fstat gave bounds the read: a file that grows meanwhile is read as it was, one that shrinks up to its end.
    let length = 0;
    while (length < stat.size) {
      const n = readSync(fd, scratch, length, stat.size - length, null);
      if (n === 0) break;
      length += n;
    }
    return length;
  } catch (err) {
    if (err instanceof FileReadRefused) throw err;
    throw refusal(err as NodeJS.ErrnoException, followLinks);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes (a copy of their own). */
export function readRegularBytes(file: string, maxBytes: number = MAX_NOTE_BYTES, followLinks = false): Buffer {
  const length = readInto(file, maxBytes, followLinks);
  return Buffer.from(scratch.subarray(0, length));
}

/** The file as text, read leniently: bytes that are not UTF-8 read as U+FFFD (for reading; a rewrite checks the bytes). */
export function readRegularText(file: string, maxBytes: number = MAX_NOTE_BYTES, followLinks = false): string {
  const length = readInto(file, maxBytes, followLinks);
  return scratch.toString('utf8', 0, length);
}
