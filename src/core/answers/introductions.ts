import type { Day } from '../model/day';
import { type Network, hasTouch } from '../index/network';
import { type Person, describePerson, firstName } from '../read/people';
import { Synonyms, phrasesMatch } from './terms';
import { noteLine } from '../write/note-line';

export interface IntroMatch {
  /** Whose need is met. */
  needer: Person;
  need: string;
  offerer: Person;
  offer: string;
}

export interface IntroCandidate {
  /** The person whose need the other meets (alphabetically first when both ways). */
  a: Person;
  b: Person;
  score: number;
  matches: IntroMatch[];
  sharedInterests: string[];
  sharedSphere: string[];
  reasons: string[];
  draft: string;
}

const NEED_MATCH_SCORE = 3;

interface PersonTerms {
  needs: string[][];
  offers: string[][];
}

/** How many distinct needs the matches meet. */
function countNeeds(matches: IntroMatch[]): number {
  if (matches.length === 1) return 1;
  return new Set(matches.map((m) => `${m.needer.path}\n${m.need}`)).size;
}

export interface IntroOptions {
  /** Only the best this many candidates get reasons and a draft. */
  limit?: number;
  /** Only pairs with this person. */
  person?: Person | null;
  /** Words the user treats as the same. */
  synonyms?: Synonyms;
}

const NO_SYNONYMS = new Synonyms([]);

/**
 * A warm, double-opt-in introduction: ask each side first, then bridge. It
 * goes into notes, so each line is made by noteLine: names and needs stay
 * inert text.
 */
export function introductionDraft(c: Omit<IntroCandidate, 'draft'>): string {
  const { a, b } = c;
  const lines: string[] = [];
  const aFirst = firstName(a.name);
  const bFirst = firstName(b.name);
  const needs = (ms: IntroMatch[]) => ms.map((m) => m.need).join(' and ');
  const offers = (ms: IntroMatch[]) => ms.map((m) => m.offer).join(' and ');
  lines.push(noteLine`Subject: Introduction: ${a.name} <> ${b.name}`, '');
  lines.push(noteLine`Hi ${aFirst} and ${bFirst},`, '');
  const aNeeds = c.matches.filter((m) => m.needer === a);
  const bNeeds = c.matches.filter((m) => m.needer === b);
  if (aNeeds.length) {
    lines.push(noteLine`${aFirst}, you mentioned you are looking for ${needs(aNeeds)}. ${describePerson(b)} offers ${offers(aNeeds)}.`);
  }
  if (bNeeds.length) {
    lines.push(noteLine`${bFirst}, you are looking for ${needs(bNeeds)}, and ${describePerson(a)} offers ${offers(bNeeds)}.`);
  } else {
    lines.push(noteLine`${bFirst}, meet ${describePerson(a)}.`);
  }
  if (c.sharedInterests.length) lines.push(noteLine`You also share an interest in ${c.sharedInterests.join(', ')}.`);
  if (c.sharedSphere.length) lines.push(noteLine`You both serve ${c.sharedSphere.join(', ')}, without competing.`);
  lines.push('', 'You both said you would welcome this introduction, so I will leave you to it.', '');
  lines.push('Best,');
  return lines.join('\n');
}

/** An introduction the user picked, whether or not their notes suggest it. */
export function chosenIntroduction(a: Person, b: Person): IntroCandidate {
  const aFirst = firstName(a.name);
  const bFirst = firstName(b.name);
  return {
    a,
    b,
    score: 0,
    matches: [],
    sharedInterests: [],
    sharedSphere: [],
    reasons: [`You chose to introduce ${a.name} and ${b.name}.`],
    draft: [
      noteLine`Hi ${aFirst} and ${bFirst},`,
      '',
      noteLine`I think you two should meet. ${a.name}, meet ${b.name}; ${b.name}, meet ${a.name}.`,
      '',
      'Best,',
    ].join('\n'),
  };
}

/** A ranked pair keeps its score only: the matches are found again for the few pairs shown. */
interface RankedPair {
  a: Person;
  b: Person;
  score: number;
}

