import {
  type BalanceRow,
  balances,
  compareNames,
  type Day,
  type FollowUp,
  followUps,
  type IntroCandidate,
  introductionCandidates,
  parseQuery,
  type Person,
  type Query,
  type QueryAnswer,
  runQuery,
  synonymsFor,
  trust,
  type TrustLight,
} from '../core';
import type { GoodwillContext } from './context';
import { vaultNoteTags } from './note-tags';
import { vaultOrganisationNotes } from './organisation-notes';

/** What an answer is a function of: the index, the settings and today (and how dates in words read). */
export type AnswerContext = Pick<GoodwillContext, 'app' | 'index' | 'settings' | 'resolver' | 'today'>;

/** The people one can pick in a prompt: everyone not archived, by name. */
export function activePeople(context: Pick<GoodwillContext, 'index'>): Person[] {
  return context.index
    .resolve()
    .people.filter((p) => !p.archived)
    .sort((a, b) => compareNames(a.name, b.name));
}

/** Follow-ups as the CLI lists them: due within the horizon, overdue included; `all`: every open one. */
export function followUpsOf(context: AnswerContext, all = false): FollowUp[] {
  return followUps(context.index.resolve(), context.settings, context.today(), { all });
}

export function balancesOf(context: AnswerContext): BalanceRow[] {
  return balances(context.index.resolve(), context.settings, context.today());
}

export function introductionsOf(context: AnswerContext, limit?: number): IntroCandidate[] {
  const synonyms = synonymsFor(context.settings.synonyms);
  return introductionCandidates(context.index.resolve(), context.today(), { limit, synonyms });
}

export function trustOf(context: AnswerContext, person: Person): TrustLight | null {
  const network = context.index.resolve();
  return trust(person, network.ledger(person), context.settings, context.today()).light;
}

export function answerOf(context: AnswerContext, query: Query): QueryAnswer {
  return runQuery(query, context.index.resolve(), context.settings, context.today(), context.resolver, {
    tags: () => vaultNoteTags(context.app),
    organisationNotes: () => vaultOrganisationNotes(context.app, context.settings),
    notesOn: (day) => context.index.notesOn(day),
  });
}

/** A query's answer, or its parse error as an answer. */
export function answerOfSource(context: AnswerContext, source: string): QueryAnswer {
  const parsed = parseQuery(source);
  return parsed.ok ? answerOf(context, parsed.value) : { type: 'error', ...parsed.error };
}

/** A day written in words, from today forward; null for blank text or no date. */
export function dayFrom(context: AnswerContext, text: string): Day | null {
  return text.trim() ? context.resolver.resolve(text, context.today(), 'forward') : null;
}
