import type { Day } from '../model/day';
import type { GoodwillSettings } from '../model/settings';
import type { Ledger } from '../index/ledger';
import { isSnoozed, lastTouch } from '../index/ledger-facts';
import { ledgerMemo } from '../index/ledger-memo';
import type { Network } from '../index/network';
import type { KltStage, Person } from '../read/people';
import { type BalanceStatus, balanceFor } from './balance';
import { type FollowUpKind, followUpsFor } from './followups';
import { kltStage } from './stage';
import { type TrustLight, trust } from './trust';

/**
 * One person's figures at a glance: what the Bases view shows in its columns
 * and what the opt-in properties write into person notes. Each figure is the
 * one the other answers give (stage, trust, last touch, follow-ups, balance).
 */
export interface PersonFigures {
  person: Person;
  stage: KltStage | null;
  light: TrustLight | null;
  lastContact: Day | null;
  /** The earliest open follow-up; none for an archived or snoozed person, whom the follow-ups leave out too. */
  next: { due: Day; kind: FollowUpKind } | null;
  /** Given minus received, and its status; null before the first trade. */
  balance: { value: number; status: BalanceStatus } | null;
  /** Promises I owe them, still open. */
  owedByMe: number;
  /** Promises and answers they owe me, still open. */
  owedToMe: number;
}

function figuresOf(ledger: Ledger, settings: GoodwillSettings, today: Day): PersonFigures {
  const { person, entries } = ledger;
  const hidden = person.archived || isSnoozed(person, today);
  let next: PersonFigures['next'] = null;
  if (!hidden)
    for (const f of followUpsFor(person, entries, settings, today))
      if (next === null || f.due < next.due) next = { due: f.due, kind: f.kind };
  const b = balanceFor(person, entries, settings, today);
  let owedByMe = 0;
  let owedToMe = 0;
  for (const e of entries) {
    if (e.closed !== null) continue;
    if (e.type === 'promise') owedByMe++;
    else if (e.type === 'waiting' || e.type === 'ask') owedToMe++;
  }
  return {
    person,
    stage: kltStage(person, entries, today),
    light: trust(person, entries, settings, today).light,
    lastContact: lastTouch(entries, today),
    next,
    balance: b ? { value: b.balance, status: b.status } : null,
    owedByMe,
    owedToMe,
  };
}

/** A person's figures only change with their ledger, the settings or the day. */
const cachedFigures = ledgerMemo(figuresOf);

/** The figures of the person whose note is at `path`; null for a note that is no person (or your own note, which keeps no ledger). */
export function personFigures(network: Network, path: string, settings: GoodwillSettings, today: Day): PersonFigures | null {
  const ledger = network.ledgers.get(path);
  return ledger ? cachedFigures(ledger, settings, today) : null;
}
