/**
 * Runs of characters trimmed from the ends of a text by loops over char codes.
 * A pattern such as `/[ \t]+$/` or `/[^\p{L}\p{N}]+$/u` searches to the end of
 * the text from every character of a long run, which is quadratic; these look
 * at each character once. A surrogate pair is one code point to the tests, as
 * to a pattern with the `u` flag; a lone surrogate is a code point of its own.
 */

/** A test on one code point. */
export type CodePointTest = (code: number) => boolean;

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Where the text starts once the code points from `start` on (up to `end`) that pass `test` are dropped. */
export function startWithout(text: string, test: CodePointTest, start = 0, end = text.length): number {
  let at = start;
  while (at < end) {
    const unit = text.charCodeAt(at);
    const pair = isHigh(unit) && at + 1 < end && isLow(text.charCodeAt(at + 1));
    if (!test(pair ? text.codePointAt(at)! : unit)) break;
    at += pair ? 2 : 1;
  }
  return at;
}

/** Where the text ends once the code points before `end` (down to `start`) that pass `test` are dropped. */
export function endWithout(text: string, test: CodePointTest, end = text.length, start = 0): number {
  let at = end;
  while (at > start) {
    const unit = text.charCodeAt(at - 1);
    const pair = isLow(unit) && at - 2 >= start && isHigh(text.charCodeAt(at - 2));
    if (!test(pair ? text.codePointAt(at - 2)! : unit)) break;
    at -= pair ? 2 : 1;
  }
  return at;
}

/** The text without the code points at its start that pass `test`. */
export function trimStartWhere(text: string, test: CodePointTest): string {
  return text.slice(startWithout(text, test));
}

/** The text without the code points at its end that pass `test`. */
export function trimEndWhere(text: string, test: CodePointTest): string {
  return text.slice(0, endWithout(text, test));
}

/** The text without the code points at either end that pass `test`. */
export function trimWhere(text: string, test: CodePointTest): string {
  const start = startWithout(text, test);
  return text.slice(start, endWithout(text, test, text.length, start));
}
