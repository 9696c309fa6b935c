import { BoundedCache } from '../model/bounded-cache';
import { type Cadence, parseCadence } from '../model/cadence';
import type { Day } from '../model/day';
import type { GoodwillSettings } from '../model/settings';
import type { Person } from '../read/people';
import type { Entry, EntryType } from './ledger';

/**
 * Facts about one person's ledger, each defined once: what a touch is, the
 * first and last of them, one-to-ones, promises kept on time, a snooze, the
 * cadence in force. The answers (follow-ups, stage, trust, health) read them
 * from here.
 */

/**
 * Whether an entry of this type is a touch on its date: an open promise, a
 * waiting or an outcome is none. Any entry closed on or before today is a
 * touch on the day it was closed.
 */
export function isTouchType(type: EntryType): boolean {
  return type !== 'promise' && type !== 'waiting' && type !== 'outcome';
}

/** Touch dates of one ledger on or before today, in order: what counts as being in contact. */
export function touchDays(entries: readonly Entry[], today: Day): Day[] {
  const days: Day[] = [];
  for (const e of entries) {
    if (isTouchType(e.type) && e.date <= today) days.push(e.date);
    if (e.closed !== null && e.closed <= today) days.push(e.closed);
  }
  return days.sort((a, b) => a - b);
}

/** Whether there was any touch on or before today: cheaper than collecting them. */
export function hasTouch(entries: readonly Entry[], today: Day): boolean {
  for (const e of entries) {
    if (isTouchType(e.type) && e.date <= today) return true;
    if (e.closed !== null && e.closed <= today) return true;
  }
  return false;
}

/** The first and the last touch on or before today; null when there was none. */
export function touchSpan(entries: readonly Entry[], today: Day): { first: Day; last: Day } | null {
  let first = Infinity;
  let last = -Infinity;
  const see = (day: Day) => {
    if (day < first) first = day;
    if (day > last) last = day;
  };
  for (const e of entries) {
    if (isTouchType(e.type) && e.date <= today) see(e.date);
    if (e.closed !== null && e.closed <= today) see(e.closed);
  }
  return last === -Infinity ? null : { first, last };
}

/** The last touch on or before today: the last contact. */
export function lastTouch(entries: readonly Entry[], today: Day): Day | null {
  return touchSpan(entries, today)?.last ?? null;
}

/** Days after `after` (none: since ever) up to and including `through`. */
export interface DayWindow {
  after: Day | null;
  through: Day;
}

/** Whether a day falls in the window; no day never does. */
export function inWindow(day: Day | null, window: DayWindow): day is Day {
  return day !== null && day <= window.through && (window.after === null || day > window.after);
}

/** One-to-one meetings in the window: a meeting note with a single attendee, or a "1-2-1 with"/"coffee with" line. */
export function oneToOnes(entries: readonly Entry[], window: DayWindow): number {
  let count = 0;
  for (const e of entries) if (e.oneToOne && inWindow(e.date, window)) count += 1;
  return count;
}

/** Promises closed in a window: mine (promise) and theirs (waiting). */
export interface PromisesKept {
  /** Mine closed by their due date (the day written, when none). */
  mine: number;
  /** Theirs closed by their due date. */
  theirs: number;
  /** Mine closed in the window, on time or late. */
  closedMine: number;
  /** Mine and theirs that ran past their due date: closed late in the window, or still open and due in it before its last day. */
  late: number;
}

/** Promises kept on time, and late, both ways, closed in the window. */
export function promisesKept(entries: readonly Entry[], window: DayWindow): PromisesKept {
  const kept: PromisesKept = { mine: 0, theirs: 0, closedMine: 0, late: 0 };
  for (const e of entries) {
    if (e.type !== 'promise' && e.type !== 'waiting') continue;
    const due = e.due ?? e.date;
    if (inWindow(e.closed, window)) {
      if (e.type === 'promise') kept.closedMine += 1;
      if (e.closed > due) kept.late += 1;
      else if (e.type === 'promise') kept.mine += 1;
      else kept.theirs += 1;
    } else if (e.closed === null && due < window.through && (window.after === null || due > window.after)) {
      kept.late += 1;
    }
  }
  return kept;
}

/** Whether the person is snoozed today: their follow-ups wait until the snooze ends. */
export function isSnoozed(person: Person, today: Day): boolean {
  return person.snoozeUntil !== null && person.snoozeUntil > today;
}

/** The default cadence as written in the settings, read once per text. */
const defaultCadences = new BoundedCache<string, Cadence | null>(8);

/** The cadence in force for a person: their own, else the settings' default; null for none. */
export function effectiveCadence(person: Person, settings: GoodwillSettings): Cadence | null {
  if (person.cadence) return person.cadence;
  return defaultCadences.getOrMake(settings.defaultCadence, parseCadence);
}
