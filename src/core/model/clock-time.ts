/** A time of day, as a calendar alarm rings at it: local wall-clock time, with no time zone. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** `HH:MM` on a 24-hour clock, from 00:00 to 23:59, two digits each; anything else is no time (null). */
export function parseClockTime(text: string): ClockTime | null {
  const m = /^(\d\d):(\d\d)$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}
