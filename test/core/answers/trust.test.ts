import { describe, expect, it } from 'vitest';
import { health, healthRows } from '../../../src/core/answers/health';
import { answers, day, person } from '../../helpers/vault';

const today = '2026-11-25';
const meeting = (d: string, who: string) => [`Meetings/${d} 1-2-1.md`, `---\ntype: meeting\nattendees: ["[[${who}]]"]\n---\n`];

describe('the trust light', () => {
  it('green with one-to-ones, gives both ways, promises kept on time both ways and cadence kept', () => {
    const a = answers(
      {
        'People/A.md': person('A', { cadence: 'monthly' }),
        ...Object.fromEntries([meeting('2026-11-10', 'A')]),
        'Daily/2026-11-01.md':
          '- give:: [[A]] a tip\n- got:: [[A]] a lead\n- owe:: [[A]] deck by 2026-11-05 ✅ 2026-11-04\n- waiting:: [[A]] intro by 2026-11-08 ✅ 2026-11-07',
      },
      today,
    );
    expect(a.people()[0]).toMatchObject({ light: 'green', promisesKeptOnTime: 2 });
  });

  it('amber, then red, as signals go; none for someone never in touch', () => {
    const amber = answers({ 'People/A.md': person('A'), ...Object.fromEntries([meeting('2026-11-10', 'A')]) }, today);
    expect(amber.people()[0].light).toBe('amber'); // a one-to-one, and no cadence to break
    const red = answers(
      { 'People/A.md': person('A', { cadence: '2w' }), 'Daily/2026-09-01.md': '- Met [[A]]\n- owe:: [[A]] deck by 2026-09-05' },
      today,
    );
    expect(red.people()[0]).toMatchObject({ light: 'red', promisesKeptOnTime: 0 });
    expect(answers({ 'People/A.md': person('A') }, today).people()[0].light).toBeNull();
  });

  it('only the rolling window counts', () => {
    const old = answers({ 'People/A.md': person('A', { cadence: 'yearly' }), ...Object.fromEntries([meeting('2026-01-10', 'A')]) }, today);
    expect(old.people()[0].light).toBe('red'); // the one-to-one is older than six months
    const wide = answers(
      { 'People/A.md': person('A', { cadence: 'yearly' }), ...Object.fromEntries([meeting('2026-01-10', 'A')]) },
      today,
      { trustWindowMonths: 12 },
    );
    expect(wide.people()[0].light).toBe('amber');
  });
});

describe('network health', () => {
  it('summarises giving, one-to-ones, promises, cold contacts and weak ties', () => {
    const a = answers(
      {
        'People/A.md': person('A', { tie: 'weak' }),
        'People/B.md': person('B', { cadence: '2w' }),
        'People/C.md': person('C'),
        ...Object.fromEntries([meeting('2026-11-03', 'A')]),
        'Daily/2026-10-01.md': '- Met [[B]]\n- give:: [[B]] intro to [[C]] #intro\n- owe:: [[C]] notes by 2026-10-03 ✅ 2026-10-05',
        'Daily/2026-11-20.md': '- got:: [[A]] a lead\n- owe:: [[A]] deck by 2026-11-21 ✅ 2026-11-21',
      },
      today,
    );
    const h = health(a.index.resolve(), a.index.settings, day(today));
    expect(h).toMatchObject({
      given: 8,
      received: 2,
      givingRatio: 4,
      oneToOnesThisMonth: 1,
      promisesClosed: 2,
      promisesKeptOnTime: 1,
      goneCold: ['B'],
      weakTiesMetRecently: ['A'],
    });
    expect(healthRows(h, day(today)).map((r) => `${r.metric}: ${r.value}`)).toEqual([
      'giving ratio: 4',
      'one-to-ones this month: 1',
      'promises kept on time: 1/2',
      'gone cold: 1',
      'weak ties met recently: 1',
      'trust lights: 1 green, 0 amber, 2 red',
    ]);
  });
});
