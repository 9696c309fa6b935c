import { type Result, fail, ok } from '../model/result';
import type { DateResolver } from '../language/dates';
import type { Language } from '../language/languages';
import { type CompiledVocabulary, vocabularyFor } from '../language/vocabulary';
import { type Day, formatDay } from '../model/day';
import type { LineType } from '../model/line-type';
import { isPlaceholderType } from '../read/own-text';
import { fileNameOf, type Person, personFile } from '../read/people';
import { type SentenceReading, type Span, peopleTogether, readSentence } from '../read/sentence';
import { extractLinks, normalizeLinkTarget } from '../text/links';
import { type Markup, inertText, markup, noteLine } from './note-line';
import { personLink } from './written-links';
import { foldCase } from '../text/case-fold';
import { scanSteps } from '../text/scan-steps';

/**
 * One-line capture: "gave Alice an intro to Bob yesterday", "Carol promised
 * the deck by Friday", "had lunch with Tom". Finds the people by name, alias
 * or first name, reads the sentence with the line reader's own vocabulary
 * (read/sentence.ts), finds the date, and writes one well-formed line that
 * the reader reads back as it was understood: a field line (`give::`,
 * `got::`, `met::` …), or the sentence itself, names linked, where no field
 * says it: a one-to-one ("Coffee with [[Tom]]"), a touch its verb alone
 * would not make ("Asked [[Tom]] about his trip"), an introduction between
 * two people.
 */
export type CaptureKind = 'give' | 'got' | 'ask' | 'owe' | 'waiting' | 'thanks' | 'met' | 'intro';

export interface Captured {
  kind: CaptureKind;
  people: Person[];
  /** When it happened (past events), if not today. */
  date: Day | null;
  /** A deadline (promises, asks, waitings). */
  due: Day | null;
  line: string;
}

/** Why a sentence was not captured: no verb, no person, or a name that fits several people (the caller may choose). */
export type CaptureProblem =
  { reason: 'no-verb' | 'no-person'; message: string } | { reason: 'ambiguous'; message: string; word: string; candidates: Person[] };

export type CaptureResult = Result<Captured, CaptureProblem>;

const PAST = new Set<LineType>(['give', 'receipt', 'thanks', 'touch']);
/** The field each reading is written with; a touch is written as its sentence. */
const FIELD: Record<LineType, string> = {
  give: 'give',
  receipt: 'got',
  ask: 'ask',
  promise: 'owe',
  waiting: 'waiting',
  thanks: 'thanks',
  touch: 'met',
  outcome: 'outcome',
};
const KINDS: Record<LineType, CaptureKind> = {
  give: 'give',
  receipt: 'got',
  ask: 'ask',
  promise: 'owe',
  waiting: 'waiting',
  thanks: 'thanks',
  touch: 'met',
  outcome: 'give',
};
const DATE_WORDS =
  /\b(?:(?:by|due|before|until|on|this|next|last)\s+)?(?:yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|in\s+(?:\d+|a|one|two|three|four)\s+(?:days?|weeks?)|\d{4}-\d{2}-\d{2}|(?:last|next)\s+week|(?:the\s+)?end\s+of\s+(?:the\s+)?month)\b/gi;

/** The text before a mention without its closing word "from" ("got a lead from Grace"), or null when it has none. */
function withoutFrom(before: string, v: CompiledVocabulary): string | null {
  const text = before.trimEnd();
  const lower = text.toLowerCase();
  for (const from of v.fromWords) {
    if (!lower.endsWith(from)) continue;
    const rest = text.slice(0, text.length - from.length);
    if (v.mode === 'anywhere' || rest === '' || !/[\p{L}\p{N}]/u.test(rest.charAt(rest.length - 1))) return rest;
  }
  return null;
}

export interface NameHit {
  start: number;
  end: number;
  people: Person[];
}

/**
 * The names capture looks for in a set of people: each name, alias and first
 * name (lower-cased, two characters or more) with the people it may mean.
 * Built once per set of people, so that a capture costs in the length of its
 * line, not in the number of people: a stretch of the line is looked up by
 * its folded text, where once every name was a pattern run over the line.
 */
