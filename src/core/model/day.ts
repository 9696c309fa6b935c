import { addMonths as addCalendarMonths } from 'date-fns';

/**
 * Calendar days as whole numbers (days since 1970-01-01). Goodwill only ever
 * reasons about calendar days, so a plain integer keeps comparisons cheap and
 * keeps time zones out of the arithmetic.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil). */
function daysFromCivil(year: number, month: number, date: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The calendar Goodwill answers in: the years 1000 to 9999, the years a
 * `YYYY-MM-DD` date can hold. A date outside them is a slip (`12026-01-01`, a
 * cadence of a million years), and outside them JavaScript dates and
 * four-digit formats stop agreeing: NaN dates, events that end before they start.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;
export const FIRST_DAY: Day = daysFromCivil(FIRST_YEAR, 1, 1);
export const LAST_DAY: Day = daysFromCivil(LAST_YEAR, 12, 31);

/** Whether a number is a day of that calendar. */
export function isCalendarDay(day: number): boolean {
  return Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY;
}

/** The day, or null when it does not exist (2026-02-30 is no day, not March 2nd) or lies outside the years 1000–9999. */
export function dayFromParts(year: number, month: number, date: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return null;
  if (month < 1 || month > 12 || date < 1) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const last = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (date > last) return null;
  return daysFromCivil(year, month, date);
}

const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const digit = (text: string, i: number) => text.charCodeAt(i) - 48;

/** Parses exactly `YYYY-MM-DD`; anything else, or a day that does not exist, is null. */
export function parseIsoDay(text: string): Day | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  for (const i of ISO_DIGITS) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return null;
  }
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  return dayFromParts(year, digit(text, 5) * 10 + digit(text, 6), digit(text, 8) * 10 + digit(text, 9));
}

export function formatDay(day: Day): string {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
}

export function dayParts(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** The calendar day a local `Date` falls on (what the user's clock shows). */
export function dayFromLocalDate(date: Date): Day {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** Noon local time on that day: a safe reference instant for natural-language parsing. */
export function localNoon(day: Day): Date {
  const { year, month, date } = dayParts(day);
  return new Date(year, month - 1, date, 12, 0, 0, 0);
}

export function todayLocal(now: Date = new Date()): Day {
  return dayFromLocalDate(now);
}

/** Keeps a day inside the calendar: what falls after 9999-12-31 is due on it, what falls before the year 1000 on its first day. */
function clampToCalendar(day: number): Day {
  return day < FIRST_DAY ? FIRST_DAY : day > LAST_DAY ? LAST_DAY : day;
}

/**
 * Adds whole days, staying inside the calendar. Every interval from settings
 * and notes is added with this: a due date past the year 9999 is as good as
 * never, and must not become an unprintable date.
 */
export function addDays(day: Day, days: number): Day {
  return clampToCalendar(day + Math.trunc(days));
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29) and to the calendar. */
export function addMonths(day: Day, months: number): Day {
  const { year, month } = dayParts(day);
  const target = year * 12 + (month - 1) + Math.trunc(months);
  if (target < FIRST_YEAR * 12) return FIRST_DAY;
  if (target > LAST_YEAR * 12 + 11) return LAST_DAY;
  return dayFromLocalDate(addCalendarMonths(localNoon(day), months));
}

/** The last day of the day's month. */
export function endOfMonth(day: Day): Day {
  const { year, month } = dayParts(day);
  const last = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return daysFromCivil(year, month, last);
}

/** The day of the week: 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday), before 1970 too. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}
