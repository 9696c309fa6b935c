import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts, formatDay } from '../../../src/core/model/day';
import { compileDateFormat, type DateFormat, dayFromFormatted, englishMonth, formatDayAs } from '../../../src/core/text/date-format';

const format = (source: string): DateFormat => {
  const r = compileDateFormat(source);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const day = (y: number, m: number, d: number) => dayFromParts(y, m, d)!;

describe('daily-note formats', () => {
  it.each([
    ['YYYY-MM-DD', '2026-11-20'],
    ['YYYY/[Journal]/MM-MMMM/YYYY-MM-DD-dddd', '2026/Journal/11-November/2026-11-20-Friday'],
    ['YYYY/MM/DD ddd', '2026/11/20 Fri'],
    ['D MMM YY', '20 Nov 26'],
    ['MMMM Do, YYYY', 'November 20th, 2026'],
    ['[Daily] M.D.YYYY', 'Daily 11.20.2026'],
  ])('%s places 2026-11-20 at %s, and reads it back', (source, written) => {
    const f = format(source);
    expect(formatDayAs(f, day(2026, 11, 20))).toBe(written);
    expect(formatDay(dayFromFormatted(f, written)!)).toBe('2026-11-20');
  });

  it('reads month and weekday names in English and in the note language', () => {
    const f = format('DD MMMM YYYY, dddd');
    expect(formatDayAs(f, day(2026, 3, 5), 'de')).toBe('05 März 2026, Donnerstag');
    expect(formatDay(dayFromFormatted(f, '05 März 2026, Donnerstag', 'de')!)).toBe('2026-03-05');
    expect(formatDay(dayFromFormatted(f, '05 march 2026, thursday', 'de')!)).toBe('2026-03-05');
    expect(dayFromFormatted(f, '05 März 2026, Donnerstag', 'en')).toBeNull();
  });

  it.each([
    ['YYYY-[W]ww', '"ww"'],
    ['YYYY-MM-DD HH:mm', '"HH"'],
    ['gggg-MM-DD', '"gggg"'],
    ['YYYY-MM', 'does not name a day'],
    ['MM-DD', 'does not name a day'],
    ['YYYY-[MM-DD', 'never closes'],
  ])('%s cannot place a note, and says why', (source, why) => {
    const r = compileDateFormat(source);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(why);
  });

  it('a name that does not fit, or names no real day, is no day', () => {
    const f = format('YYYY-MM-DD');
    expect(dayFromFormatted(f, '2026-02-30')).toBeNull();
    expect(dayFromFormatted(f, 'Meeting 2026-02-03')).toBeNull();
    expect(dayFromFormatted(format('YYYY/MM/YYYY-MM-DD'), '2026/11/2025-11-20')).toBeNull();
  });

  const sources = fc.constantFrom(
    'YYYY-MM-DD',
    'YYYY/MM/DD',
    'DD.MM.YYYY',
    'D-M-YY',
    'YYYY/[Journal]/MM-MMMM/YYYY-MM-DD-ddd',
    'dddd, MMMM Do YYYY',
    'YY MMM D',
    'YYYY [week] MM DD dddd',
  );
  it('reads back every day it writes, in every language', () => {
    fc.assert(
      fc.property(
        sources,
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('en', 'de', 'fr', 'es', 'nl', 'pt', 'ja'),
        (source, y, m, d, language) => {
          const f = format(source);
          const written = formatDayAs(f, day(y, m, d), language);
          expect(dayFromFormatted(f, written, language)).toBe(day(y, m, d));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('English month names', () => {
  it('name their month by the first three letters, in any case', () => {
    const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    names.forEach((name, i) => expect(englishMonth(name)).toBe(i + 1));
    expect(englishMonth('Sept')).toBe(9);
    expect(englishMonth('NOVEMBER')).toBe(11);
    expect(englishMonth('Mo')).toBeNull();
    expect(englishMonth('noon')).toBeNull();
  });
});
