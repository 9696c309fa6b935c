import { type Day, formatDay } from '../model/day';
import { type LineFingerprint, lineFingerprint } from '../text/line-fingerprint';

/**
 * Pure line edits the plugin writes through `vault.process`. Each takes the
 * whole file text, changes exactly one line and keeps every other byte,
 * line endings included.
 */
export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

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
  if (!target) return { ok: false, reason: `line ${lineNo} no longer exists` };
  if (lineFingerprint(target.line) !== expected) return { ok: false, reason: `line ${lineNo} changed since it was read` };
  const changed = change(target.line);
  if (/[\r\n]/.test(changed)) return { ok: false, reason: 'an edit may not add lines' };
  target.line = changed;
  return { ok: true, text: lines.map((l) => l.line + l.eol).join('') };
}

/** Closes an interaction line: ticks an open task, and appends ` ✅ YYYY-MM-DD` unless it has one. */
export function closeLine(line: string, today: Day): string {
  let out = line.replace(OPEN_TASK, (_all, prefix: string) => `${prefix}[x]`);
  if (!DONE_MARK.test(out)) out = `${withoutTrailingBlanks(out)} ✅ ${formatDay(today)}`;
  return out;
}

/** Appends a line at the end of a note, adding a line break before it when the note lacks one. */
export function appendLine(text: string, line: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (text.length === 0) return `${line}${eol}`;
  return `${text}${/\r?\n$/.test(text) ? '' : eol}${line}${eol}`;
}

/**
 * Replaces the section that starts with a line beginning with `heading` (up to
 * the next heading of the same or a higher level), or appends it when the
 * note has none: writing it twice on one day replaces instead of duplicating.
 */
export function upsertSection(text: string, heading: string, section: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const start = lines.findIndex((l) => l.startsWith(heading));
  const body = section.split(/\r?\n/);
  if (start < 0) {
    const trimmed = withoutTrailingLineBreaks(text);
    return `${trimmed}${trimmed ? `${eol}${eol}` : ''}${body.join(eol)}${eol}`;
  }
  let end = start + 1;
  while (end < lines.length) {
    const m = /^(#+)\s/.exec(lines[end]);
    if (m && m[1].length <= level) break;
    end++;
  }
  const after = lines.slice(end);
  const keepBlank = after.length > 0 && after.some((l) => l !== '') ? [''] : [];
  return withoutTrailingLineBreaks([...lines.slice(0, start), ...body, ...keepBlank, ...after].join(eol)) + eol;
}

// Trailing runs are trimmed by loops: `/[ \t]+$/` and `/(\r?\n)+$/` search to the
// end of every run from each of its characters, which is quadratic.

/** The line without the spaces and tabs at its end. */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return line.slice(0, end);
}

/** The text without the line breaks (`\n` or `\r\n`) at its end; a lone `\r` stays. */
function withoutTrailingLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end -= end > 1 && text.charCodeAt(end - 2) === 13 ? 2 : 1;
  return text.slice(0, end);
}
