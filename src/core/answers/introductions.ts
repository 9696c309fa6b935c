import { BoundedCache } from '../model/bounded-cache';
import type { Day } from '../model/day';
import { hasTouch } from '../index/ledger-facts';
import type { Network } from '../index/network';
import type { Person } from '../read/people';
import { Synonyms, phrasesMatch } from './terms';
import { type IntroCandidate, type IntroMatch, introductionDraft, withTexts } from './introduction-texts';

const NEED_MATCH_SCORE = 3;

export interface IntroOptions {
  /** Only the best this many candidates get reasons and a draft. */
  limit?: number;
  /** Only pairs with this person. */
  person?: Person | null;
  /** Words the user treats as the same. */
  synonyms?: Synonyms;
}

const NO_SYNONYMS = new Synonyms([]);

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
 * list; a question then only walks down the list. Only the newest set of
 * people is kept: an older one is no longer asked about.
 */
const rankedCache = new BoundedCache<Network['directory'], BoundedCache<Synonyms, RankedPair[]>>(1);

function rankedPairs(network: Network, synonyms: Synonyms): RankedPair[] {
  const bySynonyms = rankedCache.getOrMake(network.directory, () => new BoundedCache(2));
  return bySynonyms.getOrMake(synonyms, () =>
    rankPairs(
      network.people.filter((p) => !p.archived),
      synonyms,
    ),
  );
}

/**
 * How much of a crowd a need is matched against, so that ranking stays near linear in the people
 * when many offer the same thing (2,000 people who all need and offer "advice" made 2 million pairs
 * and took seconds). A word (a term, after synonyms) in more than `offersPerWord` offers is looked
 * up only in that many of them, those of the people first by name, then path; a need of several
 * words may still find an offer left out there under another word. And a need is matched with at
 * most `peoplePerNeed` people, the first by name, then path, among those whose offers meet it. A
 * person left out is neither suggested nor scored for that need (they may still be for another),
 * as the README's Reliability section says. Only a crowd meets either bound: the bench vaults stay
 * far below them (L, 5,000 people: a need looks at up to 274 offers of one word and meets up to 40
 * people). Changed only by tests.
 */
export const introBounds = { offersPerWord: 1000, peoplePerNeed: 100 };

/**
 * The work of ranking: each offer a need looks at and each person a need is paired with adds one.
 * Tests bound it by the number of people, which shows the ranking is near linear without timing it.
 */
export const introSteps = { count: 0 };

/**
 * The pairs ranked best first. A pair is found once per need of one that an
 * offer of the other meets, so the work is in the people and the pairs they
 * make, with no more per pair than a few numbers: the offers that meet a need
 * are found once for all people who need it alike, and each pair keeps only
 * the count of needs met and who needed first (a list of its matches per pair
 * made a vault where many people need what many offer run for minutes). A
 * crowd offering one thing is cut to `introBounds`.
 */
