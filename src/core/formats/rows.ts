import { balances } from '../answers/balance';
import type { Digest } from '../answers/digest';
import { type Day, formatDay } from '../model/day';
import { followUps } from '../answers/followups';
import { introductionCandidates } from '../answers/introductions';
import { hasTouch, lastTouch } from '../index/ledger-facts';
import type { Network } from '../index/network';
import { compareNames, type KltStage, personFile } from '../read/people';
import type { GoodwillSettings } from '../model/settings';
import { kltStage } from '../answers/stage';
import { trust } from '../answers/trust';
import { synonymsFor } from '../answers/terms';

/**
 * The answers as plain rows: what the CLI prints with --json and what the
 * views render. Keys are a contract: add keys, never rename them.
 */
/**
 * A person who exists only as a tag (`personTagPrefix`) has no note: their
 * `personFile`, `file`, `aFile` or `bFile` is null, and so are the `file`
 * and `line` of their reconnect and birthday follow-ups.
 */
export interface FollowUpRow {
  person: string;
  kind: string;
  due: string;
  text: string;
  file: string | null;
  line: number | null;
  personFile: string | null;
}

export interface BalanceRowOut {
  person: string;
  given: number;
  received: number;
  balance: number;
  status: string;
  lastGive: string | null;
  lastReceipt: string | null;
  personFile: string | null;
}

export interface IntroRow {
  a: string;
  b: string;
  score: number;
  reasons: string[];
  draft: string;
  /** The private opt-in asks to a and to b, sent before the draft. */
  askA: string;
  askB: string;
  aFile: string | null;
  bFile: string | null;
}

export interface PersonRow {
  name: string;
  file: string | null;
  klt: KltStage | null;
  lastContact: string | null;
  company: string | null;
  tie: string | null;
  cadence: string | null;
  /** Trust over the rolling window: green, amber, red, or null when never in touch. */
  light: string | null;
  promisesKeptOnTime: number;
}

/** A problem `check` reports. A row about the vault as a whole (no people, no touches) has no file and no line: null. */
export interface CheckRow {
  file: string | null;
  line: number | null;
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
    personFile: personFile(f.person),
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
    personFile: personFile(b.person),
  }));
}

export function introRows(network: Network, today: Day, settings?: GoodwillSettings, limit?: number): IntroRow[] {
  return introductionCandidates(network, today, { limit, synonyms: settings ? synonymsFor(settings.synonyms) : undefined }).map((c) => ({
    a: c.a.name,
    b: c.b.name,
    score: c.score,
    reasons: c.reasons,
    draft: c.draft,
    askA: c.askA,
    askB: c.askB,
    aFile: personFile(c.a),
    bFile: personFile(c.b),
  }));
}

export function peopleRows(network: Network, today: Day, settings: GoodwillSettings): PersonRow[] {
  const rows: PersonRow[] = [];
  for (const { person, entries } of network.ledgers.values()) {
    const t = trust(person, entries, settings, today);
    rows.push({
      name: person.name,
      file: personFile(person),
      klt: kltStage(person, entries, today),
      lastContact: dayOrNull(lastTouch(entries, today)),
      company: person.company,
      tie: person.tie,
      cadence: person.cadence ? (person.cadence.unit === 'months' ? `${person.cadence.count}m` : `${person.cadence.count}d`) : null,
      light: t.light,
      promisesKeptOnTime: t.promisesKeptOnTime,
    });
  }
  return rows.sort((a, b) => compareNames(a.name, b.name) || ((a.file ?? '') < (b.file ?? '') ? -1 : 1));
}

export function checkRows(warnings: Iterable<CheckRow>): CheckRow[] {
  // Rows about the whole vault (file null) come first.
  return [...warnings].sort((a, b) =>
    a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file === null ? -1 : b.file === null ? 1 : a.file < b.file ? -1 : 1,
  );
}

/** Where to look when Goodwill reads nothing: the doctor, by its command in each place Goodwill runs. */
const SEE_DOCTOR = 'see how this vault marks them with `goodwill <vault> doctor` (in Obsidian: "Check how Goodwill reads this vault")';

/**
 * What a vault read empty lacks, for `check`: no people at all, or people
 * none of whom has a single touch on or before today. Either way every
 * other answer is empty, and "No problems found." would say the opposite.
 */
export function readingGaps(network: Network, today: Day): CheckRow[] {
  const people = network.ledgers.size;
  if (people === 0) {
    return [
      {
        file: null,
        line: null,
        message: `no people found: no note is marked as a person (type: person, a person tag, a People folder); ${SEE_DOCTOR}`,
      },
    ];
  }
  for (const { entries } of network.ledgers.values()) if (hasTouch(entries, today)) return [];
  const who = people === 1 ? '1 person' : `${people} people`;
  return [
    {
      file: null,
      line: null,
      message: `${who} found, and not a single touch with any of them: no dated note lists them and no interaction line links them; ${SEE_DOCTOR}`,
    },
  ];
}

/** The `me` setting when it names no person note: a row for `check`, since briefs then go without "yours". */
export function meGaps(network: Network, settings: GoodwillSettings): CheckRow[] {
  if (settings.me === '' || network.directory.byPath(settings.me) !== undefined) return [];
  const message = `the setting "me" names ${settings.me}, which is no person note: briefs go without your interests and offers`;
  return [{ file: null, line: null, message }];
}

/** `digest --json`: one row per item, with the section it stands in; a one-line brief stands in section "brief". */
export function digestRows(d: Digest) {
  const briefs = d.briefs.map((b) => {
    const file = personFile(b.person);
    return {
      section: 'brief',
      person: b.person.name,
      kind: 'brief',
      due: formatDay(d.day),
      text: b.text,
      file,
      line: file === null ? null : 1,
    };
  });
  return [
    ...briefs,
    ...d.sections.flatMap((sec) =>
      sec.items.map((f) => ({
        section: sec.title,
        person: f.person.name,
        kind: f.kind,
        due: formatDay(f.due),
        text: f.text,
        file: f.file,
        line: f.line,
      })),
    ),
  ];
}
