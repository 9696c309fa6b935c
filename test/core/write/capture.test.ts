import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureLine } from '../../../src/core/write/capture';
import { DateResolver } from '../../../src/core/language/dates';
import type { Language } from '../../../src/core/language/languages';
import type { Person } from '../../../src/core/read/people';
import { resolveSettings } from '../../../src/core/model/settings';
import { MAX_LINE_LENGTH } from '../../../src/core/read/lines';
import { readNote } from '../../../src/core/read/note-records';
import { answers, day, indexOf, person } from '../../helpers/vault';

const a = answers(
  {
    'People/Alice Chen.md': person('Alice Chen', { aliases: '[Ali]' }),
    'People/Bob Diaz.md': person('Bob Diaz'),
    'People/Carol Evans.md': person('Carol Evans'),
    'People/Grace Ito.md': person('Grace Ito'),
    'People/Grace Kim.md': person('Grace Kim'),
  },
  '2026-11-25',
);
const people = a.index.resolve().people;
const resolver = new DateResolver();
const today = day('2026-11-25'); // a Wednesday
const capture = (text: string, choose = new Map()) => captureLine(text, people, today, resolver, false, choose);
const line = (text: string) => {
  const r = capture(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.line;
};

describe('one-line capture', () => {
  it.each([
    ['gave Alice an intro to Bob yesterday', '- 2026-11-24 give:: [[Alice Chen]] an intro to [[Bob Diaz]]'],
    ['Carol promised the deck by Friday', '- waiting:: [[Carol Evans]] the deck by Friday 📅 2026-11-27'],
    ['got a lead from Grace Ito on the Globex tender', '- got:: [[Grace Ito]] a lead on the Globex tender'],
    ['promised Bob the pricing deck by next Tuesday', '- owe:: [[Bob Diaz]] the pricing deck by next Tuesday 📅 2026-12-01'],
    ['asked Ali for feedback on my CV', '- ask:: [[Alice Chen]] for feedback on my CV'],
    ['thanked carol evans for the lead', '- thanks:: [[Carol Evans]] for the lead'],
    ['coffee with Bob on Monday', '- 2026-11-23 Coffee with [[Bob Diaz]]'],
    ['1:1 with Bob', '- 1:1 with [[Bob Diaz]]'],
    ['had lunch with Ali and Bob yesterday', '- 2026-11-24 Had lunch with [[Alice Chen]] and [[Bob Diaz]]'],
    ['Carol sent me the deck template', '- got:: [[Carol Evans]] the deck template'],
    ['will send Bob the slides by Friday', '- owe:: [[Bob Diaz]] the slides by Friday 📅 2026-11-27'],
    ['asked Carol about her trip', '- Asked [[Carol Evans]] about her trip'],
    ['gave a talk with Carol at the meetup', '- Gave a talk with [[Carol Evans]] at the meetup'],
    ['Carol messaged asking for the deck', '- met:: [[Carol Evans]] asking for the deck'],
    ['introduced Alice to Carol', '- Introduced [[Alice Chen]] to [[Carol Evans]] #intro'],
  ])('%s', (text, expected) => {
    expect(line(text)).toBe(expected);
  });

  it('the line it writes is read back as the same interaction', () => {
    const written = answers(
      {
        'People/Alice Chen.md': person('Alice Chen'),
        'People/Bob Diaz.md': person('Bob Diaz'),
        'Daily/2026-11-25.md': `${line('gave Alice an intro to Bob yesterday')}\n`,
      },
      '2026-11-25',
    );
    expect(written.balance().map((r) => [r.person, r.given, r.lastGive])).toEqual([
      ['Alice Chen', 3, '2026-11-24'],
      ['Bob Diaz', 3, '2026-11-24'],
    ]);
  });

  it('asks which person when a name fits several, and takes the choice', () => {
    const r = capture('got a lead from Grace on the tender');
    expect(r).toMatchObject({ ok: false, error: { reason: 'ambiguous', word: 'Grace' } });
    const kim = people.find((p) => p.name === 'Grace Kim')!;
    const chosen = capture('got a lead from Grace on the tender', new Map([['grace', kim]]));
    expect(chosen.ok && chosen.value.line).toBe('- got:: [[Grace Kim]] a lead on the tender');
  });

  it('forgives one typo in a name, and asks when the typo fits several', () => {
    expect(line('met Alcie at the fair')).toBe('- met:: [[Alice Chen]] at the fair');
    expect(capture('met Grcae')).toMatchObject({ ok: false, error: { reason: 'ambiguous', word: 'Grcae' } });
  });

  it('says what is missing', () => {
    expect(capture('lunch was nice')).toMatchObject({ ok: false, error: { reason: 'no-verb' } });
    expect(capture('gave Zed a lead')).toMatchObject({ ok: false, error: { reason: 'no-person' } });
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (s) => void capture(s)));
  });
});

