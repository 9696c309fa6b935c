import { MAX_LINE_LENGTH } from '../read/lines';
import { forEachWikiLink } from '../text/links';

/**
 * Goodwill's own markup in a written line: a list marker, a field key, a date,
 * a link it made to a note. It is written as it is, so it must be one line.
 * Everything else in a line (names, needs, what the user typed) is text.
 */
export class Markup {
  constructor(readonly text: string) {
    if (/[\r\n\u0085\u2028\u2029]/.test(text)) throw new Error('Goodwill markup must be one line');
  }
}

export const markup = (text: string): Markup => new Markup(text);

/** What a line is made of besides its literal markup: text, markup, or a run of both. */
export type LineValue = string | Markup | readonly (string | Markup)[];

/** Line breaks as the reader, Obsidian's editor and YAML may see them, and every other space: one space. */
const SPACES = /[\s\u0085]+/g;
/** Control characters (C0, DEL, C1) left after the spaces are gone. */
const CONTROLS = /\p{Cc}/gu;
const SURROGATE = /[\uD800-\uDFFF]/;
/** A `%%` opens a comment that hides the rest of the note, and `$$` a math block that may span lines. */
const COMMENT_OR_MATH = /([%$])(?=\1)/g;
/** A Dataview field is `key::`; a single colon is plain text. */
const FIELD_COLONS = /:{2,}/g;
/** Three backticks or tildes open a code block; two never do. */
const FENCE_RUN = /(``|~~)(?=[`~])/g;
const HTML_COMMENT = /<!--/g;
/** The Tasks plugin's cancelled mark: a line carrying it is no interaction. */
const CANCELLED = /\u274C/g;
/** What makes a line a heading, quote, list item, table row, rule or setext underline when it stands first. */
const BLOCK_START = /^(?:(\d{1,9})[.)]|[#>*+=|_-])/;
/** Where an unclosed `[[` or a stray `]]` could pair with a link written after the text. */
const DOUBLE_OPEN = /\[(?=\[)/g;
const DOUBLE_CLOSE = /\](?=\])/g;
/** The reader's markdown links: `[label](href)`, the href at most 1,000 characters without `)`. */
const MAX_HREF = 1000;

/** Lone surrogates cannot be written as UTF-8: they become U+FFFD, as a file would store them. */
function wellFormed(text: string): string {
  if (!SURROGATE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += '\uFFFD';
    } else out += code >= 0xdc00 && code <= 0xdfff ? '\uFFFD' : text[i];
  }
  return out;
}

/** The wikilinks (embeds included) in a one-line text, as [start, end) spans. */
function wikiSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  forEachWikiLink(text, (open, close, embed) => spans.push([embed ? open - 1 : open, close + 2]));
  return spans;
}

/**
 * Brackets outside links that could pair with what follows the text: an
 * unclosed `[[`, a stray `]]`, and a `](` whose `)` never comes. Links the
 * text holds, wiki or markdown, are left as they are.
 */
function balanced(text: string): string {
  if (!text.includes('[') && !text.includes(']')) return text;
  let out = '';
  let pos = 0;
  const gap = (s: string) => s.replace(DOUBLE_OPEN, '[ ').replace(DOUBLE_CLOSE, '] ');
  for (const [start, end] of wikiSpans(text)) {
    out += gap(text.slice(pos, start)) + text.slice(start, end);
    pos = end;
  }
  out += gap(text.slice(pos));
  if (!out.includes('](')) return out;
  // One pass from the right, knowing where the next `)` is: each `](` is looked at once.
  const open: number[] = [];
  let close = -1;
  for (let i = out.length - 2; i >= 0; i--) {
    const c = out.charCodeAt(i + 1);
    if (c === 41 /* ) */) close = i + 1;
    else if (c === 40 /* ( */ && out.charCodeAt(i) === 93 /* ] */ && (close < 0 || close - i - 2 > MAX_HREF)) open.push(i + 1);
  }
  let spaced = '';
  let from = 0;
  for (let k = open.length - 1; k >= 0; k--) {
    spaced += `${out.slice(from, open[k])} `;
    from = open[k];
  }
  return spaced + out.slice(from);
}

/**
 * Text as it may stand inside a line Goodwill writes: one line, and inert.
 * Line breaks and other spaces become one space, control characters U+FFFD;
 * nothing in it opens a comment, a math or code block, or an HTML comment;
 * `key::` loses a colon, so no Dataview field (`give::`, `due::`) is read in
 * it; brackets cannot pair with a link written after it; links it holds stay
 * links. At the start of a line it cannot make a heading, quote or list item.
 * It is at most MAX_LINE_LENGTH long (see clipText).
 */
export function inertText(text: string, atLineStart = false): string {
  let out = wellFormed(text.length > MAX_LINE_LENGTH * 2 ? text.slice(0, MAX_LINE_LENGTH * 2) : text)
    .replace(SPACES, ' ')
    .replace(CONTROLS, '\uFFFD')
    .replace(COMMENT_OR_MATH, '$1 ')
    .replace(FIELD_COLONS, ':')
    .replace(FENCE_RUN, '$1 ')
    .replace(HTML_COMMENT, '<! --')
    .replace(CANCELLED, '\u2716');
  out = balanced(out);
  if (atLineStart) {
    out = out.trimStart();
    const block = BLOCK_START.exec(out);
    // A backslash escapes punctuation only: "1." is escaped after its number.
    if (block) out = block[1] === undefined ? `\\${out}` : `${block[1]}\\${out.slice(block[1].length)}`;
  }
  return clipText(out, MAX_LINE_LENGTH);
}

/**
 * An inert text cut to at most `max` characters, ending in "…": never inside a
 * wikilink (the link goes whole) or between the halves of a surrogate pair; a
 * markdown link cut in two is left as inert text.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = max - 1;
  for (;;) {
    for (const [start, end] of wikiSpans(text)) if (start < cut && cut < end) cut = start;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const out = `${balanced(text.slice(0, cut).trimEnd())}…`;
    if (out.length <= max || cut <= 0) return out.length <= max ? out : '';
    cut -= out.length - max;
  }
}

type Piece = { markup: string } | { text: string };

function piecesOf(value: LineValue, into: Piece[]): void {
  if (typeof value === 'string') into.push({ text: value });
  else if (value instanceof Markup) into.push({ markup: value.text });
  else for (const v of value) piecesOf(v, into);
}

/**
 * The pieces joined: no two spaces where pieces meet, and a space where a
 * text's bracket would meet a link's (`[` before `[[Bob]]` would make the
 * link `[[[Bob]]`, a link to "[Bob").
 */
function joined(rendered: string[], isText: boolean[]): string {
  let out = '';
  let lastIsText = false;
  rendered.forEach((r, i) => {
    if (r === '') return;
    const meet = (out.endsWith('[') && r.startsWith('[')) || (out.endsWith(']') && r.startsWith(']'));
    out += meet && (isText[i] || lastIsText) ? ` ${r}` : out.endsWith(' ') && r.startsWith(' ') ? r.trimStart() : r;
    lastIsText = isText[i];
  });
  return out;
}

/**
 * Every line Goodwill writes into a note is made here. The template's literal
 * parts are its markup; each value is text, made inert (inertText), unless it
 * is Markup (`markup(…)`, or a link from written-links.ts). A value that
 * comes first on the line cannot make it a heading, quote or list item. The
 * line fits the reader's MAX_LINE_LENGTH: the longest texts are cut, never
 * the markup. Read back, it is the interaction (or the plain text) meant.
 *
 *     noteLine`- ${date} ${markup(key)}:: ${personLink(p)} ${what}`
 */
export function noteLine(literals: TemplateStringsArray, ...values: LineValue[]): string {
  const pieces: Piece[] = [];
  literals.forEach((literal, i) => {
    pieces.push({ markup: new Markup(literal).text });
    if (i < values.length) piecesOf(values[i], pieces);
  });
  return lineOf(pieces, values.length > 0);
}

function lineOf(pieces: Piece[], hasValues: boolean): string {
  let started = false;
  const rendered = pieces.map((p) => {
    const out = 'markup' in p ? p.markup : inertText(p.text, !started);
    if (out !== '') started = true;
    return out;
  });
  const texts = pieces.map((p, i) => ('text' in p ? i : -1)).filter((i) => i >= 0);
  const isText = pieces.map((p) => 'text' in p);
  let line = joined(rendered, isText);
  // Only a line with values can end in a space it did not mean: "- " in a template is meant.
  if (hasValues) line = line.trimEnd();
  while (line.length > MAX_LINE_LENGTH) {
    const longest = texts.reduce((a, b) => (rendered[b].length > rendered[a].length ? b : a), texts[0]);
    if (longest === undefined || rendered[longest].length === 0) throw new Error('a written line is too long even without its text');
    rendered[longest] = clipText(rendered[longest], Math.max(0, rendered[longest].length - (line.length - MAX_LINE_LENGTH)));
    line = joined(rendered, isText).trimEnd();
  }
  return line;
}
