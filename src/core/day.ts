import { addMonths as addCalendarMonths } from 'date-fns';

/**
 * Calendar days as whole numbers (days since 1970-01-01). Goodwill only ever
 * reasons about calendar days, so a plain integer keeps comparisons cheap and
 * keeps time zones out of the arithmetic.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromParts(year: number, month: number, date: number): Day | null {
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a day that does not exist is no day.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return null;
  }
  return Math.floor(ms / MS_PER_DAY);
}

/** Parses exactly `YYYY-MM-DD`; anything else, or a day that does not exist, is null. */
export function parseIsoDay(text: string): Day | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
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

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  return dayFromLocalDate(addCalendarMonths(localNoon(day), months));
}
