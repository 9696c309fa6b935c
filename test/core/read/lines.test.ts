import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { formatDay } from '../../../src/core/model/day';
import { type ParsedLine, parseLine } from '../../../src/core/read/lines';
import { extractLinks } from '../../../src/core/text/links';
import { day } from '../../helpers/vault';

const resolver = new DateResolver();

function parse(text: string, noteDate: string | null = '2026-11-04', allowUnlinked = false): ParsedLine {
  const r = parseLine(text, { line: 5, noteDate: noteDate ? day(noteDate) : null, resolver }, allowUnlinked);
  if (r === null || 'message' in r) throw new Error(`not an interaction: ${text} → ${JSON.stringify(r)}`);
  return r;
}

const iso = (d: number | null) => (d === null ? null : formatDay(d));

describe('Dataview-style fields', () => {
  it.each([
    ['give:: [[Alice]] intro to [[Bob]] #intro', 'give', 'introduction'],
    ['got:: [[Bob]] lead on the Acme role #lead', 'receipt', 'lead'],
    ['ask:: [[Carol]] feedback on my CV by Friday', 'ask', 'information'],
    ['owe:: [[Dan]] the pricing deck by next Tuesday', 'promise', 'action'],
    ['waiting:: [[Eve]] intro to her CTO by 2026-12-01', 'waiting', 'introduction'],
    ['thanks:: [[Bob]] for the Acme lead', 'thanks', 'lead'],
    ['met:: [[Alice]]', 'touch', 'action'],
    ['- GIVE:: [[Alice]] the article', 'give', 'information'],
  ])('%s', (text, type, kind) => {
    const p = parse(text);
    expect(p.type).toBe(type);
    expect(p.kind).toBe(kind);
    expect(p.targets[0]).toMatch(/^[a-z]/);
  });

  it('reads fields bracketed inside a sentence', () => {
    const p = parse('Lunch at the cafe (met:: [[Alice]]) and a walk');
    expect(p.type).toBe('touch');
    expect(p.targets).toEqual(['alice']);
    const q = parse('Long day. [give:: [[Bob]] the pricing article] Then home.');
    expect(q.type).toBe('give');
    expect(q.kind).toBe('information');
    expect(q.text).toBe('Long day. [[[Bob]] the pricing article] Then home.');
  });

  it('a line with a field key but no person is a problem, not an interaction', () => {
    const r = parseLine('give:: the deck to someone', { line: 3, noteDate: day('2026-11-04'), resolver }, false);
    expect(r).toEqual({ line: 3, message: '"give::" line links no person' });
  });
});

describe('verb sentences', () => {
  it.each([
    ['- Gave [[Alice]] the slides', 'give'],
    ['- Sent [[Alice]] the slides', 'give'],
    ['- Got a lead from [[Bob]]', 'receipt'],
    ['- Received the contract from [[Bob]]', 'receipt'],
    ['- Asked [[Carol]] for feedback', 'ask'],
    ['- Promised [[Dan]] the deck', 'promise'],
    ['- [[Eve]] promised to send the brief', 'waiting'],
    ['- Waiting on [[Eve]] for the brief', 'waiting'],
    ['- Thanked [[Bob]] for the lead', 'thanks'],
    ['- Met [[Alice]] at the fair', 'touch'],
    ['- Called [[Alice]]', 'touch'],
    ['- emailed [[Alice]]', 'touch'],
    ['- Messaged [[Alice]]', 'touch'],
    ['- Texted [[Alice]]', 'touch'],
    ['- Coffee with [[Alice]]', 'touch'],
    ['- 1-2-1 with [[Alice]]', 'touch'],
    ['- Introduced [[Alice]] to [[Bob]]', 'give'],
    ['- Referred [[Alice]] to Acme', 'give'],
  ])('%s', (text, type) => {
    expect(parse(text).type).toBe(type);
  });

  it('marks introductions and one-to-ones', () => {
    expect(parse('- Introduced [[Alice]] to [[Bob]]').kind).toBe('introduction');
    expect(parse('- Referred [[Alice]] to Acme').kind).toBe('introduction');
    expect(parse('- Coffee with [[Alice]]').oneToOne).toBe(true);
    expect(parse('- Met [[Alice]]').oneToOne).toBe(false);
  });

  it('remembers who a receipt came from', () => {
    const p = parse('- Got an intro to [[Frank]] from [[Bob]]');
    expect(p.fromTarget).toBe('bob');
    expect(parse('- got:: [[Bob]] a lead').fromTarget).toBeNull();
  });

  it('a mere mention in prose is not an interaction', () => {
    expect(parseLine('- Lunch was nice, [[Alice]] was there too', { line: 1, noteDate: day('2026-11-04'), resolver }, false)).toBeNull();
    expect(parseLine('Met [[Alice]] is not a list item', { line: 1, noteDate: day('2026-11-04'), resolver }, false)).toBeNull();
  });
});

