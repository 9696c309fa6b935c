import type { Day } from '../model/day';
import type { Entry } from './ledger';

/** Touch dates of one ledger on or before today: what counts as being in contact. */
export function touchDays(entries: Entry[], today: Day): Day[] {
  const days: Day[] = [];
  for (const e of entries) {
    if (e.type !== 'promise' && e.type !== 'waiting' && e.type !== 'outcome' && e.date <= today) days.push(e.date);
    if (e.closed !== null && e.closed <= today) days.push(e.closed);
  }
  return days.sort((a, b) => a - b);
}

/** Whether there was any touch on or before today: cheaper than collecting them. */
export function hasTouch(entries: Entry[], today: Day): boolean {
  for (const e of entries) {
    if (e.type !== 'promise' && e.type !== 'waiting' && e.type !== 'outcome' && e.date <= today) return true;
    if (e.closed !== null && e.closed <= today) return true;
  }
  return false;
}

export function lastTouch(entries: Entry[], today: Day): Day | null {
  const days = touchDays(entries, today);
  return days.length ? days[days.length - 1] : null;
}