/**
 * Every pair of (not archived) people where one's needs meet the other's
 * offers, scored and sorted best first. It depends on the people alone, not
 * on their ledgers or the day, so it is built once per set of people (the
 * network keeps one directory until a person note changes) and per synonym
 * list; a question then only walks down the list.
 */
const rankedCache = new WeakMap<Network['directory'], WeakMap<Synonyms, RankedPair[]>>();

function rankedPairs(network: Network, synonyms: Synonyms): RankedPair[] {
  let bySynonyms = rankedCache.get(network.directory);
  if (!bySynonyms) {
    bySynonyms = new WeakMap();
    rankedCache.set(network.directory, bySynonyms);
  }
  let ranked = bySynonyms.get(synonyms);
  if (!ranked) {
    ranked = rankPairs(
      network.people.filter((p) => !p.archived),
      synonyms,
    );
    bySynonyms.set(synonyms, ranked);
  }
  return ranked;
}

function rankPairs(people: Person[], synonyms: Synonyms): RankedPair[] {
  const terms = new Map<Person, PersonTerms>();
  for (const p of people) {
    const t = (x: string) => synonyms.terms(x);
    terms.set(p, { needs: p.needs.map(t), offers: p.offers.map(t) });
  }
  // People are numbered so that pair keys are plain numbers, not strings.
  const id = new Map<Person, number>(people.map((p, i) => [p, i]));
  const n = people.length;
  const pairKey = (x: Person, y: Person) => {
    const i = id.get(x)!;
    const j = id.get(y)!;
    return i < j ? i * n + j : j * n + i;
  };

  // Every offer gets a number; the term index lists offer numbers, single-word offers apart.
  const offers: { person: Person; text: string; terms: string[] }[] = [];
  const singles = new Map<string, number[]>();
  const multis = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, t: string, offer: number) => {
    const list = index.get(t);
    if (list) list.push(offer);
    else index.set(t, [offer]);
  };
  for (const p of people) {
    terms.get(p)!.offers.forEach((offerTerms, index) => {
      const offer = offers.push({ person: p, text: p.offers[index], terms: offerTerms }) - 1;
      for (const t of offerTerms) post(offerTerms.length === 1 ? singles : multis, t, offer);
    });
  }

  /**
   * The offers that could match a need. A single-word offer matches only a need of at most two
   * words that holds it. An offer of several words must share at least two words with a need of
   * several words (one, with a one-word need), so it appears under all but the most common of the
   * need's words: the longest posting list need not be read.
   */
  const candidatesFor = (needTerms: string[]): number[] => {
    const found = new Set<number>();
    if (needTerms.length <= 2) for (const t of needTerms) for (const o of singles.get(t) ?? []) found.add(o);
    const byRarity = [...needTerms].sort((x, y) => (multis.get(x)?.length ?? 0) - (multis.get(y)?.length ?? 0));
    const read = needTerms.length === 1 ? byRarity : byRarity.slice(0, -1);
    for (const t of read) for (const o of multis.get(t) ?? []) found.add(o);
    // In the order the offers were written, whichever word found them.
    return [...found].sort((x, y) => x - y);
  };

  const pairs = new Map<number, IntroMatch[]>();
  for (const needer of people) {
    const needTerms = terms.get(needer)!.needs;
    needer.needs.forEach((need, k) => {
      for (const offer of candidatesFor(needTerms[k])) {
        const o = offers[offer];
        if (o.person === needer) continue;
        if (!phrasesMatch(needTerms[k], o.terms)) continue;
        const key = pairKey(needer, o.person);
        const match = { needer, need, offerer: o.person, offer: o.text };
        const list = pairs.get(key);
        if (list) list.push(match);
        else pairs.set(key, [match]);
      }
    });
  }

  const ranked: RankedPair[] = [];
  for (const matches of pairs.values()) {
    const x = matches[0].needer;
    const y = matches[0].offerer;
    let a = x;
    let b = y;
    if (y.name < x.name && matches.some((m) => m.needer === y)) [a, b] = [y, x];
    const score =
      countNeeds(matches) * NEED_MATCH_SCORE +
      sharedPhrases(a.interests, b.interests, synonyms).length +
      (sharedPhrases(a.sphere, b.sphere, synonyms).length > 0 ? 1 : 0);
    ranked.push({ a, b, score });
  }
  // Plain code-unit order: localeCompare is far too slow for tens of thousands of candidates.
  const byName = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  ranked.sort((p, q) => q.score - p.score || byName(p.a.name, q.a.name) || byName(p.b.name, q.b.name));
  return ranked;
}

