import { type Day, addDays, addMonths } from './day';

/** A stay-in-touch interval. */
export type Cadence = { unit: 'days'; count: number } | { unit: 'months'; count: number };

const CADENCE_UNITS: Record<string, 'd' | 'w' | 'm'> = {
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  m: 'm',
  mo: 'm',
  mos: 'm',
  month: 'm',
  months: 'm',
};
const CADENCE_WORDS: Record<string, Cadence> = {
  daily: { unit: 'days', count: 1 },
  weekly: { unit: 'days', count: 7 },
  fortnightly: { unit: 'days', count: 14 },
  biweekly: { unit: 'days', count: 14 },
  monthly: { unit: 'months', count: 1 },
  quarterly: { unit: 'months', count: 3 },
  yearly: { unit: 'months', count: 12 },
  annually: { unit: 'months', count: 12 },
};

/**
 * How long a cadence may be: a day to ten years. Longer is a slip (`cadence:
 * 1e9`), and would put the next reconnect past any printable date.
 */
export const MAX_CADENCE_DAYS = 3650;
export const MAX_CADENCE_MONTHS = 120;

/**
 * `2w`, `10d`, `3 weeks`, `2 months`, `monthly`, `quarterly`, or a whole
 * number of days (written as a number or as text); null when unreadable or outside a day to ten years.
 */
export function parseCadence(value: unknown): Cadence | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value > 0 && value <= MAX_CADENCE_DAYS ? { unit: 'days', count: value } : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  // Own keys only: "constructor" is no cadence.
  if (Object.prototype.hasOwnProperty.call(CADENCE_WORDS, text)) return CADENCE_WORDS[text];
  // `cadence_days: "30"` quoted is still days.
  if (/^\d{1,4}$/.test(text)) {
    const days = Number(text);
    return days > 0 && days <= MAX_CADENCE_DAYS ? { unit: 'days', count: days } : null;
  }
  const m = /^(\d{1,4})\s*([a-z]+)$/.exec(text);
  if (!m || !Object.prototype.hasOwnProperty.call(CADENCE_UNITS, m[2])) return null;
  const count = Number(m[1]);
  const unit = CADENCE_UNITS[m[2]];
  if (count <= 0) return null;
  if (unit === 'm') return count <= MAX_CADENCE_MONTHS ? { unit: 'months', count } : null;
  const days = unit === 'w' ? count * 7 : count;
  return days <= MAX_CADENCE_DAYS ? { unit: 'days', count: days } : null;
}

export function describeCadence(c: Cadence): string {
  if (c.unit === 'months') return c.count === 1 ? 'monthly' : c.count === 3 ? 'quarterly' : `every ${c.count} months`;
  if (c.count % 7 === 0) return c.count === 7 ? 'weekly' : `every ${c.count / 7} weeks`;
  return c.count === 1 ? 'daily' : `every ${c.count} days`;
}

/** The day a cadence after `day`: calendar months, or days. */
export function addCadence(day: Day, cadence: Cadence): Day {
  return cadence.unit === 'months' ? addMonths(day, cadence.count) : addDays(day, cadence.count);
}
