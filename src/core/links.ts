import { normalizeLinkTarget } from './people';

export interface LinkRef {
  /** Normalised target (see normalizeLinkTarget). */
  target: string;
  /** What the reader sees: the display text, or the target's last segment. */
  display: string;
  /** Offsets of the whole link in the text it was found in. */
  start: number;
  end: number;
}

const WIKI = /(!?)\[\[([^\]\n]{1,500}?)\]\]/g;
const MARKDOWN = /(!?)\[([^\]\n]{0,500})\]\(([^)\n]{1,1000})\)/g;

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Links in one line: wikilinks (with `|display` and `#heading`) and markdown
 * links to notes. Embeds (`![[…]]`) and web links are not people.
 */
export function extractLinks(text: string): LinkRef[] {
  const out: LinkRef[] = [];
  if (text.includes('[[')) {
    WIKI.lastIndex = 0;
    for (let m = WIKI.exec(text); m; m = WIKI.exec(text)) {
      if (m[1]) continue;
      const inner = m[2];
      const target = normalizeLinkTarget(inner);
      if (!target) continue;
      const pipe = inner.indexOf('|');
      const shown = pipe >= 0 ? inner.slice(pipe + 1).trim() : inner.split('#')[0].split('/').pop()!.trim();
      out.push({ target, display: shown || target, start: m.index, end: m.index + m[0].length });
    }
  }
  if (text.includes('](')) {
    MARKDOWN.lastIndex = 0;
    for (let m = MARKDOWN.exec(text); m; m = MARKDOWN.exec(text)) {
      if (m[1]) continue;
      let href = m[3].trim();
      if (href.startsWith('<') && href.endsWith('>')) href = href.slice(1, -1);
      else href = href.split(/\s+/)[0];
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const target = normalizeLinkTarget(safeDecode(href));
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
