import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { formatDay } from '../../../src/core/model/day';
import { day } from '../../helpers/vault';

describe('resolving dates against a reference day', () => {
  const r = new DateResolver();
  const at = (text: string, ref: string, dir: 'forward' | 'back') => {
    const d = r.resolve(text, day(ref), dir);
    return d === null ? null : formatDay(d);
  };

  it('a month and day without a year: the nearest before (back) or after (forward)', () => {
    expect(at('met on Nov 3', '2026-11-25', 'back')).toBe('2026-11-03');
    expect(at('on 20 December', '2027-01-05', 'back')).toBe('2026-12-20');
    expect(at('by Dec 1', '2026-11-25', 'forward')).toBe('2026-12-01');
    expect(at('by Nov 20', '2026-11-25', 'forward')).toBe('2027-11-20');
    expect(at('due November 3rd', '2026-11-01', 'forward')).toBe('2026-11-03');
  });

  it('weekday phrases', () => {
    // 2026-11-25 is a Wednesday.
    expect(at('by Friday', '2026-11-25', 'forward')).toBe('2026-11-27');
    expect(at('next Tuesday', '2026-11-25', 'forward')).toBe('2026-12-01');
    expect(at('on Monday', '2026-11-25', 'back')).toBe('2026-11-23');
    expect(at('in two weeks', '2026-11-25', 'forward')).toBe('2026-12-09');
    expect(at('tomorrow', '2026-11-25', 'forward')).toBe('2026-11-26');
  });

  it('a day gone by is read as one looking forward too: "last Monday" is never next Monday', () => {
    // 2026-11-25 is a Wednesday.
    expect(at('last monday', '2026-11-25', 'forward')).toBe('2026-11-23');
    expect(at('last Friday', '2026-11-25', 'forward')).toBe('2026-11-20');
    expect(at('the past monday', '2026-11-25', 'forward')).toBe('2026-11-23');
    expect(at('3 days ago', '2026-11-25', 'forward')).toBe('2026-11-22');
    expect(at('send the last deck by Friday', '2026-11-25', 'forward')).toBe('2026-11-27');
  });

  it('"last <weekday>" names the same day either way, on or before the reference, on any day', () => {
    const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    fc.assert(
      fc.property(fc.integer({ min: 19_000, max: 22_000 }), fc.constantFrom(...weekdays), (ref, w) => {
        const forward = r.resolve(`last ${w}`, ref, 'forward');
        expect(forward).toBe(r.resolve(`last ${w}`, ref, 'back'));
        expect(forward).not.toBeNull();
        expect(forward!).toBeLessThanOrEqual(ref);
        expect(forward!).toBeGreaterThan(ref - 14);
      }),
      { numRuns: 300 },
    );
  });

  it('no date words, no date', () => {
    expect(at('version 1.2.3 of the deck', '2026-11-25', 'forward')).toBeNull();
    expect(at('at 5pm', '2026-11-25', 'forward')).toBeNull();
  });

  it('the cache never changes an answer: a shared resolver agrees with a fresh one', () => {
    const shared = new DateResolver();
    const phrases = [
      'by Friday',
      'next Tuesday',
      'in two weeks',
      'on Monday',
      'tomorrow',
      'by the end of the month',
      'in 3 days',
      'by Dec 1',
      'Nov 3',
      'before Monday',
      'next week',
      '2 days ago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.integer({ min: 19_000, max: 22_000 }),
        fc.constantFrom('forward' as const, 'back' as const),
        (phrase, ref, dir) => {
          expect(shared.resolve(phrase, ref, dir)).toBe(new DateResolver().resolve(phrase, ref, dir));
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('common phrases answered without chrono agree with chrono', () => {
  it.each(['today', 'tomorrow', 'yesterday', 'by the end of the month', 'end of month'])('%s', (phrase) => {
    for (const ref of ['2026-11-25', '2026-12-31', '2024-02-10']) {
      const fast = new DateResolver().resolve(phrase, day(ref), 'forward');
      const chronoOnly = new DateResolver();
      // A window starting with a date-free word forces the general path through chrono.
      const slow = (chronoOnly as unknown as { parse(t: string, r: number, d: string): number | null }).parse(phrase, day(ref), 'forward');
      expect(fast).toBe(slow);
    }
  });
});

describe('weekday and "in N days" phrases answered without chrono agree with chrono', () => {
  const fast = new DateResolver('en');
  const slow = new DateResolver('en', false);
  const phrase = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', 'next ', 'this ', 'on ', 'by ', 'last ', 'coming ', 'past '),
        fc.constantFrom(
          'Friday',
          'friday',
          'Fri',
          'fri.',
          'Monday',
          'mon',
          'Tuesday',
          'tue',
          'tues',
          'Wednesday',
          'wed',
          'weds',
          'Thursday',
          'thu',
          'thurs',
          'Saturday',
          'sat',
          'Sunday',
          'sun',
          'monsday',
        ),
      )
      .map(([m, w]) => m + w),
    fc
      .tuple(
        fc.constantFrom('a', 'an', 'one', 'two', 'three', 'seven', 'twelve', 'thirteen', '1', '2', '10', '99', 'few', 'a couple of'),
        fc.constantFrom('day', 'days', 'week', 'weeks', 'fortnight', 'wks'),
      )
      .map(([n, u]) => `in ${n} ${u}`),
  );
  const filler = fc.constantFrom(
    'send',
    'the',
    'hiring',
    'notes',
    'ineering',
    'coaching',
    'deck',
    'to',
    'Bob',
    'a',
    'an',
    'at',
    'about',
    'and',
    'ok',
    'feedback',
    'on',
    'cloud',
    'introductions',
    'morning',
    'noon',
    'evening',
    'tonight',
    'now',
    'later',
    'next',
    'last',
    'this',
    'week',
    'weekend',
    'month',
    'year',
    '3pm',
    '5',
    '12/7',
    'v2.4',
    'ago',
    'from',
    'after',
    'until',
    'end',
    'time',
    'sat',
    'may',
    '—',
    '(',
    ')',
    ',',
    '.',
  );
  const window = fc
    .tuple(fc.array(filler, { maxLength: 4 }), phrase, fc.array(filler, { maxLength: 4 }), fc.nat(3))
    .map(([before, p, after, cut]) => [...before, p, ...after].join(' ').slice(cut));
  it('on any reference day, either way, with words around the phrase', () => {
    fc.assert(
      fc.property(
        window,
        fc.integer({ min: 19_000, max: 22_000 }),
        fc.constantFrom('forward' as const, 'back' as const),
        (text, ref, dir) => {
          expect(fast.resolve(text, ref, dir)).toBe(slow.resolve(text, ref, dir));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('every weekday phrase from every weekday', () => {
    for (let ref = day('2026-11-22'); ref < day('2026-11-29'); ref++) {
      for (const mod of ['', 'next ', 'this ', 'on ']) {
        for (const w of ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'fri']) {
          for (const dir of ['forward', 'back'] as const) expect(fast.resolve(mod + w, ref, dir)).toBe(slow.resolve(mod + w, ref, dir));
        }
      }
    }
  });
});
