import { type Day, dayFromParts, parseIsoDay } from '../model/day';
import { firstValueLink, forEachValueLink, normalizeLinkTarget } from '../text/links';

/**
 * Normalisation of frontmatter values. Obsidian hands YAML dates over as
 * strings, gray-matter as Date objects at UTC midnight: both become the same Day.
 */
export function dayFromField(value: unknown): Day | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return dayFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'string') {
    const text = value.trim();
    const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
    return m ? parseIsoDay(m[1]) : null;
  }
  return null;
}

/** A birthday: `1985-03-14`, `--03-14` or `03-14` (year optional). */
export function birthdayFromField(value: unknown): { month: number; date: number } | null {
  const day = dayFromField(value);
  if (day !== null) {
    const d = new Date(day * 86_400_000);
    return { month: d.getUTCMonth() + 1, date: d.getUTCDate() };
  }
  if (typeof value !== 'string') return null;
  const m = /^(?:--)?(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const date = Number(m[2]);
  // 2024 is a leap year, so 29 February is accepted here.
  return dayFromParts(2024, month, date) === null ? null : { month, date };
}

/** A list field: a YAML list, or a comma-separated string. Empty entries are dropped. */
export function listFromField(value: unknown): string[] {
  const items: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') {
      for (const part of v.split(',')) {
        const t = part.trim();
        if (t) items.push(t);
      }
    } else if (typeof v === 'number' || typeof v === 'boolean') {
      items.push(String(v));
    }
  };
  if (Array.isArray(value)) value.forEach(add);
  else add(value);
  return items;
}

/**
 * A property that names one thing, as a link or as plain text: the name to
 * show (a link shows its target's name: `[[Orgs/Fernway|Fernway Inc]]` is
 * "Fernway") and, for a link, its normalised target. A list gives its first
 * entry; an unquoted `[[Fernway]]` (a list in a list, to YAML) is a link.
 */
export function linkOrName(value: unknown): { name: string; target: string | null } | null {
  let v = value;
  let depth = 0;
  while (Array.isArray(v)) {
    v = v.find((x) => x !== null && x !== undefined && x !== '');
    depth += 1;
  }
  const text = stringFromField(v);
  if (text === null) return null;
  const link = depth >= 2 ? text : firstValueLink(text);
  if (link === null) return { name: text, target: null };
  const target = normalizeLinkTarget(link);
  if (!target) return null;
  let path = link.split('|')[0].split('#')[0].trim();
  if (path.toLowerCase().endsWith('.md')) path = path.slice(0, -3);
  return { name: path.slice(path.lastIndexOf('/') + 1) || target, target };
}

/**
 * A property that may name several things, each a link or plain text: each
 * entry of a list, or each link of a text that holds several
 * (`"[[Acme]], [[Initech]]"`). A plain text is one name, commas and all
 * ("Smith, Jones & Co"). The same thing named twice counts once.
 */
export function linksOrNames(value: unknown): { name: string; target: string | null }[] {
  let found: ({ name: string; target: string | null } | null)[];
  if (Array.isArray(value)) found = value.map((v) => linkOrName([v]));
  else {
    const text = stringFromField(value);
    const links: string[] = [];
    if (text !== null) forEachValueLink(text, (inner) => void links.push(inner));
    found = links.length < 2 ? [linkOrName(value)] : links.map((inner) => linkOrName(`[[${inner}]]`));
  }
  const out: { name: string; target: string | null }[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    if (f === null) continue;
    const key = f.target ?? f.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export function stringFromField(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

export function truthyField(value: unknown): boolean {
  return value === true || (typeof value === 'string' && /^(true|yes)$/i.test(value.trim()));
}

/**
 * A field's value as a `check` line shows it: short, and never through the
 * value's own toString (a parser may hand over objects without one).
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().split('T')[0];
  return Array.isArray(value) ? 'a list' : value === null ? 'nothing' : 'a mapping';
}

/** Whether a field holds something at all: an empty `cadence: ` in a template is no value, and no problem. */
export function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
