import type { DateResolver } from '../language/dates';
import { type Day, formatDay } from '../model/day';
import type { LineType } from '../model/line-type';
import { isPlaceholderType } from '../read/own-text';
import { fileNameOf, type Person, personFile } from '../read/people';
import { extractLinks, normalizeLinkTarget } from '../text/links';
import { type Markup, inertText, markup, noteLine } from './note-line';
import { personLink } from './written-links';

/**
 * One-line capture: "gave Alice an intro to Bob yesterday", "Carol promised
 * the deck by Friday", "got a lead from Grace on the Globex tender". Finds the
 * people by name, alias or first name, the kind, the direction and the date,
 * and writes one well-formed interaction line.
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

export type CaptureResult =
  | { ok: true; captured: Captured }
  | { ok: false; reason: 'no-verb' | 'no-person'; message: string }
  | { ok: false; reason: 'ambiguous'; message: string; word: string; candidates: Person[] };

interface Verb {
  pattern: RegExp;
  kind: CaptureKind;
}

/** Verbs at the start of the line ("X promised" is matched separately). */
const VERBS: Verb[] = [
  { pattern: /^introduced\s+/i, kind: 'intro' },
  { pattern: /^(?:gave|give|sent|passed)\s+/i, kind: 'give' },
  { pattern: /^(?:got|received|get)\s+/i, kind: 'got' },
  { pattern: /^(?:asked|ask)\s+/i, kind: 'ask' },
  { pattern: /^(?:promised|owe|promise)\s+/i, kind: 'owe' },
  { pattern: /^(?:thanked|thank)\s+/i, kind: 'thanks' },
  { pattern: /^(?:met|called|emailed|messaged|texted|(?:had\s+)?(?:coffee|lunch)\s+with|1-2-1\s+with)\s+/i, kind: 'met' },
];
/** "Carol promised me a referral": the "me" goes with the verb, or it would stay in the line. */
const THEY_PROMISED = /^\s*(?:(?:promised|will send)\b(?:\s+me\b)?|owes me\b)\s*/i;
const PAST = new Set<CaptureKind>(['give', 'got', 'thanks', 'met', 'intro']);
const FIELD: Record<CaptureKind, string> = {
  give: 'give',
  got: 'got',
  ask: 'ask',
  owe: 'owe',
  waiting: 'waiting',
  thanks: 'thanks',
  met: 'met',
  intro: 'give',
};
const TYPES: Record<CaptureKind, LineType> = {
  give: 'give',
  got: 'receipt',
  ask: 'ask',
  owe: 'promise',
  waiting: 'waiting',
  thanks: 'thanks',
  met: 'touch',
  intro: 'give',
};
const DATE_WORDS =
  /\b(?:(?:by|due|before|until|on|this|next|last)\s+)?(?:yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|in\s+(?:\d+|a|one|two|three|four)\s+(?:days?|weeks?)|\d{4}-\d{2}-\d{2}|(?:last|next)\s+week|(?:the\s+)?end\s+of\s+(?:the\s+)?month)\b/gi;

interface NameHit {
  start: number;
  end: number;
  people: Person[];
}

/** The text before a mention without its closing word "from" ("got a lead from Grace"), or null when it has none. */
function withoutFrom(before: string): string | null {
  const text = before.trimEnd();
  if (text.slice(-4).toLowerCase() !== 'from' || /[\p{L}\p{N}]/u.test(text.charAt(text.length - 5))) return null;
  return text.slice(0, -4);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every mention of a person in the text, longest names first, each word used
 * once. A link typed in the text (`[[Bob Diaz]]`) is one mention of the person
 * it links, found as the reader would find it; names inside it are not
 * matched again, and a link to no one is left as it is.
 */
function findPeople(text: string, people: Person[]): NameHit[] {
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
  const hits: NameHit[] = [];
  const taken: boolean[] = [];
  const links = extractLinks(text);
  if (links.length > 0) {
    const byTarget = new Map<string, Set<Person>>();
    for (const p of people) {
      for (const key of new Set([personFile(p) ?? '', fileNameOf(p), p.name, ...p.aliases].map(normalizeLinkTarget))) {
        const set = byTarget.get(key) ?? new Set<Person>();
        set.add(p);
        byTarget.set(key, set);
      }
    }
    for (const l of links) {
      for (let i = l.start; i < l.end; i++) taken[i] = true;
      const linked = byTarget.get(l.target) ?? byTarget.get(l.target.slice(l.target.lastIndexOf('/') + 1));
      if (linked) hits.push({ start: l.start, end: l.end, people: [...linked] });
    }
  }
  for (const key of [...names.keys()].sort((a, b) => b.length - a.length)) {
    // No lookbehind: Obsidian on older iOS cannot run it.
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${escapeRegExp(key)})(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[1].length;
      const end = start + m[2].length;
      re.lastIndex = end;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      hits.push({ start, end, people: [...names.get(key)!] });
    }
  }
  if (hits.length === 0) hits.push(...nearMisses(text, names, taken));
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

/** When no name is written exactly, a capitalised word one typo away from a name. */
function nearMisses(text: string, names: Map<string, Set<Person>>, taken: boolean[]): NameHit[] {
  const hits: NameHit[] = [];
  const word = /\p{Lu}[\p{L}'-]{3,}/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (taken[m.index]) continue; // inside a link typed in the text
    const w = m[0].toLowerCase();
    const found = new Set<Person>();
    for (const [key, people] of names)
      if (!key.includes(' ') && key.length >= 4 && withinOneEdit(w, key)) people.forEach((p) => found.add(p));
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
): CaptureResult {
  let text = input
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*]\s+/, '');
  let kind: CaptureKind | null = null;
  for (const v of VERBS) {
    const m = v.pattern.exec(text);
    if (m) {
      kind = v.kind;
      text = text.slice(m[0].length);
      break;
    }
  }
  const hits = findPeople(text, people);
  if (kind === null) {
    const first = hits[0];
    if (first && first.start === 0 && THEY_PROMISED.test(text.slice(first.end))) {
      const rest = text.slice(first.end).replace(THEY_PROMISED, '');
      return finish('waiting', `${text.slice(0, first.end)} ${rest}`, people, today, resolver, datePrefix, choose);
    }
    return {
      ok: false,
      reason: 'no-verb',
      message: 'Start with what happened: gave, got, asked, promised, thanked, met, introduced, or "<name> promised".',
    };
  }
  return finish(kind, text, people, today, resolver, datePrefix, choose);
}

