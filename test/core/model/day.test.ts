import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followUps } from '../../../src/core/answers/followups';
import { followUpsCalendar } from '../../../src/core/formats/ics';
import { DateResolver } from '../../../src/core/language/dates';
import {
  FIRST_DAY,
  LAST_DAY,
  addDays,
  addMonths,
  dayFromParts,
  dayParts,
  endOfMonth,
  formatDay,
  isCalendarDay,
  parseIsoDay,
  weekdayOf,
} from '../../../src/core/model/day';
import { day, indexOf, person } from '../../helpers/vault';

const ISO = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const calendarDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

describe('the calendar: the years 1000 to 9999', () => {
  it('has 9999-12-31 as its last day and 1000-01-01 as its first', () => {
    expect(formatDay(LAST_DAY)).toBe('9999-12-31');
    expect(formatDay(FIRST_DAY)).toBe('1000-01-01');
  });

  it('dates outside it are no dates', () => {
    expect(dayFromParts(999, 12, 31)).toBeNull();
    expect(dayFromParts(10000, 1, 1)).toBeNull();
    expect(parseIsoDay('0999-12-31')).toBeNull();
    expect(parseIsoDay('1000-01-01')).toBe(FIRST_DAY);
  });

  it('every day of it prints as YYYY-MM-DD and reads back as itself', () => {
    fc.assert(
      fc.property(calendarDay, (d) => {
        const text = formatDay(d);
        expect(text).toMatch(ISO);
        expect(parseIsoDay(text)).toBe(d);
      }),
    );
  });

  it('adding any number of days or months stays inside it', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e6, max: 1e6 }), (d, days, months) => {
        for (const result of [addDays(d, days), addMonths(d, months)]) {
          expect(isCalendarDay(result)).toBe(true);
          expect(formatDay(result)).toMatch(ISO);
        }
      }),
    );
  });

  it('adding is plain arithmetic inside it and stops at its ends', () => {
    expect(formatDay(addDays(day('2026-11-25'), 7))).toBe('2026-12-02');
    expect(addDays(day('9999-12-30'), 5)).toBe(LAST_DAY);
    expect(addDays(day('1000-01-02'), -5)).toBe(FIRST_DAY);
    expect(formatDay(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(addMonths(day('9999-11-15'), 3)).toBe(LAST_DAY);
    expect(addMonths(day('1000-02-15'), -3)).toBe(FIRST_DAY);
  });

  it('the end of a month and the day of the week hold before 1970 as after', () => {
    fc.assert(
      fc.property(calendarDay, (d) => {
        const { year, month } = dayParts(d);
        expect(dayParts(endOfMonth(d)).month).toBe(month);
        expect(dayParts(endOfMonth(d) + 1).month).toBe(month === 12 ? 1 : month + 1);
        expect(weekdayOf(d)).toBe(new Date(Date.UTC(year, month - 1, dayParts(d).date)).getUTCDay());
      }),
    );
  });

  it('a phrase that names a day outside it is no date', () => {
    const resolver = new DateResolver();
    expect(resolver.resolve('in 10 weeks', day('9999-12-01'), 'forward')).toBeNull();
    expect(resolver.resolve('by end of month', day('9999-12-01'), 'forward')).toBe(LAST_DAY);
    expect(resolver.resolve('yesterday', day('1000-01-01'), 'back')).toBeNull();
    expect(formatDay(resolver.resolve('in 2 weeks', day('2026-11-25'), 'forward')!)).toBe('2026-12-09');
  });
});

describe('dates at the ends of the calendar in answers', () => {
  it('a deadline of 9999-12-31 is a calendar event that does not end before it starts', () => {
    const index = indexOf({
      'People/Ann.md': person('Ann'),
      'Daily/2026-11-20.md': '- owe:: [[Ann]] the deck 📅 9999-12-31\n',
    });
    const list = followUps(index.resolve(), index.settings, day('2026-11-25'), { all: true });
    expect(list.map((f) => formatDay(f.due))).toEqual(['9999-12-31']);
    const calendar = new ICAL.Component(ICAL.parse(followUpsCalendar(list, 'Vault', day('2026-11-25'))));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('9999-12-31');
    expect(event.endDate.compare(event.startDate)).toBeGreaterThanOrEqual(0);
  });

  it('a birthday in the last days of 9999 has no next one', () => {
    const index = indexOf({ 'People/Ann.md': person('Ann', { birthday: '03-14' }) });
    expect(followUps(index.resolve(), index.settings, day('9999-06-01'), { all: true })).toEqual([]);
    expect(followUps(index.resolve(), index.settings, day('9999-01-01'), { all: true }).map((f) => formatDay(f.due))).toEqual([
      '9999-03-14',
    ]);
  });
});
