/**
 * Text folded for comparing without case, as a pattern with the `i` and `u`
 * flags compares it: two code points fold to the same one exactly when such
 * a pattern takes either for the other (a test checks every code point).
 * Each code point keeps its length in UTF-16 units, so an offset in the
 * folded text is the same offset in the text.
 */

import { BoundedCache } from '../model/bounded-cache';

/** Code points whose lower-then-upper case is not what the pattern engine takes them for. */
const EXCEPTIONS = new Map<string, string>([
  ['ı', 'ı'], // dotless i: upper case I, but I matches only i
  ['\u1fd3', '\u0390'], // ΐ written two ways, one class
  ['\u1fe3', '\u03b0'], // ΰ likewise
  ['\ufb05', '\ufb06'], // the ſt and st ligatures
]);

/** Folded non-ASCII code points, as they are met. */
const FOLDED = new BoundedCache<string, string>(10_000);

/** Whether `s` is one code point as long as `c` in UTF-16 units. */
function sameSize(s: string, c: string): boolean {
  return s.length === c.length && (c.length === 1 || s.codePointAt(0)! > 0xffff);
}

/** One code point's fold: upper case of lower case, where each is a single code point of the same size. */
function foldCodePoint(c: string): string {
  const known = FOLDED.get(c);
  if (known !== undefined) return known;
  let out = EXCEPTIONS.get(c);
  if (out === undefined) {
    const lower = c.toLowerCase();
    const l = sameSize(lower, c) ? lower : c;
    const upper = l.toUpperCase();
    out = sameSize(upper, l) ? upper : l;
  }
  FOLDED.set(c, out);
  return out;
}

export function foldCase(text: string): string {
  let out = '';
  let plain = 0; // start of the stretch of ASCII not yet copied
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      i++;
      continue;
    }
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    out += text.slice(plain, i).toUpperCase() + foldCodePoint(text.slice(i, i + size));
    i += size;
    plain = i;
  }
  return out + text.slice(plain).toUpperCase();
}
