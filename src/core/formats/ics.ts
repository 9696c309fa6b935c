import type { ClockTime } from '../model/clock-time';
import { type Day, formatDay } from '../model/day';
import type { FollowUp } from '../answers/followups';
import { fnv1a } from '../text/hash';
import { readable } from '../text/links';

/**
 * Follow-ups as an iCalendar file (RFC 5545): one all-day event per
 * follow-up, with the person, the text and a link back to the note.
 */
const CRLF = '\r\n';

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a
 * line break (CRLF, LF or a lone CR) written as `\n`. Every other control
 * character (C0, DEL, C1) becomes U+FFFD: a raw CR, BEL or ESC from a note
 * would end the content line early or reach whatever shows the event.
 */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    if (ch === '\\' || ch === ';' || ch === ',') out += `\\${ch}`;
    else if (ch === '\r' || ch === '\n') {
      out += '\\n';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += '\uFFFD';
    else out += ch;
  }
  return out;
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

/** An iCalendar DATE has a four-digit year: the day as `YYYYMMDD`, or null when it has none. */
function icsDate(day: Day): string | null {
  const iso = formatDay(day);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.replace(/-/g, '') : null;
}

/** A stable identifier, so that re-exporting updates events instead of duplicating them. */
function uid(f: FollowUp): string {
  const key = `${f.kind}|${f.file}|${f.line}|${f.person.path}`;
  return `${f.kind}-${fnv1a(key).toString(16).padStart(8, '0')}-${f.line ?? 0}@goodwill`;
}

export function obsidianUrl(vaultName: string, file: string): string {
  return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file.replace(/\.md$/i, ''))}`;
}

/**
 * An alarm at `at` on the event's day: a trigger relative to the start of an
 * all-day event, whose DATE has no time zone, rings at that wall-clock time
 * wherever the calendar is (RFC 5545 3.8.6.3): `PT9H` is 09:00 local time.
 */
function alarm(at: ClockTime, summary: string): string[] {
  const offset = at.hour === 0 && at.minute === 0 ? '0S' : `${at.hour > 0 ? `${at.hour}H` : ''}${at.minute > 0 ? `${at.minute}M` : ''}`;
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${summary}`, `TRIGGER;RELATED=START:PT${offset}`, 'END:VALARM'];
}

/** The follow-ups as a calendar; with `alarmAt`, each event rings at that local time on its day. */
export function followUpsCalendar(followUps: FollowUp[], vaultName: string, today: Day, alarmAt: ClockTime | null = null): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Goodwill//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`Goodwill follow-ups (${vaultName})`)}`,
  ];
  const stamp = icsDate(today) ?? '19700101';
  for (const f of followUps) {
    const start = icsDate(f.due);
    // A day no calendar can hold is no event (the reader keeps dates within years 1000–9999).
    if (start === null) continue;
    const end = icsDate(f.due + 1);
    // A reconnect or birthday of a person without a note (a person tag) has no note to open.
    const url = f.file === null ? null : obsidianUrl(vaultName, f.file);
    const summary = escapeText(`${f.kind === 'birthday' ? 'Birthday' : `Follow up (${f.kind})`}: ${f.person.name}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(f)}`,
      `DTSTAMP:${stamp}T000000Z`,
      `DTSTART;VALUE=DATE:${start}`,
      // On 9999-12-31 the next day has no four-digit year; without DTEND an all-day event lasts one day (RFC 5545 3.6.1).
      ...(end === null ? [] : [`DTEND;VALUE=DATE:${end}`]),
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeText(url === null ? readable(f.text) : `${readable(f.text)}\n${f.file}:${f.line}\n${url}`)}`,
      ...(url === null ? [] : [`URL:${url}`]),
      'TRANSP:TRANSPARENT',
      ...(alarmAt === null ? [] : alarm(alarmAt, summary)),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
