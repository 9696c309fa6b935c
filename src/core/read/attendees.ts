import { isBlank, isNotLetterOrNumber, isWhiteSpace } from '../text/char-classes';
import { extractLinks, normalizeLinkTarget } from '../text/links';
import { endWithout, startWithout, trimStartWhere, trimWhere } from '../text/trim';

/** The people a note lists as met: link targets (normalised) and plain names (as written). */
export interface Listed {
  links: string[];
  names: string[];
}

/** Where a link stood, once blanked out of a list. */
const LINK_MARK = '\u0001';
const MAX_NAME_LENGTH = 60;
const MAX_NAME_WORDS = 5;

/**
 * A plain name as an attendee list writes it, without what surrounds it
 * (list bullets, emphasis, a note in brackets), or null when the text is
 * too long to be a name.
 */
function plainName(segment: string): string | null {
  const text = withoutBracketNotes(segment);
  const start = startWithout(text, isNotLetterOrNumber);
  const name = text.slice(start, endWithout(text, isNotLetterNumberOrDot, text.length, start)).replace(/\s+/g, ' ');
  if (name === '' || name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_NAME_WORDS) return null;
  return name;
}

/** What ends a plain name: anything but a letter, a number or a dot (`Lee W.` keeps its dot). */
const isNotLetterNumberOrDot = (code: number) => code !== 46 /* . */ && isNotLetterOrNumber(code);

/**
 * The text with each note in brackets, from `(` to the next `)`, made one
 * space, as `/\([^)]*\)/g` would; a `(` with no `)` after it stays. One pass,
 * where the pattern searches to the end again from each unclosed `(`.
 */
function withoutBracketNotes(text: string): string {
  let open = text.indexOf('(');
  if (open < 0) return text;
  let out = '';
  let pos = 0;
  while (open >= 0) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += `${text.slice(pos, open)} `;
    pos = close + 1;
    open = text.indexOf('(', pos);
  }
  return out + text.slice(pos);
}

/**
 * The parts of one list of people: split at a comma, a semicolon, or "and"
 * or "&" (any case) with white space on both sides, which goes with them, as
 * `text.split(/[,;]|\s+(?:and|&)\s+/i)` would. One pass, where the pattern
 * searches through a run of white space again from each of its characters.
 */
function listParts(text: string): string[] {
  const parts: string[] = [];
  const length = text.length;
  let from = 0;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === 44 /* , */ || code === 59 /* ; */) {
      parts.push(text.slice(from, at));
      from = at = at + 1;
    } else if (isWhiteSpace(code)) {
      const word = startWithout(text, isWhiteSpace, at);
      let after = word;
      if (text.charCodeAt(word) === 38 /* & */) after = word + 1;
      else if (isLetter(text, word, 97 /* a */) && isLetter(text, word + 1, 110 /* n */) && isLetter(text, word + 2, 100 /* d */))
        after = word + 3;
      if (after > word && after < length && isWhiteSpace(text.charCodeAt(after))) {
        parts.push(text.slice(from, at));
        from = at = startWithout(text, isWhiteSpace, after);
      } else at = word;
    } else at += 1;
  }
  parts.push(text.slice(from));
  return parts;
}

/** Whether the character at `at` is the lower-case ASCII letter `lower`, in either case. */
const isLetter = (text: string, at: number, lower: number) => (text.charCodeAt(at) | 32) === lower;

/**
 * Reads one written list of people into `into`: `[[A]], [[B]]`, `[[Lee W]],
 * Sam Ortiz`, `Ana and Tom`. A part holding a link counts by its links (the
 * rest of it describes them: `[[A]] - CTO`); a part without one is a plain
 * name.
 */
export function readListed(text: string, into: Listed): void {
  const links = text.includes('[') ? extractLinks(text) : [];
  let blanked = text;
  if (links.length > 0) {
    blanked = '';
    let pos = 0;
    for (const l of links) {
      blanked += `${text.slice(pos, l.start)}${LINK_MARK}`;
      pos = l.end;
    }
    blanked += text.slice(pos);
  }
  let next = 0;
  for (const part of listParts(blanked)) {
    if (part.includes(LINK_MARK)) {
      for (let i = part.indexOf(LINK_MARK); i >= 0; i = part.indexOf(LINK_MARK, i + 1)) into.links.push(links[next++].target);
    } else {
      const name = plainName(part);
      if (name !== null) into.names.push(name);
    }
  }
}