interface NameIndex {
  /** The people it was built from, to tell whether a list handed in is still the same. */
  people: readonly Person[];
  /** The people each name may mean, names in the order they were added. */
  names: Map<string, Set<Person>>;
  /** The names in the order they were added. */
  keys: string[];
  /** The names by their folded text (foldCase): names that differ only in case share it. */
  byFolded: Map<string, string[]>;
  /** Each name's turn: longest first, then as added; an earlier name claims its words first. */
  turn: Map<string, number>;
  /** The lengths of the names in UTF-16 units, shortest first. */
  lengths: number[];
  /** Single-word names of four letters or more (their places in `keys`) by each way of leaving one letter out, for near misses; made when first needed. */
  oneLetterOut: Map<string, number[]> | null;
  /** The people by every link target that reaches them (path, file name, name, alias), for links typed in the text; made when first needed. */
  byTarget: Map<string, Set<Person>> | null;
}

const INDEXES = new WeakMap<readonly Person[], NameIndex>();

function nameIndex(people: readonly Person[]): NameIndex {
  const known = INDEXES.get(people);
  if (known && known.people.length === people.length && known.people.every((p, i) => p === people[i])) return known;
  const names = new Map<string, Set<Person>>();
  const add = (name: string, p: Person) => {
    const key = name.trim().toLowerCase();
    if (key.length < 2) return;
    const set = names.get(key) ?? new Set<Person>();
    set.add(p);
    names.set(key, set);
  };
  for (const p of people) {
    add(p.name, p);
    for (const a of p.aliases) add(a, p);
    const first = p.name.split(/\s+/)[0];
    if (first && first !== p.name) add(first, p);
  }
  const byFolded = new Map<string, string[]>();
  const lengths = new Set<number>();
  for (const key of names.keys()) {
    const folded = foldCase(key);
    const list = byFolded.get(folded);
    if (list) list.push(key);
    else byFolded.set(folded, [key]);
    lengths.add(key.length);
  }
  const turn = new Map([...names.keys()].sort((a, b) => b.length - a.length).map((key, i) => [key, i]));
  const keys = [...names.keys()];
  const index = {
    people: [...people],
    names,
    keys,
    byFolded,
    turn,
    lengths: [...lengths].sort((a, b) => a - b),
    oneLetterOut: null,
    byTarget: null,
  };
  INDEXES.set(people, index);
  return index;
}

