import type { Day } from '../model/day';
import type { Entry } from '../index/ledger';
import { hasTouch, oneToOnes, promisesKept } from '../index/ledger-facts';
import type { KltStage, Person } from '../read/people';

/**
 * Known, liked, trusted. Known: in contact at least once. Liked: common ground
 * found in at least two one-to-ones. Trusted: promises kept on time both ways.
 * A `klt` field in the person's note overrides the inference.
 */
export function kltStage(person: Person, entries: Entry[], today: Day): KltStage | null {
  if (person.kltOverride) return person.kltOverride;
  if (!hasTouch(entries, today)) return null;
  const ever = { after: null, through: today };
  const kept = promisesKept(entries, ever);
  if (kept.mine > 0 && kept.theirs > 0) return 'trusted';
  if (oneToOnes(entries, ever) >= 2 && person.interests.length > 0) return 'liked';
  return 'known';
}
