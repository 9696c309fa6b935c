import { balances } from '../answers/balance';
import type { Digest } from '../answers/digest';
import { type Day, formatDay } from '../model/day';
import { followUps } from '../answers/followups';
import { introductionCandidates } from '../answers/introductions';
import { type Network, lastTouch } from '../index/network';
import type { KltStage } from '../read/people';
import { compareNames } from '../read/people';
import type { GoodwillSettings } from '../model/settings';
import { kltStage } from '../answers/stage';
import { trust } from '../answers/trust';
import { synonymsFor } from '../answers/terms';

/**
 * The answers as plain rows: what the CLI prints with --json and what the
 * views render. Keys are a contract: add keys, never rename them.
 */
export interface FollowUpRow {
  person: string;
  kind: string;
  due: string;
  text: string;
  file: string;
  line: number;
  personFile: string;
}

export interface BalanceRowOut {
  person: string;
  given: number;
  received: number;
  balance: number;
  status: string;
  lastGive: string | null;
  lastReceipt: string | null;
  personFile: string;
}

export interface IntroRow {
  a: string;
  b: string;
  score: number;
  reasons: string[];
  draft: string;
  aFile: string;
  bFile: string;
}

export interface PersonRow {
  name: string;
  file: string;
  klt: KltStage | null;
  lastContact: string | null;
  company: string | null;
  tie: string | null;
  cadence: string | null;
  /** Trust over the rolling window: green, amber, red, or null when never in touch. */
  light: string | null;
  promisesKeptOnTime: number;
}

export interface CheckRow {
  file: string;
  line: number;
  message: string;
}

const dayOrNull = (d: Day | null) => (d === null ? null : formatDay(d));

export function followUpRows(network: Network, settings: GoodwillSettings, today: Day, all = false): FollowUpRow[] {
  return followUps(network, settings, today, { all }).map((f) => ({
    person: f.person.name,
    kind: f.kind,
    due: formatDay(f.due),
    text: f.text,
    file: f.file,
    line: f.line,
    personFile: f.person.path,
  }));
}

export function balanceRows(network: Network, settings: GoodwillSettings, today: Day): BalanceRowOut[] {
  return balances(network, settings, today).map((b) => ({
    person: b.person.name,
    given: b.given,
    received: b.received,
    balance: b.balance,
    status: b.status,
    lastGive: dayOrNull(b.lastGive),
    lastReceipt: dayOrNull(b.lastReceipt),
    personFile: b.person.path,
  }));
}

export function introRows(network: Network, today: Day, settings?: GoodwillSettings, limit?: number): IntroRow[] {
  return introductionCandidates(network, today, { limit, synonyms: settings ? synonymsFor(settings.synonyms) : undefined }).map((c) => ({
    a: c.a.name,
    b: c.b.name,
    score: c.score,
    reasons: c.reasons,
    draft: c.draft,
    aFile: c.a.path,
    bFile: c.b.path,
  }));
}

export function peopleRows(network: Network, today: Day, settings: GoodwillSettings): PersonRow[] {
  const rows: PersonRow[] = [];
  for (const { person, entries } of network.ledgers.values()) {
    const t = trust(person, entries, settings, today);
    rows.push({
      name: person.name,
      file: person.path,
      klt: kltStage(person, entries, today),
      lastContact: dayOrNull(lastTouch(entries, today)),
      company: person.company,
      tie: person.tie,
      cadence: person.cadence ? (person.cadence.unit === 'months' ? `${person.cadence.count}m` : `${person.cadence.count}d`) : null,
      light: t.light,
      promisesKeptOnTime: t.promisesKeptOnTime,
    });
  }
  return rows.sort((a, b) => compareNames(a.name, b.name) || (a.file < b.file ? -1 : 1));
}

export function checkRows(warnings: Iterable<CheckRow>): CheckRow[] {
  return [...warnings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** `digest --json`: one row per item, with the section it stands in. */
export function digestRows(d: Digest) {
  return d.sections.flatMap((sec) =>
    sec.items.map((f) => ({
      section: sec.title,
      person: f.person.name,
      kind: f.kind,
      due: formatDay(f.due),
      text: f.text,
      file: f.file,
      line: f.line,
    })),
  );
}