/** The people by every link target that reaches them, once per set of people. */
function linkTargets(index: NameIndex): Map<string, Set<Person>> {
  if (index.byTarget) return index.byTarget;
  const byTarget = new Map<string, Set<Person>>();
  for (const p of index.people) {
    for (const key of new Set([personFile(p) ?? '', fileNameOf(p), p.name, ...p.aliases].map(normalizeLinkTarget))) {
      const set = byTarget.get(key) ?? new Set<Person>();
      set.add(p);
      byTarget.set(key, set);
    }
  }
  index.byTarget = byTarget;
  return byTarget;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every mention of a person in the text, longest names first, each word used
 * once. A link typed in the text (`[[Bob Diaz]]`) is one mention of the person
 * it links, found as the reader would find it; names inside it are not
 * matched again, and a link to no one is left as it is. A name is found where
 * the text, folded, reads as the name folded, with no letter or digit just
 * before or after it; names take their turns as a pattern per name,
 * `(^|[^\p{L}\p{N}])(name)(?![\p{L}\p{N}])` with the flags `giu`, would find
 * them (no lookbehind: Obsidian on older iOS cannot run it). A test compares
 * the two.
 */
export function findPeople(text: string, people: Person[]): NameHit[] {
  const index = nameIndex(people);
  const { names } = index;
  const length = text.length;
  const folded = foldCase(text);
  // At each code point boundary: whether a name may end there (no letter or digit follows), where the code point
  // before it starts, and whether that one is a letter or digit. Inside a surrogate pair: none of these.
  const endsWord = new Uint8Array(length + 1);
  const before = new Int32Array(length + 1).fill(-1);
  const wordBefore = new Uint8Array(length + 1);
  for (let i = 0; i < length;) {
    const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const word = WORD_CHAR.test(text.slice(i, i + size));
    endsWord[i] = word ? 0 : 1;
    before[i + size] = i;
    wordBefore[i + size] = word ? 1 : 0;
    i += size;
  }
  endsWord[length] = 1;
  scanSteps.count += length;
  // Where each name is found, in order of the text; a name starts at the text's start or after a code point that is no letter or digit.
  const found = new Map<string, number[]>();
  for (let start = 0; start < length; start++) {
    if (start > 0 && (before[start] < 0 || wordBefore[start] === 1)) continue;
    for (const size of index.lengths) {
      const end = start + size;
      if (end > length) break;
      scanSteps.count++;
      if (endsWord[end] !== 1) continue;
      const keys = index.byFolded.get(folded.slice(start, end));
      if (!keys) continue;
      for (const key of keys) {
        const list = found.get(key);
        if (list) list.push(start);
        else found.set(key, [start]);
      }
    }
  }
  const hits: NameHit[] = [];
  const taken: boolean[] = [];
  const links = extractLinks(text);
  if (links.length > 0) {
    const byTarget = linkTargets(index);
    for (const l of links) {
      for (let i = l.start; i < l.end; i++) taken[i] = true;
      const linked = byTarget.get(l.target) ?? byTarget.get(l.target.slice(l.target.lastIndexOf('/') + 1));
      if (linked) hits.push({ start: l.start, end: l.end, people: [...linked] });
    }
  }
  for (const key of [...found.keys()].sort((a, b) => index.turn.get(a)! - index.turn.get(b)!)) {
    // As a global pattern goes on from where its last match ended: the code point before the next one must lie after it.
    let next = 0;
    for (const start of found.get(key)!) {
      if (start === 0 ? next !== 0 : before[start] < next) continue;
      const end = start + key.length;
      next = end;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      hits.push({ start, end, people: [...names.get(key)!] });
    }
  }
  if (hits.length === 0) hits.push(...nearMisses(text, index, taken));
  return hits.sort((a, b) => a.start - b.start);
}

/** At most one letter wrong, missing, extra or swapped ("Alcie" for Alice). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string, y: string) => x === y;
  return (
    rest(a.slice(i + 1), b.slice(i + 1)) ||
    rest(a.slice(i + 1), b.slice(i)) ||
    rest(a.slice(i), b.slice(i + 1)) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2)))
  );
}

/** The word and each way of leaving one of its letters (UTF-16 units) out. */
function oneLetterOut(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Two words within one edit of each other share a form with one letter left
 * out (or whole): the names a word may be near are found by looking its forms
 * up, not by comparing it with every name. In the order the names were added.
 */
function namesNear(word: string, index: NameIndex): string[] {
  let near = index.oneLetterOut;
  if (!near) {
    near = new Map();
    index.keys.forEach((key, place) => {
      if (key.includes(' ') || key.length < 4) return;
      for (const form of new Set(oneLetterOut(key))) {
        const list = near!.get(form);
        if (list) list.push(place);
        else near!.set(form, [place]);
      }
    });
    index.oneLetterOut = near;
  }
  const places = new Set<number>();
  for (const form of oneLetterOut(word)) for (const place of near.get(form) ?? []) places.add(place);
  scanSteps.count += word.length + 1;
  return [...places].sort((x, y) => x - y).map((place) => index.keys[place]);
}

/** When no name is written exactly, a capitalised word one typo away from a name. */
function nearMisses(text: string, index: NameIndex, taken: boolean[]): NameHit[] {
  const hits: NameHit[] = [];
  const word = /\p{Lu}[\p{L}'-]{3,}/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (taken[m.index]) continue; // inside a link typed in the text
    const w = m[0].toLowerCase();
    const found = new Set<Person>();
    for (const key of namesNear(w, index)) if (withinOneEdit(w, key)) index.names.get(key)!.forEach((p) => found.add(p));
    if (found.size > 0) hits.push({ start: m.index, end: m.index + m[0].length, people: [...found] });
  }
  return hits;
}

/** Understands one line of capture; `choose` settles a name that fits several people. */
export function captureLine(
  input: string,
  people: Person[],
  today: Day,
  resolver: DateResolver,
  datePrefix: boolean,
  choose: Map<string, Person> = new Map(),
  language: Language = 'en',
): CaptureResult {
  const v = vocabularyFor(language);
  const text = input
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*]\s+/, '');
  const found = findPeople(text, people);
  // The reader takes every link for a person until the index says otherwise: links to other notes are people here too.
  const spans = [...found, ...extractLinks(text).filter((l) => !found.some((h) => h.start < l.end && l.start < h.end))].sort(
    (a, b) => a.start - b.start,
  );
  const reading = readSentence(text, spans, v);
  if (!reading) {
    return fail({
      reason: 'no-verb',
      message: 'Start with what happened: gave, got, asked, promised, thanked, met, had lunch with, introduced, or "<name> promised".',
    });
  }
  // Dates: what happened looks back from today, and its words go; a deadline looks forward and stays.
  const past = PAST.has(reading.type);
  let date: Day | null = null;
  let due: Day | null = null;
  let dateWords: Span | null = null;
  for (const m of text.matchAll(DATE_WORDS)) {
    const when = resolver.resolve(m[0], today, past ? 'back' : 'forward');
    if (when === null) continue;
    if (past) {
      if (when <= today) date = when === today ? null : when;
      dateWords = { start: m.index, end: m.index + m[0].length };
    } else due = when;
    break;
  }
  const overlaps = (a: Span, b: Span | null) => b !== null && a.start < b.end && b.start < a.end;
  const hits = found.filter((h) => !overlaps(h, dateWords));
  if (hits.length === 0) return fail({ reason: 'no-person', message: 'No person found: write a name or alias from a person note.' });
  const chosen: Person[] = [];
  const resolved: Person[] = [];
  const written = dateWords
    ? text.slice(0, dateWords.start) + ' '.repeat(dateWords.end - dateWords.start) + text.slice(dateWords.end)
    : text;
  // A touch is with the people named together; the others it names are what was talked about.
  const kept = spans.filter((h) => !overlaps(h, dateWords));
  const togetherEnd = reading.type === 'touch' ? kept[peopleTogether(written, kept, v) - 1].end : text.length;
  for (const h of hits) {
    const word = text.slice(h.start, h.end);
    const person: Person | undefined = h.people.length === 1 ? h.people[0] : choose.get(word.toLowerCase());
    if (!person) {
      return fail({
        reason: 'ambiguous',
        message: `"${word}" could be ${h.people.map((p) => p.name).join(' or ')}`,
        word,
        candidates: h.people,
      });
    }
    chosen.push(person);
    if (h.start < togetherEnd && !resolved.includes(person)) resolved.push(person);
  }
  const kind: CaptureKind = reading.type === 'give' && reading.introduction && resolved.length >= 2 ? 'intro' : KINDS[reading.type];
  const dateText = (dated: boolean) => (date !== null ? formatDay(date) : dated ? formatDay(today) : '');
  let line: string;
  if (kind === 'intro' || (reading.type === 'touch' && reading.group !== 'touch' && reading.group !== 'message')) {
    // No field says an introduction between people, a one-to-one ("coffee with"), or a touch its verb alone would
    // not make ("Gave a talk with", "Asked … about"): they are written as they were said.
    const tag = kind === 'intro' && !/(?:^|\s)#(?:intro|introduction|referral)\b/i.test(text) ? markup('#intro') : '';
    line = noteLine`- ${dateText(datePrefix)} ${sentence(text, hits, chosen, dateWords, v)} ${tag}`;
  } else {
    const { lead, rest } = fieldText(text, hits, chosen, reading, dateWords, v);
    // With nothing said, `- give:: [[Dan]]` would read as a template's placeholder: the date says it happened.
    const said = reading.introduction || rest.some((p) => typeof p !== 'string' || inertText(p).trim() !== '');
    const dueMark = due !== null ? markup(`📅 ${formatDay(due)}`) : '';
    const tag = reading.introduction ? markup('#intro') : '';
    line = noteLine`- ${dateText(datePrefix || (!said && isPlaceholderType(reading.type)))} ${markup(FIELD[reading.type])}:: ${personLink(lead)} ${rest} ${tag} ${dueMark}`;
  }
  return ok({ kind, people: resolved, date, due, line });
}

