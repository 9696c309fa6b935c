import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../src/core/answers/followups';
import { escapeText, followUpsCalendar } from '../../../src/core/formats/ics';
import { parseIsoDay } from '../../../src/core/model/day';
import { resolveSettings } from '../../../src/core/model/settings';
import { NetworkIndex } from '../../../src/core/index/network-index';
import { noteFromText } from '../../../src/cli/folder-source';

const day = (iso: string) => parseIsoDay(iso)!;

/** A follow-up for Dan, with the text and due day given. */
function followUp(text: string, due: number, name = 'Dan'): FollowUp {
  const index = new NetworkIndex(resolveSettings({}));
  index.upsert(noteFromText('People/Dan.md', '---\ntype: person\n---\n'));
  const person = { ...index.resolve().people[0], name };
  return { person, kind: 'promise', due, text, file: 'Daily/2026-11-20.md', line: 3, fingerprint: null };
}

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

/** What a TEXT value should read back as: line breaks as LF, every other control as U+FFFD. */
const expected = (text: string) =>
  text
    .replace(/\r\n|\r/g, '\n')
    .split('')
    .map((ch) => (ch !== '\n' && isControl(ch.charCodeAt(0)) ? '\uFFFD' : ch))
    .join('');

const hostileText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\r\n', '\\', ';', ',', 'é', '🌟', '漢'),
  ),
});

describe('iCalendar text', () => {
  it('reads back as written, with line breaks as \\n and every other control as U+FFFD', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (text, name) => {
        const ics = followUpsCalendar([followUp(text, day('2026-11-25'), name)], 'Vault', day('2026-11-25'));
        const lines = ics.split('\r\n');
        // Only CRLF ends a line: no raw control character anywhere else.
        for (const line of lines) expect([...line].filter((ch) => isControl(ch.charCodeAt(0)))).toEqual([]);
        const [event] = events(ics);
        expect(event.summary).toBe(`Follow up (promise): ${expected(name)}`);
        const url = 'obsidian://open?vault=Vault&file=Daily%2F2026-11-20';
        expect(event.description).toBe(expected(`${text}\nDaily/2026-11-20.md:3\n${url}`));
      }),
    );
  });

  it('a lone CR, BEL or ESC never goes raw into the file', () => {
    expect(escapeText('a\rb')).toBe('a\\nb');
    expect(escapeText('a\r\nb\nc')).toBe('a\\nb\\nc');
    expect(escapeText('bell\u0007 esc\u001b[2J tab\t')).toBe('bell\uFFFD esc\uFFFD[2J tab\uFFFD');
  });
});

describe('iCalendar dates', () => {
  it('every event ends the day after it starts, up to 9999-12-31', () => {
    const first = day('1000-01-01');
    const last = day('9999-12-31');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: first, max: last }), fc.constantFrom(first, last)), (due) => {
        const [event] = events(followUpsCalendar([followUp('x', due)], 'Vault', day('2026-11-25')));
        expect(event.endDate.compare(event.startDate)).toBe(1);
        expect(event.duration.toSeconds()).toBe(86_400);
      }),
    );
  });

  it('a deadline of 9999-12-31 is a one-day event, not one that ends before it starts', () => {
    const ics = followUpsCalendar([followUp('x', day('9999-12-31'))], 'Vault', day('2026-11-25'));
    expect(ics).toContain('DTSTART;VALUE=DATE:99991231');
    expect(ics).not.toContain('DTEND');
    const [event] = events(ics);
    expect(event.startDate.toString()).toBe('9999-12-31');
    expect(event.endDate.compare(event.startDate)).toBe(1);
  });
});
