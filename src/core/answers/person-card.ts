import { balances, type BalanceRow } from './balance';
import type { Day } from '../model/day';
import type { Entry } from '../index/ledger';
import { lastTouch } from '../index/ledger-facts';
import type { Network } from '../index/network';
import type { KltStage, Person } from '../read/people';
import type { GoodwillSettings } from '../model/settings';
import { kltStage } from './stage';
import { type Trust, trust } from './trust';

export interface PersonCard {
  person: Person;
  stage: KltStage | null;
  lastContact: Day | null;
  balance: BalanceRow | null;
  /** Promises I owe them, still open. */
  owedByMe: Entry[];
  /** Promises they owe me, still open. */
  owedToMe: Entry[];
  ledger: Entry[];
  trust: Trust;
}

export function personCard(network: Network, person: Person, settings: GoodwillSettings, today: Day): PersonCard {
  const ledger = network.ledger(person);
  return {
    person,
    stage: kltStage(person, ledger, today),
    lastContact: lastTouch(ledger, today),
    balance: balances(network, settings, today).find((b) => b.person === person) ?? null,
    owedByMe: ledger.filter((e) => e.type === 'promise' && e.closed === null),
    owedToMe: ledger.filter((e) => (e.type === 'waiting' || e.type === 'ask') && e.closed === null),
    ledger,
    trust: trust(person, ledger, settings, today),
  };
}
