import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { fastFrontmatter } from '../../src/cli/fast-frontmatter';
import { noteFromText } from '../../src/cli/folder-source';

/** What the full path yields (gray-matter, with dates kept as written). */
const full = (text: string) => noteFromText('x.md', `${text}\n<!-- full -->`).frontmatter;
const viaGrayMatter = (text: string) => {
  const data = matter(text, {}).data as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) if (v instanceof Date) data[k] = v.toISOString().slice(0, 10);
  return data;
};

describe('the fast frontmatter reader', () => {
  it('reads flat frontmatter like a YAML parser', () => {
    const text =
      '---\ntype: person\nname: "Alice \\"Al\\" Chen"\naliases: [Ali, "A. Chen", \'O\'\'Neil\']\ncount: 3\nratio: 1.5\narchived: false\nmet: 2025-03-14\nempty:\nnote: it is # a comment\ntags: []\n---\nbody';
    expect(fastFrontmatter(text)).toEqual(viaGrayMatter(text));
    expect(fastFrontmatter(text)).toEqual({
      type: 'person',
      name: 'Alice "Al" Chen',
      aliases: ['Ali', 'A. Chen', "O'Neil"],
      count: 3,
      ratio: 1.5,
      archived: false,
      met: '2025-03-14',
      empty: null,
      note: 'it is',
      tags: [],
    });
  });

  it.each([
    '---\nlist:\n  - a\n---\n',
    '---\nnested:\n  key: 1\n---\n',
    '---\nattendees: [[Alice]]\n---\n',
    '---\ntext: |\n  two\n---\n',
    '---\nanchor: &a 1\n---\n',
    '---\nkey: value\nkey: again\n---\n',
    '---\nnum: 1e3\n---\n',
    '---\nnum: 0x1F\n---\n',
    '---\nwhen: 2026-11-20T10:00\n---\n',
    '---\nmap: {a: 1}\n---\n',
    '---\nunclosed: "abc\n---\n',
    '---\nno end\n',
  ])('leaves the hard cases to the YAML parser: %j', (text) => {
    expect(fastFrontmatter(text)).toBeUndefined();
  });

  it('agrees with gray-matter on random flat frontmatter', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._'-]{0,12}$/).filter((w) => !/[ ]$/.test(w) && !/ #/.test(w));
    const value = fc.oneof(
      word,
      fc.integer({ min: -1000, max: 100000 }).map(String),
      fc.constantFrom('true', 'false', '', '2026-11-20', '"quoted, with: colon"', "'single'", 'yes', 'no', 'null'),
      fc.constantFrom('2w', '3m', '10d', '1y', '7E', '1e3', '2e', '0xff', '0XFF', '0o7', '0b1', '12h', '1_000', '08x'),
      fc
        .array(fc.oneof(word, fc.constant('"q, x"'), fc.integer({ min: 0, max: 99 }).map(String)), { maxLength: 4 })
        .map((xs) => `[${xs.join(', ')}]`),
    );
    const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 8 }), (pairs) => {
        const text = `---\n${pairs.map(([k, v]) => `${k}: ${v}`.trimEnd()).join('\n')}\n---\nbody`;
        const fast = fastFrontmatter(text);
        let expected: unknown;
        try {
          expected = viaGrayMatter(text);
        } catch {
          expected = undefined;
        }
        if (fast !== undefined) expect(fast).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads cadences written as a count and a unit itself', () => {
    expect(fastFrontmatter('---\ncadence: 2w\n---\n')).toEqual({ cadence: '2w' });
  });

  it('the full path still reads what the fast path leaves', () => {
    expect(full('---\nlist:\n  - a\n  - b\n---')).toEqual({ list: ['a', 'b'] });
  });
});
