import { type Day, parseIsoDay } from '../model/day';
import type { DateResolver } from '../language/dates';
import { type LinkRef, extractLinks, forEachLinkSpan, forEachWikiLink } from '../text/links';
import { type LineFingerprint, lineFingerprint } from '../text/line-fingerprint';
import { type CompiledVocabulary, kindIn, vocabularyFor } from '../language/vocabulary';
import { peopleTogether, readSentence } from './sentence';
import { findInlineField } from './inline-fields';
import { isPlaceholder } from './own-text';
import type { LineType } from '../model/line-type';
import type { ValueKind } from '../model/settings';

/**
 * One interaction line as read. The index keeps it as it is; a line that
 * concerns one person is also that person's ledger entry (see Entry), so it
 * carries the entry's fields too: its note, and no one else.
 */
export interface ParsedLine {
  /** The note it was read in (set by the note reader). */
  file: string;
  /** 1-based physical line in the file, frontmatter included. */
  line: number;
  type: LineType;
  kind: ValueKind;
  /** Normalised targets of the links, in the order they appear (see normalizeLinkTarget). The index may share one list between lines: never change it. */
  targets: readonly string[];
  /** For receipts written "… from [[X]]": X's target. */
  fromTarget: string | null;
  /** A one-to-one meeting ("1-2-1 with", "Coffee with"). */
  oneToOne: boolean;
  /** When it happened or was written down. */
  date: Day;
  /** Deadline of a promise, ask or waiting. */
  due: Day | null;
  /** When it was closed: a ✅ date, or a ticked task. */
  closed: Day | null;
  /** What a user reads: the line without list marker, checkbox, field key and date emoji. */
  text: string;
  /** The field key or verb that made it an interaction. */
  keyword: string;
  /** The fingerprint of the physical line as read (without its line ending): edits refuse to touch a line that no longer matches it. */
  fingerprint: LineFingerprint;
}

export interface LineContext {
  line: number;
  /** The words of the vault's language; English when not given. */
  vocabulary?: CompiledVocabulary;
  /** The note's own date, or null. */
  noteDate: Day | null;
  resolver: DateResolver;
}

/** Why a line that looks like an interaction was not taken as one. */
export interface LineProblem {
  line: number;
  message: string;
}

interface FieldRule {
  type: LineType;
  /** The key as shown: `give::`. */
  keyword: string;
  introduction: boolean;
}

const FIELD_TYPES: Record<string, LineType> = {
  give: 'give',
  gave: 'give',
  given: 'give',
  sent: 'give',
  got: 'receipt',
  get: 'receipt',
  received: 'receipt',
  receive: 'receipt',
  ask: 'ask',
  asked: 'ask',
  owe: 'promise',
  promise: 'promise',
  promised: 'promise',
  todo: 'promise',
  waiting: 'waiting',
  owed: 'waiting',
  'waiting-on': 'waiting',
  thanks: 'thanks',
  thanked: 'thanks',
  thank: 'thanks',
  met: 'touch',
  touch: 'touch',
  called: 'touch',
  call: 'touch',
  outcome: 'outcome',
  result: 'outcome',
  intro: 'give',
  referral: 'give',
  introduced: 'give',
  referred: 'give',
};
const INTRO_FIELDS = new Set(['intro', 'referral', 'introduced', 'referred']);
/** The field keys by lowercased key: one lookup per line, and no string built for the keyword. */
const FIELDS = new Map<string, FieldRule>(
  Object.entries(FIELD_TYPES).map(([key, type]) => [key, { type, keyword: `${key}::`, introduction: INTRO_FIELDS.has(key) }]),
);

const PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:([-*+]|\d{1,9}[.)])[ \t]+(?:\[(.)\](?:[ \t]+|$))?)?/;
const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})\b[ \t]*[:—–-]?[ \t]*/;
const START_FIELD = /^([A-Za-z][\w-]{0,30})[ \t]*::[ \t]*/;
/** Tasks date emoji (📅 ⏳ ✅ 🛫 ➕ ❌) before a date; spelled as UTF-16 so that no Unicode-mode scan is needed. */
const EMOJI_DATE = /(\uD83D\uDCC5|\u23F3|\u2705|\uD83D\uDEEB|\u2795|\u274C)\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})/g;
/** Whether a line may hold one of those emoji at all. */
const EMOJI_HINT = /[\u23F3\u2705\u2795\u274C]|\uD83D[\uDCC5\uDEEB]/;
const DATE_FIELD = /[[(](due|deadline|scheduled|completion|done)::[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*[\])]/gi;

/** Lines longer than this are not read: no real interaction is this long. */
export const MAX_LINE_LENGTH = 10_000;

/** The dates a line writes as Tasks emoji or Dataview fields. */
interface Dated {
  due: Day | null;
  scheduled: Day | null;
  closed: Day | null;
  cancelled: boolean;
}

function readDated(dated: Dated, marker: string, value: string): void {
  const day = parseIsoDay(value);
  if (day === null) return;
  const m = marker.toLowerCase();
  if (m === '📅' || m === 'due' || m === 'deadline') dated.due = day;
  else if (m === '⏳' || m === 'scheduled') dated.scheduled = day;
  else if (m === '✅' || m === 'completion' || m === 'done') dated.closed = day;
  else if (m === '❌') dated.cancelled = true;
}

/**
 * What follows the first deadline word ("by", "due" …) and the blanks after
 * it, up to the end of the line; null when there is none. The language's
 * deadline pattern is tried only where one of its words stands instead of at
 * every character (its Unicode word boundaries make a full scan slow). What
 * follows is taken only when no line break (`\r`, U+2028 …) lies in it, as
 * `(.*)$` would: found here once for the line, not by a pattern run to the
 * end of the line after every word.
 */
export function deadlineIn(plain: string, vocabulary: CompiledVocabulary): string | null {
  const words = vocabulary.deadlineWords;
  const at = vocabulary.deadlineAt;
  let lastBreak = -2; // the last line break in the line, once looked for; -1 when there is none
  words.lastIndex = 0;
  for (let m = words.exec(plain); m; m = words.exec(plain)) {
    let start = m.index;
    if (vocabulary.deadlineBoundary && start > 0) {
      start -= 1;
      // The character before may be the second half of a surrogate pair: start at its first half.
      const code = plain.charCodeAt(start);
      if (code >= 0xdc00 && code <= 0xdfff && start > 0) start -= 1;
    }
    at.lastIndex = start;
    const found = at.exec(plain);
    if (found) {
      const rest = found.index + found[0].length;
      if (lastBreak === -2) lastBreak = lastLineBreak(plain);
      if (lastBreak < rest) return plain.slice(rest);
    }
    words.lastIndex = m.index + 1;
  }
  return null;
}

/** Where the last character that ends a line (for `.` in a pattern) stands, or -1. */
function lastLineBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return i;
  }
  return -1;
}

