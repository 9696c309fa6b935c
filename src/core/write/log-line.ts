import type { DateResolver } from '../language/dates';
import type { Language } from '../language/languages';
import { vocabularyFor } from '../language/vocabulary';
import { type Day, formatDay } from '../model/day';
import type { LineType } from '../model/line-type';
import { deadlineIn } from '../read/lines';
import { isPlaceholderType } from '../read/own-text';
import { extractLinks, readable } from '../text/links';
import type { Person } from '../read/people';
import { markup, inertText, noteLine } from './note-line';
import { personLink } from './written-links';

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

const LOG_TYPES: Record<LogKind, LineType> = { give: 'give', got: 'receipt', ask: 'ask', owe: 'promise', met: 'touch' };

export interface ComposedLine {
  line: string;
  /** The deadline read from the text (asks and promises), written as 📅 so it no longer depends on the note's date. */
  due: Day | null;
}

/**
 * One well-formed interaction line. A deadline in the text ("by next Friday",
 * in the words of the notes' language, as the reader reads it) is resolved
 * from today and written as `📅 YYYY-MM-DD`; when the line goes into a note
 * without today's date, it starts with today's date. The text is made inert
 * (noteLine), so the line reads back as this one interaction.
 */
export function composeLogLine(
  kind: LogKind,
  person: Person,
  text: string,
  today: Day,
  resolver: DateResolver,
  datePrefix: boolean,
  language: Language = 'en',
): ComposedLine {
  const clean = inertText(text).trim();
  let due: Day | null = null;
  if ((kind === 'ask' || kind === 'owe') && clean) {
    due = resolver.resolve(deadlineIn(clean, vocabularyFor(language)) ?? clean, today, 'forward');
  }
  // With nothing said, `- give:: [[Dan]]` would read as a template's placeholder: the date says it happened.
  const dated = datePrefix || (clean === '' && isPlaceholderType(LOG_TYPES[kind]));
  const date = dated ? formatDay(today) : '';
  const dueMark = due !== null && !/📅/u.test(clean) ? markup(`📅 ${formatDay(due)}`) : '';
  return { line: noteLine`- ${date} ${markup(kind)}:: ${personLink(person)} ${clean} ${dueMark}`, due };
}

/** The line that records a made introduction in today's note: a give to both. */
export function introductionMadeLine(a: Person, b: Person, today: Day, datePrefix: boolean): string {
  return noteLine`- ${datePrefix ? formatDay(today) : ''} Introduced ${personLink(a)} to ${personLink(b)} #intro`;
}

/**
 * The line that thanks a person for what they gave: `- thanks:: [[X]] for
 * <what>`, what being the receipt's text without the link to them that starts
 * it, any other link as the text it shows (the thank-you is to them alone).
 * When that text names a day, the line starts with today's: the thank-you is
 * today's, whenever the gift was.
 */
export function thanksLine(person: Person, receipt: string, today: Day, resolver: DateResolver, datePrefix: boolean): string {
  const links = extractLinks(receipt);
  const what = readable(links.length > 0 && links[0].start === 0 ? receipt.slice(links[0].end) : receipt).trim();
  const dated = datePrefix || (what !== '' && resolver.resolve(what, today, 'back') !== null);
  return noteLine`- ${dated ? formatDay(today) : ''} thanks:: ${personLink(person)} ${what ? `for ${what}` : ''}`;
}
