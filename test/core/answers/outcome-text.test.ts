import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditedLink, statedValue } from '../../../src/core/answers/outcome-text';
import { scanSteps } from '../../../src/core/text/scan-steps';

// The patterns the scans replace, kept as the reference they must agree with.
const VIA = /\[\[([^\]|#]+)[^\]]*\]\]['’]s\s+(?:intro|introduction|referral)|(?:through|via|thanks to)\s+\[\[([^\]|#]+)[^\]]*\]\]/i;
const VALUE = /(?:[$€£¥]\s?\d[\d,.]*\s?[kKmM]?|\d[\d,.]*\s?(?:USD|EUR|GBP|CHF|k€|k\$))|"([^"]+)"/;

const creditPieces = [
  '[[',
  ']]',
  ']',
  '[',
  '|',
  '#',
  'Bob',
  "'s",
  '’S',
  ' ',
  '\n',
  'Intro',
  'referral',
  'via',
  'VIA',
  'through',
  'thanks to',
  'x',
];
const valuePieces = ['$', '€', '£', '¥', ' ', '\t', '4', '40', ',', '.', 'k', 'M', 'USD', 'EUR', 'k€', 'k$', '"', 'a', 'U'];
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join(''));
const hostileOf = (pieces: string[]) =>
  fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 })
    .chain((unit) => fc.tuple(fc.constant(unit.join('')), fc.integer({ min: 1, max: 400 }), textOf(pieces)))
    .map(([unit, times, tail]) => unit.repeat(times) + tail);

function stepsOf(read: () => void): number {
  scanSteps.count = 0;
  read();
  return scanSteps.count;
}

describe('what an outcome says', () => {
  it('the credited link is the one the credit pattern finds', () => {
    fc.assert(
      fc.property(textOf(creditPieces), (text) => {
        const m = VIA.exec(text);
        expect(creditedLink(text)).toBe(m ? (m[1] ?? m[2]) : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('the stated value is the one the value pattern finds', () => {
    fc.assert(
      fc.property(textOf(valuePieces), (text) => {
        const m = VALUE.exec(text);
        expect(statedValue(text)).toBe(m ? (m[1] ?? m[0]).trim() : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('both are read in steps proportional to the text', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(creditPieces), hostileOf(creditPieces)), (text) => {
        expect(stepsOf(() => creditedLink(text))).toBeLessThanOrEqual(8 * text.length + 8);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.oneof(textOf(valuePieces), hostileOf(valuePieces)), (text) => {
        expect(stepsOf(() => statedValue(text))).toBeLessThanOrEqual(8 * text.length + 8);
      }),
      { numRuns: 2000 },
    );
  });
});