/**
 * The text's pieces without the spans left out, each name as its person's
 * link; the mention `moved` (the person a field line is about, written first)
 * is left out too, and for a receipt the word "from" before it.
 */
function compose(
  text: string,
  hits: NameHit[],
  chosen: Person[],
  out: Span[],
  moved: number,
  fromGoes: boolean,
  v: CompiledVocabulary,
): (string | Markup)[] {
  const pieces: (string | Markup)[] = [];
  let pos = 0;
  const keep = (until: number) => {
    for (const s of [...out].sort((a, b) => a.start - b.start)) {
      if (s.end <= pos || s.start >= until) continue;
      if (s.start > pos) pieces.push(text.slice(pos, s.start));
      pos = Math.max(pos, s.end);
    }
    if (until > pos) pieces.push(text.slice(pos, until));
    pos = Math.max(pos, until);
  };
  hits.forEach((h, i) => {
    keep(h.start);
    const left = out.some((s) => s.start <= h.start && h.end <= s.end);
    if (i === moved && fromGoes && !left) {
      const last = pieces[pieces.length - 1];
      const trimmed = typeof last === 'string' ? withoutFrom(last, v) : null;
      if (trimmed !== null) pieces[pieces.length - 1] = trimmed;
    }
    if (i !== moved && !left) pieces.push(personLink(chosen[i]));
    pos = Math.max(pos, h.end);
  });
  keep(text.length);
  return pieces;
}

