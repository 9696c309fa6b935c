import { describe, expect, it } from 'vitest';
import { answers, person } from '../../helpers/vault';

const today = '2026-11-25';
const dan = person('Dan');

describe('promises', () => {
  it('an open promise is due at its deadline, or on the note date without one', () => {
    const a = answers(
      {
        'People/Dan.md': dan,
        'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck by next Tuesday\n- owe:: [[Dan]] the notes',
      },
      today,
    );
    expect(a.followups().map((f) => [f.kind, f.due, f.text, f.line])).toEqual([
      ['promise', '2026-11-20', '[[Dan]] the notes', 2],
      ['promise', '2026-11-24', '[[Dan]] the deck by next Tuesday', 1],
    ]);
  });

  it('a closed promise yields no follow-up', () => {
    const a = answers(
      { 'People/Dan.md': dan, 'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck ✅ 2026-11-21\n- [x] Send [[Dan]] notes' },
      today,
    );
    expect(a.followups()).toEqual([]);
  });

  it('lists what is due within 7 days, overdue included; --all lists everything', () => {
    const a = answers(
      {
        'People/Dan.md': dan,
        'Daily/2026-11-20.md': '- [ ] Send [[Dan]] a 📅 2026-12-02\n- [ ] Send [[Dan]] b 📅 2026-12-03\n- [ ] Send [[Dan]] c 📅 2026-01-01',
      },
      today,
    );
    expect(a.followups().map((f) => f.due)).toEqual(['2026-01-01', '2026-12-02']);
    expect(a.followups(true).map((f) => f.due)).toEqual(['2026-01-01', '2026-12-02', '2026-12-03']);
  });
});

describe('nudges never pester', () => {
  it('an ask past its date is nudged no sooner than 7 days after the last touch', () => {
    const a = answers(
      {
        'People/Carol.md': person('Carol'),
        'Daily/2026-11-10.md': '- ask:: [[Carol]] feedback on my CV by 2026-11-12',
        'Daily/2026-11-21.md': '- Called [[Carol]] about something else',
      },
      today,
    );
    expect(a.followups().map((f) => [f.kind, f.due])).toEqual([['nudge', '2026-11-28']]);
  });

  it('with no later touch the nudge is due at the item date or a week after asking', () => {
    const a = answers(
      {
        'People/Eve.md': person('Eve'),
        'Daily/2026-11-01.md': '- waiting:: [[Eve]] intro to her CTO by 2026-11-20',
        'Daily/2026-11-15.md': '- ask:: [[Eve]] a quick review',
      },
      today,
    );
    // Last touch is the ask on 11-15, so both wait until 11-22.
    expect(a.followups().map((f) => [f.kind, f.due, f.line])).toEqual([
      ['nudge', '2026-11-22', 1],
      ['nudge', '2026-11-22', 1],
    ]);
  });

  it('minNudgeGapDays is a setting', () => {
    const a = answers({ 'People/Eve.md': person('Eve'), 'Daily/2026-11-15.md': '- ask:: [[Eve]] a quick review' }, today, {
      minNudgeGapDays: 3,
    });
    expect(a.followups()[0].due).toBe('2026-11-18');
  });

  it('an answered ask or a received waiting is closed', () => {
    const a = answers(
      {
        'People/Eve.md': person('Eve'),
        'Daily/2026-11-15.md': '- ask:: [[Eve]] a review ✅ 2026-11-16\n- waiting:: [[Eve]] the brief ✅ 2026-11-17',
      },
      today,
    );
    expect(a.followups().filter((f) => f.kind === 'nudge')).toEqual([]);
  });
});

describe('reconnect', () => {
  it('is due a cadence after the last touch; any touch resets the clock', () => {
    const files = {
      'People/Noah.md': person('Noah', { cadence: '2w' }),
      'Daily/2026-11-01.md': '- Called [[Noah]]',
    };
    expect(
      answers(files, today)
        .followups()
        .map((f) => [f.kind, f.due, f.file, f.line]),
    ).toEqual([['reconnect', '2026-11-15', 'People/Noah.md', 1]]);
    const touched = { ...files, 'Daily/2026-11-20.md': '- got:: [[Noah]] an article' };
    expect(
      answers(touched, today)
        .followups()
        .filter((f) => f.kind === 'reconnect'),
    ).toEqual([]);
  });

  it.each([
    ['10d', '2026-11-11'],
    ['3 weeks', '2026-11-22'],
    ['monthly', '2026-12-01'],
    ['quarterly', '2027-02-01'],
  ])('cadence %s after 2026-11-01 → %s', (cadence, due) => {
    const a = answers({ 'People/N.md': person('N', { cadence }), 'Daily/2026-11-01.md': '- Met [[N]]' }, today);
    expect(a.followups(true).find((f) => f.kind === 'reconnect')!.due).toBe(due);
  });

  it('monthly is a calendar month, clamped to the month end', () => {
    const a = answers({ 'People/N.md': person('N', { cadence: 'monthly' }), 'Daily/2026-01-31.md': '- Met [[N]]' }, '2026-02-01');
    expect(a.followups(true).find((f) => f.kind === 'reconnect')!.due).toBe('2026-02-28');
  });

  it('never touched: met + cadence; neither: nothing; no default cadence unless configured', () => {
    const a = answers(
      {
        'People/M.md': person('M', { cadence: 'monthly', met: '2026-09-10' }),
        'People/Z.md': person('Z', { cadence: 'monthly' }),
        'People/Q.md': person('Q'),
      },
      today,
    );
    expect(a.followups(true).map((f) => [f.person, f.kind, f.due])).toEqual([['M', 'reconnect', '2026-10-10']]);
    const b = answers({ 'People/Q.md': person('Q', { met: '2026-09-10' }) }, today, { defaultCadence: '6w' });
    expect(b.followups(true).map((f) => [f.person, f.kind, f.due])).toEqual([['Q', 'reconnect', '2026-10-22']]);
  });
});