/**
 * The people of frontmatter values (`attendees`, `people`, `with` …): lists,
 * links, plain names, and the YAML reading of an unquoted `[[X]]`, a list in
 * a list, whose text is a link's.
 */
export function readListedValues(values: unknown[], into: Listed): void {
  const walk = (v: unknown, depth: number) => {
    if (Array.isArray(v)) for (const item of v) walk(item, depth + 1);
    else if (typeof v !== 'string') return;
    else if (depth >= 2) {
      const target = normalizeLinkTarget(v);
      if (target) into.links.push(target);
    } else readListed(v, into);
  };
  for (const v of values) walk(v, 0);
}

// Each blank of these patterns belongs to one part of them, so none backtracks
// over a run of blanks: blanks at the ends of a heading's or a label's text are
// taken with it and trimmed by a loop; the quote marks of a list item are
// written as in the fence pattern of the note reader (one blank at most between
// two `>`, any number after the last).

/** An ATX heading: its marks, and its text (with the blanks around it) after the blank that follows them. */
const HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
const LIST_ITEM = /^[ \t]*(?:>(?:[ \t]?>)*[ \t]*)?(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;
/** `**Attendees:** …` or `**Attendees**: …`, perhaps in a list item; what follows it has the blanks before it. */
const LABEL = /^[ \t]*(?:[-*+][ \t]+)?\*\*([^*]{1,40}?)(?::\*\*|\*\*[ \t]*:)(.*)$/;

/**
 * A heading's or label's words as compared with the attendee words: lower
 * case, without emphasis, emoji, a colon or closing `#`s around them (all of
 * them neither letters nor numbers).
 */
function headingWords(text: string): string {
  return trimWhere(text, isNotLetterOrNumber).toLowerCase();
}

/**
 * Attendee sections in a note's body, read line by line as the note reader
 * walks the note: a heading named Attendees, Participants or With (or their
 * words in the vault's language) up to the next heading of the same or a
 * higher level, and a bold label `**Attendees:** …` up to the end of its
 * paragraph or list. Their lines list people: links on bare lines, list
 * items, or plain names separated by commas. A generic `## People` heading
 * is not one of them.
 */
export class AttendeeSections {
  readonly listed: Listed = { links: [], names: [] };
  /** Whether the note has an attendee section (it is then a meeting). */
  found = false;
  /** The level of the attendee heading whose section the reader is in; 0 outside. */
  private headingLevel = 0;
  /** Inside a label's section: 'paragraph' after `**Attendees:** [[A]]`, 'block' after a label standing alone. */
  private label: 'none' | 'paragraph' | 'block' = 'none';

  constructor(private readonly words: ReadonlySet<string>) {}

  /**
   * Takes the next line of the body (code blocks and comments left out,
   * blank lines kept: they end a label's paragraph). Returns whether the
   * line lies in an attendee section, so its people were taken here.
   */
  line(text: string): boolean {
    let first = text.charCodeAt(0);
    let body = text;
    if (first === 32 || first === 9) {
      body = text.trimStart();
      first = body.charCodeAt(0);
    }
    if (first === 35 /* # */) {
      const heading = HEADING.exec(text);
      if (heading) {
        const level = heading[1].length;
        if (this.headingLevel > 0 && level <= this.headingLevel) this.headingLevel = 0;
        this.label = 'none';
        const title = heading[2] === undefined ? '' : trimWhere(heading[2], isBlank);
        if (title && this.words.has(headingWords(title))) {
          this.headingLevel = level;
          this.found = true;
        }
        return false;
      }
    }
    // Most lines are neither in a section nor a label: two character tests say so.
    const maybeLabel = body.startsWith('**') || ((first === 45 || first === 42 || first === 43) && body.startsWith(' **', 1));
    if (maybeLabel) {
      const label = LABEL.exec(text);
      if (label && this.words.has(headingWords(label[1]))) {
        const rest = trimStartWhere(label[2], isBlank);
        this.found = true;
        this.label = rest.trim() === '' ? 'block' : 'paragraph';
        readListed(rest, this.listed);
        return true;
      }
    }
    if (this.label === 'none' && this.headingLevel === 0) return false;
    if (body === '') {
      this.label = 'none';
      return false;
    }
    const item = LIST_ITEM.exec(text);
    // A list ends a label's paragraph (it begins a block of its own).
    if (this.label === 'paragraph' && item) {
      this.label = 'none';
      if (this.headingLevel === 0) return false;
    }
    readListed(item ? text.slice(item[0].length) : text, this.listed);
    return true;
  }
}
