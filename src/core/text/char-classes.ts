/**
 * Character classes of the patterns the scanners replace, as tests on one
 * code point (see trim.ts): each says which class it stands for.
 */

/** A space or a tab: `[ \t]`. */
export const isBlank = (code: number): boolean => code === 32 || code === 9;

/** White space or a line break: `\s`. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** The ASCII letters and digits, looked up without a pattern. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => Number((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)));

/** A letter or a number in any script: `[\p{L}\p{N}]` with the `u` flag. */
export function isLetterOrNumber(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

/** Anything but a letter or a number: `[^\p{L}\p{N}]` with the `u` flag. */
export const isNotLetterOrNumber = (code: number): boolean => !isLetterOrNumber(code);

const LETTER = /^\p{L}$/u;

/** A letter in any script: `\p{L}` with the `u` flag. */
export function isLetter(code: number): boolean {
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER.test(String.fromCodePoint(code));
}
