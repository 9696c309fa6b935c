import { BoundedCache } from '../model/bounded-cache';
import { escapeRegExp } from '../text/regex';

/**
 * Words of a needs/offers/interests phrase reduced to comparable stems, so
 * that "data engineer" meets "data engineering" and "designers" meets "design".
 */
const STOP_WORDS = new Set(
  'a an and any are as at be for from help her his i in into is it its looking me more my need needs new of on or our some someone that the their them to who with would want wants'.split(
    ' ',
  ),
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

/**
 * Words the user treats as the same ("VC = investor = venture capital"):
 * every alternative is read as the first one. Multi-word alternatives are
 * replaced in the phrase before it is cut into terms.
 */
export class Synonyms {
  /** Each multi-word alternative as a pattern, with the word it is read as (public so its patterns can be rated). */
  readonly phrases: [RegExp, string][] = [];
  private readonly words = new Map<string, string>();
  readonly groups: string[][];

  constructor(lines: string[]) {
    this.groups = lines
      .map((l) =>
        l
          .split('=')
          .map((w) => w.trim().toLowerCase())
          .filter(Boolean),
      )
      .filter((g) => g.length > 1);
    for (const [canonical, ...others] of this.groups) {
      for (const alt of others) {
        if (/\s/.test(alt)) {
          const escaped = escapeRegExp(alt).replace(/\s+/g, '\\s+');
          this.phrases.push([new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), canonical]);
        } else {
          this.words.set(stem(alt), termsOf(canonical).join(' '));
        }
      }
    }
  }

  /** Terms by phrase: people share phrases ("brand design"), and each is asked for again and again. */
  private readonly known = new BoundedCache<string, string[]>(50_000);

  /** The phrase's terms. The list is shared: never change it. */
  terms(phrase: string): string[] {
    let out = this.known.get(phrase);
    if (!out) {
      out = this.read(phrase);
      this.known.set(phrase, out);
    }
    return out;
  }

  private read(phrase: string): string[] {
    let text = phrase;
    for (const [re, canonical] of this.phrases) text = text.replace(re, (_all, before: string) => `${before}${canonical}`);
    const out = new Set<string>();
    for (const t of termsOf(text)) for (const x of (this.words.get(t) ?? t).split(' ')) out.add(x);
    return [...out];
  }

  /** The groups that make two phrases meet, for explaining a match in words. */
  used(a: string, b: string): string[][] {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return this.groups.filter((g) => {
      const inA = g.filter((w) => la.includes(w));
      const inB = g.filter((w) => lb.includes(w));
      return inA.length > 0 && inB.length > 0 && inA.join() !== inB.join();
    });
  }
}

const cache = new BoundedCache<string[], Synonyms>(2);

/** The synonyms of a settings list, built once per list. */
export function synonymsFor(lines: string[]): Synonyms {
  return cache.getOrMake(lines, () => new Synonyms(lines));
}
