import { type Day, formatDay } from '../model/day';
import type { IntroCandidate, IntroText } from '../answers/introduction-texts';
import { type Person, firstName } from '../read/people';
import { inertText, markup, noteLine } from './note-line';
import { headingLevel } from '../read/own-text';
import { frontmatterLink, personLink } from './written-links';
import { endWithout } from '../text/trim';

/** Characters no file name may hold on Windows, macOS, Linux, iOS or Android, or that Obsidian links cannot carry. */
const UNSAFE = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/**
 * Names Windows keeps for devices, whatever follows a dot (`NUL.md` is the
 * device NUL) and whatever spaces end them; COM and LPT take superscript
 * digits too (`LPT¹`).
 */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$|clock\$)$/i;

/**
 * File names are limited to 255 bytes. Titles stop at 200 bytes of UTF-8, so
 * that a number, ` (person)` and `.md` still fit: 120 characters of a CJK
 * name would be 360 bytes.
 */
const MAX_NAME_BYTES = 200;

/**
 * The name cut to MAX_NAME_BYTES (never inside a character), without the dots
 * and spaces that end it: Windows drops them, so the name kept is the name written.
 */
function clipName(text: string): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > MAX_NAME_BYTES) break;
    end += ch.length;
  }
  return text.slice(0, endWithout(text, isDotOrSpace, end));
}

const isDotOrSpace = (code: number) => code === 46 /* . */ || code === 32;

/** A file name safe on every OS, from a person's or a note's title. */
export function safeFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+/, '');
  const name = clipName(cleaned) || 'Untitled';
  const dot = name.indexOf('.');
  const stem = (dot < 0 ? name : name.slice(0, dot)).trimEnd();
  return RESERVED.test(stem) ? clipName(`${stem} (person)${dot < 0 ? '' : name.slice(dot)}`) : name;
}

/** A YAML scalar in double quotes (JSON's escapes are YAML's), from a name already made one line. */
const quote = (s: string) => JSON.stringify(s);

/** Whether `offset` in `text` has only spaces before it on its line. */
function atLineStart(text: string, offset: number): boolean {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
}

/**
 * The user's template with `{{key}}` filled. Each value is inert text
 * (inertText), where it stands; a value in `blocks` is whole lines Goodwill
 * made with noteLine and goes in as it is. Unknown keys stay as written.
 */
function fill(template: string, values: Record<string, string>, blocks: Record<string, string> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string, offset: number) => {
    if (Object.prototype.hasOwnProperty.call(blocks, key)) return blocks[key];
    return Object.prototype.hasOwnProperty.call(values, key) ? inertText(values[key], atLineStart(template, offset)) : all;
  });
}

/** A new person note: the user's template with `{{name}}` (or `{{title}}`) filled, or a built-in frontmatter. */
export function personNoteText(name: string, template: string | null): string {
  const shown = inertText(name).trim();
  if (template) return fill(template, { name: shown, title: shown });
  return [
    '---',
    'type: person',
    `name: ${quote(shown)}`,
    'aliases: []',
    'company: ',
    'role: ',
    'interests: []',
    'needs: []',
    'offers: []',
    'sphere: ',
    'cadence: ',
    'tie: weak',
    '---',
    noteLine`# ${shown}`,
    '',
  ].join('\n');
}

/** The headings of an introduction draft note's private asks (followed by a name) and of its bridging message. */
const ASK_HEADING = '## Ask ';
const INTRODUCTION_HEADING = '## Introduction (send once both agree)';

/**
 * An introduction draft note. Its frontmatter carries the state, so the draft
 * can be followed from proposed to made.
 */
export function introductionNoteText(c: IntroCandidate, today: Day, template: string): string {
  const reasons = c.reasons.map((r) => noteLine`- ${r}`).join('\n');
  const body = template
    ? fill(
        template,
        { a: c.a.name, b: c.b.name, aFirst: firstName(c.a.name), bFirst: firstName(c.b.name), date: formatDay(today) },
        { reasons, draft: c.draft },
      )
    : c.draft;
  return [
    '---',
    'type: introduction',
    `a: ${quote(frontmatterLink(c.a))}`,
    `b: ${quote(frontmatterLink(c.b))}`,
    'state: proposed',
    `proposed: ${formatDay(today)}`,
    '---',
    noteLine`# Introduction: ${c.a.name} and ${c.b.name}`,
    '',
    '## Why',
    reasons,
    '',
    noteLine`${markup(ASK_HEADING)}${c.a.name} (private)`,
    c.askA,
    '',
    noteLine`${markup(ASK_HEADING)}${c.b.name} (private)`,
    c.askB,
    '',
    INTRODUCTION_HEADING,
    body,
    '',
  ].join('\n');
}

/**
 * The three texts of an introduction draft note as the note holds them now,
 * edits included: the first `## Ask …` section is the ask to A, the second
 * the ask to B, and the introduction section the bridging message. A text
 * whose section is missing or empty is left out.
 */
export function introductionNoteTexts(text: string): Partial<Record<IntroText, string>> {
  const out: Partial<Record<IntroText, string>> = {};
  const asks: IntroText[] = ['askA', 'askB'];
  let current: IntroText | null = null;
  let lines: string[] = [];
  const close = () => {
    const body = lines.join('\n').trim();
    if (current !== null && body !== '' && out[current] === undefined) out[current] = body;
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const level = headingLevel(line);
    if (level > 0 && level <= 2) {
      close();
      current = line.startsWith(ASK_HEADING) ? (asks.shift() ?? null) : line.trimEnd() === INTRODUCTION_HEADING ? 'draft' : null;
    } else if (current !== null) lines.push(line);
  }
  close();
  return out;
}

/**
 * A new one-to-one meeting note: the attendee in frontmatter, so the meeting
 * counts as a touch, and a give and an ask to fill in. Until they are, the
 * reader takes them for placeholders (see read/own-text.ts).
 */
export function meetingNoteText(attendee: Person, today: Day): string {
  return [
    '---',
    'type: meeting',
    `date: ${formatDay(today)}`,
    `attendees: [${quote(frontmatterLink(attendee))}]`,
    '---',
    noteLine`# Meeting with ${attendee.name}`,
    '',
    '## Common ground',
    '- ',
    '',
    '## How we can help each other',
    noteLine`- give:: ${personLink(attendee)}`,
    noteLine`- ask:: ${personLink(attendee)}`,
    '',
  ].join('\n');
}