/**
 * Pairs where one's needs meet the other's offers, weighted by shared
 * interests and sphere, best first. Offers are indexed by term, so matching
 * costs per need, not per pair of people, and the ranking is kept until the
 * people change; reasons and drafts are written only for the candidates
 * asked for. Pairs already introduced (or with a draft under way), and people
 * never in contact, are left out.
 */
export function introductionCandidates(network: Network, today: Day, options: IntroOptions = {}): IntroCandidate[] {
  const synonyms = options.synonyms ?? NO_SYNONYMS;
  const ranked = rankedPairs(network, synonyms);
  const limit = options.limit ?? Infinity;
  const only = options.person ?? null;

  const inTouch = new Map<Person, boolean>();
  const known = (p: Person) => {
    let k = inTouch.get(p);
    if (k === undefined) {
      k = hasTouch(network.ledger(p), today);
      inTouch.set(p, k);
    }
    return k;
  };
  // Whom each person was introduced to, read from their ledger when first asked.
  const introducedTo = new Map<Person, Set<Person>>();
  const partners = (p: Person) => {
    let set = introducedTo.get(p);
    if (!set) {
      set = new Set();
      for (const e of network.ledger(p)) if (e.type === 'give' && e.kind === 'introduction') for (const o of e.others) set.add(o);
      introducedTo.set(p, set);
    }
    return set;
  };
  const drafted = new Map<Person, Set<Person>>();
  for (const d of network.drafts.values()) {
    for (const [x, y] of [
      [d.a, d.b],
      [d.b, d.a],
    ]) {
      const set = drafted.get(x) ?? new Set<Person>();
      set.add(y);
      drafted.set(x, set);
    }
  }

  const chosen: RankedPair[] = [];
  for (const pair of ranked) {
    if (chosen.length >= limit) break;
    const { a, b } = pair;
    if (only && a !== only && b !== only) continue;
    if (!known(a) || !known(b)) continue;
    if (drafted.get(a)?.has(b) || partners(a).has(b) || partners(b).has(a)) continue;
    chosen.push(pair);
  }

  return chosen.map(({ a, b, score }) => {
    const matches = [...matchesBetween(a, b, synonyms), ...matchesBetween(b, a, synonyms)];
    const sharedInterests = sharedPhrases(a.interests, b.interests, synonyms);
    const sharedSphere = sharedPhrases(a.sphere, b.sphere, synonyms);
    const reasons = matches.map((m) => {
      const same = synonyms.used(m.need, m.offer).map((g) => g.join(' = '));
      return `${m.needer.name} needs ${m.need}; ${m.offerer.name} offers ${m.offer}${same.length ? ` (you count ${same.join('; ')} as the same)` : ''}`;
    });
    if (sharedInterests.length) reasons.push(`Shared interests: ${sharedInterests.join(', ')}`);
    if (sharedSphere.length) reasons.push(`Same contact sphere: ${sharedSphere.join(', ')}`);
    const base = { a, b, score, matches, sharedInterests, sharedSphere, reasons };
    return { ...base, draft: introductionDraft(base) };
  });
}

/** Where the needs of `needer` meet the offers of `offerer`, need by need, offers in the order written. */
function matchesBetween(needer: Person, offerer: Person, synonyms: Synonyms): IntroMatch[] {
  const out: IntroMatch[] = [];
  for (const need of needer.needs) {
    const needTerms = synonyms.terms(need);
    for (const offer of offerer.offers) {
      if (phrasesMatch(needTerms, synonyms.terms(offer))) out.push({ needer, need, offerer, offer });
    }
  }
  return out;
}

/** The phrases of `a` that match some phrase of `b`. */
function sharedPhrases(a: string[], b: string[], synonyms: Synonyms): string[] {
  if (a.length === 0 || b.length === 0) return [];
  const bTerms = b.map((x) => synonyms.terms(x));
  return a.filter((x) => bTerms.some((t) => phrasesMatch(synonyms.terms(x), t)));
}
