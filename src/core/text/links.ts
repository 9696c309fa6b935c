export interface LinkRef {
  /** Normalised target (see normalizeLinkTarget). */
  target: string;
  /** What the reader sees: the display text, or the target's last segment. */
  display: string;
  /** Offsets of the whole link in the text it was found in. */
  start: number;
  end: number;
}

/** The longest text between `[[` and `]]` read as a link. */
const MAX_INNER = 500;
const MARKDOWN = /(!?)\[([^\]\n]{0,500})\]\(([^)\n]{1,1000})\)/g;

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
const TARGETS = new Map<string, string>();
function targetOf(inner: string): string {
  let target = TARGETS.get(inner);
  if (target === undefined) {
    target = normalizeLinkTarget(inner);
    if (TARGETS.size >= 100_000) TARGETS.clear();
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
  let from = 0;
  let lineBreak = -2; // the next line break, once looked for; -1 when there is none
  for (let open = text.indexOf('[['); open >= 0; open = text.indexOf('[[', from)) {
    const close = text.indexOf(']', open + 2);
    if (close < 0) return; // no later opening can close either
    if (lineBreak !== -1 && lineBreak < open) lineBreak = text.indexOf('\n', open);
    if (text.charCodeAt(close + 1) !== 93 /* ] */ || close - open - 2 > MAX_INNER || (lineBreak >= 0 && lineBreak < close)) {
      from = open + 1;
      continue;
    }
    from = close + 2;
    visit(open, close, open > 0 && text.charCodeAt(open - 1) === 33 /* ! */);
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
    MARKDOWN.lastIndex = 0;
    for (let m = MARKDOWN.exec(text); m; m = MARKDOWN.exec(text)) {
      if (m[1]) continue;
      let href = m[3].trim();
      if (href.startsWith('<') && href.endsWith('>')) href = href.slice(1, -1);
      else href = href.split(/\s+/)[0];
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const target = targetOf(safeDecode(href));
      if (!target) continue;
      out.push({ target, display: m[2].trim() || target, start: m.index, end: m.index + m[0].length });
    }
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

/** The first `[[link]]` in a frontmatter value, or the plain value as a name. */
export function firstLinkTarget(value: string): string {
  const m = /\[\[([^\]]+)\]\]/.exec(value);
  return normalizeLinkTarget(m ? m[1] : value);
}
