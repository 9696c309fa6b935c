import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractLinks,
  firstLinkTarget,
  forEachLinkSpan,
  forEachMarkdownLink,
  forEachWikiLink,
  normalizeLinkTarget,
} from '../../../src/core/text/links';
import { scanSteps } from '../../../src/core/text/scan-steps';

// The patterns the scanners replace, kept as the reference they must agree with.
const MARKDOWN = /(!?)\[([^\]\n]{0,500})\]\(([^)\n]{1,1000})\)/g;
const ANY_LINK = /!?\[\[[^\]\n]{0,500}\]\]|!?\[[^\]\n]{0,500}\]\([^)\n]{0,1000}\)/g;
const FIRST_WIKILINK = /\[\[([^\]]+)\]\]/;

const pieces = fc.constantFrom(
  '[',
  '[[',
  ']',
  ']]',
  '](',
  '(',
  ')',
  '!',
  '\n',
  ' ',
  'a',
  'Bo b',
  '|',
  '#',
  'x'.repeat(499),
  'y'.repeat(998),
  'People/A.md',
  'https://e.x',
);
const texts = fc.array(pieces, { maxLength: 14 }).map((a) => a.join(''));

/** Steps a scan takes over `text`. */
function stepsOf(scan: (text: string) => void, text: string): number {
  scanSteps.count = 0;
  scan(text);
  return scanSteps.count;
}

describe('the markdown-link scanner', () => {
  it('finds exactly what the markdown-link pattern finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(MARKDOWN)].map((m) => [m.index + m[1].length, m.index + m[0].length, m[1] === '!']);
        const found: [number, number, boolean][] = [];
        forEachMarkdownLink(text, (open, close, end, embed) => {
          expect(text[close]).toBe(']');
          found.push([open, end, embed]);
        });
        expect(found).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('spans of links of either kind are what the pattern for both finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(ANY_LINK)].map((m) => [m.index, m.index + m[0].length]);
        const found: [number, number][] = [];
        forEachLinkSpan(text, (start, end) => found.push([start, end]));
        expect(found).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('a frontmatter value’s first link is the one the pattern finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const m = FIRST_WIKILINK.exec(text);
        expect(firstLinkTarget(text)).toBe(normalizeLinkTarget(m ? m[1] : text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the link scanners are linear', () => {
  // Runs built to defeat a scan that searches afresh from each opening.
  const hostile = fc
    .array(fc.constantFrom('[', '[[', ']', '](', '(', ')', '!', '\n', 'a', '[a](', ']]', '[[a'), { minLength: 1, maxLength: 8 })
    .chain((unit) => fc.tuple(fc.constant(unit.join('')), fc.integer({ min: 1, max: 400 }), texts))
    .map(([unit, times, tail]) => unit.repeat(times) + tail);
  const scans: [string, (text: string) => void][] = [
    ['wikilinks', (t) => forEachWikiLink(t, () => {})],
    ['markdown links', (t) => forEachMarkdownLink(t, () => {})],
    ['link spans', (t) => forEachLinkSpan(t, () => {})],
    ['a first link', (t) => void firstLinkTarget(t)],
    ['every link of a line', (t) => void extractLinks(t)],
  ];

  it.each(scans)('%s: at most a few steps per character', (_name, scan) => {
    fc.assert(
      fc.property(fc.oneof(texts, hostile), (text) => {
        expect(stepsOf(scan, text)).toBeLessThanOrEqual(8 * text.length + 8);
      }),
      { numRuns: 2000 },
    );
  });

  it('950 KB of `[` + `](` is read in steps proportional to its length (the pattern took seconds)', () => {
    const text = '[]('.repeat(950_000 / 3);
    expect(stepsOf((t) => void extractLinks(t), text)).toBeLessThanOrEqual(8 * text.length);
    const opens = '[['.repeat(100_000) + ']x';
    expect(stepsOf((t) => forEachWikiLink(t, () => {}), opens)).toBeLessThanOrEqual(8 * opens.length);
  });
});
