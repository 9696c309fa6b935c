import { Buffer } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { digest, readAt, writeAtomically } from './records-cache';

/**
 * The answers the CLI gave while no note had changed, each under what shapes
 * it besides the notes and the settings (the command, its options, the day):
 * asked again over the same notes, a command answers from here at once.
 *
 * They lie in a file of their own beside the records (records-cache.ts), so
 * that keeping one more answer writes only the answers. The file names the
 * records it was worked out from by their id; over other records (written
 * since, by this run or another) it is no cache.
 *
 * The file: a first line naming the format, the fingerprint and the records'
 * id, a line with the header's length in bytes, the header (JSON: each
 * answer's key, byte length and hash), then the answers' texts.
 */

const MAGIC = 'goodwill answers cache';

/** The most answers kept; the oldest goes first. */
const MAX_ANSWERS = 16;

type Header = [key: string, bytes: number, hash: string][];

/** The answers kept for the records with this id, oldest first; none when the file is missing, belongs to other records, or does not hold together. */
export function readAnswers(file: string, fingerprint: string, recordsId: string): [string, string][] {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return [];
  }
  try {
    const size = fstatSync(fd).size;
    const first = `${MAGIC} ${fingerprint} ${recordsId}\n`;
    const lead = readAt(fd, 0, Math.min(size, first.length + 16));
    if (lead.toString('latin1', 0, first.length) !== first) return [];
    const newline = lead.indexOf(10, first.length);
    if (newline < 0) return [];
    const headerBytes = Number(lead.toString('latin1', first.length, newline));
    if (!Number.isSafeInteger(headerBytes) || headerBytes <= 0) return [];
    const header = JSON.parse(readAt(fd, newline + 1, headerBytes).toString('utf8')) as Header;
    if (!Array.isArray(header)) return [];
    const out: [string, string][] = [];
    let at = newline + 1 + headerBytes;
    for (const entry of header) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1]) || entry[1] < 0) return [];
      const [key, bytes, hash] = entry;
      const raw = readAt(fd, at, bytes);
      if (digest(raw) !== hash) return [];
      out.push([key, raw.toString('utf8')]);
      at += bytes;
    }
    return at === size ? out : [];
  } catch {
    return [];
  } finally {
    closeSync(fd);
  }
}

/** Writes the answers kept for the records with this id, atomically (see writeAtomically); only the newest MAX_ANSWERS are kept. */
export function writeAnswers(file: string, fingerprint: string, recordsId: string, answers: [string, string][]): void {
  const kept = answers.slice(-MAX_ANSWERS).map(([key, text]) => [key, Buffer.from(text, 'utf8')] as const);
  const header: Header = kept.map(([key, bytes]) => [key, bytes.length, digest(bytes)]);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  writeAtomically(file, [
    Buffer.from(`${MAGIC} ${fingerprint} ${recordsId}\n${headerBytes.length}\n`, 'latin1'),
    headerBytes,
    ...kept.map(([, bytes]) => bytes),
  ]);
}
