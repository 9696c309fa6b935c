import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { PeopleDirectory } from '../../../src/core/index/people-directory';
import { resolveSettings } from '../../../src/core/model/settings';
import type { LineType } from '../../../src/core/model/line-type';
import { MAX_LINE_LENGTH, type ParsedLine, parseLine } from '../../../src/core/read/lines';
import { readNote } from '../../../src/core/read/note-records';
import { type Person, personFromNote } from '../../../src/core/read/people';
import { normalizeLinkTarget } from '../../../src/core/text/links';
import { type CaptureKind, captureLine } from '../../../src/core/write/capture';
import { LOG_KINDS, composeLogLine, introductionMadeLine } from '../../../src/core/write/log-line';
import { inertText, markup, noteLine } from '../../../src/core/write/note-line';
import { noteLink, personLink } from '../../../src/core/write/written-links';
import { day } from '../../helpers/vault';

const settings = resolveSettings({});
const resolver = new DateResolver();
const today = day('2026-11-25');

/** What a daily note holding this text gives the reader. */
const readBack = (text: string) => readNote({ path: 'Daily/2026-11-25.md', text, frontmatter: null }, settings, resolver);

/** The people a read line links, as the index would resolve them. */
function linked(line: ParsedLine, directory: PeopleDirectory): Person[] {
  const found = line.targets.map((t) => directory.resolve(t)).filter((p): p is Person => p !== undefined);
  return [...new Set(found)];
}

/** Pieces of text that have broken a written line before, or could. */
const NASTY = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u0085',
  '\t',
  '%%',
  '%',
  '$$',
  '```',
  '~~~',
  '<!--',
  'give::',
  'owe:: ',
  '::',
  '[due:: 2026-01-01]',
  '(done:: 2026-01-01)',
  '[owe:: [[Dan]]]',
  '[[Bob Diaz]]',
  '[[Dan]]',
  '[[',
  ']]',
  '[',
  ']',
  '](',
  '(',
  ')',
  '[x](People/Dan.md)',
  '![[Dan]]',
  '- ',
  '* ',
  '1. ',
  '> ',
  '# ',
  '- [ ] ',
  '❌ 2026-11-01',
  '✅ 2026-11-20',
  '📅 2026-12-01',
  '2026-11-03 ',
  'by Friday ',
  'yesterday ',
  '\u0000',
  '\u001b[31m',
  '\uD800',
  'Called ',
  'Gave [[Dan]] ',
  '#intro',
  '|',
  '#',
  '^',
  'promised ',
  'x'.repeat(3000),
];
const nasty = (maxLength: number) =>
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength }).map((parts) => parts.join(''));

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** A person whose file name and name may hold anything a file system or YAML allows. */
const anyPerson = fc
  .record({ file: nasty(4), name: nasty(4) })
  .filter(({ file }) => file.length > 0 && !file.includes('/') && utf8Bytes(file) <= 250 && wellFormed(file))
  .map(({ file, name }) => personFromNote(`People/${file}.md`, { name }));

/** Keys the people directory files a person under. */
const keysOf = (p: Person) => new Set([p.path, p.path.slice(7, -3), p.name].map(normalizeLinkTarget));

const LOG_TYPES: Record<(typeof LOG_KINDS)[number], LineType> = { give: 'give', got: 'receipt', ask: 'ask', owe: 'promise', met: 'touch' };

