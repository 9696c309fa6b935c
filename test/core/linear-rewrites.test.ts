import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/core/model/day';
import { bareFolder } from '../../src/core/model/folder-path';
import { closeLine, upsertSection } from '../../src/core/write/line-edits';
import { firstValueLink, forEachValueLink } from '../../src/core/text/links';

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

  it('src/core/write/log-line.ts: the deadline after a word, on one line, without the `$`', () => {
    const before = /\b(?:by|due|before|until)\b[ \t:]*(.*)$/i;
    const after = /\b(?:by|due|before|until)\b[ \t:]*(.*)/i;
    expect(source('src/core/write/log-line.ts')).toContain(after.source);
    // The text it reads has had every run of blanks, line breaks included, made one space.
    fc.assert(
      fc.property(from(['by', 'BY', 'due', 'until', ' ', '\t', ':', 'x', 'Friday', '\n', '\u2028']), (raw) => {
        const text = raw.replace(/\s+/g, ' ').trim();
        expect(after.exec(text)?.slice()).toEqual(before.exec(text)?.slice());
      }),
      { numRuns: 3000 },
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