/** A line written as it was said: names as links, the date's words left out, the first letter a capital. */
function sentence(text: string, hits: NameHit[], chosen: Person[], dateWords: Span | null, v: CompiledVocabulary): (string | Markup)[] {
  const pieces = compose(text, hits, chosen, dateWords ? [dateWords] : [], -1, false, v);
  const first = pieces.findIndex((p) => typeof p !== 'string' || p.trim() !== '');
  const head = pieces[first];
  if (typeof head === 'string') {
    const trimmed = head.trimStart();
    pieces[first] = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  }
  return pieces;
}

/**
 * A field line's person and text: the phrase is left out, and so is the
 * person the line is about, who is written first; for a receipt "… from
 * Grace", the giver and the word "from". In languages whose phrases open the
 * line, what stood before the phrase goes too ("I owe Bob …").
 */
function fieldText(
  text: string,
  hits: NameHit[],
  chosen: Person[],
  reading: SentenceReading,
  dateWords: Span | null,
  v: CompiledVocabulary,
): { lead: Person; rest: (string | Markup)[] } {
  const phrase: Span = { start: v.mode === 'start' ? 0 : reading.start, end: reading.end };
  const inPhrase = (h: NameHit) => phrase.start <= h.start && h.end <= phrase.end;
  // The subject of "[[Carol]] promised", else the giver after "from", else the first named.
  let moved = hits.findIndex(inPhrase);
  let fromGoes = false;
  if (moved < 0 && reading.type === 'receipt') {
    moved = hits.findIndex((h, i) => chosen[i] === chosen[0] || withoutFrom(text.slice(0, h.start), v) !== null);
    const giver = hits.findIndex((h) => withoutFrom(text.slice(0, h.start), v) !== null);
    if (giver >= 0) moved = giver;
    fromGoes = giver >= 0;
  }
  if (moved < 0) moved = 0;
  const rest = compose(text, hits, chosen, dateWords ? [phrase, dateWords] : [phrase], moved, fromGoes, v);
  return { lead: chosen[moved], rest };
}
