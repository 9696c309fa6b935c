import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { formatDay } from '../../../src/core/model/day';
import { parseQuery } from '../../../src/core/query/parse';
import { runQuery } from '../../../src/core/query/run';
import { answers, day, person } from '../../helpers/vault';

describe('parsing queries', () => {
  it.each([
    ['followups due before next week', { type: 'followups', dueBefore: 'next week', person: null, kind: null, limit: null }],
    ['followups for [[Carol Evans]]', { type: 'followups', dueBefore: null, person: 'carol evans', kind: null, limit: null }],
    ['FOLLOWUPS kind is nudge limit 2', { type: 'followups', dueBefore: null, person: null, kind: 'nudge', limit: 2 }],
    ['balance where status is overdrawn', { type: 'balance', status: 'overdrawn', person: null, sort: 'urgency', limit: null }],
    ['balance sort by received', { type: 'balance', status: null, person: null, sort: 'received', limit: null }],
    ['intros for [[Alice Chen]] limit 3', { type: 'intros', person: 'alice chen', limit: 3 }],
    ['person [[Bob Diaz|Bob]]', { type: 'person', person: 'bob diaz' }],
    ['# a comment\n\npeople limit 5', { type: 'people', limit: 5 }],
    ['org [[Orgs/Acme|Acme Inc]]', { type: 'org', name: 'orgs/acme' }],
    ['ORGS', { type: 'orgs' }],
  ])('%s', (source, query) => {
    expect(parseQuery(source)).toMatchObject({ ok: true, value: query });
  });

  it.each([
    ['', 'empty query: try "followups" or "balance"', 1, 1],
    [
      'folowups',
      'unknown query "folowups": did you mean "followups"? (start with followups, balance, intros, person, brief, org, orgs, people, digest, health or provenance)',
      1,
      1,
    ],
    [
      'sideways',
      'unknown query "sideways" (start with followups, balance, intros, person, brief, org, orgs, people, digest, health or provenance)',
      1,
      1,
    ],
    ['followups limt 3', 'unexpected "limt": did you mean "limit"? (followups takes: due before, for, kind is, limit)', 1, 11],
    [
      'followups kind is nuge',
      'expected a kind: promise, nudge, thanks, first-follow-up, reconnect, birthday; did you mean "nudge"?',
      1,
      19,
    ],
    ['balance where status is broke', 'expected a status: overdrawn, one-way, in-credit, even', 1, 25],
    ['followups limit zero', 'expected a whole number above 0', 1, 17],
    ['followups due before', 'expected a date, such as "next week" or 2026-12-01', 1, 21],
    ['person Bob', 'expected a person as a [[link]]', 1, 8],
    ['org Acme', 'expected an organisation as a [[link]]', 1, 5],
    ['org [[Acme]] [[Initech]]', 'org takes one [[link]] and nothing else', 1, 14],
    ['orgs [[Acme]]', 'orgs takes nothing else', 1, 6],
    ['balance\nintros', 'one query per block', 2, 1],
    ['intros sideways', 'unexpected "sideways" (intros takes: for, limit)', 1, 8],
  ])('error in %j says what and where', (source, message, line, column) => {
    expect(parseQuery(source)).toEqual({ ok: false, error: { message, line, column } });
  });

  it('random text never throws', () => {
    const words = fc.constantFrom(
      'followups',
      'balance',
      'intros',
      'person',
      'people',
      'due',
      'before',
      'for',
      'kind',
      'is',
      'limit',
      'where',
      'status',
      'sort',
      'by',
      '[[A]]',
      '[[',
      '3',
      'next',
      'week',
      '\n',
      '#',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((w) => w.join(' ')),
        ),
        (s) => void parseQuery(s),
      ),
    );
  });
});

describe('running queries', () => {
  const vault = {
    'People/Carol Evans.md': person('Carol Evans'),
    'People/Dan.md': person('Dan'),
    'Daily/2026-11-20.md':
      '- owe:: [[Carol Evans]] deck by 2026-11-26\n- owe:: [[Dan]] notes by 2026-12-20\n- got:: [[Dan]] intro #intro\n- got:: [[Dan]] lead #lead',
  };
  const today = day('2026-11-25');
  const run = (source: string) => {
    const a = answers(vault, '2026-11-25');
    const parsed = parseQuery(source);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return runQuery(parsed.value, a.index.resolve(), a.index.settings, today, new DateResolver());
  };

  it('followups due before a natural-language date, or for one person', () => {
    const r = run('followups due before next week');
    // "next week" from 2026-11-25 is 2026-12-02: Dan's notes (due 12-20) are left out.
    expect(r.type === 'followups' && r.rows.map((f) => `${f.kind} ${f.person.name} ${formatDay(f.due)}`)).toEqual([
      'thanks Dan 2026-11-23',
      'thanks Dan 2026-11-23',
      'promise Carol Evans 2026-11-26',
    ]);
    const forDan = run('followups for [[Dan]]');
    expect(forDan.type === 'followups' && forDan.rows.map((f) => f.text)).toEqual([
      'Say thank you: [[Dan]] intro #intro',
      'Say thank you: [[Dan]] lead #lead',
      '[[Dan]] notes by 2026-12-20',
    ]);
  });

  it('balance filters and sorts', () => {
    const r = run('balance where status is overdrawn');
    expect(r.type === 'balance' && r.rows.map((b) => b.person.name)).toEqual(['Dan']);
  });

  it('a person card has stage, last contact and open promises both ways', () => {
    const r = run('person [[Dan]]');
    if (r.type !== 'person') throw new Error(r.type);
    expect(r.card.stage).toBe('known');
    expect(r.card.owedByMe.map((e) => e.text)).toEqual(['[[Dan]] notes by 2026-12-20']);
    expect(r.card.balance?.received).toBe(5);
  });

  it('an unknown person is an error answer, not an exception', () => {
    expect(run('person [[Nobody]]')).toEqual({ type: 'error', message: 'no person called "Nobody"', line: 1, column: 8 });
  });

  it('errors found while running say where they are, in the words written', () => {
    expect(run('# mine\n  followups for [[Ada Lovelace|Ada]] limit 2')).toEqual({
      type: 'error',
      message: 'no person called "Ada Lovelace"',
      line: 2,
      column: 17,
    });
    expect(run('followups due before Blursday')).toEqual({ type: 'error', message: '"Blursday" is not a date', line: 1, column: 22 });
    expect(run('brief [[Carol Evens]]')).toMatchObject({ type: 'error', line: 1, column: 7 });
  });
});
