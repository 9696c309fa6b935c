import type { LineType } from '../model/line-type';
import type { LinkRef } from '../text/links';

/**
 * Text Goodwill writes into notes that is not an interaction. The reader
 * skips it: the digest repeats what other notes say, a brief is a summary,
 * and a template's placeholder is a line not yet filled in. Reading them
 * would count every promise twice, or count what never happened.
 *
 * - The digest section: from a line starting `## Goodwill digest` up to the
 *   next heading of its level or higher (`#` or `##`), as upsertSection
 *   replaces it.
 * - A brief: the lines of a `> [!goodwill]` callout.
 * - A placeholder: a `give::`, `got::`, `ask::`, `owe::` or `waiting::` line
 *   (or another key of those types) whose value is only its link, or empty:
 *   `- give:: [[Dan]]`. A `met::` or `thanks::` line with only a link stays a
 *   touch or a thank-you, as the view's Touch button writes it.
 */

export const DIGEST_HEADING = '## Goodwill digest';
const DIGEST_LEVEL = 2;
/** The callout a brief is written in (Obsidian reads callout types case-insensitively). */
export const BRIEF_CALLOUT = '> [!goodwill]';
const BRIEF_TYPE = '[!goodwill]';

/** The level of a markdown heading at the start of the line (`## Title` is 2), or 0 when it is none. */
export function headingLevel(line: string): number {
  let level = 0;
  while (level < 7 && line.charCodeAt(level) === 35 /* # */) level++;
  if (level === 0 || level > 6) return 0;
  const after = line.charCodeAt(level);
  return Number.isNaN(after) || after === 32 || after === 9 ? level : 0;
}

/** How many `>` markers open the line (after at most three spaces), and where the text after them starts. */
function quoteDepth(line: string): { depth: number; text: number } {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let depth = 0;
  let text = i;
  while (line.charCodeAt(i) === 62 /* > */) {
    depth++;
    i++;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
    text = i;
  }
  return { depth, text };
}

/**
 * Follows a note line by line and says which lines are Goodwill's own blocks.
 * It looks at most at a line's first characters, unless the line is a quote
 * that names a callout: the reader asks it about every line.
 */
export class OwnBlocks {
  /** Inside the digest section. */
  private digest = false;
  /** Inside a brief: the quote depth of its callout line; 0 outside. */
  private brief = 0;

  /** Whether this line (every line of the note, in order, blank ones included) lies in one of Goodwill's own blocks. */
  skips(line: string): boolean {
    const first = line.charCodeAt(0);
    if (this.brief > 0) {
      if (quoteDepth(line).depth >= this.brief) return true;
      this.brief = 0;
    }
    if (first === 35 /* # */) {
      const level = headingLevel(line);
      if (level > 0 && level <= DIGEST_LEVEL) this.digest = line.startsWith(DIGEST_HEADING);
    }
    if (this.digest) return true;
    if ((first === 62 /* > */ || first === 32) && line.includes('[!')) {
      const quote = quoteDepth(line);
      if (quote.depth > 0 && line.slice(quote.text, quote.text + BRIEF_TYPE.length).toLowerCase() === BRIEF_TYPE) {
        this.brief = quote.depth;
        return true;
      }
    }
    return false;
  }
}

const PLACEHOLDER_TYPES: ReadonlySet<LineType> = new Set<LineType>(['give', 'receipt', 'ask', 'promise', 'waiting']);

/**
 * Whether a field line of this type with only its link would be a
 * placeholder: a writer with nothing more to say dates the line instead.
 */
export function isPlaceholderType(type: LineType): boolean {
  return PLACEHOLDER_TYPES.has(type);
}

/** Whether the text holds only spaces and tabs from `from` on. */
function blankFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether a field line is a template's placeholder: a field of a type that
 * needs saying what, whose value (the text after `key::`) is only one link,
 * or nothing at all. Most lines fail at the first test; none is copied.
 */
export function isPlaceholder(type: LineType, value: string, links: readonly LinkRef[]): boolean {
  if (!PLACEHOLDER_TYPES.has(type)) return false;
  if (links.length === 0) return blankFrom(value, 0);
  return links.length === 1 && links[0].start === 0 && blankFrom(value, links[0].end);
}
