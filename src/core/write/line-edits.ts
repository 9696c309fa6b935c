import { type Day, formatDay } from '../model/day';
import { type Result, fail, ok } from '../model/result';
import { type LineFingerprint, lineFingerprint } from '../text/line-fingerprint';
import { headingLevel } from '../read/own-text';
import { isBlank } from '../text/char-classes';
import { trimEndWhere } from '../text/trim';

/**
 * Pure line edits the plugin writes through `vault.process`. Each takes the
 * whole file text, changes exactly one line and keeps every other byte,
 * line endings included.
 */
/**
 * Why a line edit changed nothing: the line was edited (or removed) since it
 * was read, so the list that offered the edit is out of date; or the edit
 * itself is refused.
 */
export interface EditRefusal {
  edited: boolean;
  message: string;
}

/** The note's new text, or why it is not changed. */
export type EditResult = Result<string, EditRefusal>;

/** An open task's prefix; the quote marks are written as in the fence pattern of the note reader, each blank in one part only. */
const OPEN_TASK = /^([ \t]*(?:>(?:[ \t]?>)*[ \t]*)?(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ /]\]/;
const DONE_MARK = /✅\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/u;

/** Splits a text into lines, remembering each line's ending. */
function splitLines(text: string): { line: string; eol: string }[] {
  const out: { line: string; eol: string }[] = [];
  const re = /(\r\n|\n|\r)/g;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ line: text.slice(pos, m.index), eol: m[0] });
    pos = m.index + m[0].length;
  }
  out.push({ line: text.slice(pos), eol: '' });
  return out;
}

/**
 * Changes line `lineNo` (1-based) with `change`, but only if it still has the
 * fingerprint it had when read: when the line changed since, nothing is written.
 */
export function editLine(text: string, lineNo: number, expected: LineFingerprint, change: (line: string) => string): EditResult {
  const lines = splitLines(text);
  const target = lines[lineNo - 1];
  if (!target) return fail({ edited: true, message: `line ${lineNo} no longer exists` });
  if (lineFingerprint(target.line) !== expected) return fail({ edited: true, message: `line ${lineNo} changed since it was read` });
  const changed = change(target.line);
  if (/[\r\n]/.test(changed)) return fail({ edited: false, message: 'an edit may not add lines' });
  target.line = changed;
  return ok(lines.map((l) => l.line + l.eol).join(''));
}

/** Closes an interaction line: ticks an open task, and appends ` ✅ YYYY-MM-DD` unless it has one. */
export function closeLine(line: string, today: Day): string {
  let out = line.replace(OPEN_TASK, (_all, prefix: string) => `${prefix}[x]`);
  if (!DONE_MARK.test(out)) out = `${trimEndWhere(out, isBlank)} ✅ ${formatDay(today)}`;
  return out;
}

/**
 * Appends a line at the end of a note, adding a line break before it when the
 * note lacks one. The line is one made by noteLine: a line break in it would
 * write lines nobody composed, so it is refused.
 */
export function appendLine(text: string, line: string): string {
  if (/[\r\n]/.test(line)) throw new Error('Goodwill appends one line at a time');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (text.length === 0) return `${line}${eol}`;
  return `${text}${/\r?\n$/.test(text) ? '' : eol}${line}${eol}`;
}

/**
 * Replaces the section that starts with a line beginning with `heading` (up to
 * the next heading of the same or a higher level), or appends it when the
 * note has none: writing it twice on one day replaces instead of duplicating.
 * The section ends where the reader's own-text rule ends it (headingLevel).
 */
export function upsertSection(text: string, heading: string, section: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const level = headingLevel(heading) || 2;
  const start = lines.findIndex((l) => l.startsWith(heading));
  const body = section.split(/\r?\n/);
  if (start < 0) {
    const trimmed = withoutTrailingLineBreaks(text);
    return `${trimmed}${trimmed ? `${eol}${eol}` : ''}${body.join(eol)}${eol}`;
  }
  let end = start + 1;
  while (end < lines.length) {
    const found = headingLevel(lines[end]);
    if (found > 0 && found <= level) break;
    end++;
  }
  const after = lines.slice(end);
  const keepBlank = after.length > 0 && after.some((l) => l !== '') ? [''] : [];
  return withoutTrailingLineBreaks([...lines.slice(0, start), ...body, ...keepBlank, ...after].join(eol)) + eol;
}

// Trailing runs are trimmed by loops (trailing blanks by trimEndWhere): `/[ \t]+$/`
// and `/(\r?\n)+$/` search to the end of every run from each of its characters,
// which is quadratic.

/** The text without the line breaks (`\n` or `\r\n`) at its end; a lone `\r` stays. */
function withoutTrailingLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end -= end > 1 && text.charCodeAt(end - 2) === 13 ? 2 : 1;
  return text.slice(0, end);
}

/** A frontmatter edit; `whole` when a key's value spans several lines and only a YAML rewrite can change it. */
export type FrontmatterEdit = Result<string, { message: string; whole: boolean }>;

