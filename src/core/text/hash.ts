/**
 * The 32-bit FNV-1a hash of a text's UTF-16 code units, as an unsigned
 * integer: cheap, and stable across runs and platforms (a line's
 * fingerprint, a calendar event's identifier). Not for secrets.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