/** The text without its Tasks date emoji, reading each marker and date into `dated`. */
function withoutEmojiDates(text: string, dated: Dated): string {
  let out = '';
  let pos = 0;
  EMOJI_DATE.lastIndex = 0;
  for (let m = EMOJI_DATE.exec(text); m; m = EMOJI_DATE.exec(text)) {
    readDated(dated, m[1], m[2]);
    out += text.slice(pos, m.index);
    pos = m.index + m[0].length;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** The text with each link blanked to a space, so that a person called April or Will is no date or keyword. */
function withoutLinks(text: string): string {
  let out = '';
  let pos = 0;
  const blank = (start: number, end: number) => {
    out += `${text.slice(pos, start)} `;
    pos = end;
  };
  // Markdown links need the scan for both kinds; most lines have wikilinks only.
  if (text.includes('](')) forEachLinkSpan(text, blank);
  else forEachWikiLink(text, (open, close, embed) => blank(embed ? open - 1 : open, close + 2));
  return pos === 0 ? text : out + text.slice(pos);
}

/** Whether a line is a template's placeholder field (`- give:: [[Dan]]`, see own-text.ts): Goodwill's own text. */
export function isPlaceholderLine(raw: string): boolean {
  const body = raw.slice(PREFIX.exec(raw)![0].length);
  const start = START_FIELD.exec(body);
  const field = start ? FIELDS.get(start[1].toLowerCase()) : undefined;
  if (start === null || field === undefined) return false;
  const value = body.slice(start[0].length);
  return isPlaceholder(field.type, value, extractLinks(value));
}

/**
 * Reads one line. Returns null for lines that are not interactions, a problem
 * for lines that look like one but cannot be taken, and otherwise the parsed
 * line. The line need not link a person here: whether its links are people is
 * decided later, against the people directory, so that adding a person note
 * never requires re-reading other notes.
 */
export function parseLine(raw: string, ctx: LineContext, allowUnlinked: boolean): ParsedLine | LineProblem | null {
  const vocabulary = ctx.vocabulary ?? vocabularyFor('en');
  const quick = raw.includes('[[') || raw.includes('](') || raw.includes('::');
  if (!quick && !allowUnlinked) return null;
  const prefix = PREFIX.exec(raw)!;
  const listItem = prefix[1] !== undefined;
  if (!quick && !listItem) return null;
  if (raw.length > MAX_LINE_LENGTH) {
    return { line: ctx.line, message: `line of ${raw.length} characters is too long to read` };
  }
  const status = prefix[2];
  const task = status !== undefined;
  if (status === '-') return null; // a cancelled task
  const done = status === 'x' || status === 'X';
  let body = raw.slice(prefix[0].length);

  let lineDate: Day | null = null;
  const lead = LEADING_DATE.exec(body);
  if (lead) {
    lineDate = parseIsoDay(lead[1]);
    body = body.slice(lead[0].length);
  }

  let type: LineType | null = null;
  let keyword = '';
  let introduction = false;
  let oneToOne = false;
  let scope = body; // where the counterpart links are looked for
  let text = body;

  const start = START_FIELD.exec(body);
  const field = start ? FIELDS.get(start[1].toLowerCase()) : undefined;
  if (start && field) {
    type = field.type;
    keyword = field.keyword;
    introduction = field.introduction;
    body = body.slice(start[0].length);
    scope = body;
    text = body;
  } else if (body.includes('::')) {
    const f = findInlineField(body, (key) => FIELDS.has(key.toLowerCase()));
    if (f) {
      const rule = FIELDS.get(body.slice(f.open + 1, f.keyEnd).toLowerCase())!;
      type = rule.type;
      keyword = rule.keyword;
      introduction = rule.introduction;
      scope = body.slice(f.valueStart, f.close).trim();
      text = body.slice(0, f.open + 1) + scope + body.slice(f.close);
    }
  }
  let links: LinkRef[] | null = null;
  if (type === null && listItem) {
    // A plain sentence ("Had lunch with [[Ana]]", "[[Marta]] sent me the slides"): scope is the whole body.
    links = extractLinks(body);
    const reading = readSentence(body, links, vocabulary);
    if (reading) {
      type = reading.type;
      keyword = reading.keyword;
      introduction = reading.introduction;
      oneToOne = reading.oneToOne;
    }
  }
  if (type === null && task) {
    type = 'promise';
    keyword = 'task';
  }
  if (type === null) return null;

  links ??= extractLinks(scope);
  let linked = scope; // the text the links were found in
  if (links.length === 0 && scope !== body) {
    links = extractLinks(body);
    linked = body;
  }
  // A touch is with the people named together ("Call with [[Olu]] and [[Clara]]"), not those talked about.
  if (type === 'touch' && links.length > 1) links = links.slice(0, peopleTogether(linked, links, vocabulary));
  // A template's `- give:: [[Dan]]`, still to be filled in: no record and no warning. A dated line or a task is meant.
  if (field !== undefined && lineDate === null && !task && isPlaceholder(type, body, links)) return null;
  if (links.length === 0 && !allowUnlinked) {
    return keyword.endsWith('::') ? { line: ctx.line, message: `"${keyword}" line links no person` } : null;
  }

  // Dates written as Tasks emoji or Dataview fields.
  const dated: Dated = { due: null, scheduled: null, closed: null, cancelled: false };
  if (text.includes('::')) {
    text = text.replace(DATE_FIELD, (_all, key: string, value: string) => {
      readDated(dated, key, value);
      return '';
    });
  }
  if (EMOJI_HINT.test(text)) text = withoutEmojiDates(text, dated);
  if (dated.cancelled) return null;
  const emojiDue = dated.due;
  const emojiScheduled = dated.scheduled;
  let closed = dated.closed;
  if (text.includes('  ') || text.includes('\t')) text = text.replace(/[ \t]{2,}/g, ' ');
  text = text.trim();

  const reference = lineDate ?? ctx.noteDate;
  const plain = text.includes('[') ? withoutLinks(text) : text;
  let due: Day | null = null;
  const expectsDeadline = type === 'promise' || type === 'ask' || type === 'waiting';
  if (expectsDeadline) {
    due = emojiDue ?? emojiScheduled;
    if (due === null && reference !== null) {
      const deadline = deadlineIn(plain, vocabulary);
      due = deadline !== null ? ctx.resolver.resolve(deadline, reference, 'forward') : null;
      if (due === null) due = ctx.resolver.resolve(plain, reference, 'forward');
    }
  }
  if (done && closed === null) closed = lineDate ?? ctx.noteDate;

  let date = lineDate;
  if (date === null && !expectsDeadline && ctx.noteDate !== null) {
    const said = ctx.resolver.resolve(plain, ctx.noteDate, 'back');
    // What a note logs happened on or before the day it was written.
    if (said !== null && said <= ctx.noteDate) date = said;
  }
  date ??= ctx.noteDate ?? closed ?? due;
  if (date === null) {
    return { line: ctx.line, message: `"${keyword}" line has no date and the note has none` };
  }

  let fromTarget: string | null = null;
  if (type === 'receipt') {
    for (const l of links) {
      if (vocabulary.fromBeforeLink.test(scope.slice(Math.max(0, l.start - 12), l.start))) {
        fromTarget = l.target;
        break;
      }
    }
  }

  return {
    file: '',
    line: ctx.line,
    type,
    kind: introduction ? 'introduction' : kindIn(plain, vocabulary),
    targets: links.map((l) => l.target),
    fromTarget,
    oneToOne,
    date,
    due,
    closed,
    text,
    keyword,
    fingerprint: lineFingerprint(raw),
  };
}
