import type { Day } from '../model/day';
import type { Entry } from '../index/ledger';
import { ledgerMemo } from '../index/ledger-memo';
import type { Network } from '../index/network';
import type { Person } from '../read/people';
import { compareNames } from '../read/people';
import type { GoodwillSettings } from '../model/settings';

export const BALANCE_STATUSES = ['overdrawn', 'one-way', 'in-credit', 'even'] as const;
export type BalanceStatus = (typeof BALANCE_STATUSES)[number];

export interface BalanceRow {
  person: Person;
  given: number;
  received: number;
  /** given − received */
  balance: number;
  status: BalanceStatus;
  gives: number;
  receipts: number;
  lastGive: Day | null;
  lastReceipt: Day | null;
}

interface Trade {
  side: 'given' | 'received';
  day: Day;
  entry: Entry;
}

/**
 * What an entry puts in the goodwill bank. Gives and kept promises are given;
 * receipts, promises others kept (closed waiting) and every ask are received:
 * asking draws on the bank whether or not it was answered.
 */
function tradeOf(e: Entry): Trade | null {
  switch (e.type) {
    case 'give':
      return { side: 'given', day: e.date, entry: e };
    case 'promise':
      return e.closed !== null ? { side: 'given', day: e.closed, entry: e } : null;
    case 'receipt':
      return { side: 'received', day: e.date, entry: e };
    case 'waiting':
      return e.closed !== null ? { side: 'received', day: e.closed, entry: e } : null;
    case 'ask':
      return { side: 'received', day: e.date, entry: e };
    default:
      return null;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

export function balanceFor(person: Person, entries: Entry[], settings: GoodwillSettings, today: Day): BalanceRow | null {
  let given = 0;
  let received = 0;
  let gives = 0;
  let receipts = 0;
  let lastGive: Day | null = null;
  let lastReceipt: Day | null = null;
  let recentReceipt = false;
  let any = false;
  for (const e of entries) {
    const t = tradeOf(e);
    if (!t || t.day > today) continue;
    any = true;
    const age = today - t.day;
    const fade = settings.halfLifeDays > 0 ? 0.5 ** (age / settings.halfLifeDays) : 1;
    const value = settings.weights[e.kind] * fade;
    if (t.side === 'given') {
      given += value;
      gives += 1;
      if (lastGive === null || t.day > lastGive) lastGive = t.day;
    } else {
      received += value;
      if (e.type !== 'ask') {
        receipts += 1;
        if (lastReceipt === null || t.day > lastReceipt) lastReceipt = t.day;
        if (age <= settings.oneWayDays) recentReceipt = true;
      }
    }
  }
  if (!any) return null;
  let status: BalanceStatus = 'even';
  if (received - given > settings.overdrawnThreshold) status = 'overdrawn';
  else if (gives >= settings.oneWayGives && !recentReceipt) status = 'one-way';
  else if (given - received > settings.inCreditThreshold) status = 'in-credit';
  return {
    person,
    given: round(given),
    received: round(received),
    balance: round(given - received),
    status,
    gives,
    receipts,
    lastGive,
    lastReceipt,
  };
}

/** A person's balance only changes with their ledger, the settings or the day. */
const cachedBalance = ledgerMemo((ledger, settings, today) => balanceFor(ledger.person, ledger.entries, settings, today));

const STATUS_ORDER = new Map(BALANCE_STATUSES.map((s, i) => [s, i]));

/** Everyone with at least one trade, by status (most urgent first), then by the size of the balance. */
export function balances(network: Network, settings: GoodwillSettings, today: Day): BalanceRow[] {
  const rows: BalanceRow[] = [];
  for (const ledger of network.ledgers.values()) {
    const row = cachedBalance(ledger, settings, today);
    if (row) rows.push(row);
  }
  return rows.sort(
    (a, b) =>
      STATUS_ORDER.get(a.status)! - STATUS_ORDER.get(b.status)! ||
      Math.abs(b.balance) - Math.abs(a.balance) ||
      compareNames(a.person.name, b.person.name),
  );
}
