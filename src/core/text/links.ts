import { BoundedCache } from '../model/bounded-cache';
import { countSearch } from './scan-steps';

export interface LinkRef {
  /** Normalised target (see normalizeLinkTarget). */
  target: string;
  /** What the reader sees: the display text, or the target's last segment. */
  display: string;
  /** Offsets of the whole link in the text it was found in. */
  start: number;
  end: number;
}

/** The longest text between `[[` and `]]`, or between `[` and `]` of a markdown link, read as a link. */
const MAX_INNER = 500;
/** The longest target of a markdown link, between `(` and `)`. */
const MAX_HREF = 1000;

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Link targets repeat on line after line (a vault links the same few
 * thousand people): each distinct text is normalised once, and every line
 * shares the one string.
 */
const TARGETS = new BoundedCache<string, string>(100_000);
function targetOf(inner: string): string {
  let target = TARGETS.get(inner);
  if (target === undefined) {
    target = normalizeLinkTarget(inner);
    TARGETS.set(inner, target);
  }
  return target;
}

/** What a wikilink shows: its `|display`, or the last segment of its target without the heading. */
function wikiDisplay(inner: string): string {
  const pipe = inner.indexOf('|');
  if (pipe >= 0) return inner.slice(pipe + 1).trim();
  const hash = inner.indexOf('#');
  const path = hash >= 0 ? inner.slice(0, hash) : inner;
  return path.slice(path.lastIndexOf('/') + 1).trim();
}

/**
 * Calls `visit` for each `[[…]]` in the text, left to right: `[[`, then up to
 * 500 characters without `]` or a line break, then `]]`; where an opening
 * does not make one, the next `[[` is tried. `close` is where `]]` starts;
 * `embed` says a `!` stands just before (`![[…]]`).
 */
export function forEachWikiLink(text: string, visit: (open: number, close: number, embed: boolean) => void): void {
  scanWikiLinks(text, MAX_INNER, false, visit);
}

/**
 * The wikilink scan: at most `maxInner` characters inside, on one line unless
 * `acrossLines`. Linear: the `]` and the line break found for one opening are
 * kept for the next while they still lie ahead (a run of `[[` before one `]`
 * would otherwise search to it again from each). `visit` may return true to stop.
 */
function scanWikiLinks(
  text: string,
  maxInner: number,
  acrossLines: boolean,
  visit: (open: number, close: number, embed: boolean) => boolean | void,
): void {
  const length = text.length;
  let from = 0;
  let close = -2; // the first `]` inside the current opening, once looked for
  let lineBreak = acrossLines ? -1 : -2; // the next line break, once looked for; -1 when there is none (or none matters)
  for (;;) {
    const open = text.indexOf('[[', from);
    countSearch(from, open < 0 ? -1 : open + 1, length);
    if (open < 0) return;
    if (close < open + 2) {
      close = text.indexOf(']', open + 2);
      countSearch(open + 2, close, length);
      if (close < 0) return; // no later opening can close either
    }
    if (lineBreak !== -1 && lineBreak < open) {
      lineBreak = text.indexOf('\n', open);
      countSearch(open, lineBreak, length);
    }
    if (text.charCodeAt(close + 1) !== 93 /* ] */ || close - open - 2 > maxInner || (lineBreak >= 0 && lineBreak < close)) {
      from = open + 1;
      continue;
    }
    from = close + 2;
    if (visit(open, close, open > 0 && text.charCodeAt(open - 1) === 33 /* ! */) === true) return;
  }
}

/**
 * Calls `visit` for each markdown link `[text](target)` in the text, left to
 * right: `[`, up to 500 characters without `]` or a line break, `](`, 1 to
 * 1,000 characters without `)` or a line break, `)`. `close` is the `]`,
 * `end` is just after the `)`; `embed` says a `!` stands before (`![…](…)`).
 */
export function forEachMarkdownLink(text: string, visit: (open: number, close: number, end: number, embed: boolean) => void): void {
  scanLinks(text, false, 1, visit);
}

/**
 * Calls `visit` with the span of each link of either kind, wikilink or
 * markdown (whose target may then be empty), a `!` before it included: what a
 * reader skips when it looks at the words around the links.
 */
export function forEachLinkSpan(text: string, visit: (start: number, end: number) => void): void {
  scanLinks(text, true, 0, (open, _close, end, embed) => visit(embed ? open - 1 : open, end));
}

/**
 * One scan for links that open with `[`: at each `[`, a wikilink when
 * `wikis` (tried first), else a markdown link with a target of at least
 * `minTarget` characters. Linear: the next `]`, `)` and line break are each
 * found once and kept while they lie ahead, so every `[` costs a few steps
 * however many fail (950 KB of `[` + `](` once took seconds).
 */
