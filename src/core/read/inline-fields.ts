import { countSearch, scanSteps } from '../text/scan-steps';

/** A Dataview inline field in brackets, `[key:: value]` or `(key:: value)`, by offsets in its line. */
export interface InlineField {
  /** The `[` or `(`; the key starts just after it. */
  open: number;
  /** Just after the key, where `::` stands. */
  keyEnd: number;
  /** Just after the `::`. */
  valueStart: number;
  /** The `]` or `)` that ends the value. */
  close: number;
}

/** The longest key after its first letter. */
const MAX_KEY_TAIL = 30;

function isKeyStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `\w` or `-`. */
function isKeyChar(code: number): boolean {
  return isKeyStart(code) || (code >= 48 && code <= 57) || code === 95 || code === 45;
}

/**
 * The first bracketed inline field whose key `accept` takes: `[` or `(`, a
 * key (a letter, then up to 30 letters, digits, `_` or `-`), `::`, a value
 * without `]` or `)`, then `]` or `)`. A field not taken is passed over whole,
 * and the search goes on after it. Hand-written rather than a pattern: the
 * pattern searched from each opening to the end of a line full of openings
 * and no closing, which is quadratic. Here each opening, closing and key is
 * looked at once.
 */
export function findInlineField(text: string, accept: (key: string) => boolean): InlineField | null {
  const length = text.length;
  let bracket = -2; // the next `[` at or after the position tried; -1 when there is none
  let paren = -2; // the next `(`
  let closeBracket = -2; // the next `]` at or after the value's start
  let closeParen = -2; // the next `)`
  for (let at = 0; ;) {
    if (bracket !== -1 && bracket < at) {
      bracket = text.indexOf('[', at);
      countSearch(at, bracket, length);
    }
    if (paren !== -1 && paren < at) {
      paren = text.indexOf('(', at);
      countSearch(at, paren, length);
    }
    const open = bracket < 0 ? paren : paren < 0 ? bracket : Math.min(bracket, paren);
    if (open < 0) return null;
    at = open + 1;
    if (!isKeyStart(text.charCodeAt(open + 1))) continue;
    let keyEnd = open + 2;
    while (keyEnd - open - 2 <= MAX_KEY_TAIL && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
    scanSteps.count += keyEnd - open;
    if (keyEnd - open - 2 > MAX_KEY_TAIL || text.charCodeAt(keyEnd) !== 58 /* : */ || text.charCodeAt(keyEnd + 1) !== 58) continue;
    const valueStart = keyEnd + 2;
    if (closeBracket !== -1 && closeBracket < valueStart) {
      closeBracket = text.indexOf(']', valueStart);
      countSearch(valueStart, closeBracket, length);
    }
    if (closeParen !== -1 && closeParen < valueStart) {
      closeParen = text.indexOf(')', valueStart);
      countSearch(valueStart, closeParen, length);
    }
    const close = closeBracket < 0 ? closeParen : closeParen < 0 ? closeBracket : Math.min(closeBracket, closeParen);
    if (close < 0) return null; // no later field can close either
    if (accept(text.slice(open + 1, keyEnd))) return { open, keyEnd, valueStart, close };
    at = close + 1;
  }
}