function rankPairs(people: Person[], synonyms: Synonyms): RankedPair[] {
  const n = people.length;
  const terms = (x: string) => synonyms.terms(x);
  const needTerms = people.map((p) => p.needs.map(terms));
  const { offersPerWord, peoplePerNeed } = introBounds;

  // Each person's place by name, then path (code-unit order): who is kept when a crowd is cut, the
  // same whatever order the notes were read in.
  const byName = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  const order = people.map((_, i) => i).sort((i, j) => byName(people[i].name, people[j].name) || byName(people[i].path, people[j].path));
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));

  // Every offer gets a number; the term index lists offer numbers, single-word offers apart.
  const offers: { person: number; terms: string[] }[] = [];
  const singles = new Map<string, number[]>();
  const multis = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, t: string, offer: number) => {
    const list = index.get(t);
    if (list) list.push(offer);
    else index.set(t, [offer]);
  };
  people.forEach((p, i) => {
    for (const text of p.offers) {
      const offerTerms = terms(text);
      const offer = offers.push({ person: i, terms: offerTerms }) - 1;
      for (const t of offerTerms) post(offerTerms.length === 1 ? singles : multis, t, offer);
    }
  });
  // Offers by their people's place by name, then as written.
  const byPlace = (x: number, y: number) => rank[offers[x].person] - rank[offers[y].person] || x - y;
  // A word offered by a crowd keeps the offers of the people first by name, still in offer order.
  for (const index of [singles, multis]) {
    for (const [t, list] of index) {
      if (list.length > offersPerWord)
        index.set(
          t,
          list
            .sort(byPlace)
            .slice(0, offersPerWord)
            .sort((x, y) => x - y),
        );
    }
  }

  /**
   * The offers that meet a need, one per person, in the order the offers were written. A single-word
   * offer matches only a need of at most two words that holds it. An offer of several words must
   * share at least two words with a need of several words (one, with a one-word need), so it appears
   * under all but the most common of the need's words: the longest posting list need not be read.
   * Found once per set of terms: many people need the same thing. More than `peoplePerNeed` people
   * are cut to those first by name, one more kept as `spare`: the list is shared by everyone with
   * this need, and a needer who is among the first skips themselves, so takes the spare instead.
   */
  const meeting = new Map<string, { met: number[]; spare: number }>();
  const offersMeeting = (need: string[]): { met: number[]; spare: number } => {
    const key = need.join('\n');
    const known = meeting.get(key);
    if (known) return known;
    const found = new Set<number>();
    const read = (list: number[] | undefined) => {
      if (!list) return;
      introSteps.count += list.length;
      for (const o of list) found.add(o);
    };
    if (need.length <= 2) for (const t of need) read(singles.get(t));
    const byRarity = [...need].sort((x, y) => (multis.get(x)?.length ?? 0) - (multis.get(y)?.length ?? 0));
    for (const t of need.length === 1 ? byRarity : byRarity.slice(0, -1)) read(multis.get(t));
    // The first offer of each person that meets the need: a person meets a need once.
    const seen = new Set<number>();
    let met: number[] = [];
    for (const o of [...found].sort((x, y) => x - y)) {
      if (seen.has(offers[o].person) || !phrasesMatch(need, offers[o].terms)) continue;
      seen.add(offers[o].person);
      met.push(o);
    }
    let spare = -1;
    if (met.length > peoplePerNeed) {
      const first = met.sort(byPlace).slice(0, peoplePerNeed + 1);
      spare = first.length > peoplePerNeed ? first[peoplePerNeed] : -1;
      met = first.sort((x, y) => x - y);
    }
    const answer = { met, spare };
    meeting.set(key, answer);
    return answer;
  };

  // People are numbered, so that pair keys are plain numbers. Per pair, by the order it was first found: who needed first, the other, how many distinct needs
  // (by needer and need as written) are met, and whether the other needs something too.
  const pairOf = new Map<number, number>();
  const needer: number[] = [];
  const other: number[] = [];
  const needsMet: number[] = [];
  const bothNeed: boolean[] = [];
  people.forEach((p, x) => {
    const written = new Set<string>();
    p.needs.forEach((text, k) => {
      if (written.has(text)) return; // the same need written twice is met once
      written.add(text);
      const { met, spare } = offersMeeting(needTerms[x][k]);
      introSteps.count += met.length;
      const among = spare >= 0 && met.some((o) => offers[o].person === x);
      for (const offer of met) {
        const y = offers[offer].person;
        if (y === x || (offer === spare && !among)) continue;
        const key = x < y ? x * n + y : y * n + x;
        const pair = pairOf.get(key);
        if (pair === undefined) {
          pairOf.set(key, needer.length);
          needer.push(x);
          other.push(y);
          needsMet.push(1);
          bothNeed.push(false);
        } else {
          needsMet[pair]++;
          if (x !== needer[pair]) bothNeed[pair] = true;
        }
      }
    });
  });

  // Interests and spheres as terms, once per person.
  const interests = people.map((p) => p.interests.map(terms));
  const spheres = people.map((p) => p.sphere.map(terms));
  const ranked: RankedPair[] = [];
  for (let pair = 0; pair < needer.length; pair++) {
    let a = needer[pair];
    let b = other[pair];
    if (people[b].name < people[a].name && bothNeed[pair]) [a, b] = [b, a];
    const score =
      needsMet[pair] * NEED_MATCH_SCORE + sharedCount(interests[a], interests[b]) + (sharedCount(spheres[a], spheres[b]) > 0 ? 1 : 0);
    ranked.push({ a: people[a], b: people[b], score });
  }
  // Plain code-unit order (byName): localeCompare is far too slow for tens of thousands of candidates.
  ranked.sort((p, q) => q.score - p.score || byName(p.a.name, q.a.name) || byName(p.b.name, q.b.name));
  return ranked;
}

/** How many of the phrases `a` (as terms) match some phrase of `b`. */
function sharedCount(a: string[][], b: string[][]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let count = 0;
  for (const x of a) if (b.some((t) => phrasesMatch(x, t))) count++;
  return count;
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
    return withTexts(base, introductionDraft(base));
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