describe('first follow-up and thanks', () => {
  it('someone first met in the last 14 days with no touch since: 2 days after', () => {
    const a = answers(
      {
        'People/Iris.md': person('Iris'),
        'Meetings/2026-11-20 Conference.md': '---\ntype: meeting\nattendees: ["[[Iris]]"]\n---\n',
      },
      today,
    );
    expect(a.followups().map((f) => [f.kind, f.due, f.file])).toEqual([
      ['first-follow-up', '2026-11-22', 'Meetings/2026-11-20 Conference.md'],
    ]);
    const later = answers(
      {
        'People/Iris.md': person('Iris'),
        'Meetings/2026-11-20 Conference.md': '---\ntype: meeting\nattendees: ["[[Iris]]"]\n---\n',
        'Daily/2026-11-23.md': '- Emailed [[Iris]]',
      },
      today,
    );
    expect(later.followups()).toEqual([]);
  });

  it('a receipt asks for thanks within 3 days, cleared by a thanks on or after it', () => {
    const files = { 'People/Bob.md': person('Bob'), 'Daily/2026-11-20.md': '- got:: [[Bob]] lead on the Acme role #lead' };
    expect(
      answers(files, today)
        .followups()
        .map((f) => [f.kind, f.due, f.text]),
    ).toEqual([['thanks', '2026-11-23', 'Say thank you: [[Bob]] lead on the Acme role #lead']]);
    const thanked = { ...files, 'Daily/2026-11-21.md': '- thanks:: [[Bob]] for the lead' };
    expect(answers(thanked, today).followups()).toEqual([]);
    const early = { ...files, 'Daily/2026-11-10.md': '- thanks:: [[Bob]] for lunch' };
    expect(
      answers(early, today)
        .followups()
        .map((f) => f.kind),
    ).toEqual(['thanks']);
  });
});

describe('birthdays, snooze and archive', () => {
  it('birthdays in the next 7 days, year optional', () => {
    const a = answers({ 'People/K.md': person('K', { birthday: '1988-11-30' }), 'People/L.md': person('L', { birthday: '12-20' }) }, today);
    expect(a.followups().map((f) => [f.person, f.kind, f.due])).toEqual([['K', 'birthday', '2026-11-30']]);
  });

  it('29 February falls on 28 February in other years', () => {
    const a = answers({ 'People/K.md': person('K', { birthday: '2000-02-29' }) }, '2027-02-25');
    expect(a.followups()[0].due).toBe('2027-02-28');
  });

  it('a snoozed person yields nothing until snooze-until; an archived person never', () => {
    const files = {
      'People/M.md': person('M', { 'snooze-until': '2026-12-15' }),
      'People/J.md': person('J', { archived: 'true' }),
      'Daily/2026-11-20.md': '- owe:: [[M]] the deck\n- owe:: [[J]] the deck',
    };
    expect(answers(files, today).followups()).toEqual([]);
    expect(
      answers(files, '2026-12-15')
        .followups()
        .map((f) => f.person),
    ).toEqual(['M']);
  });
});

describe('ordering', () => {
  it('by due date, then kind, then person, file and line', () => {
    const a = answers(
      {
        'People/A.md': person('A', { birthday: '11-22' }),
        'People/B.md': person('B'),
        'Daily/2026-11-22.md': '- owe:: [[B]] x\n- owe:: [[A]] y\n- owe:: [[A]] z',
      },
      '2026-11-22',
    );
    expect(a.followups().map((f) => `${f.due} ${f.kind} ${f.person} ${f.line}`)).toEqual([
      '2026-11-22 promise A 2',
      '2026-11-22 promise A 3',
      '2026-11-22 promise B 1',
      '2026-11-22 birthday A 1',
    ]);
  });

  it('nothing dated after today counts as a touch', () => {
    const a = answers(
      { 'People/N.md': person('N', { cadence: '1w' }), 'Daily/2026-11-01.md': '- Met [[N]]', 'Daily/2026-12-01.md': '- Met [[N]]' },
      today,
    );
    expect(a.people()[0].lastContact).toBe('2026-11-01');
    expect(a.followups()[0].due).toBe('2026-11-08');
  });
});