const YAML_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', '~']);

const YAML_NUMBER = /^[-+]?(?:0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?)$/i;
const YAML_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt ])/;

/**
 * A value as a YAML scalar: plain when YAML reads it back as the same string
 * (or, for a `YYYY-MM-DD` day, as that day, as Obsidian writes dates),
 * double-quoted otherwise.
 */
export function yamlScalar(value: string): string {
  const plain =
    /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/.test(value) &&
    !value.endsWith(' ') &&
    !YAML_WORDS.has(value.toLowerCase()) &&
    !YAML_NUMBER.test(value) &&
    (!YAML_TIMESTAMP.test(value) || /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value));
  // A double-quoted JSON string is a double-quoted YAML scalar with the same escapes.
  return plain ? value : JSON.stringify(value);
}

/** A value as YAML writes it: a finite number plain (read back as that number), a string as `yamlScalar` says. */
function scalarOf(value: string | number): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : yamlScalar(String(value));
}

/** Whether the value after `key:` continues on the lines below, or opens something it does not close. */
function spansLines(rest: string, next: string | undefined): boolean {
  const v = rest.trim();
  if (v === '' || v.startsWith('|') || v.startsWith('>')) return v !== '' || (next !== undefined && /^([ \t]|-[ \t]|-$)/.test(next));
  if (next !== undefined && /^[ \t]+\S/.test(next)) return true;
  const open = v[0];
  if (open === '[') return !v.includes(']');
  if (open === '{') return !v.includes('}');
  if (open === '"') return !/^"(?:[^"\\]|\\.)*"/.test(v);
  if (open === "'") return !/^'(?:[^']|'')*'/.test(v);
  return false;
}

/**
 * Sets (or, with null, removes) top-level keys of a note's frontmatter (a
 * number as a YAML number) by changing only their own lines: comments,
 * quoting and the order of every
 * other key stay as they are. A note without frontmatter gets a block. A key
 * whose value spans several lines, or that is written twice, is left to a
 * whole-block YAML rewrite (`whole`).
 */
export function setFrontmatterValues(text: string, values: Record<string, string | number | null>): FrontmatterEdit {
  const lines = splitLines(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const close = frontmatterClose(lines);
  const wanted = Object.entries(values);
  if (close === null) {
    if (lines[0].line.trimEnd() === '---') return fail({ message: 'its frontmatter block is not closed', whole: false });
    const set = wanted.filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${scalarOf(v!)}`);
    if (set.length === 0) return ok(text);
    return ok(['---', ...set, '---'].join(eol) + eol + text);
  }
  const inserts: string[] = [];
  const removed = new Set<number>();
  for (const [key, value] of wanted) {
    const at: number[] = [];
    for (let i = 1; i < close; i++) if (keyOf(lines[i].line) === key) at.push(i);
    if (at.length > 1) return fail({ message: `${key} is written twice`, whole: true });
    if (at.length === 0) {
      if (value !== null) inserts.push(`${key}: ${scalarOf(value)}`);
      continue;
    }
    const i = at[0];
    const rest = lines[i].line.slice(lines[i].line.indexOf(':') + 1);
    if (spansLines(rest, i + 1 < close ? lines[i + 1].line : undefined)) {
      return fail({ message: `${key} spans several lines`, whole: true });
    }
    if (value === null) removed.add(i);
    else lines[i].line = `${lines[i].line.slice(0, lines[i].line.indexOf(':'))}: ${scalarOf(value)}${trailingComment(rest)}`;
  }
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i === close) for (const ins of inserts) out.push(ins + eol);
    if (!removed.has(i)) out.push(l.line + l.eol);
  });
  return ok(out.join(''));
}

/** The index of the line that closes the frontmatter block, or null when the note has none. */
function frontmatterClose(lines: { line: string }[]): number | null {
  if (lines[0].line.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].line.trimEnd();
    if (l === '---' || l === '...') return i;
  }
  return null;
}

/** The top-level key a frontmatter line sets (quotes removed), or null. */
function keyOf(line: string): string | null {
  const m = /^(?:"([^"]+)"|'([^']+)'|([^\s:#"'-][^:]*)):(?:[ \t]|$)/.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3].trimEnd()) : null;
}

/** A ` # comment` after a plain value, kept when the value changes. */
function trailingComment(rest: string): string {
  const v = rest.trim();
  if (v.startsWith('"') || v.startsWith("'")) return '';
  // As `/[ \t]#.*$/` would find it, by a loop: the pattern searched to the end of the line from every
  // blank before a `#`. A comment runs to the end of the text, so it starts after its last line break.
  let start = rest.length;
  while (start > 0 && !'\n\r\u2028\u2029'.includes(rest[start - 1])) start--;
  for (let i = start; i + 1 < rest.length; i++) if ((rest[i] === ' ' || rest[i] === '\t') && rest[i + 1] === '#') return rest.slice(i);
  return '';
}
