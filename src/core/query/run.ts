import { balances, type BalanceRow } from '../answers/balance';
import type { DateResolver } from '../language/dates';
import type { Day } from '../model/day';
import { type FollowUp, followUps } from '../answers/followups';
import type { IntroCandidate } from '../answers/introduction-texts';
import { introductionCandidates } from '../answers/introductions';
import { lastTouch } from '../index/ledger-facts';
import type { Network } from '../index/network';
import type { KltStage, Person } from '../read/people';
import { compareNames } from '../read/people';
import type { GoodwillSettings } from '../model/settings';
import { kltStage } from '../answers/stage';
import type { Query, QueryPlace } from './parse';
import { synonymsFor } from '../answers/terms';
import { type Digest, digest } from '../answers/digest';
import { health, healthRows } from '../answers/health';
import { type Introducer, type Provenance, provenanceOf, topIntroducers } from '../answers/provenance';
import { type PersonCard, personCard } from '../answers/person-card';
import { type Brief, brief } from '../answers/brief';
import { lookUpPerson, lookupProblem } from '../answers/person-lookup';
import type { NoteTags } from '../read/note-tags';
import type { NoteRecords } from '../read/note-records';
import type { OrganisationCandidate } from '../read/organisation-notes';
import { type Group, organisationNamed, organisations } from '../answers/organisations';

export type QueryAnswer =
  | { type: 'followups'; rows: FollowUp[] }
  | { type: 'balance'; rows: BalanceRow[] }
  | { type: 'intros'; rows: IntroCandidate[] }
  | { type: 'person'; card: PersonCard }
  | { type: 'brief'; briefs: Brief[] }
  | { type: 'orgs'; groups: Group[] }
  | { type: 'people'; rows: { person: Person; stage: KltStage | null; lastContact: Day | null }[] }
  | { type: 'digest'; digest: Digest }
  | { type: 'health'; rows: { metric: string; value: string; detail: string }[] }
  | { type: 'provenance'; person: Provenance }
  | { type: 'introducers'; rows: Introducer[] }
  /** Where in the block the error is: every query written in a block has its place; one built in code has none. */
  | { type: 'error'; message: string; line?: number; column?: number };

const limited = <T>(rows: T[], limit: number | null) => (limit === null ? rows : rows.slice(0, limit));

/** What some queries read beyond the network, each asked for only by the query that needs it. */
export interface QuerySources {
  /** The vault's notes with their tags: a brief's notes to pass on. */
  tags?: () => Iterable<NoteTags>;
  /** Every note that may be an organisation: org and orgs. */
  organisationNotes?: () => Iterable<OrganisationCandidate>;
  /** The notes dated a day, the daily note left out: the digest's briefs. */
  notesOn?: (day: Day) => readonly NoteRecords[];
}

/** Answers a parsed query. Read-only: a query can never change a note. */
export function runQuery(
  query: Query,
  network: Network,
  settings: GoodwillSettings,
  today: Day,
  resolver: DateResolver,
  sources: QuerySources = {},
): QueryAnswer {
  const personOf = (target: string | null): Person | null | undefined => (target === null ? null : network.directory.resolve(target));
  const places = query.places;
  /** An error at the words it is about (the query's first word when none), as a parse error is. */
  const error = (message: string, place: QueryPlace | undefined = places?.query): QueryAnswer =>
    place === undefined ? { type: 'error', message } : { type: 'error', message, line: place.line, column: place.column };
  /** The person the query names was not found: named as the user wrote them. */
  const nobody = (target: string | null) => error(`no person called "${places?.person?.written ?? target}"`, places?.person);
  switch (query.type) {
    case 'followups': {
      const person = personOf(query.person);
      if (person === undefined) return nobody(query.person);
      let before: Day | null = null;
      if (query.dueBefore !== null) {
        before = resolver.resolve(query.dueBefore, today, 'forward');
        if (before === null) return error(`"${query.dueBefore}" is not a date`, places?.date);
      }
      const rows = followUps(network, settings, today, { all: before !== null || person !== null }).filter(
        (f) =>
          (before === null || f.due < before) && (person === null || f.person === person) && (query.kind === null || f.kind === query.kind),
      );
      return { type: 'followups', rows: limited(rows, query.limit) };
    }
    case 'balance': {
      const person = personOf(query.person);
      if (person === undefined) return nobody(query.person);
      let rows = balances(network, settings, today).filter(
        (b) => (query.status === null || b.status === query.status) && (person === null || b.person === person),
      );
      if (query.sort === 'given') rows = rows.sort((a, b) => b.given - a.given);
      else if (query.sort === 'received') rows = rows.sort((a, b) => b.received - a.received);
      else if (query.sort === 'balance') rows = rows.sort((a, b) => a.balance - b.balance);
      else if (query.sort === 'name') rows = rows.sort((a, b) => compareNames(a.person.name, b.person.name));
      return { type: 'balance', rows: limited(rows, query.limit) };
    }
    case 'intros': {
      const person = personOf(query.person);
      if (person === undefined) return nobody(query.person);
      const rows = introductionCandidates(network, today, {
        person,
        limit: query.limit ?? undefined,
        synonyms: synonymsFor(settings.synonyms),
      });
      return { type: 'intros', rows };
    }
    case 'person': {
      const person = personOf(query.person);
      if (!person) return nobody(query.person);
      return { type: 'person', card: personCard(network, person, settings, today) };
    }
    case 'brief': {
      const found = lookUpPerson(network.directory, query.person);
      if (found.kind !== 'one') return error(lookupProblem(query.person, found), places?.person);
      return { type: 'brief', briefs: [brief(network, found.person, settings, today, sources.tags?.() ?? [])] };
    }
    case 'org':
    case 'orgs': {
      const notes = [...(sources.organisationNotes?.() ?? [])];
      const groups = organisations(network, settings, today, notes);
      if (query.type === 'orgs') return { type: 'orgs', groups };
      const group = organisationNamed(groups, notes, query.name);
      if (!group) return error(`no organisation called "${places?.person?.written ?? query.name}"`, places?.person);
      return { type: 'orgs', groups: [group] };
    }
    case 'digest':
      return { type: 'digest', digest: digest(network, settings, today, sources.notesOn?.(today) ?? []) };
    case 'provenance': {
      if (query.person === null) return { type: 'introducers', rows: topIntroducers(network) };
      const person = personOf(query.person);
      if (!person) return nobody(query.person);
      return { type: 'provenance', person: provenanceOf(network, person) };
    }
    case 'health':
      return { type: 'health', rows: healthRows(health(network, settings, today), today) };
    case 'people': {
      const rows = network.people
        .map((person) => {
          const ledger = network.ledger(person);
          return { person, stage: kltStage(person, ledger, today), lastContact: lastTouch(ledger, today) };
        })
        .sort((a, b) => compareNames(a.person.name, b.person.name));
      return { type: 'people', rows: limited(rows, query.limit) };
    }
  }
}
