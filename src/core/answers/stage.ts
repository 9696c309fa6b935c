import type { Day } from '../model/day';
import type { Entry } from '../index/ledger';
import { touchDays } from '../index/ledger-facts';
import type { KltStage, Person } from '../read/people';

/** One-to-one meetings: a meeting note with a single attendee, or a "1-2-1 with"/"coffee with" line. */
export function oneToOneCount(entries: Entry[], today: Day): number {
  return entries.filter((e) => e.oneToOne && e.date <= today).length;
}

/** Promises kept by their due date: mine (promise) and theirs (waiting). */
export function promisesKeptOnTime(entries: Entry[], today: Day): { mine: number; theirs: number } {
  let mine = 0;
  let theirs = 0;
  for (const e of entries) {
    if (e.closed === null || e.closed > today) continue;
    const due = e.due ?? e.date;
    if (e.closed > due) continue;
    if (e.type === 'promise') mine += 1;
    else if (e.type === 'waiting') theirs += 1;
  }
  return { mine, theirs };
}

/**
 * Known, liked, trusted. Known: in contact at least once. Liked: common ground
 * found in at least two one-to-ones. Trusted: promises kept on time both ways.
 * A `klt` field in the person's note overrides the inference.
 */
export function kltStage(person: Person, entries: Entry[], today: Day): KltStage | null {
  if (person.kltOverride) return person.kltOverride;
  if (touchDays(entries, today).length === 0) return null;
  const kept = promisesKeptOnTime(entries, today);
  if (kept.mine > 0 && kept.theirs > 0) return 'trusted';
  if (oneToOneCount(entries, today) >= 2 && person.interests.length > 0) return 'liked';
  return 'known';
}
