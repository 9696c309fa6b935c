import { describe, expect, it } from 'vitest';
import {
  effectiveCadence,
  hasTouch,
  inWindow,
  isSnoozed,
  isTouchType,
  lastTouch,
  oneToOnes,
  promisesKept,
  touchDays,
  touchSpan,
} from '../../../src/core/index/ledger-facts';
import { resolveSettings } from '../../../src/core/model/settings';
import { day, indexOf, person } from '../../helpers/vault';

const today = day('2026-11-25');

/** The ledger of the one person A in a vault. */
function ledgerOf(files: Record<string, string>) {
  const network = indexOf({ 'People/A.md': person('A'), ...files }).resolve();
  const [a] = network.people;
  return { person: a, entries: network.ledger(a) };
}

const meeting = (d: string) => ({ [`Meetings/${d} 1-2-1.md`]: `---\ntype: meeting\nattendees: ["[[A]]"]\n---\n` });

describe('touches', () => {
  it('are every entry on its day but open promises, waitings and outcomes, and every closing day, up to today', () => {
    expect(['give', 'ask', 'touch', 'meeting', 'first-met'].every((t) => isTouchType(t as never))).toBe(true);
    expect(['promise', 'waiting', 'outcome'].some((t) => isTouchType(t as never))).toBe(false);
    const { entries } = ledgerOf({
      'Daily/2026-10-01.md': '- give:: [[A]] a tip',
      'Daily/2026-10-05.md': '- owe:: [[A]] the deck by 2026-10-20 ✅ 2026-10-12\n- owe:: [[A]] a call',
      'Daily/2026-12-01.md': '- give:: [[A]] a book',
    });
    expect(touchDays(entries, today)).toEqual([day('2026-10-01'), day('2026-10-12')]);
    expect(touchSpan(entries, today)).toEqual({ first: day('2026-10-01'), last: day('2026-10-12') });
    expect(lastTouch(entries, today)).toBe(day('2026-10-12'));
    expect(hasTouch(entries, today)).toBe(true);
    expect(hasTouch(entries, day('2026-09-30'))).toBe(false);
    expect(touchSpan(entries, day('2026-09-30'))).toBeNull();
    expect(lastTouch(entries, day('2026-09-30'))).toBeNull();
  });

  it('agree with each other on any day', () => {
    const { entries } = ledgerOf({
      ...meeting('2026-09-03'),
      'Daily/2026-09-10.md': '- waiting:: [[A]] an intro by 2026-09-20 ✅ 2026-09-25\n- outcome:: [[A]] hired',
      'Daily/2026-11-02.md': '- ask:: [[A]] a reference',
    });
    for (let d = day('2026-09-01'); d <= today; d++) {
      const days = touchDays(entries, d);
      const span = touchSpan(entries, d);
      expect(span === null ? [] : [span.first, span.last]).toEqual(days.length ? [days[0], days[days.length - 1]] : []);
      expect(hasTouch(entries, d)).toBe(days.length > 0);
    }
  });
});

describe('one-to-ones', () => {
  it('are counted in a window, its last day in, the day before its start out', () => {
    const { entries } = ledgerOf({ ...meeting('2026-09-01'), ...meeting('2026-11-01'), ...meeting('2026-11-25') });
    expect(oneToOnes(entries, { after: null, through: today })).toBe(3);
    expect(oneToOnes(entries, { after: day('2026-09-01'), through: today })).toBe(2);
    expect(oneToOnes(entries, { after: day('2026-10-31'), through: day('2026-11-24') })).toBe(1);
    expect(inWindow(null, { after: null, through: today })).toBe(false);
  });
});

describe('promises kept on time', () => {
  it('counts mine and theirs closed by their due day, and the late ones, in the window', () => {
    const { entries } = ledgerOf({
      'Daily/2026-10-01.md': [
        '- owe:: [[A]] the deck by 2026-10-10 ✅ 2026-10-09',
        '- owe:: [[A]] the notes by 2026-10-10 ✅ 2026-10-15',
        '- waiting:: [[A]] an intro by 2026-10-10 ✅ 2026-10-10',
        '- owe:: [[A]] a call by 2026-11-01',
        '- owe:: [[A]] a coffee by 2026-06-01',
      ].join('\n'),
    });
    const window = { after: day('2026-07-01'), through: today };
    expect(promisesKept(entries, window)).toEqual({ mine: 1, theirs: 1, closedMine: 2, late: 2 });
    // Since ever: the coffee overdue since June is late too.
    expect(promisesKept(entries, { after: null, through: today })).toEqual({ mine: 1, theirs: 1, closedMine: 2, late: 3 });
    // Before anything was closed.
    expect(promisesKept(entries, { after: null, through: day('2026-10-08') })).toEqual({ mine: 0, theirs: 0, closedMine: 0, late: 1 });
  });
});

describe('a snooze', () => {
  it('holds until its day, not on it', () => {
    const { person: a } = ledgerOf({});
    expect(isSnoozed(a, today)).toBe(false);
    const snoozed = indexOf({ 'People/A.md': person('A', { 'snooze-until': '2026-11-30' }) }).resolve().people[0];
    expect(isSnoozed(snoozed, today)).toBe(true);
    expect(isSnoozed(snoozed, day('2026-11-30'))).toBe(false);
  });
});

describe('the cadence in force', () => {
  it("is the person's own, else the settings' default, read once per text", () => {
    const own = indexOf({ 'People/A.md': person('A', { cadence: '2w' }) }).resolve().people[0];
    const none = indexOf({ 'People/A.md': person('A') }).resolve().people[0];
    const settings = resolveSettings({ defaultCadence: '6w' });
    expect(effectiveCadence(own, settings)).toEqual({ unit: 'days', count: 14 });
    expect(effectiveCadence(none, settings)).toEqual({ unit: 'days', count: 42 });
    expect(effectiveCadence(none, settings)).toBe(effectiveCadence(none, resolveSettings({ defaultCadence: '6w' })));
    expect(effectiveCadence(none, resolveSettings({}))).toBeNull();
    // A setting changed in place is read anew.
    settings.defaultCadence = 'quarterly';
    expect(effectiveCadence(none, settings)).toEqual({ unit: 'months', count: 3 });
  });
});
