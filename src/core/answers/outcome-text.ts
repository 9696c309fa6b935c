import { countSearch, scanSteps } from '../text/scan-steps';

/**
 * What an outcome line says beyond its people: whom it credits ("via [[Bob]]",
 * "[[Bob]]'s intro") and what it was worth ("$40k", "€ 1,200", "300 USD", or
 * a quoted value). Read by hand-written scans that look at each character a
 * bounded number of times; the patterns they replace searched from every `[[`
 * or digit to the end of the line, which is quadratic.
 */

const BLANK = /\s/;

/** Whether `word` (lower case ASCII) stands at `at`, ASCII letters in either case (as a pattern's `i` flag without `u`). */
function wordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(at + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** After `]]` at `end`: `'s` (or `’s`), blanks, then "intro…" or "referral". */
function creditFollows(text: string, end: number): boolean {
  const quote = text[end];
  if ((quote !== "'" && quote !== '’') || (text[end + 1] !== 's' && text[end + 1] !== 'S')) return false;
  let at = end + 2;
  while (at < text.length && BLANK.test(text[at])) at++;
  scanSteps.count += at - end;
  return at > end + 2 && (wordAt(text, at, 'intro') || wordAt(text, at, 'referral'));
}

/** Before the blanks that end at `open`: "through", "via" or "thanks to". */
function creditPrecedes(text: string, open: number): boolean {
  let at = open;
  while (at > 0 && BLANK.test(text[at - 1])) at--;
  scanSteps.count += open - at;
  return at < open && (wordAt(text, at - 3, 'via') || wordAt(text, at - 7, 'through') || wordAt(text, at - 9, 'thanks to'));
}

/**
 * The link an outcome credits: the first `[[X]]` written as "[[X]]'s intro"
 * (or introduction, referral) or as "through", "via" or "thanks to" [[X]]; X
 * without its `|display` or `#heading`. The link runs to the first `]`, which
 * must start `]]`, and X may not be empty.
 */
export function creditedLink(text: string): string | null {
  const length = text.length;
  let close = -2; // the first `]` inside the current `[[`
  let credited = false; // whether "'s intro" follows the `]]` at `close`
  for (let from = 0; ;) {
    const open = text.indexOf('[[', from);
    countSearch(from, open < 0 ? -1 : open + 1, length);
    if (open < 0) return null;
    from = open + 1;
    if (close < open + 2) {
      close = text.indexOf(']', open + 2);
      countSearch(open + 2, close, length);
      if (close < 0) return null;
      credited = text.charCodeAt(close + 1) === 93 /* ] */ && creditFollows(text, close + 2);
    }
    const first = text[open + 2];
    if (text.charCodeAt(close + 1) !== 93 || first === ']' || first === '|' || first === '#') continue;
    if (!credited && !creditPrecedes(text, open)) continue;
    const inner = text.slice(open + 2, close);
    let cut = inner.length;
    for (const mark of ['|', '#']) {
      const at = inner.indexOf(mark);
      if (at >= 0 && at < cut) cut = at;
    }
    scanSteps.count += inner.length;
    return inner.slice(0, cut);
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** A digit, `,` or `.`: the rest of a written amount. */
const isAmount = (code: number) => isDigit(code) || code === 44 || code === 46;
const UNITS = ['USD', 'EUR', 'GBP', 'CHF', 'k€', 'k$'];

/** Where a currency unit ends if one stands at `at`, else -1. */
function unitEnd(text: string, at: number): number {
  for (const unit of UNITS) if (text.startsWith(unit, at)) return at + unit.length;
  return -1;
}

/**
 * The first value an outcome states, trimmed: an amount after a currency
 * sign ("$40k", "€ 1,200", "£3.5m"), an amount before a currency ("300
 * USD", "12k€"), or a quoted text ("a \"pilot project\"": pilot project).
 */
export function statedValue(text: string): string | null {
  const length = text.length;
  let quote = -2; // the next `"` after the one tried; -1 when there is none
  for (let i = 0; i < length;) {
    scanSteps.count++;
    const c = text[i];
    const code = text.charCodeAt(i);
    if (c === '$' || c === '€' || c === '£' || c === '¥') {
      let at = i + 1;
      if (at < length && BLANK.test(text[at])) at++;
      if (isDigit(text.charCodeAt(at))) {
        at++;
        while (isAmount(text.charCodeAt(at))) at++;
        scanSteps.count += at - i;
        if (at < length && BLANK.test(text[at])) at += 'kKmM'.includes(text[at + 1] ?? 'x') ? 2 : 1;
        else if ('kKmM'.includes(text[at] ?? 'x')) at++;
        return text.slice(i, at).trim();
      }
      i++;
    } else if (isDigit(code)) {
      let at = i + 1;
      while (isAmount(text.charCodeAt(at))) at++;
      scanSteps.count += at - i;
      let end = at < length && BLANK.test(text[at]) ? unitEnd(text, at + 1) : -1;
      if (end < 0) end = unitEnd(text, at);
      if (end >= 0) return text.slice(i, end).trim();
      // Every later digit of this amount reaches the same end, and fails there too.
      i = at;
    } else if (c === '"' && quote !== -1) {
      if (quote <= i) {
        quote = text.indexOf('"', i + 1);
        countSearch(i + 1, quote, length);
      }
      if (quote > i + 1) return text.slice(i + 1, quote).trim();
      i++;
    } else {
      i++;
    }
  }
  return null;
}