function scanLinks(
  text: string,
  wikis: boolean,
  minTarget: number,
  visit: (open: number, close: number, end: number, embed: boolean) => void,
): void {
  const length = text.length;
  let from = 0;
  let bracket = -2; // the first `]` after the current `[`; -1 when there is none
  let lineBreak = -2; // the first line break after the current `[`; -1 when there is none
  let paren = -2; // the first `)` at or after the current target's start; -1 when there is none
  for (;;) {
    const open = text.indexOf('[', from);
    countSearch(from, open, length);
    if (open < 0) return;
    if (bracket !== -1 && bracket <= open) {
      bracket = text.indexOf(']', open + 1);
      countSearch(open + 1, bracket, length);
    }
    if (bracket < 0) return; // no later `[` can close either
    if (lineBreak !== -1 && lineBreak <= open) {
      lineBreak = text.indexOf('\n', open + 1);
      countSearch(open + 1, lineBreak, length);
    }
    let end = -1;
    // A line break before the `]` ends the link text; no line break lies between the `]` and the target.
    if (lineBreak < 0 || lineBreak > bracket) {
      const after = text.charCodeAt(bracket + 1);
      if (wikis && after === 93 /* ] */ && text.charCodeAt(open + 1) === 91 /* [ */ && bracket - open - 2 <= MAX_INNER) {
        end = bracket + 2;
      } else if (after === 40 /* ( */ && bracket - open - 1 <= MAX_INNER) {
        const target = bracket + 2;
        if (paren !== -1 && paren < target) {
          paren = text.indexOf(')', target);
          countSearch(target, paren, length);
        }
        const size = paren - target;
        if (paren >= 0 && (lineBreak < 0 || lineBreak > paren) && size >= minTarget && size <= MAX_HREF) end = paren + 1;
      }
    }
    if (end < 0) {
      from = open + 1;
      continue;
    }
    from = end;
    visit(open, bracket, end, open > 0 && text.charCodeAt(open - 1) === 33 /* ! */);
  }
}

/**
 * Links in one line: wikilinks (with `|display` and `#heading`) and markdown
 * links to notes. Embeds (`![[…]]`) and web links are not people.
 */
export function extractLinks(text: string): LinkRef[] {
  const out: LinkRef[] = [];
  forEachWikiLink(text, (open, close, embed) => {
    if (embed || close === open + 2) return;
    const inner = text.slice(open + 2, close);
    const target = targetOf(inner);
    if (target) out.push({ target, display: wikiDisplay(inner) || target, start: open, end: close + 2 });
  });
  if (text.includes('](')) {
    forEachMarkdownLink(text, (open, close, end, embed) => {
      if (embed) return;
      let href = text.slice(close + 2, end - 1).trim();
      if (href.startsWith('<') && href.endsWith('>')) href = href.slice(1, -1);
      else href = href.split(/\s+/)[0];
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return;
      const target = targetOf(safeDecode(href));
      if (!target) return;
      out.push({ target, display: text.slice(open + 1, close).trim() || target, start: open, end });
    });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The text with every link replaced by what the reader sees. */
export function replaceLinksWithDisplay(text: string, links: LinkRef[]): string {
  if (links.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const l of links) {
    if (l.start < pos) continue;
    out += text.slice(pos, l.start) + l.display;
    pos = l.end;
  }
  return out + text.slice(pos);
}

/** A line as a reader sees it: `[[Alice Chen|Alice]]` reads "Alice". */
export function readable(text: string): string {
  return text.includes('[') ? replaceLinksWithDisplay(text, extractLinks(text)) : text;
}

/**
 * Normalises what a link points at so that `[[Alice Chen|Alice]]`,
 * `[[People/Alice Chen.md#Notes]]` and `[x](People/Alice%20Chen.md)` meet the
 * same key: lower case, no heading, no display text, no `.md`.
 */
export function normalizeLinkTarget(raw: string): string {
  let t = raw;
  const pipe = t.indexOf('|');
  if (pipe >= 0) t = t.slice(0, pipe);
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  t = t.trim().toLowerCase();
  if (t.endsWith('.md')) t = t.slice(0, -3);
  const first = t.charCodeAt(0);
  if (first === 46 /* . */ || first === 47 /* / */) t = t.replace(/^(\.\.?\/)+/, '').replace(/^\/+/, '');
  return t;
}

/**
 * Calls `visit` with the text inside each `[[…]]` of a frontmatter value, left
 * to right, as `/\[\[([^\]]+)\]\]/g` would find them: a link there may be of
 * any length and span lines, and an empty `[[]]` is passed over. Linear, where
 * that pattern searches to the next `]` again from every `[[` before it.
 * `visit` may return true to stop.
 */
export function forEachValueLink(value: string, visit: (inner: string) => boolean | void): void {
  scanWikiLinks(value, Infinity, true, (open, close) => close > open + 2 && visit(value.slice(open + 2, close)) === true);
}

/** The text inside the first `[[…]]` of a frontmatter value (see forEachValueLink), or null when it has none. */
export function firstValueLink(value: string): string | null {
  let inner: string | null = null;
  forEachValueLink(value, (text) => {
    inner = text;
    return true;
  });
  return inner;
}

/** The first `[[link]]` in a frontmatter value, or the plain value as a name. */
export function firstLinkTarget(value: string): string {
  return normalizeLinkTarget(firstValueLink(value) ?? value);
}