describe('tasks', () => {
  it('an open task linking a person is a promise, due by its 📅 date', () => {
    const p = parse('- [ ] Send [[Dan]] the deck 📅 2026-11-28 ⏳ 2026-11-26');
    expect(p.type).toBe('promise');
    expect(iso(p.due)).toBe('2026-11-28');
    expect(p.closed).toBeNull();
    expect(p.text).toBe('Send [[Dan]] the deck');
  });

  it('⏳ gives the due date when there is no 📅', () => {
    expect(iso(parse('- [ ] Call [[Dan]] ⏳ 2026-11-26').due)).toBe('2026-11-26');
  });

  it('a done task is closed on its ✅ date, else on the note date', () => {
    expect(iso(parse('- [x] Send [[Dan]] the deck ✅ 2026-11-21').closed)).toBe('2026-11-21');
    expect(iso(parse('- [X] Send [[Dan]] the deck').closed)).toBe('2026-11-04');
  });

  it('a cancelled task is nothing', () => {
    expect(parseLine('- [-] Send [[Dan]] the deck', { line: 1, noteDate: day('2026-11-04'), resolver }, false)).toBeNull();
  });

  it('tasks in quotes and callouts are read', () => {
    const p = parse('> - [ ] Send [[Dan]] the deck');
    expect(p.type).toBe('promise');
  });
});

describe('closing and dates', () => {
  it('a line ending in ✅ date is closed on that date', () => {
    const p = parse('- owe:: [[Dan]] the deck by Friday ✅ 2026-11-05');
    expect(iso(p.closed)).toBe('2026-11-05');
    expect(p.text).toBe('[[Dan]] the deck by Friday');
  });

  it('resolves deadlines forward from the note date, not today', () => {
    // 2026-11-04 is a Wednesday.
    expect(iso(parse('owe:: [[Dan]] the deck by next Tuesday').due)).toBe('2026-11-10');
    expect(iso(parse('ask:: [[Carol]] feedback by Friday').due)).toBe('2026-11-06');
    expect(iso(parse('owe:: [[Dan]] the deck in two weeks').due)).toBe('2026-11-18');
    expect(iso(parse('waiting:: [[Eve]] intro by 2026-12-01').due)).toBe('2026-12-01');
    expect(iso(parse('owe:: [[Dan]] the deck by next Tuesday', '2025-03-01').due)).toBe('2025-03-04');
  });

  it('looks back for what happened, so a past month-day never lands next year', () => {
    const p = parse('- Met [[Alice]] on Nov 3', '2026-11-04');
    expect(iso(p.date)).toBe('2026-11-03');
    const q = parse('- Met [[Alice]] on Dec 20', '2027-01-05');
    expect(iso(q.date)).toBe('2026-12-20');
    const r = parse('- Called [[Alice]] on Monday', '2026-11-04');
    expect(iso(r.date)).toBe('2026-11-02');
  });

  it('takes the note date when the line has none, and a leading date over it', () => {
    expect(iso(parse('- Gave [[Alice]] the slides').date)).toBe('2026-11-04');
    expect(iso(parse('- 2026-11-01 Gave [[Alice]] the slides').date)).toBe('2026-11-01');
  });

  it('a line without a date in a note without a date is a problem', () => {
    const r = parseLine('- Gave [[Alice]] the slides', { line: 9, noteDate: null, resolver }, false);
    expect(r).toEqual({ line: 9, message: '"gave" line has no date and the note has none' });
  });

  it('numbers that are not dates stay undated', () => {
    expect(parse('- Met [[Alice]], 3 of 5 people came, v1.2.3, call 555-0142').date).toBe(day('2026-11-04'));
    expect(parse('owe:: [[Dan]] version 1.2.3 of the deck').due).toBeNull();
  });

  it('a person named like a month does not become a date', () => {
    expect(parse('- Met [[April Jones]]').date).toBe(day('2026-11-04'));
  });
});

describe('kinds', () => {
  it('a tag wins over a keyword', () => {
    expect(parse('give:: [[Alice]] a lead on the info role #contact').kind).toBe('contact');
  });
  it.each([
    ['give:: [[A]] an introduction to a VC', 'introduction'],
    ['give:: [[A]] a referral', 'introduction'],
    ['give:: [[A]] a lead', 'lead'],
    ['give:: [[A]] a contact at Acme', 'contact'],
    ['give:: [[A]] an article', 'information'],
    ['give:: [[A]] a tip', 'information'],
    ['give:: [[A]] a hand with the move', 'action'],
    ['give:: [[A]] a leadership workshop', 'action'],
    ['give:: [[Lead Designer]] a hand', 'action'],
  ])('%s → %s', (text, kind) => {
    expect(parse(text).kind).toBe(kind);
  });
});

describe('person notes', () => {
  it('a line without a link is allowed in a person note', () => {
    const p = parse('- 2026-11-03 Called about the role', null, true);
    expect(p.type).toBe('touch');
    expect(iso(p.date)).toBe('2026-11-03');
    expect(p.targets).toEqual([]);
  });
});

describe('link forms', () => {
  it('reads aliases, headings, paths and markdown links', () => {
    const p = parse('give:: [[People/Alice Chen.md#Notes|Al]] and [Bob](People/Bob%20Diaz.md) and [site](https://x.y)');
    expect(p.targets).toEqual(['people/alice chen', 'people/bob diaz']);
    expect(extractLinks('[[People/Alice Chen.md#Notes|Al]] [Bob](People/Bob%20Diaz.md)').map((l) => l.display)).toEqual(['Al', 'Bob']);
  });
});
