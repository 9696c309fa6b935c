import type { Day } from '../model/day';
import type { Network } from '../index/network';
import { type Person, personFile } from '../read/people';
import type { GoodwillSettings } from '../model/settings';
import { baseName } from '../model/note';
import { readable } from '../text/links';
import { introductionCandidates } from './introductions';
import type { NoteTags } from '../read/note-tags';
import { type Synonyms, phrasesMatch, synonymsFor } from './terms';

/**
 * Kinds of things to give, in the order they rank at equal score: what you
 * offer yourself, an introduction for them, an introduction to them, a note
 * to pass on, a lead.
 */
export const GIVE_KINDS = ['offer', 'introduce-for', 'introduce-to', 'note', 'lead'] as const;
export type GiveKind = (typeof GIVE_KINDS)[number];

export interface GiveItem {
  kind: GiveKind;
  score: number;
  text: string;
  file: string | null;
  line: number | null;
}

/**
 * Scores: an offer of yours that meets a need of theirs is worth a need met
 * in an introduction and one more, since you give it yourself; an
 * introduction keeps its own score; a lead weighs 2, as a lead does in the
 * balance by default; a note, 1 for each of their needs or interests its tags
 * meet.
 */
const OFFER_SCORE = 4;
const LEAD_SCORE = 2;

const KIND_ORDER = new Map(GIVE_KINDS.map((k, i) => [k, i]));

/** A tag as a phrase: `#client-work/design_systems` reads as "client work design systems". */
export function tagPhrase(tag: string): string {
  return (tag.startsWith('#') ? tag.slice(1) : tag).replace(/[-_/]+/g, ' ');
}

/** Whether every term of a phrase is among the terms of a text: a line mentions "brand design" when it says "branding and design". */
function mentions(textTerms: readonly string[], phraseTerms: readonly string[]): boolean {
  return phraseTerms.length > 0 && phraseTerms.every((t) => textTerms.includes(t));
}

/**
 * What you could give a person, best first: your offers that meet their
 * needs (with `me` set), introductions you could make for them and to them
 * (the introductions' own candidates), your notes tagged with their needs or
 * interests, and `#lead` lines that mention one of them. Phrases meet by the
 * introductions' stem rule (and the user's synonyms).
 */
export function somethingToGive(
  network: Network,
  person: Person,
  me: Person | null,
  settings: GoodwillSettings,
  today: Day,
  tags: Iterable<NoteTags>,
): GiveItem[] {
  const synonyms = synonymsFor(settings.synonyms);
  const out: GiveItem[] = [];
  const meets = (a: string, b: string) => phrasesMatch(synonyms.terms(a), synonyms.terms(b));

  if (me !== null && me !== person) {
    for (const need of person.needs) {
      const offer = me.offers.find((o) => meets(need, o));
      if (offer !== undefined) {
        out.push({ kind: 'offer', score: OFFER_SCORE, text: `You offer ${offer}: they need ${need}`, file: me.path, line: 1 });
      }
    }
  }

  for (const c of introductionCandidates(network, today, { person, synonyms })) {
    const other = c.a === person ? c.b : c.a;
    if (other === me) continue;
    const file = personFile(other);
    const line = file === null ? null : 1;
    const forThem = c.matches.filter((m) => m.needer === person);
    const toThem = c.matches.filter((m) => m.offerer === person);
    if (forThem.length > 0) {
      const what = forThem.map((m) => `they need ${m.need}; ${other.name} offers ${m.offer}`).join('; ');
      out.push({ kind: 'introduce-for', score: c.score, text: `Introduce them to ${other.name}: ${what}`, file, line });
    }
    if (toThem.length > 0) {
      const what = toThem.map((m) => `${other.name} needs ${m.need}; they offer ${m.offer}`).join('; ');
      out.push({ kind: 'introduce-to', score: c.score, text: `Introduce ${other.name} to them: ${what}`, file, line });
    }
  }

  const wants = [...person.needs, ...person.interests];
  out.push(...notesToPass(person, me, wants, synonyms, tags));
  out.push(...leadsFor(network, person, wants, synonyms, today));

  return out.sort((a, b) => b.score - a.score || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.text < b.text ? -1 : 1));
}

/** Your notes whose tags meet their needs or interests: information to pass on. Person notes are not yours to pass. */
function notesToPass(person: Person, me: Person | null, wants: string[], synonyms: Synonyms, tags: Iterable<NoteTags>): GiveItem[] {
  if (wants.length === 0) return [];
  const out: GiveItem[] = [];
  for (const note of tags) {
    if (note.path === person.path || note.path === me?.path || note.tags.length === 0) continue;
    const met = wants.filter((w) => note.tags.some((t) => phrasesMatch(synonyms.terms(tagPhrase(t)), synonyms.terms(w))));
    if (met.length === 0) continue;
    out.push({
      kind: 'note',
      score: met.length,
      text: `Pass on ${baseName(note.path)}: about ${met.join(', ')}`,
      file: note.path,
      line: 1,
    });
  }
  return out;
}

/** `#lead` lines you logged, with anyone but them, that mention one of their needs or interests. */
function leadsFor(network: Network, person: Person, wants: string[], synonyms: Synonyms, today: Day): GiveItem[] {
  if (wants.length === 0) return [];
  const wanted = wants.map((w) => ({ w, terms: synonyms.terms(w) }));
  const seen = new Set<string>();
  const out: GiveItem[] = [];
  for (const { person: owner, entries } of network.ledgers.values()) {
    if (owner === person) continue;
    for (const e of entries) {
      if (e.kind !== 'lead' || e.date > today) continue;
      const key = `${e.file}\n${e.line}`;
      if (seen.has(key)) continue;
      const textTerms = synonyms.terms(e.text);
      const hit = wanted.find((x) => mentions(textTerms, x.terms));
      if (!hit) continue;
      seen.add(key);
      out.push({ kind: 'lead', score: LEAD_SCORE, text: `A lead about ${hit.w}: ${readable(e.text)}`, file: e.file, line: e.line });
    }
  }
  return out;
}
