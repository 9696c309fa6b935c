/**
 * A fast reader for the flat frontmatter most notes have: `key: value` lines
 * with plain, quoted or numeric scalars and `[a, b]` lists. Anything else
 * (nesting, block lists, anchors, multi-line strings) returns undefined and
 * the caller falls back to a full YAML parser. Dates stay the text written,
 * as Obsidian hands them over.
 */
const KEY = /^([A-Za-z_][\w.-]*(?: [\w.-]+)*)[ \t]*:(?:[ \t]+(.*))?$/;
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;
const UNSUPPORTED_START = /^[&*!|>%@`{]/;

type Scalar = string | number | boolean | null;

function scalar(raw: string): Scalar | undefined {
  let v = raw.trim();
  if (v === '' || v === '~' || v === 'null' || v === 'Null' || v === 'NULL') return null;
  if (v.startsWith('"')) {
    if (!v.endsWith('"') || v.length < 2) return undefined;
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === 'string' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2) return undefined;
    const inner = v.slice(1, -1);
    if (/'(?!')/.test(inner.replace(/''/g, ''))) return undefined;
    return inner.replace(/''/g, "'");
  }
  const hash = v.search(/[ \t]#/);
  if (hash >= 0) v = v.slice(0, hash).trimEnd();
  if (UNSUPPORTED_START.test(v) || v.startsWith('[') || v.startsWith('- ') || v === '-' || v.includes(': ') || v.endsWith(':')) {
    return undefined;
  }
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  if (NUMBER.test(v)) return Number(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  // A count with a unit, as cadences are written ("2w", "3m"): plain text in YAML (but 0x1f, 0o7, 0b1 are numbers).
  if (/^(?!0[xob])\d+[a-z]+$/i.test(v)) return v;
  // Other number-like forms (1e3, 0x1F, 1_000, .5, 12:30, timestamps) are YAML's to read.
  if (/^[-+.\d]/.test(v)) return undefined;
  return v;
}

function flowList(raw: string): Scalar[] | undefined {
  const v = raw.trim();
  if (!v.endsWith(']')) return undefined;
  const inner = v.slice(1, -1).trim();
  if (inner === '') return [];
  if (/[[\]{}]/.test(inner.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, ''))) return undefined;
  const items: Scalar[] = [];
  let pos = 0;
  while (pos <= inner.length) {
    let end: number;
    const c = inner[pos];
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(inner.slice(pos));
      if (!m) return undefined;
      end = pos + m[0].length;
    } else if (c === "'") {
      const m = /^'(?:[^']|'')*'/.exec(inner.slice(pos));
      if (!m) return undefined;
      end = pos + m[0].length;
    } else {
      end = inner.indexOf(',', pos);
      if (end < 0) end = inner.length;
    }
    const item = scalar(inner.slice(pos, end));
    if (item === undefined) return undefined;
    items.push(item);
    const rest = inner.slice(end).trimStart();
    if (rest === '') break;
    if (!rest.startsWith(',')) return undefined;
    pos = inner.length - rest.length + 1;
    while (inner[pos] === ' ' || inner[pos] === '\t') pos++;
    if (pos >= inner.length) return undefined; // a trailing comma: let YAML decide
  }
  return items;
}

/** The frontmatter block's lines (between the fences), or undefined when the text has none. */
export function fastFrontmatter(text: string): Record<string, unknown> | undefined {
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || text.slice(0, firstEnd).replace(/\r$/, '') !== '---') return undefined;
  const out: Record<string, unknown> = {};
  let pos = firstEnd + 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, '');
    pos = end + 1;
    if (line === '---') return out;
    if (line === '...' || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('-')) return undefined;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = KEY.exec(line);
    if (!m || m[1] in out || m[1] === '__proto__') return undefined;
    const raw = m[2] ?? '';
    const value = raw.trimStart().startsWith('[') ? flowList(raw) : scalar(raw);
    if (value === undefined) return undefined;
    out[m[1]] = value;
  }
  return undefined;
}
