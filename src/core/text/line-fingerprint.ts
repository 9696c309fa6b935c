import { fnv1a } from './hash';

/**
 * A line's fingerprint: a 30-bit FNV-1a hash of its UTF-16 code units. The
 * index keeps it instead of the line itself; an edit recomputes it from the
 * note's current text and refuses to write when the two differ, so a line
 * changed since it was read is never touched. (Two different lines share a
 * fingerprint about once in a billion.)
 */
export type LineFingerprint = number;

export function lineFingerprint(line: string): LineFingerprint {
  const h = fnv1a(line);
  // 30 bits: small integers that the engine stores without a box.
  return (h ^ (h >>> 30)) & 0x3fffffff;
}