describe('inert text', () => {
  it.each([
    ['two\nlines\r\nand\rmore\u2028here', 'two lines and more here'],
    ['100%% sure %%hidden', '100% % sure % %hidden'],
    ['owe:: [[Dan]] and [due:: 2026-01-01]', 'owe: [[Dan]] and [due: 2026-01-01]'],
    ['```js and ~~~~', '`` `js and ~~ ~~'],
    ['a <!-- b', 'a <! -- b'],
    ['cancelled ❌ 2026-11-01', 'cancelled ✖ 2026-11-01'],
    ['bell\u0007 esc\u001b c1\u009b', 'bell\uFFFD esc\uFFFD c1\uFFFD'],
    ['lone \uD800 half', 'lone \uFFFD half'],
    ['open [[ only', 'open [ [ only'],
    ['only ]] closed', 'only ] ] closed'],
    ['see [the deck](', 'see [the deck] ('],
  ])('%j → %j', (text, expected) => {
    expect(inertText(text)).toBe(expected);
  });

  it('keeps links as links', () => {
    expect(inertText('met [[Bob Diaz]], [[Bob Diaz|Bob]], ![[chart.png]] and [the deck](Decks/Q4.md)')).toBe(
      'met [[Bob Diaz]], [[Bob Diaz|Bob]], ![[chart.png]] and [the deck](Decks/Q4.md)',
    );
  });

  it('at the start of a line, makes no heading, quote, list item or rule', () => {
    expect(['# h', '> q', '- [ ] t', '* s', '1. n', '2) m', '---', '|a|', '  + p'].map((t) => inertText(t, true))).toEqual([
      '\\# h',
      '\\> q',
      '\\- [ ] t',
      '\\* s',
      '1\\. n',
      '2\\) m',
      '\\---',
      '\\|a|',
      '\\+ p',
    ]);
  });

  it('is cut to the reader’s line length, never inside a link', () => {
    const cut = inertText(`${'x'.repeat(MAX_LINE_LENGTH - 5)} [[Bob Diaz]] tail`);
    expect(cut.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    expect(cut.endsWith('x…')).toBe(true);
  });

  it('is inert again when made inert twice', () => {
    fc.assert(
      fc.property(nasty(10), (text) => {
        const once = inertText(text);
        expect(inertText(once)).toBe(once);
      }),
    );
  });
});

describe('noteLine', () => {
  it('writes its literals and markup as they are, and no doubled or trailing space', () => {
    expect(noteLine`- ${''} ${markup('give')}:: ${'the\ndeck'} ${''}`).toBe('- give:: the deck');
    expect(noteLine`- `).toBe('- ');
  });

  it('keeps a text’s bracket from joining the link written next to it', () => {
    const bob = personFromNote('People/Bob Diaz.md', {});
    const line = noteLine`- ${markup('give')}:: ${'notes ['}${personLink(bob)}${']'}`;
    expect(line).toBe('- give:: notes [ [[Bob Diaz]] ]');
    expect(linked(readBack(`${line}\n`).lines[0], new PeopleDirectory([bob]))).toEqual([bob]);
  });

  it('refuses markup of several lines', () => {
    expect(() => markup('a\nb')).toThrow();
  });

  it('cuts the text, not the markup, to the reader’s line length', () => {
    const line = noteLine`- ${markup('give')}:: ${'y'.repeat(20_000)} ${markup('📅 2026-12-01')}`;
    expect(line.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    expect(line.endsWith('y… 📅 2026-12-01')).toBe(true);
  });
});

describe('links to people and notes', () => {
  const p = (path: string, name: string) => personFromNote(path, { name });

  it('a wikilink to the file, showing the name', () => {
    expect(personLink(p('People/Alice Chen.md', 'Alice Chen')).text).toBe('[[Alice Chen]]');
    expect(personLink(p('People/alice.md', 'Alice [ACME]\n%% x')).text).toBe('[[alice|Alice (ACME) % % x]]');
    expect(noteLink('Daily/2026-11-20.md', 'open').text).toBe('[[Daily/2026-11-20|open]]');
  });

  it('a markdown link where the file name cannot be a wikilink', () => {
    expect(personLink(p('People/a]b\n- owe:: [[Dan]].md', 'Ab')).text).toBe('[Ab](./People/a%5Db%0A-%20owe::%20%5B%5BDan%5D%5D.md)');
    expect(noteLink('Daily/x%%y (1).md', 'open').text).toBe('[open](./Daily/x%25%25y%20%281%29.md)');
  });
});

describe('a written line reads back as exactly the interaction meant', () => {
  it('log lines, whatever the text and whoever the person', () => {
    fc.assert(
      fc.property(anyPerson, fc.constantFrom(...LOG_KINDS), nasty(20), fc.boolean(), (person, kind, text, datePrefix) => {
        const { line } = composeLogLine(kind, person, text, today, resolver, datePrefix);
        expect(line).not.toMatch(/[\r\n]/);
        expect(line.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
        const read = readBack(`${line}\n`).lines;
        expect(read).toHaveLength(1);
        expect(read[0].type).toBe(LOG_TYPES[kind]);
        expect(linked(read[0], new PeopleDirectory([person]))).toEqual([person]);
      }),
      { numRuns: 300 },
    );
  });

  it('made introductions, between any two people', () => {
    fc.assert(
      fc.property(
        anyPerson,
        anyPerson.map((p) => ({ ...p, path: `Others/${p.path.slice(7)}` })),
        fc.boolean(),
        (a, b, datePrefix) => {
          fc.pre([...keysOf(a)].every((k) => !keysOf(b).has(k)));
          const line = introductionMadeLine(a, b, today, datePrefix);
          const read = readBack(`${line}\n`).lines;
          expect(read).toHaveLength(1);
          expect(read[0].type).toBe('give');
          expect(new Set(linked(read[0], new PeopleDirectory([a, b])))).toEqual(new Set([a, b]));
        },
      ),
      { numRuns: 200 },
    );
  });

  const alice = personFromNote('People/Alice Chen.md', {});
  const bob = personFromNote('People/Bob Diaz.md', {});
  const directory = new PeopleDirectory([alice, bob]);
  const CAPTURES: [string, LineType][] = [
    ['gave Alice ', 'give'],
    ['got a lead from Alice ', 'receipt'],
    ['asked Alice ', 'ask'],
    ['promised Alice ', 'promise'],
    ['Alice promised me ', 'waiting'],
    ['thanked Alice ', 'thanks'],
    ['met Alice ', 'touch'],
    ['introduced Alice to Bob Diaz ', 'give'],
  ];

  /** The reading each capture kind is read back as. */
  const CAPTURED: Record<CaptureKind, LineType> = {
    give: 'give',
    intro: 'give',
    got: 'receipt',
    ask: 'ask',
    owe: 'promise',
    waiting: 'waiting',
    thanks: 'thanks',
    met: 'touch',
  };

  it('captured lines, whatever follows the verb and the person, are read back as capture understood them', () => {
    for (const [start, type] of CAPTURES) {
      const alone = captureLine(start, [alice, bob], today, resolver, false);
      expect(alone.ok && CAPTURED[alone.value.kind], start).toBe(type);
    }
    fc.assert(
      fc.property(fc.constantFrom(...CAPTURES), nasty(20), ([start], text) => {
        const r = captureLine(start + text, [alice, bob], today, resolver, false);
        if (!r.ok) return;
        expect(r.value.line).not.toMatch(/[\r\n]/);
        expect(r.value.line.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
        const read = readBack(`${r.value.line}\n`).lines;
        expect(read).toHaveLength(1);
        // What follows may change the reading ("asked Alice about …" is a touch): it is read back as capture understood it.
        expect(read[0].type).toBe(CAPTURED[r.value.kind]);
        expect(new Set(linked(read[0], directory))).toEqual(new Set(r.value.people));
      }),
      { numRuns: 300 },
    );
  });

  it('a line of Goodwill’s own with a person in it is one line the reader takes as it is', () => {
    fc.assert(
      fc.property(anyPerson, nasty(10), (person, text) => {
        const line = noteLine`- ${personLink(person)}: ${text}`;
        expect(line).not.toMatch(/[\r\n]/);
        // A digest item: a list item that opens with a link and a colon is no interaction.
        expect(parseLine(line, { line: 1, noteDate: today, resolver }, false)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
