import type { Day } from './day';
import { type Network, hasTouch } from './network';
import { type Person, describePerson, firstName } from './people';
import { Synonyms, phrasesMatch } from './terms';

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

/** The phrases of `a` that match some phrase of `b`, both given as precomputed terms. */
function shared(a: string[], aTerms: string[][], bTerms: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) if (bTerms.some((t) => phrasesMatch(aTerms[i], t))) out.push(a[i]);
  return out;
}

interface PersonTerms {
  needs: string[][];
  offers: string[][];
  interests: string[][];
  sphere: string[][];
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

/** A warm, double-opt-in introduction: ask each side first, then bridge. */
export function introductionDraft(c: Omit<IntroCandidate, 'draft'>): string {
  const { a, b } = c;
  const lines: string[] = [];
  lines.push(`Subject: Introduction: ${a.name} <> ${b.name}`, '');
  lines.push(`Hi ${firstName(a.name)} and ${firstName(b.name)},`, '');
  const aNeeds = c.matches.filter((m) => m.needer === a);
  const bNeeds = c.matches.filter((m) => m.needer === b);
  if (aNeeds.length) {
    lines.push(`${firstName(a.name)}, you mentioned you are looking for ${aNeeds.map((m) => m.need).join(' and ')}. ` +
      `${describePerson(b)} offers ${aNeeds.map((m) => m.offer).join(' and ')}.`);
  }
  if (bNeeds.length) {
    lines.push(`${firstName(b.name)}, you are looking for ${bNeeds.map((m) => m.need).join(' and ')}, ` +
      `and ${describePerson(a)} offers ${bNeeds.map((m) => m.offer).join(' and ')}.`);
  } else {
    lines.push(`${firstName(b.name)}, meet ${describePerson(a)}.`);
  }
  if (c.sharedInterests.length) lines.push(`You also share an interest in ${c.sharedInterests.join(', ')}.`);
  if (c.sharedSphere.length) lines.push(`You both serve ${c.sharedSphere.join(', ')}, without competing.`);
  lines.push('', 'You both said you would welcome this introduction, so I will leave you to it.', '');
  lines.push('Best,');
  return lines.join('\n');
}

/**
 * Pairs where one's needs meet the other's offers, weighted by shared
 * interests and sphere. Offers are indexed by term, so matching costs per
 * need, not per pair of people; reasons and drafts are written only for the
 * candidates asked for. Pairs already introduced, and people never in
 * contact, are left out.
 */
export function introductionCandidates(network: Network, today: Day, options: IntroOptions = {}): IntroCandidate[] {
  const known: Person[] = [];
  for (const { person, entries } of network.ledgers.values()) {
    if (!person.archived && hasTouch(entries, today)) known.push(person);
  }
  const synonyms = options.synonyms ?? NO_SYNONYMS;
  const terms = new Map<Person, PersonTerms>();
  for (const p of known) {
    const t = (x: string) => synonyms.terms(x);
    terms.set(p, { needs: p.needs.map(t), offers: p.offers.map(t), interests: p.interests.map(t), sphere: p.sphere.map(t) });
  }
  // People are numbered so that pair and offer keys are plain numbers, not strings.
  const id = new Map<Person, number>(known.map((p, i) => [p, i]));
  const n = known.length;
  const pairKey = (x: Person, y: Person) => {
    const i = id.get(x)!;
    const j = id.get(y)!;
    return i < j ? i * n + j : j * n + i;
  };
  const introduced = new Set<number>();
  // A pair with a draft under way (or made) is not suggested again; a declined one is not suggested at all.
  for (const d of network.drafts.values()) if (id.has(d.a) && id.has(d.b)) introduced.add(pairKey(d.a, d.b));
  for (const p of known) {
    for (const e of network.ledger(p)) {
      if (e.type === 'give' && e.kind === 'introduction') {
        for (const o of e.others) if (id.has(o)) introduced.add(pairKey(p, o));
      }
    }
  }

  // Every offer gets a number; the term index lists offer numbers, single-word offers apart.
  const offers: { person: Person; text: string; terms: string[] }[] = [];
  const singles = new Map<string, number[]>();
  const multis = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, t: string, offer: number) => {
    const list = index.get(t);
    if (list) list.push(offer);
    else index.set(t, [offer]);
  };
  for (const p of known) {
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
  const candidatesFor = (needTerms: string[]): Iterable<number> => {
    const found = new Set<number>();
    if (needTerms.length <= 2) for (const t of needTerms) for (const o of singles.get(t) ?? []) found.add(o);
    const byRarity = [...needTerms].sort((x, y) => (multis.get(x)?.length ?? 0) - (multis.get(y)?.length ?? 0));
    const read = needTerms.length === 1 ? byRarity : byRarity.slice(0, -1);
    for (const t of read) for (const o of multis.get(t) ?? []) found.add(o);
    return found;
  };

  const only = options.person ?? null;
  const pairs = new Map<number, IntroMatch[]>();
  for (const needer of known) {
    const needTerms = terms.get(needer)!.needs;
    needer.needs.forEach((need, k) => {
      for (const offer of candidatesFor(needTerms[k])) {
        const o = offers[offer];
        if (o.person === needer) continue;
        if (only && needer !== only && o.person !== only) continue;
        if (!phrasesMatch(needTerms[k], o.terms)) continue;
        const key = pairKey(needer, o.person);
        if (introduced.has(key)) continue;
        const match = { needer, need, offerer: o.person, offer: o.text };
        const list = pairs.get(key);
        if (list) list.push(match);
        else pairs.set(key, [match]);
      }
    });
  }

  // Score every pair cheaply; the details (shared words, reasons, draft) only for those returned.
  interface Scored {
    a: Person;
    b: Person;
    score: number;
    matches: IntroMatch[];
  }
  const countShared = (x: string[][], y: string[][]) => {
    let n = 0;
    for (const t of x) if (y.some((u) => phrasesMatch(t, u))) n++;
    return n;
  };
  const scored: Scored[] = [];
  for (const matches of pairs.values()) {
    const x = matches[0].needer;
    const y = matches[0].offerer;
    let a = x;
    let b = y;
    if (y.name < x.name && matches.some((m) => m.needer === y)) [a, b] = [y, x];
    const ta = terms.get(a)!;
    const tb = terms.get(b)!;
    const score = countNeeds(matches) * NEED_MATCH_SCORE + countShared(ta.interests, tb.interests) + (countShared(ta.sphere, tb.sphere) > 0 ? 1 : 0);
    scored.push({ a, b, score, matches });
  }
  // Plain code-unit order: localeCompare is far too slow for tens of thousands of candidates.
  const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  scored.sort((p, q) => q.score - p.score || byName(p.a.name, q.a.name) || byName(p.b.name, q.b.name));
  const chosen = (options.limit === undefined ? scored : scored.slice(0, options.limit)).map(({ a, b, score, matches }) => ({
    a,
    b,
    score,
    matches: [...matches.filter((m) => m.needer === a), ...matches.filter((m) => m.needer === b)],
    sharedInterests: shared(a.interests, terms.get(a)!.interests, terms.get(b)!.interests),
    sharedSphere: shared(a.sphere, terms.get(a)!.sphere, terms.get(b)!.sphere),
  }));
  return chosen.map((c) => {
    const reasons = c.matches.map((m) => {
      const same = synonyms.used(m.need, m.offer).map((g) => g.join(' = '));
      return `${m.needer.name} needs ${m.need}; ${m.offerer.name} offers ${m.offer}${same.length ? ` (you count ${same.join('; ')} as the same)` : ''}`;
    });
    if (c.sharedInterests.length) reasons.push(`Shared interests: ${c.sharedInterests.join(', ')}`);
    if (c.sharedSphere.length) reasons.push(`Same contact sphere: ${c.sharedSphere.join(', ')}`);
    const base = { ...c, reasons };
    return { ...base, draft: introductionDraft(base) };
  });
}
