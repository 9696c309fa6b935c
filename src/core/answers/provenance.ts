import type { Day } from '../model/day';
import type { Network } from '../index/network';
import type { Person } from '../read/people';
import { normalizeLinkTarget } from '../text/links';
import { creditedLink, statedValue } from './outcome-text';

/**
 * Who brought whom into the network, and what came of it. Introductions come
 * from `introduced-by` and from logged receipts of an introduction ("got::
 * [[Alice]] intro to [[Grace]]"); outcomes from `outcome::` lines ("[[Bob]]
 * hired through [[Alice]]'s intro $4,000").
 */
export interface Outcome {
  subject: Person;
  /** Whose introduction it came from, when the line says. */
  via: Person | null;
  text: string;
  value: string | null;
  date: Day;
  file: string;
  line: number;
}

export interface Provenance {
  person: Person;
  introducedBy: { person: Person; file: string; line: number }[];
  introducedToMe: { person: Person; file: string; line: number }[];
  outcomes: Outcome[];
}

export interface Introducer {
  person: Person;
  introduced: Person[];
  outcomes: Outcome[];
}

function outcomes(network: Network): Outcome[] {
  const out: Outcome[] = [];
  // An introduction I made that reached its outcome: what came of it is in the draft's frontmatter.
  for (const d of network.drafts.values()) {
    const day = d.record.dates.outcome;
    if (d.state !== 'outcome' || day === undefined) continue;
    const note = d.record.outcome ?? 'an outcome';
    for (const subject of [d.a, d.b]) {
      out.push({
        subject,
        via: null,
        text: `Introduction of ${d.a.name} and ${d.b.name}: ${note}`,
        value: statedValue(note),
        date: day,
        file: d.path,
        line: 1,
      });
    }
  }
  for (const { person, entries } of network.ledgers.values()) {
    for (const e of entries) {
      if (e.type !== 'outcome') continue;
      const target = creditedLink(e.text);
      const credited = target ? network.directory.resolve(normalizeLinkTarget(target)) : e.others[0];
      out.push({
        subject: person,
        via: credited && credited !== person ? credited : null,
        text: e.text,
        value: statedValue(e.text),
        date: e.date,
        file: e.file,
        line: e.line,
      });
    }
  }
  return out;
}

/** Pairs (introducer → introduced) from frontmatter and logged introductions. */
function introductions(network: Network): { by: Person; to: Person; file: string; line: number }[] {
  const pairs: { by: Person; to: Person; file: string; line: number }[] = [];
  const seen = new Set<string>();
  const add = (by: Person, to: Person, file: string, line: number) => {
    const key = `${by.path}\n${to.path}`;
    if (by === to || seen.has(key)) return;
    seen.add(key);
    pairs.push({ by, to, file, line });
  };
  for (const { person, entries } of network.ledgers.values()) {
    for (const e of entries) {
      if (e.type === 'receipt' && e.kind === 'introduction') for (const to of e.others) add(person, to, e.file, e.line);
    }
  }
  // introduced-by comes second: a logged introduction points at the line that tells it.
  for (const { person } of network.ledgers.values()) {
    const by = person.introducedBy ? network.directory.resolve(person.introducedBy) : undefined;
    if (by) add(by, person, person.path, 1);
  }
  return pairs;
}

export function provenanceOf(network: Network, person: Person): Provenance {
  const pairs = introductions(network);
  const found = outcomes(network);
  const byName = (x: { person: Person }, y: { person: Person }) =>
    x.person.name < y.person.name ? -1 : x.person.name > y.person.name ? 1 : 0;
  return {
    person,
    introducedBy: pairs
      .filter((p) => p.to === person)
      .map((p) => ({ person: p.by, file: p.file, line: p.line }))
      .sort(byName),
    introducedToMe: pairs
      .filter((p) => p.by === person)
      .map((p) => ({ person: p.to, file: p.file, line: p.line }))
      .sort(byName),
    outcomes: found.filter((o) => o.subject === person || o.via === person),
  };
}

/** The people whose introductions brought the most: people introduced, then outcomes. */
export function topIntroducers(network: Network): Introducer[] {
  const byPerson = new Map<Person, Introducer>();
  const entry = (p: Person) => {
    let i = byPerson.get(p);
    if (!i) {
      i = { person: p, introduced: [], outcomes: [] };
      byPerson.set(p, i);
    }
    return i;
  };
  for (const pair of introductions(network)) if (!entry(pair.by).introduced.includes(pair.to)) entry(pair.by).introduced.push(pair.to);
  for (const o of outcomes(network)) if (o.via) entry(o.via).outcomes.push(o);
  for (const i of byPerson.values()) i.introduced.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return [...byPerson.values()].sort(
    (a, b) =>
      b.outcomes.length - a.outcomes.length || b.introduced.length - a.introduced.length || (a.person.name < b.person.name ? -1 : 1),
  );
}
