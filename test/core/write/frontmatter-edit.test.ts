import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { setFrontmatterValues, yamlScalar } from '../../../src/core/write/line-edits';

const edit = (text: string, values: Record<string, string | number | null>) => {
  const r = setFrontmatterValues(text, values);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('one frontmatter key, changed on its own line', () => {
  it('replaces the value and keeps comments, quoting and order of everything else', () => {
    const note = [
      '---',
      'type: person   # a contact from the Makers meetup',
      'aliases: [\'Al\', "Alice"]',
      'snooze-until: 2026-11-01 # back after the holidays',
      'cadence: 3w',
      '---',
      '# Alice',
      '',
    ].join('\n');
    expect(edit(note, { 'snooze-until': '2026-12-07' })).toBe(note.replace('snooze-until: 2026-11-01', 'snooze-until: 2026-12-07'));
  });

  it('writes a number as a YAML number, and a string of digits as a string', () => {
    const note = '---\ntype: person\n---\n';
    const written = edit(note, { 'goodwill-balance': -2.5, code: '42' });
    expect(written).toBe('---\ntype: person\ngoodwill-balance: -2.5\ncode: "42"\n---\n');
    expect(matter(written).data).toEqual({ type: 'person', 'goodwill-balance': -2.5, code: '42' });
  });

  it('inserts a missing key before the closing line, and removes a key with null', () => {
    const note = '---\ntype: introduction\nstate: proposed\n---\nbody\n';
    expect(edit(note, { state: 'asked-a', 'asked-a': '2026-11-25' })).toBe(
      '---\ntype: introduction\nstate: asked-a\nasked-a: 2026-11-25\n---\nbody\n',
    );
    expect(edit(note, { state: null })).toBe('---\ntype: introduction\n---\nbody\n');
  });

  it('gives a note without frontmatter a block, and keeps Windows line endings', () => {
    expect(edit('# Bob\r\nnotes\r\n', { 'snooze-until': '2026-12-01' })).toBe(
      '---\r\nsnooze-until: 2026-12-01\r\n---\r\n# Bob\r\nnotes\r\n',
    );
    expect(edit('---\r\ntype: person\r\n---\r\n', { tie: 'weak' })).toBe('---\r\ntype: person\r\ntie: weak\r\n---\r\n');
  });

  it.each([
    ['a list below the key', '---\nstate:\n  - proposed\n---\n'],
    ['a block scalar', '---\nstate: |\n  proposed\n---\n'],
    ['a flow list over two lines', '---\nstate: [proposed,\n  made]\n---\n'],
    ['a key written twice', '---\nstate: proposed\nstate: made\n---\n'],
  ])('leaves %s to a whole-block rewrite', (_what, note) => {
    const r = setFrontmatterValues(note, { state: 'made' });
    expect(r).toMatchObject({ ok: false, error: { whole: true } });
  });

  it('refuses a block that is never closed', () => {
    expect(setFrontmatterValues('---\ntype: person\n# Alice\n', { tie: 'weak' })).toEqual({
      ok: false,
      error: { message: 'its frontmatter block is not closed', whole: false },
    });
  });

  it('quotes what YAML would read otherwise', () => {
    expect(yamlScalar('made')).toBe('made');
    expect(yamlScalar('2026-12-01')).toBe('2026-12-01');
    expect(yamlScalar('yes')).toBe('"yes"');
    expect(yamlScalar('a: b')).toBe('"a: b"');
    expect(yamlScalar('#intro')).toBe('"#intro"');
    expect(yamlScalar('10')).toBe('"10"');
    expect(yamlScalar('1e3')).toBe('"1e3"');
    expect(yamlScalar('2026-1-5')).toBe('"2026-1-5"');
  });

  it('reads back, for any values, as exactly the intended change (YAML parser as the judge)', () => {
    const key = fc.stringMatching(/^[a-z][a-z-]{0,8}$/);
    const value = fc.string({ maxLength: 20 }).filter((v) => !/[\r\n\u2028\u2029]/.test(v));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), key, fc.option(value), (before, k, v) => {
        const block = Object.entries(before).map(([bk, bv]) => `${bk}: ${JSON.stringify(bv)}`);
        const note = `---\n${block.join('\n')}\n---\nbody [[Alice]]\n`;
        const out = edit(note, { [k]: v });
        const want: Record<string, unknown> = { ...before };
        if (v === null) delete want[k];
        else want[k] = v;
        const read = matter(out, {}).data as Record<string, unknown>;
        for (const [rk, rv] of Object.entries(read)) if (rv instanceof Date) read[rk] = rv.toISOString().slice(0, 10);
        expect(read).toEqual(want);
        expect(out.endsWith('---\nbody [[Alice]]\n')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
