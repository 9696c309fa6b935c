import { type Result, fail, ok } from '../model/result';
import type { DateResolver } from '../language/dates';
import type { Language } from '../language/languages';
import { type CompiledVocabulary, vocabularyFor } from '../language/vocabulary';
import { type Day, formatDay } from '../model/day';
import type { LineType } from '../model/line-type';
import { isPlaceholderType } from '../read/own-text';
import type { Person } from '../read/people';
import { type SentenceReading, peopleTogether, readSentence } from '../read/sentence';
import type { Span } from '../read/sentence-words';
import { extractLinks } from '../text/links';
import { type NameHit, findPeople } from './capture-names';
import { type Markup, inertText, markup, noteLine } from './note-line';
import { personLink } from './written-links';

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
  const links = extractLinks(text);
  const spans = [...found, ...links.filter((l) => !found.some((h) => h.start < l.end && l.start < h.end))].sort(
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
    // A date's words inside a link are part of the link: "[[Call on Monday]]" stays a link.
    if (links.some((l) => l.start < m.index + m[0].length && m.index < l.end)) continue;
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
