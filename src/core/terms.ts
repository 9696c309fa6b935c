/**
 * Words of a needs/offers/interests phrase reduced to comparable stems, so
 * that "data engineer" meets "data engineering" and "designers" meets "design".
 */
const STOP_WORDS = new Set(
  'a an and any are as at be for from help her his i in into is it its looking me more my need needs new of on or our some someone that the their them to who with would want wants'.split(' '),
);

export function stem(word: string): string {
  let w = word;
  for (let i = 0; i < 3; i++) {
    const before = w;
    if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.length > 4 && (w.endsWith('er') || w.endsWith('ed') || w.endsWith('or'))) w = w.slice(0, -2);
    if (w === before) break;
  }
  return w;
}

export function termsOf(phrase: string): string[] {
  const out = new Set<string>();
  for (const word of phrase.toLowerCase().split(/[^\p{L}\p{N}+#]+/u)) {
    if (!word || STOP_WORDS.has(word)) continue;
    out.add(stem(word));
  }
  return [...out];
}

/**
 * Two phrases match when they share at least half of the terms of the longer
 * one, and at least two terms unless one of them is a single term: "brand
 * design" meets "brand designer" but not "logo design".
 */
export function phrasesMatch(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  let shared = 0;
  for (const t of a) if (b.includes(t)) shared++;
  return shared >= Math.min(2, a.length, b.length) && shared * 2 >= Math.max(a.length, b.length);
}
