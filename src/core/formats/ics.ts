import { type Day, LAST_DAY, formatDay } from '../model/day';
import type { FollowUp } from '../answers/followups';
import { readable } from '../text/links';

/**
 * Follow-ups as an iCalendar file (RFC 5545): one all-day event per
 * follow-up, with the person, the text and a link back to the note.
 */
const CRLF = '\r\n';

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  if (bytes.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (day: Day) => formatDay(day).replace(/-/g, '');

/** A stable identifier, so that re-exporting updates events instead of duplicating them. */
function uid(f: FollowUp): string {
  const key = `${f.kind}|${f.file}|${f.line}|${f.person.path}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${f.kind}-${h.toString(16).padStart(8, '0')}-${f.line}@goodwill`;
}

export function obsidianUrl(vaultName: string, file: string): string {
  return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file.replace(/\.md$/i, ''))}`;
}

export function followUpsCalendar(followUps: FollowUp[], vaultName: string, today: Day): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Goodwill//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`Goodwill follow-ups (${vaultName})`)}`,
  ];
  for (const f of followUps) {
    const url = obsidianUrl(vaultName, f.file);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(f)}`,
      `DTSTAMP:${compact(today)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(f.due)}`,
      // An all-day event without an end lasts its day (RFC 5545 3.6.1): the last day of 9999 has no next day to end on.
      ...(f.due < LAST_DAY ? [`DTEND;VALUE=DATE:${compact(f.due + 1)}`] : []),
      `SUMMARY:${escapeText(`${f.kind === 'birthday' ? 'Birthday' : `Follow up (${f.kind})`}: ${f.person.name}`)}`,
      `DESCRIPTION:${escapeText(`${readable(f.text)}\n${f.file}:${f.line}\n${url}`)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