describe('what capture writes is one inert line', () => {
  const resolver = new DateResolver();
  const readBack = (text: string) => readNote({ path: 'Daily/2026-11-25.md', text, frontmatter: null }, resolveSettings({}), resolver);

  it('"X promised me a referral" leaves no stray "me"', () => {
    expect(line('Carol promised me a referral')).toBe('- waiting:: [[Carol Evans]] a referral');
    expect(line('Carol will send me the deck by Friday')).toBe('- waiting:: [[Carol Evans]] the deck by Friday 📅 2026-11-27');
    expect(line('Carol promised the deck')).toBe('- waiting:: [[Carol Evans]] the deck');
  });

  it('a link typed into the capture stays one link', () => {
    expect(line('gave [[Bob Diaz]] the logo files')).toBe('- give:: [[Bob Diaz]] the logo files');
    expect(line('met Alice and [[Bob Diaz|Bob]] at the fair')).toBe('- met:: [[Alice Chen]] and [[Bob Diaz]] at the fair');
    expect(line('gave Alice the [[Q4 deck]]')).toBe('- give:: [[Alice Chen]] the [[Q4 deck]]');
  });

  it('a date word inside a typed link is part of the link, not the date', () => {
    expect(line('gave Alice the [[Notes from yesterday]]')).toBe('- give:: [[Alice Chen]] the [[Notes from yesterday]]');
    // An unclosed link opening before another: cutting "yesterday" out would have let the inner link name Bob unnoticed.
    const r = capture('gave Alice [[yesterday [[Bob Diaz]]');
    expect(r.ok && r.value.line).toBe('- give:: [[Alice Chen]] [[yesterday [[Bob Diaz]]');
    expect(r.ok && r.value.people.map((p) => p.name)).toEqual(['Alice Chen']);
  });

  it('%% in a capture hides none of the lines after it', () => {
    const note = `${line('gave Alice the 100%% sure tip')}\n- owe:: [[Bob Diaz]] the deck\n`;
    expect(readBack(note).lines.map((l) => l.type)).toEqual(['give', 'promise']);
  });

  it('a line break typed into a capture writes no second line', () => {
    const written = line('gave Alice a tip\n- owe:: [[Bob Diaz]] the deck');
    expect(written).toBe('- give:: [[Alice Chen]] a tip - owe: [[Bob Diaz]] the deck');
    expect(readBack(written).lines.map((l) => l.type)).toEqual(['give']);
  });

  it('a capture of 10,000 characters and more is cut to a line the reader reads', () => {
    const written = line(`gave Alice ${'a very long story '.repeat(700)}`);
    expect(written.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    expect(written.endsWith('…')).toBe(true);
    expect(readBack(written)).toMatchObject({ lines: [{ type: 'give' }], warnings: [] });
  });

  it('with nothing said, the line is dated, so that it is no template placeholder', () => {
    expect(line('gave Alice')).toBe('- 2026-11-25 give:: [[Alice Chen]]');
    expect(readBack(line('gave Alice')).lines).toHaveLength(1);
    expect(line('met Alice')).toBe('- met:: [[Alice Chen]]');
  });
});

describe('capture writes what the reader reads back the same way', () => {
  interface Labelled {
    lang: Language;
    text: string;
  }
  const corpus = JSON.parse(readFileSync('test/corpus/phrasing.json', 'utf8')) as {
    people: { name: string; aliases: string[] }[];
    lines: Labelled[];
  };
  const personNotes = Object.fromEntries(
    corpus.people.map((p) => [`People/${p.name}.md`, `---\ntype: person\naliases: ${JSON.stringify(p.aliases)}\n---\n`]),
  );
  const noteDay = '2026-11-20';

  /** How the reader reads one line in a daily note: its reading, the kind of a give or receipt, the one-to-one flag, the people. */
  function reading(line: string, language: Language): string {
    const index = indexOf({ ...personNotes, [`Daily/${noteDay}.md`]: `${line}\n` }, { language });
    const network = index.resolve();
    const read = index.records(`Daily/${noteDay}.md`)?.lines[0];
    if (!read) return 'none';
    const targets = [...read.targets, ...(read.fromTarget ? [read.fromTarget] : [])];
    const people = [...new Set(targets.map((t) => network.directory.resolve(t)?.name ?? `?${t}`))].sort();
    const kind = read.type === 'give' || read.type === 'receipt' ? `/${read.kind}` : '';
    return `${read.type}${kind}${read.oneToOne ? ' 1:1' : ''} ${people.join(', ')}`;
  }

  it('every sentence of the phrasing corpus the reader takes, captured as typed, is read back as the sentence was', () => {
    const byLanguage = new Map<Language, Person[]>();
    const peopleIn = (language: Language) => {
      let list = byLanguage.get(language);
      if (!list) byLanguage.set(language, (list = indexOf(personNotes, { language }).resolve().people));
      return list;
    };
    const mismatches: string[] = [];
    let compared = 0;
    for (const l of corpus.lines) {
      const typed = l.text.replace(/^- /, '');
      // Fields and tasks are Goodwill's own syntax, not what capture is for.
      if (/^\[.\]|^[\d-]*\s*\w+::/.test(typed)) continue;
      const meant = reading(l.text, l.lang);
      if (meant === 'none') continue;
      const r = captureLine(typed, peopleIn(l.lang), day(noteDay), resolver, false, new Map(), l.lang);
      const written = r.ok ? r.value.line : `(${r.error.message})`;
      const back = r.ok ? reading(written, l.lang) : 'not captured';
      compared++;
      if (back !== meant) mismatches.push(`${l.lang} "${typed}": ${meant}; wrote ${written}: ${back}`);
    }
    expect(compared).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });
});
