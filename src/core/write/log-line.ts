import type { DateResolver } from '../language/dates';
import { type Day, formatDay } from '../model/day';
import { baseName } from '../model/note';
import type { Person } from '../read/people';

/** What the log commands record. */
export const LOG_KINDS = ['give', 'got', 'ask', 'owe', 'met'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const LOG_KIND_LABELS: Record<LogKind, string> = {
  give: 'a give',
  got: 'a receipt',
  ask: 'an ask',
  owe: 'a promise',
  met: 'a touch',
};

/** A link that survives renames of the display name: the file's base name, showing the person's name. */
export function personLink(person: Person): string {
  const file = baseName(person.path);
  return file === person.name ? `[[${file}]]` : `[[${file}|${person.name}]]`;
}

export interface ComposedLine {
  line: string;
  /** The deadline read from the text (asks and promises), written as 📅 so it no longer depends on the note's date. */
  due: Day | null;
}

/**
 * One well-formed interaction line. A deadline in the text ("by next Friday")
 * is resolved from today and written as `📅 YYYY-MM-DD`; when the line goes
 * into a note without today's date, it starts with today's date.
 */
export function composeLogLine(
  kind: LogKind,
  person: Person,
  text: string,
  today: Day,
  resolver: DateResolver,
  datePrefix: boolean,
): ComposedLine {
  const clean = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let due: Day | null = null;
  if ((kind === 'ask' || kind === 'owe') && clean) {
    // `clean` is one line, so `(.*)` reaches its end without the `$` that made the pattern backtrack.
    const deadline = /\b(?:by|due|before|until)\b[ \t:]*(.*)/i.exec(clean);
    due = resolver.resolve(deadline ? deadline[1] : clean, today, 'forward');
  }
  const parts = ['-'];
  if (datePrefix) parts.push(formatDay(today));
  parts.push(`${kind}::`, personLink(person));
  if (clean) parts.push(clean);
  if (due !== null && !/📅/u.test(clean)) parts.push(`📅 ${formatDay(due)}`);
  return { line: parts.join(' '), due };
}

/** The line that records a made introduction in today's note: a give to both. */
export function introductionMadeLine(a: Person, b: Person, today: Day, datePrefix: boolean): string {
  return `-${datePrefix ? ` ${formatDay(today)}` : ''} Introduced ${personLink(a)} to ${personLink(b)} #intro`;
}
