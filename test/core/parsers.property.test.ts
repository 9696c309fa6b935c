import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../src/cli/folder-source';
import { DateResolver } from '../../src/core/language/dates';
import { parseCadence } from '../../src/core/model/cadence';
import { deadlineIn, parseLine } from '../../src/core/read/lines';
import { LANGUAGES } from '../../src/core/language/languages';
import { vocabularyFor } from '../../src/core/language/vocabulary';
import { extractLinks, normalizeLinkTarget } from '../../src/core/text/links';
import { scanSteps } from '../../src/core/text/scan-steps';
import { formatDay, parseIsoDay } from '../../src/core/model/day';
import { NetworkIndex } from '../../src/core/index/network-index';
import { resolveSettings } from '../../src/core/model/settings';
import { followUpRows, balanceRows, introRows, peopleRows } from '../../src/core/formats/rows';

const resolver = new DateResolver();
const pieces = [
  '- ',
  '- [ ] ',
  '- [x] ',
  '> ',
  'give:: ',
  'got:: ',
  'ask:: ',
  'owe:: ',
  'waiting:: ',
  'thanks:: ',
  'met:: ',
  '[[Alice]]',
  '[[Bob|B]]',
  '[x](People/A.md)',
  ' by ',
  'next Friday',
  ' 2026-11-21',
  '📅 2026-02-30',
  '✅ 2026-11-21',
  ' #intro',
  ' from ',
  'Gave ',
  'Got ',
  ' [give:: ',
  ']',
  '(met:: ',
  ')',
  '::',
  '[[',
  ']]',
  '%%',
  '```',
  '\r',
  ' ',
  'Nov 3',
  'in two weeks',
  '3 of 5',
  'v1.2.3',
  '555-0142',
];
const lineArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((a) => a.join('')),
);

describe('parsers never throw', () => {
  it('the line parser, on random and mutated lines', () => {
    fc.assert(
      fc.property(lineArb, fc.option(fc.integer({ min: 0, max: 40_000 })), fc.boolean(), (line, noteDate, allow) => {
        const r = parseLine(line, { line: 1, noteDate: noteDate ?? null, resolver }, allow);
        if (r !== null && !('message' in r)) {
          expect(r.date).not.toBeNull();
          expect(r.text).not.toMatch(/[📅✅]/u);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the link reader and the date resolver', () => {
    fc.assert(
      fc.property(lineArb, fc.integer({ min: 0, max: 40_000 }), (text, ref) => {
        for (const l of extractLinks(text)) expect(l.target.length).toBeGreaterThan(0);
        resolver.resolve(text, ref, 'forward');
        resolver.resolve(text, ref, 'back');
      }),
      { numRuns: 500 },
    );
  });

  it('the cadence reader', () => {
    fc.assert(fc.property(fc.anything(), (v) => void parseCadence(v)));
  });

  it('whole notes with random frontmatter and bodies, through every question', () => {
    const note = fc.tuple(
      fc.constantFrom('People/A.md', 'People/B.md', 'Daily/2026-11-20.md', 'x.md', 'Meetings/m.md'),
      fc.oneof(
        fc.constant(''),
        fc.string({ maxLength: 80 }).map((s) => `---\n${s}\n---\n`),
        fc.constant('---\ntype: meeting\nattendees: [[A]]\n---\n'),
      ),
      fc.array(lineArb, { maxLength: 15 }).map((l) => l.join('\n')),
    );
    fc.assert(
      fc.property(fc.array(note, { maxLength: 6 }), (notes) => {
        const index = new NetworkIndex(resolveSettings({}));
        for (const [path, fm, body] of notes) index.upsert(noteFromText(path, fm + body));
        const network = index.resolve();
        followUpRows(network, index.settings, 20_000, true);
        balanceRows(network, index.settings, 20_000);
        introRows(network, 20_000);
        peopleRows(network, 20_000, index.settings);
        index.warnings();
      }),
      { numRuns: 300 },
    );
  });

  it('the link reader finds exactly the wikilinks the documented pattern finds', () => {
    // The pattern the scanner implements by hand: `[[`, 1–500 characters without `]` or a line break, `]]`.
    const WIKI = /(!?)\[\[([^\]\n]{1,500}?)\]\]/g;
    const linkPieces = fc.constantFrom('[[', ']]', ']', '[', '!', '|', '#', '/', 'a', 'Bo b', '\n', 'x'.repeat(499), '.md');
    fc.assert(
      fc.property(
        fc.array(linkPieces, { maxLength: 16 }).map((a) => a.join('')),
        (text) => {
          const expected = [...text.matchAll(WIKI)]
            .filter((m) => !m[1] && normalizeLinkTarget(m[2]) !== '')
            .map((m) => ({ target: normalizeLinkTarget(m[2]), start: m.index, end: m.index + m[0].length }));
          expect(extractLinks(text).map(({ target, start, end }) => ({ target, start, end }))).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the deadline finder agrees with the deadline pattern run over the whole line, in every language', () => {
    const bits = fc.constantFrom(
      'by',
      'By',
      'due',
      'before',
      'until',
      'no later than',
      'bis',
      'bis zum',
      'avant',
      "d'ici",
      'para',
      'antes de',
      'voor',
      'até',
      'まで',
      ' ',
      'x',
      'é',
      'bye',
      'maybe',
      '𝐀',
      '😀',
      ':',
      '\t',
      'Friday',
      '\u2028',
      '\r',
      '\n',
      '5',
      '-',
    );
    fc.assert(
      fc.property(
        fc.array(bits, { maxLength: 12 }).map((a) => a.join('')),
        fc.constantFrom(...LANGUAGES),
        (text, language) => {
          const v = vocabularyFor(language);
          const fast = deadlineIn(text, v);
          // The same pattern run over the whole line, with what follows up to the line's end.
          const slow = new RegExp(`${v.deadlineAt.source}(.*)$`, 'iu').exec(text);
          expect(fast).toEqual(slow ? slow[1] : null);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the ISO day reader agrees with JavaScript dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(Date.UTC(y, m - 1, d));
        const exists = y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(parseIsoDay(text)).toBe(exists ? date.getTime() / 86_400_000 : null);
        if (exists) expect(formatDay(parseIsoDay(text)!)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('long adversarial lines finish quickly (no catastrophic backtracking)', () => {
    const nasty = [
      `- give:: ${'[['.repeat(3000)}`,
      `- ${'(a:: '.repeat(2000)}`,
      `- ${' '.repeat(9000)}x`,
      `- owe:: [[A]] ${'by '.repeat(3000)}`,
      `${'> '.repeat(4000)}- [ ] [[A]]`,
      `- [x](${'a'.repeat(9000)}`,
      `- give:: ${'[[a]b'.repeat(1800)}`,
      `- give:: ${'[['.repeat(4900)}]`,
    ];
    // A backtracking regular expression would hang here; the test's timeout catches it.
    for (const line of nasty) expect(() => parseLine(line, { line: 1, noteDate: 20_000, resolver }, true)).not.toThrow();
  }, 5_000);

  it('the line reader’s scans take steps in proportion to the line, however it is built', () => {
    const unit = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(unit, fc.integer({ min: 1, max: 300 }), lineArb, (u, times, tail) => {
        const line = `- give:: ${u.repeat(times)}${tail}`.slice(0, 10_000);
        scanSteps.count = 0;
        parseLine(line, { line: 1, noteDate: 20_000, resolver }, true);
        expect(scanSteps.count).toBeLessThanOrEqual(20 * line.length);
      }),
      { numRuns: 500 },
    );
  });
});
