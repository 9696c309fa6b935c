import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

async function ics(...extra: string[]): Promise<string> {
  let out = '';
  const code = await runCli(['example-vault', 'followups', '--ics', '--today', '2026-11-25', ...extra], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

describe('followups --ics', () => {
  it('is a valid iCalendar file: one all-day event per follow-up, read back by a real parser', async () => {
    const text = await ics();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    let json = '';
    await runCli(['example-vault', 'followups', '--json', '--today', '2026-11-25'], { out: (t) => (json += t), err: () => undefined });
    const rows = JSON.parse(json) as { person: string; due: string; kind: string }[];
    expect(events).toHaveLength(rows.length);
    const first = events[0];
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe(rows[0].due);
    expect(first.summary).toBe(`Follow up (${rows[0].kind}): ${rows[0].person}`);
    expect(first.description).toContain('People/Noah Park.md:1');
    expect(first.component.getFirstPropertyValue('url')).toBe('obsidian://open?vault=example-vault&file=People%2FNoah%20Park');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('escapes text and folds long lines without breaking characters', async () => {
    const text = await ics('--all');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const descriptions = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).description);
    expect(descriptions.some((d) => d.includes('Say thank you: Priya Shah intro to the Hooli CFO #intro'))).toBe(true);
  });

  it('with --alarm, each all-day event rings at that local time on its due day, read back by a real parser', async () => {
    const text = await ics('--all', '--alarm', '09:00');
    expect(text).toContain('TRIGGER;RELATED=START:PT9H\r\n');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(3);
    for (const vevent of events) {
      const event = new ICAL.Event(vevent);
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarms[0].getFirstPropertyValue('description')).toBe(event.summary);
      // The start is a DATE without a zone: the alarm rings at 09:00 wherever the calendar is.
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.zone?.tzid ?? 'floating').toBe('floating');
      const rings = event.startDate.clone();
      rings.isDate = false;
      rings.addDuration(alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration);
      expect([rings.toString().slice(0, 10), rings.hour, rings.minute]).toEqual([event.startDate.toString(), 9, 0]);
    }
  });

  it('writes the trigger for any time of day, and no alarm without --alarm', async () => {
    expect(await ics('--alarm', '18:45')).toContain('TRIGGER;RELATED=START:PT18H45M\r\n');
    expect(await ics('--alarm', '00:30')).toContain('TRIGGER;RELATED=START:PT30M\r\n');
    expect(await ics('--alarm', '00:00')).toContain('TRIGGER;RELATED=START:PT0S\r\n');
    expect(await ics()).not.toContain('VALARM');
  });

  it('--alarm goes with --ics, and takes a time written HH:MM; anything else exits 2', async () => {
    for (const [argv, message] of [
      [['followups', '--alarm', '09:00'], '--alarm goes with --ics'],
      [['followups', '--json', '--alarm', '09:00'], '--alarm goes with --ics'],
      [['followups', '--ics', '--alarm', '9:00'], '--alarm takes a time of day written HH:MM, from 00:00 to 23:59, not "9:00"'],
      [['followups', '--ics', '--alarm', '24:00'], 'not "24:00"'],
      [['followups', '--ics', '--alarm=09:60'], 'not "09:60"'],
      [['followups', '--ics', '--alarm', '9am'], 'not "9am"'],
      [['followups', '--ics', '--alarm'], '--alarm needs a value'],
    ] as const) {
      let err = '';
      let out = '';
      const code = await runCli(['example-vault', ...argv], { out: (t) => (out += t), err: (t) => (err += t) });
      expect([code, out], argv.join(' ')).toEqual([2, '']);
      expect(err).toContain(message);
    }
  });

  it('goes with followups only, and not with --json', async () => {
    let err = '';
    expect(await runCli(['example-vault', 'balance', '--ics'], { out: () => undefined, err: (t) => (err += t) })).toBe(2);
    expect(err).toContain('--ics goes with followups');
  });
});
