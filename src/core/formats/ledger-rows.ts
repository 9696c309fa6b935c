import type { EntryType } from '../index/ledger';
import type { Network } from '../index/network';
import { formatDay } from '../model/day';
import type { Person } from '../read/people';

/**
 * One entry of a person's ledger as a row (a contract: keys are added, never
 * renamed). `kind` is what the entry is (give, receipt, ask, promise, waiting,
 * thanks, touch, outcome, meeting, first-met, last-contact); `direction` says
 * who acted, seen from the vault's owner: `from-me` (I gave, asked, promised,
 * thanked), `to-me` (they gave, they promised), `both` (a meeting, a touch, an
 * outcome, a date in their note).
 */
export interface LedgerRow {
  date: string;
  kind: EntryType;
  direction: 'from-me' | 'to-me' | 'both';
  text: string;
  /** The note the entry comes from, and its 1-based line (1 for a whole note: a meeting, a date in a person note). */
  file: string;
  line: number;
}

const DIRECTIONS: Record<EntryType, LedgerRow['direction']> = {
  give: 'from-me',
  ask: 'from-me',
  promise: 'from-me',
  thanks: 'from-me',
  receipt: 'to-me',
  waiting: 'to-me',
  touch: 'both',
  outcome: 'both',
  meeting: 'both',
  'first-met': 'both',
  'last-contact': 'both',
};

/** A person's ledger, oldest first, as rows. */
export function ledgerRows(network: Network, person: Person): LedgerRow[] {
  return network.ledger(person).map((e) => ({
    date: formatDay(e.date),
    kind: e.type,
    direction: DIRECTIONS[e.type],
    text: e.text,
    file: e.file,
    line: e.line,
  }));
}
