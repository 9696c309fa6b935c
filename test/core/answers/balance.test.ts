import { describe, expect, it } from 'vitest';
import { answers, person } from '../../helpers/vault';

const today = '2026-11-25';

describe('balance arithmetic', () => {
  it('gives and kept promises are given; receipts, closed waitings and every ask are received, by kind weight', () => {
    const a = answers(
      {
        'People/A.md': person('A'),
        'Daily/2026-11-10.md': [
          '- give:: [[A]] intro to a VC #intro', // 3
          '- [x] Send [[A]] the deck ✅ 2026-11-11', // kept promise, action 1
          '- owe:: [[A]] the notes', // open promise: nothing yet
          '- got:: [[A]] a lead #lead', // 2
          '- waiting:: [[A]] a contact #contact ✅ 2026-11-12', // 2
          '- ask:: [[A]] an article', // open ask, information 1
          '- ask:: [[A]] a hand ✅ 2026-11-12', // answered ask, action 1
        ].join('\n'),
      },
      today,
    );
    expect(a.balance()).toEqual([
      expect.objectContaining({
        person: 'A',
        given: 4,
        received: 6,
        balance: -2,
        status: 'even',
        lastGive: '2026-11-11',
        lastReceipt: '2026-11-12',
      }),
    ]);
  });

  it('an introduction linking two people is a give to each of them', () => {
    const a = answers(
      { 'People/A.md': person('A'), 'People/B.md': person('B'), 'Daily/2026-11-10.md': '- Introduced [[A]] to [[B]]' },
      today,
    );
    expect(a.balance().map((r) => [r.person, r.given])).toEqual([
      ['A', 3],
      ['B', 3],
    ]);
  });

  it('a receipt written "from [[X]]" belongs to X', () => {
    const a = answers(
      { 'People/A.md': person('A'), 'People/B.md': person('B'), 'Daily/2026-11-10.md': '- Got an intro to [[A]] from [[B]] #intro' },
      today,
    );
    expect(a.balance().map((r) => [r.person, r.received])).toEqual([['B', 3]]);
  });

  it('weights are settings, and old trades fade with a half-life when set', () => {
    const files = { 'People/A.md': person('A'), 'Daily/2026-11-05.md': '- give:: [[A]] a lead' };
    expect(answers(files, today, { weights: { lead: 5 } as never }).balance()[0].given).toBe(5);
    expect(answers(files, today, { halfLifeDays: 20 }).balance()[0].given).toBe(1);
  });

  it('future-dated trades do not count yet', () => {
    const a = answers({ 'People/A.md': person('A'), 'Daily/2026-12-10.md': '- give:: [[A]] a lead' }, today);
    expect(a.balance()).toEqual([]);
  });
});

describe('statuses', () => {
  const vault = {
    'People/Over.md': person('Over'),
    'People/One.md': person('One'),
    'People/Credit.md': person('Credit'),
    'People/Even.md': person('Even'),
    'People/Old.md': person('Old'),
    'Daily/2026-06-15.md': '- got:: [[Old]] a lead',
    'Daily/2026-11-10.md': [
      '- got:: [[Over]] intro to a CFO #intro',
      '- ask:: [[Over]] a lead on a role',
      '- give:: [[One]] a tip',
      '- give:: [[One]] a tip',
      '- give:: [[One]] a tip',
      '- give:: [[Old]] a tip',
      '- give:: [[Old]] a tip',
      '- give:: [[Old]] a tip',
      '- give:: [[Credit]] intro to a VC #intro',
      '- give:: [[Credit]] a lead',
      '- got:: [[Credit]] a tip',
      '- give:: [[Even]] a tip',
    ].join('\n'),
  };

  it('overdrawn, one-way, in-credit, even: in that order, then by size', () => {
    const rows = answers(vault, today).balance();
    expect(rows.map((r) => [r.person, r.status, r.balance])).toEqual([
      ['Over', 'overdrawn', -5],
      ['One', 'one-way', 3],
      ['Credit', 'in-credit', 4],
      ['Even', 'even', 1],
      ['Old', 'even', 1],
    ]);
  });

  it('one-way needs nothing received within 180 days', () => {
    expect(
      answers(vault, today)
        .balance()
        .find((r) => r.person === 'Old')!.status,
    ).toBe('even');
    const later = answers(vault, '2026-12-31').balance();
    // The lead from June is now more than 180 days old.
    expect(later.find((r) => r.person === 'Old')!.status).toBe('one-way');
  });

  it('thresholds are settings', () => {
    const rows = answers(vault, today, { overdrawnThreshold: 10, oneWayGives: 5, inCreditThreshold: 0 }).balance();
    expect(rows.map((r) => [r.person, r.status])).toEqual([
      ['Credit', 'in-credit'],
      ['One', 'in-credit'],
      ['Even', 'in-credit'],
      ['Old', 'in-credit'],
      ['Over', 'even'],
    ]);
  });
});
