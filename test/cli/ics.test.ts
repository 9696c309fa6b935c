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

  it('goes with followups only, and not with --json', async () => {
    let err = '';
    expect(await runCli(['example-vault', 'balance', '--ics'], { out: () => undefined, err: (t) => (err += t) })).toBe(2);
    expect(err).toContain('--ics goes with followups');
  });
});
