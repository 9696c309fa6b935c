import { extractLinks, normalizeLinkTarget } from '../text/links';

/** The people a note lists as met: link targets (normalised) and plain names (as written). */
export interface Listed {
  links: string[];
  names: string[];
}

/** Between the people of one list: a comma, a semicolon, "and" or "&". */
const SEPARATOR = /[,;]|\s+(?:and|&)\s+/i;
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
  const name = segment
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}.]+$/u, '')
    .replace(/\s+/g, ' ');
  if (name === '' || name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_NAME_WORDS) return null;
  return name;
}

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
  for (const part of blanked.split(SEPARATOR)) {
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

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;
/** `**Attendees:** …` or `**Attendees**: …`, perhaps in a list item. */
const LABEL = /^[ \t]*(?:[-*+][ \t]+)?\*\*([^*]{1,40}?)(?::\*\*|\*\*[ \t]*:)[ \t]*(.*)$/;

/** A heading's or label's words as compared with the attendee words: lower case, without emphasis, emoji or a colon around them. */
function headingWords(text: string): string {
  return text
    .replace(/[ \t]+#+$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLowerCase();
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
        if (heading[2] && this.words.has(headingWords(heading[2]))) {
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
        this.found = true;
        this.label = label[2].trim() === '' ? 'block' : 'paragraph';
        readListed(label[2], this.listed);
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
