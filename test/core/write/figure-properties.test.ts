import { describe, expect, it } from 'vitest';
import { figureChanges, NO_FIGURES } from '../../../src/core/write/figure-properties';

const wanted = {
  'goodwill-last-contact': '2026-11-20',
  'goodwill-next-due': null,
  'goodwill-balance': -10,
  'goodwill-light': 'amber',
} as const;

describe('what a person note must change to hold its figures', () => {
  it('nothing when it already holds them: a date read back as a Date counts as its day, a missing property as no figure', () => {
    const fm = {
      'goodwill-last-contact': new Date('2026-11-20T00:00:00Z'),
      'goodwill-balance': -10,
      'goodwill-light': 'amber',
      type: 'person',
    };
    expect(figureChanges(fm, { ...wanted })).toEqual({});
  });

  it('each value that differs, and no other: a balance written as text is not the number', () => {
    const fm = { 'goodwill-last-contact': '2026-11-19', 'goodwill-balance': '-10', 'goodwill-light': 'amber' };
    expect(figureChanges(fm, { ...wanted })).toEqual({ 'goodwill-last-contact': '2026-11-20', 'goodwill-balance': -10 });
  });

  it('a figure that is gone removes its property, and only where the note has it', () => {
    expect(
      figureChanges(
        { 'goodwill-next-due': '2026-12-01' },
        { ...wanted, 'goodwill-last-contact': null, 'goodwill-balance': null, 'goodwill-light': null },
      ),
    ).toEqual({
      'goodwill-next-due': null,
    });
    expect(figureChanges(null, NO_FIGURES)).toEqual({});
  });

  it("a property inherited, not the note's own, is no property", () => {
    const fm = Object.create({ 'goodwill-light': 'amber' }) as Record<string, unknown>;
    expect(figureChanges(fm, { ...wanted, 'goodwill-last-contact': null, 'goodwill-balance': null })).toEqual({
      'goodwill-light': 'amber',
    });
  });
});
