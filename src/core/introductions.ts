import type { Day } from './day';
import { type Network, touchDays } from './network';
import type { Person } from './people';
import { phrasesMatch, termsOf } from './terms';

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

function firstName(p: Person): string {
  return p.name.split(/\s+/)[0] || p.name;
}

function describe(p: Person): string {
  if (p.role && p.company) return `${p.name} (${p.role} at ${p.company})`;
  if (p.company) return `${p.name} (${p.company})`;
  if (p.role) return `${p.name} (${p.role})`;
  return p.name;
}

function shared(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) {
    const tx = termsOf(x);
    if (b.some((y) => phrasesMatch(tx, termsOf(y)))) out.push(x);
  }
  return out;
}

/** A warm, double-opt-in introduction: ask each side first, then bridge. */
export function introductionDraft(c: Omit<IntroCandidate, 'draft'>): string {
  const { a, b } = c;
  const lines: string[] = [];
  lines.push(`Subject: Introduction: ${a.name} <> ${b.name}`, '');
  lines.push(`Hi ${firstName(a)} and ${firstName(b)},`, '');
  const aNeeds = c.matches.filter((m) => m.needer === a);
  const bNeeds = c.matches.filter((m) => m.needer === b);
  if (aNeeds.length) {
    lines.push(`${firstName(a)}, you mentioned you are looking for ${aNeeds.map((m) => m.need).join(' and ')}. ` +
      `${describe(b)} offers ${aNeeds.map((m) => m.offer).join(' and ')}.`);
  }
  if (bNeeds.length) {
    lines.push(`${firstName(b)}, you are looking for ${bNeeds.map((m) => m.need).join(' and ')}, ` +
      `and ${describe(a)} offers ${bNeeds.map((m) => m.offer).join(' and ')}.`);
  } else {
    lines.push(`${firstName(b)}, meet ${describe(a)}.`);
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
 * need, not per pair of people. Pairs already introduced, and people never
 * in contact, are left out.
 */
export function introductionCandidates(network: Network, today: Day): IntroCandidate[] {
  const known: Person[] = [];
  for (const { person, entries } of network.ledgers.values()) {
    if (!person.archived && touchDays(entries, today).length > 0) known.push(person);
  }
  const introduced = new Set<string>();
  const pairKey = (x: Person, y: Person) => (x.path < y.path ? `${x.path}\n${y.path}` : `${y.path}\n${x.path}`);
  for (const p of known) {
    for (const e of network.ledger(p)) {
      if (e.type === 'give' && e.kind === 'introduction') for (const o of e.others) introduced.add(pairKey(p, o));
    }
  }

  const offersByTerm = new Map<string, { person: Person; offer: string; terms: string[] }[]>();
  for (const p of known) {
    for (const offer of p.offers) {
      const terms = termsOf(offer);
      for (const t of terms) {
        const list = offersByTerm.get(t) ?? [];
        list.push({ person: p, offer, terms });
        offersByTerm.set(t, list);
      }
    }
  }

  const pairs = new Map<string, IntroMatch[]>();
  for (const needer of known) {
    for (const need of needer.needs) {
      const terms = termsOf(need);
      const tried = new Set<string>();
      for (const t of terms) {
        for (const o of offersByTerm.get(t) ?? []) {
          if (o.person === needer) continue;
          const k = `${o.person.path}\n${o.offer}`;
          if (tried.has(k)) continue;
          tried.add(k);
          if (!phrasesMatch(terms, o.terms)) continue;
          const key = pairKey(needer, o.person);
          if (introduced.has(key)) continue;
          const list = pairs.get(key) ?? [];
          list.push({ needer, need, offerer: o.person, offer: o.offer });
          pairs.set(key, list);
        }
      }
    }
  }

  const out: IntroCandidate[] = [];
  for (const matches of pairs.values()) {
    const x = matches[0].needer;
    const y = matches[0].offerer;
    const bothWays = matches.some((m) => m.needer === y);
    let a = x;
    let b = y;
    if (bothWays && y.name.localeCompare(x.name) < 0) [a, b] = [y, x];
    const sharedInterests = shared(a.interests, b.interests);
    const sharedSphere = shared(a.sphere, b.sphere);
    const needsMet = new Set(matches.map((m) => `${m.needer.path}\n${m.need}`)).size;
    const score = needsMet * NEED_MATCH_SCORE + sharedInterests.length + (sharedSphere.length > 0 ? 1 : 0);
    const ordered = [...matches.filter((m) => m.needer === a), ...matches.filter((m) => m.needer === b)];
    const reasons = ordered.map((m) => `${m.needer.name} needs ${m.need}; ${m.offerer.name} offers ${m.offer}`);
    if (sharedInterests.length) reasons.push(`Shared interests: ${sharedInterests.join(', ')}`);
    if (sharedSphere.length) reasons.push(`Same contact sphere: ${sharedSphere.join(', ')}`);
    const base = { a, b, score, matches: ordered, sharedInterests, sharedSphere, reasons };
    out.push({ ...base, draft: introductionDraft(base) });
  }
  return out.sort((p, q) => q.score - p.score || p.a.name.localeCompare(q.a.name) || p.b.name.localeCompare(q.b.name));
}
