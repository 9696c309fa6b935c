import type { Day } from '../model/day';
import type { GoodwillSettings } from '../model/settings';
import type { Ledger } from './ledger';

/** A per-person answer: a function of one ledger, the settings and the day. */
export type LedgerAnswer<V> = (ledger: Ledger, settings: GoodwillSettings, today: Day) => V;

/**
 * The answer kept per ledger, for as long as the ledger lives, and made again
 * when the ledger changed (its revision), or the settings or the day differ: a
 * question asked again after a note changed answers anew only for the people
 * of that note.
 */
export function ledgerMemo<V>(answer: LedgerAnswer<V>): LedgerAnswer<V> {
  const kept = new WeakMap<Ledger, { revision: number; settings: GoodwillSettings; today: Day; value: V }>();
  return (ledger, settings, today) => {
    const hit = kept.get(ledger);
    if (hit && hit.revision === ledger.revision && hit.settings === settings && hit.today === today) return hit.value;
    const value = answer(ledger, settings, today);
    kept.set(ledger, { revision: ledger.revision, settings, today, value });
    return value;
  };
}
