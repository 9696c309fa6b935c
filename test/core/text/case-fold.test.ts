import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../src/core/text/case-fold';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

describe('case folding', () => {
  it('folds two code points together exactly when a case-insensitive Unicode pattern takes one for the other', () => {
    // The code points case touches (a lower or upper case of their own), and all the others as one text.
    const cased: string[] = [];
    const uncased: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      (c.toLowerCase() !== c || c.toUpperCase() !== c ? cased : uncased).push(c);
    }
    const rest = uncased.join('');
    // What case does not touch folds to itself.
    expect(foldCase(rest) === rest).toBe(true);
    const folds = new Map(cased.map((c) => [c, foldCase(c)]));
    expect(cased.filter((c) => folds.get(c)!.length !== c.length || (folds.get(c) !== c && !cased.includes(folds.get(c)!)))).toEqual([]);
    // Each code point is taken for its fold.
    expect(cased.filter((c) => folds.get(c) !== c && !new RegExp(`^${escape(c)}$`, 'iu').test(folds.get(c)!))).toEqual([]);
    // Whatever a pattern for one of them matches among them has the same fold.
    const casedText = cased.join('');
    const apart: string[] = [];
    for (const c of cased) {
      for (const m of casedText.matchAll(new RegExp(escape(c), 'giu'))) if (folds.get(m[0]) !== folds.get(c)) apart.push(`${c}~${m[0]}`);
    }
    expect(apart).toEqual([]);
    // And none of them is taken for a code point case does not touch.
    expect(rest.match(new RegExp(`[${cased.map(escape).join('')}]`, 'giu'))).toBeNull();
  }, 60_000);

  it('folds text code point by code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        expect(foldCase(text)).toBe([...text].map((c) => foldCase(c)).join(''));
      }),
    );
  });
});