function finish(
  kind: CaptureKind,
  body: string,
  people: Person[],
  today: Day,
  resolver: DateResolver,
  datePrefix: boolean,
  choose: Map<string, Person>,
): CaptureResult {
  let text = body;
  // Dates: what happened looks back from today, deadlines look forward.
  let date: Day | null = null;
  let due: Day | null = null;
  const phrases = [...text.matchAll(DATE_WORDS)];
  for (const m of phrases) {
    const when = resolver.resolve(m[0], today, PAST.has(kind) ? 'back' : 'forward');
    if (when === null) continue;
    if (PAST.has(kind)) {
      if (when <= today) date = when === today ? null : when;
      text = text.replace(m[0], ' ');
    } else {
      due = when;
    }
    break;
  }
  const hits = findPeople(text, people);
  if (hits.length === 0) return { ok: false, reason: 'no-person', message: 'No person found: write a name or alias from a person note.' };
  const resolved: Person[] = [];
  const chosen: Person[] = [];
  for (const h of hits) {
    const word = text.slice(h.start, h.end);
    const person: Person | undefined = h.people.length === 1 ? h.people[0] : choose.get(word.toLowerCase());
    if (!person) {
      return {
        ok: false,
        reason: 'ambiguous',
        message: `"${word}" could be ${h.people.map((p) => p.name).join(' or ')}`,
        word,
        candidates: h.people,
      };
    }
    chosen.push(person);
    if (!resolved.includes(person)) resolved.push(person);
  }
  const lead = resolved[0];
  // The first person moves to the front, as the field form expects: "got a
  // lead from Grace" drops the mention after "from", else the first one.
  let moved = -1;
  if (kind !== 'intro') {
    if (kind === 'got') moved = hits.findIndex((h, i) => chosen[i] === lead && withoutFrom(text.slice(0, h.start)) !== null);
    if (moved < 0) moved = chosen.indexOf(lead);
  }
  const rest: (string | Markup)[] = [];
  let pos = 0;
  hits.forEach((h, i) => {
    const before = text.slice(pos, h.start);
    if (i === moved) rest.push(kind === 'got' ? (withoutFrom(before) ?? before) : before);
    else rest.push(before, personLink(chosen[i]));
    pos = h.end;
  });
  rest.push(text.slice(pos));
  // With nothing said, `- give:: [[Dan]]` would read as a template's placeholder: the date says it happened.
  const said = rest.some((p) => typeof p !== 'string' || inertText(p).trim() !== '');
  const dated = datePrefix || (!said && kind !== 'intro' && isPlaceholderType(TYPES[kind]));
  const dateText = date !== null ? formatDay(date) : dated ? formatDay(today) : '';
  let line: string;
  if (kind === 'intro') {
    const [a, b] = resolved;
    line = b
      ? noteLine`- ${dateText} Introduced ${personLink(a)} to ${personLink(b)} #intro`
      : noteLine`- ${dateText} give:: ${rest} #intro`;
  } else {
    const dueMark = due !== null ? markup(`📅 ${formatDay(due)}`) : '';
    line = noteLine`- ${dateText} ${markup(FIELD[kind])}:: ${personLink(lead)} ${rest} ${dueMark}`;
  }
  return { ok: true, captured: { kind, people: resolved, date, due, line } };
}
