import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/core/model/day';
import { bareFolder } from '../../src/core/model/folder-path';
import { closeLine, upsertSection } from '../../src/core/write/line-edits';
import { AttendeeSections, type Listed, readListed } from '../../src/core/read/attendees';
import { levelOneHeading } from '../../src/core/read/note-records';
import { isBlank, isLetterOrNumber, isNotLetterOrNumber, isWhiteSpace } from '../../src/core/text/char-classes';
import { extractLinks, firstValueLink, forEachValueLink } from '../../src/core/text/links';
import { trimEndWhere, trimStartWhere, trimWhere } from '../../src/core/text/trim';

/**
 * Patterns a ReDoS checker rated polynomial were rewritten (as other patterns,
 * or as loops); each rewrite must read text exactly as before. The patterns
 * they replaced are kept here as the reference.
 */

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const from = (alphabet: string[], maxLength = 24) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

describe('patterns rewritten as patterns match as before', () => {
  // [where, the pattern as it was, the pattern now, what to compare, an alphabet that reaches every branch]
  const rewrites: [string, RegExp, RegExp, 'exec' | 'test', string[]][] = [
    [
      'src/core/read/note-records.ts',
      /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/,
      /^[ \t]*(?:>(?:[ \t]?>)*[ \t]*)?(`{3,}|~{3,})/,
      'exec',
      [' ', '\t', '>', '`', '```', '~~~', '~', 'x', '-'],
    ],
    [
      'src/core/write/line-edits.ts',
      /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ /]\]/,
      /^([ \t]*(?:>(?:[ \t]?>)*[ \t]*)?(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ /]\]/,
      'exec',
      [' ', '\t', '>', '-', '*', '1', '12.', ')', '[ ]', '[/]', '[x]', '[', ']'],
    ],
    [
      'src/core/read/attendees.ts',
      /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/,
      /^[ \t]*(?:>(?:[ \t]?>)*[ \t]*)?(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/,
      'exec',
      [' ', '\t', '>', '-', '*', '+', '1', '12.', ')', '[x]', '[', ']', '\n', 'x'],
    ],
    [
      'src/core/language/dates.ts',
      /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b(?!\s*,?\s*\d{2,4}\b)(?![/:-])/i,
      /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b(?!\s*(?:,\s*)?\d{2,4}\b)(?![/:-])/i,
      'exec',
      ['Nov', 'ember', '.', ' ', '\t', ',', '3', '2026', 'rd', 'of ', '/', ':', '-', 'x'],
    ],
    [
      'src/core/language/dates.ts',
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|month|year|quarter|\d{1,2}(?:st|nd|rd|th)\b|\d+[/.]\d+|\b\d{1,2}\b(?!\s*(?:days?|weeks?|fortnights?)\b)/i,
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|month|year|quarter|\d{1,2}(?:st|nd|rd|th)\b|\d[/.]\d|\b\d{1,2}\b(?!\s*(?:days?|weeks?|fortnights?)\b)/i,
      'test',
      ['1', '123', '/', '.', ' ', 'days', 'week', 'x', 'jan', 'st', 'month'],
    ],
  ];

  it.each(rewrites)('%s: %s', (file, before, after, compare, alphabet) => {
    expect(source(file)).toContain(after.source);
    fc.assert(
      fc.property(from(alphabet), (text) => {
        if (compare === 'test') expect(after.test(text)).toBe(before.test(text));
        else expect(after.exec(text)?.slice()).toEqual(before.exec(text)?.slice());
      }),
      { numRuns: 4000 },
    );
  });
});

describe('trailing runs trimmed by loops match the patterns they replace', () => {
  it('closing a line', () => {
    const OPEN_TASK = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ /]\]/;
    const DONE_MARK = /✅\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/u;
    const before = (line: string) => {
      const out = line.replace(OPEN_TASK, (_all, prefix: string) => `${prefix}[x]`);
      return DONE_MARK.test(out) ? out : `${out.replace(/[ \t]+$/, '')} ✅ 2026-11-25`;
    };
    fc.assert(
      fc.property(from([' ', '\t', '>', '- ', '[ ] ', 'x', '✅ 2026-11-01', '\n', '\u00a0']), (line) => {
        expect(closeLine(line, parseIsoDay('2026-11-25')!)).toBe(before(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('writing a section', () => {
    // The function as it was, with the patterns now replaced.
    const before = (text: string, heading: string, section: string): string => {
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const lines = text.split(/\r?\n/);
      const level = /^#+/.exec(heading)?.[0].length ?? 2;
      const start = lines.findIndex((l) => l.startsWith(heading));
      const body = section.split(/\r?\n/);
      if (start < 0) {
        const trimmed = text.replace(/(\r?\n)+$/, '');
        return `${trimmed}${trimmed ? `${eol}${eol}` : ''}${body.join(eol)}${eol}`;
      }
      let end = start + 1;
      while (end < lines.length) {
        const m = /^(#+)\s/.exec(lines[end]);
        if (m && m[1].length <= level) break;
        end++;
      }
      const after = lines.slice(end);
      const keepBlank = after.length > 0 && after.some((l) => l !== '') ? [''] : [];
      return [...lines.slice(0, start), ...body, ...keepBlank, ...after].join(eol).replace(/(\r?\n)*$/, eol);
    };
    const parts = ['\n', '\r\n', '\r', '## Goodwill digest', '# Top', '### Sub', 'text', ' '];
    fc.assert(
      fc.property(from(parts), from(['a', '\n', '\r\n', '\r', '']), (text, section) => {
        expect(upsertSection(text, '## Goodwill digest', section)).toBe(before(text, '## Goodwill digest', section));
      }),
      { numRuns: 3000 },
    );
  });

  it('folder settings', () => {
    fc.assert(
      fc.property(from(['/', 'a', 'People', ' ', '//']), (folder) => {
        expect(bareFolder(folder)).toBe(folder.replace(/^\/+|\/+$/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wikilinks in frontmatter values are found as the pattern found them', () => {
  const WIKILINK = /\[\[([^\]]+)\]\]/g;
  const value = from(['[', ']', '[[', ']]', '[[]]', 'a', 'Ann', '|', '#', '!', '\n', ' '], 30);

  it('every link, left to right', () => {
    fc.assert(
      fc.property(value, (text) => {
        const found: string[] = [];
        forEachValueLink(text, (inner) => {
          found.push(inner);
        });
        expect(found).toEqual([...text.matchAll(WIKILINK)].map((m) => m[1]));
      }),
      { numRuns: 300 },
    );
  });

  it('the first link', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(firstValueLink(text)).toBe(/\[\[([^\]]+)\]\]/.exec(text)?.[1] ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('a run of openings before one closing', () => {
    const text = `${'[[['.repeat(2000)}[][[x]]`;
    expect(firstValueLink(text)).toBe(/\[\[([^\]]+)\]\]/.exec(text)?.[1]);
    const found: string[] = [];
    forEachValueLink(`${text}${text}`, (inner) => {
      found.push(inner);
    });
    expect(found).toEqual([...`${text}${text}`.matchAll(WIKILINK)].map((m) => m[1]));
  });
});

describe('trims and character classes match the patterns they replace', () => {
  // Astral letters and symbols, and lone halves of surrogate pairs, besides ASCII and Latin-1.
  const units = ['a', 'Z', '7', 'é', '٣', '𝐀', '😀', '\uD835', '\uDC00', ' ', '\t', '\u00a0', '.', '#', '/', '-', '*', ':', '\n', '\u0000'];
  const text = from(units, 16);

  it('character classes, over every code unit and astral samples', () => {
    const space = /^\s$/;
    const word = /^[\p{L}\p{N}]$/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isWhiteSpace(code) !== space.test(char)) wrong.push(`\\s U+${code.toString(16)}`);
      if (isBlank(code) !== (code === 32 || code === 9)) wrong.push(`blank U+${code.toString(16)}`);
      if (isLetterOrNumber(code) !== word.test(char)) wrong.push(`word U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    for (const char of ['𝐀', '😀', '𠀀', '𝟘', '🄰', '\u{10ffff}']) expect(isLetterOrNumber(char.codePointAt(0)!)).toBe(word.test(char));
  });

  it('at either end, by code point', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(trimEndWhere(t, isNotLetterOrNumber)).toBe(t.replace(/[^\p{L}\p{N}]+$/u, ''));
        expect(trimStartWhere(t, isNotLetterOrNumber)).toBe(t.replace(/^[^\p{L}\p{N}]+/u, ''));
        expect(trimWhere(t, isNotLetterOrNumber)).toBe(t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
        expect(trimEndWhere(t, (c) => c === 46)).toBe(t.replace(/\.+$/, ''));
        expect(trimWhere(t, isBlank)).toBe(t.replace(/^[ \t]+|[ \t]+$/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('on long runs', () => {
    for (const t of [
      '\u0000'.repeat(3000) + '.\u0000',
      `0${'\u0000'.repeat(3000)}\u00000`,
      '.'.repeat(3000) + '\u0000.',
      '😀'.repeat(2000),
    ]) {
      expect(trimWhere(t, isNotLetterOrNumber)).toBe(t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
      expect(trimEndWhere(t, (c) => c === 46)).toBe(t.replace(/\.+$/, ''));
    }
  });
});

describe('attendee lists and sections read as with the patterns they replace', () => {
  // The module as it was, with the patterns now replaced.
  const SEPARATOR = /[,;]|\s+(?:and|&)\s+/i;
  const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
  const LIST_ITEM = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;
  const LABEL = /^[ \t]*(?:[-*+][ \t]+)?\*\*([^*]{1,40}?)(?::\*\*|\*\*[ \t]*:)[ \t]*(.*)$/;
  const plainName = (segment: string): string | null => {
    const name = segment
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/[^\p{L}\p{N}.]+$/u, '')
      .replace(/\s+/g, ' ');
    if (name === '' || name.length > 60 || name.split(' ').length > 5) return null;
    return name;
  };
  const readListedBefore = (text: string, into: Listed): void => {
    const links = text.includes('[') ? extractLinks(text) : [];
    let blanked = text;
    if (links.length > 0) {
      blanked = '';
      let pos = 0;
      for (const l of links) {
        blanked += `${text.slice(pos, l.start)}\u0001`;
        pos = l.end;
      }
      blanked += text.slice(pos);
    }
    let next = 0;
    for (const part of blanked.split(SEPARATOR)) {
      if (part.includes('\u0001')) {
        for (let i = part.indexOf('\u0001'); i >= 0; i = part.indexOf('\u0001', i + 1)) into.links.push(links[next++].target);
      } else {
        const name = plainName(part);
        if (name !== null) into.names.push(name);
      }
    }
  };
  const headingWords = (text: string) =>
    text
      .replace(/[ \t]+#+$/, '')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .toLowerCase();
  class SectionsBefore {
    readonly listed: Listed = { links: [], names: [] };
    found = false;
    private headingLevel = 0;
    private label: 'none' | 'paragraph' | 'block' = 'none';
    constructor(private readonly words: ReadonlySet<string>) {}
    line(text: string): boolean {
      let first = text.charCodeAt(0);
      let body = text;
      if (first === 32 || first === 9) {
        body = text.trimStart();
        first = body.charCodeAt(0);
      }
      if (first === 35) {
        const heading = HEADING.exec(text);
        if (heading) {
          const level = heading[1].length;
          if (this.headingLevel > 0 && level <= this.headingLevel) this.headingLevel = 0;
          this.label = 'none';
          if (heading[2] && this.words.has(headingWords(heading[2]))) {
            this.headingLevel = level;
            this.found = true;
          }
          return false;
        }
      }
      const maybeLabel = body.startsWith('**') || ((first === 45 || first === 42 || first === 43) && body.startsWith(' **', 1));
      if (maybeLabel) {
        const label = LABEL.exec(text);
        if (label && this.words.has(headingWords(label[1]))) {
          this.found = true;
          this.label = label[2].trim() === '' ? 'block' : 'paragraph';
          readListedBefore(label[2], this.listed);
          return true;
        }
      }
      if (this.label === 'none' && this.headingLevel === 0) return false;
      if (body === '') {
        this.label = 'none';
        return false;
      }
      const item = LIST_ITEM.exec(text);
      if (this.label === 'paragraph' && item) {
        this.label = 'none';
        if (this.headingLevel === 0) return false;
      }
      readListedBefore(item ? text.slice(item[0].length) : text, this.listed);
      return true;
    }
  }

  const listWords = [
    'Ann',
    'Lee W.',
    'x',
    '7',
    'é',
    '𝐀',
    '😀',
    '\uD835',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\n',
    '\u2028',
    'and',
    'AND',
    'aNd',
    'andy',
    '&',
  ];
  const list = from([...listWords, ',', ';', '(', ')', '(CTO)', '.', '-', '*', '[[Bo]]', '[[Cy|C]]', '[x](Dee.md)', '#'], 30);

  it('a written list of people', () => {
    fc.assert(
      fc.property(list, (text) => {
        const after: Listed = { links: [], names: [] };
        const before: Listed = { links: [], names: [] };
        readListed(text, after);
        readListedBefore(text, before);
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('the lines of a note, sections and labels', () => {
    const words = new Set(['attendees', 'with', 'participants']);
    const line = from(
      [
        '#',
        '##',
        '#######',
        ' ',
        '   ',
        '\t',
        'Attendees',
        'With',
        ' ##',
        '**',
        ':',
        ':**',
        '**:',
        '- ',
        '* ',
        '+',
        '1. ',
        '12)',
        '>',
        '> ',
        '[x] ',
        '[',
        ']',
      ].concat(['Ann, Bo', ' and ', '[[Cy]]', '(CTO)', '😀', '\u2028', '\r', 'x']),
      14,
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const after = new AttendeeSections(words);
        const before = new SectionsBefore(words);
        for (const l of lines) expect(after.line(l)).toBe(before.line(l));
        expect([after.listed, after.found]).toEqual([before.listed, before.found]);
      }),
      { numRuns: 300 },
    );
  });

  it('lines and lists made of long runs', () => {
    const words = new Set(['attendees']);
    // Long enough to be runs, short enough for the old heading pattern, which was cubic.
    const n = 300;
    const runs = [
      `${'\t'.repeat(n)}\t,`,
      '('.repeat(n),
      `Ann${'\u0000'.repeat(n)}.\u0000`,
      `#\t${' '.repeat(n)}\n`,
      `# Attendees${' '.repeat(n)}x`,
      `**Attendees:**${'\t'.repeat(n)}\n`,
      `**Attendees:**${'\t'.repeat(n)}Ann`,
      `${'\t'.repeat(n)}- Ann`,
      `Ann${'\t'.repeat(n)}#\t#`,
      `0${'\u0000'.repeat(n)}\u00000`,
    ];
    for (const text of runs) {
      const after = new AttendeeSections(words);
      const before = new SectionsBefore(words);
      for (const l of ['## Attendees', text, '**Attendees:**', text]) expect(after.line(l)).toBe(before.line(l));
      expect(after.listed).toEqual(before.listed);
    }
  });

  it("a level-1 heading's text without its closing #s", () => {
    const levelOneBefore = (line: string) => {
      if (line.charCodeAt(0) !== 35 || (line.charCodeAt(1) !== 32 && line.charCodeAt(1) !== 9)) return undefined;
      const text = line
        .slice(2)
        .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
        .trim();
      return text === '' ? undefined : text;
    };
    fc.assert(
      fc.property(from(['# ', '#\t', '#', '##', ' ', '\t', 'Lee', 'x#', '\u00a0', '\n'], 12), (line) => {
        expect(levelOneHeading(line)).toBe(levelOneBefore(line));
      }),
      { numRuns: 300 },
    );
    const long = `# \t${'\t'.repeat(3000)}`;
    expect(levelOneHeading(long)).toBe(levelOneBefore(long));
  });
});
