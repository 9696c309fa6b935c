import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInlineField } from '../../../src/core/read/inline-fields';
import { scanSteps } from '../../../src/core/text/scan-steps';

// The pattern the scanner replaces, kept as the reference it must agree with.
const BRACKET_FIELD = /[[(]([A-Za-z][\w-]{0,30})::([^\])]*)[\])]/g;

const pieces = fc.constantFrom('[', '(', ']', ')', '::', ':', 'give', 'x', 'a-b_9', 'é', ' ', '\n', 'k'.repeat(29), '[met:: ', '(A:: ');
const texts = fc.array(pieces, { maxLength: 14 }).map((a) => a.join(''));

/** The field taken when `accept` says yes to the n-th key, as [open, key, value, end]. */
function nthField(text: string, n: number): [number, string, string, number] | null {
  let seen = 0;
  const f = findInlineField(text, () => seen++ === n);
  return f && [f.open, text.slice(f.open + 1, f.keyEnd), text.slice(f.valueStart, f.close), f.close + 1];
}

/** Every field, found by passing over each one. */
function allFields(text: string): void {
  findInlineField(text, () => false);
}

describe('bracketed inline fields', () => {
  it('are the ones the bracket-field pattern finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(BRACKET_FIELD)].map((m) => [m.index, m[1], m[2], m.index + m[0].length]);
        for (let n = 0; n <= expected.length; n++) expect(nthField(text, n)).toEqual(expected[n] ?? null);
      }),
      { numRuns: 5000 },
    );
  });

  it('are read in steps proportional to the line, however many openings fail', () => {
    const hostile = fc
      .array(fc.constantFrom('(', '[', 'A', '::', ' ', ')', 'ab'), { minLength: 1, maxLength: 6 })
      .chain((unit) => fc.tuple(fc.constant(unit.join('')), fc.integer({ min: 1, max: 500 }), texts))
      .map(([unit, times, tail]) => unit.repeat(times) + tail);
    fc.assert(
      fc.property(fc.oneof(texts, hostile), (text) => {
        scanSteps.count = 0;
        allFields(text);
        expect(scanSteps.count).toBeLessThanOrEqual(8 * text.length + 8);
      }),
      { numRuns: 2000 },
    );
    // The line the pattern took quadratic time over: openings and keys, and no closing.
    const line = '(A:: '.repeat(2000);
    scanSteps.count = 0;
    allFields(line);
    expect(scanSteps.count).toBeLessThanOrEqual(8 * line.length);
  });
});
