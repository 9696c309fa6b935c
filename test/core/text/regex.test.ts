import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/core/text/regex';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text as written, and only it', () => {
    expect(escapeRegExp('a.b*(c)?[d]{2}|e^$\\f+')).toBe('a\\.b\\*\\(c\\)\\?\\[d\\]\\{2\\}\\|e\\^\\$\\\\f\\+');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
      }),
    );
  });
});
