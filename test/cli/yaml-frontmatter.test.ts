import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../src/cli/folder-source';
import {
  anchorOrAliasAt,
  boundedValueProblem,
  MAX_FRONTMATTER_DEPTH,
  MAX_FRONTMATTER_VALUES,
  yamlFrontmatter,
} from '../../src/cli/yaml-frontmatter';
import { answers } from '../helpers/vault';

/** js-yaml's safe loader (gray-matter's engine), telling whether the parse defined an anchor: without one no alias resolves. */
const jsYaml = (matter as unknown as { engines: { yaml: { parse(s: string, o: object): unknown } } }).engines.yaml;
function definesAnchor(yaml: string): boolean {
  let anchors = false;
  const listener = (_event: string, state: { anchorMap: object }) => {
    if (Object.keys(state.anchorMap).length > 0) anchors = true;
  };
  try {
    jsYaml.parse(yaml, { listener });
  } catch {
    // A text YAML refuses expands nothing; what matters is what was defined on the way.
  }
  return anchors;
}

/** YAML-ish texts: the syntax that starts nodes, quotes, comments, block scalars, and anchors and aliases. */
const token = fc.constantFrom(
  '&a',
  '*a',
  '&',
  '*',
  '& ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '- ',
  ': ',
  ':',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  ' #',
  '|',
  '>',
  '\\',
  '!',
  '!!str ',
  '<<: ',
  'a',
  'key',
  'Tom & Jerry',
  'R&D',
  '"x *y"',
  "''",
  '[]',
);
const yamlish = fc.oneof(
  fc.array(token, { maxLength: 40 }).map((t) => t.join('')),
  fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'c', '- ', '  d'), fc.array(token, { maxLength: 8 })), { maxLength: 8 })
    .map((lines) => lines.map(([key, value]) => `${key}: ${value.join('')}`).join('\n')),
);

describe('anchors and aliases are refused', () => {
  const read = (yaml: string) => yamlFrontmatter(`---\n${yaml}\n---\n`);

  it('whenever the parser would define an anchor, the frontmatter is not read', () => {
    fc.assert(
      fc.property(yamlish, (yaml) => {
        if (definesAnchor(yaml)) expect(read(yaml)?.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('one straight after a closing quote or bracket, which js-yaml reads and the pre-scan does not, stops the parse', () => {
    // `a: ''&a}` defines one on the way to a parse error; the others parse, anchor and all, without the stop.
    for (const yaml of ["a: ''&a}", "b: ''&a? :", 'b: ""&a? :', "b: ' '&a? :", 'b: []&a? :', 'b: {}&a? :', "b: ''&a [lol,lol]: 1"]) {
      expect(anchorOrAliasAt(yaml)).toBe(-1);
      expect(definesAnchor(yaml)).toBe(true);
      expect(read(yaml)).toEqual({ ok: false, error: expect.stringMatching(/^YAML anchors and aliases \(& and \*, (near )?line 2\)/) });
    }
  });

  it('a quoted value holding & or * is read', () => {
    for (const yaml of ['x: "&a"', "x: '&a'", 'x: "*"', "x: 'R&D'", 'x: ["&a", "*b"]', "x: ''"]) {
      expect(anchorOrAliasAt(yaml)).toBe(-1);
      expect(read(yaml)?.ok).toBe(true);
    }
  });

  it('finds them in every place a node starts', () => {
    for (const yaml of ['a: &x 1', 'a: *x', '- &x 1', '[*x]', '{a: *x}', '[1,*x]', '{"a":*x}', '? &x a', '&x a: 1', 'a:\n  *x']) {
      expect(anchorOrAliasAt(yaml)).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads & and * in ordinary text', () => {
    for (const yaml of ['name: Tom & Jerry', 'company: R&D', 'rating: 5*', 'note: a * b', 'x: "*"']) {
      expect(anchorOrAliasAt(yaml)).toBe(-1);
    }
  });
});

describe('the value read is bounded', () => {
  /** A value of known depth and size, possibly sharing one of its parts. */
  const nested = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  const depthOf = (v: unknown): number =>
    v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0;
  const sizeOf = (v: unknown): number =>
    v !== null && typeof v === 'object' ? 1 + Object.values(v as object).reduce<number>((n, c) => n + sizeOf(c), 0) : 1;

  it('refuses exactly what is too deep, and accepts the rest', () => {
    fc.assert(
      fc.property(nested, fc.integer({ min: 0, max: 40 }), (value, extra) => {
        let deep: unknown = value;
        for (let i = 0; i < extra; i++) deep = [deep];
        const tooDeep = depthOf(deep) > MAX_FRONTMATTER_DEPTH;
        expect(boundedValueProblem(deep) !== null).toBe(tooDeep);
      }),
    );
  });

  it('refuses a value that contains itself, or one shared part', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    expect(boundedValueProblem({ attendees: loop })).toMatch(/contains itself/);
    const part = ['lol'];
    expect(boundedValueProblem({ a: part, b: part })).toMatch(/repeats/);
  });

  it('refuses too many values, counting each once', () => {
    const many = Array.from({ length: MAX_FRONTMATTER_VALUES }, (_, i) => i);
    expect(sizeOf({ many })).toBe(MAX_FRONTMATTER_VALUES + 2);
    expect(boundedValueProblem({ many })).toMatch(/more than/);
    expect(boundedValueProblem({ many: many.slice(2) })).toBeNull();
  });
});

describe('hostile frontmatter leaves the rest of the vault readable', () => {
  // 1 KB: nine levels of nine aliases each, 387 million "lol"s once expanded.
  const levels = 'abcdefghi'.split('');
  const bomb = [
    '---',
    'type: meeting',
    'date: 2026-11-20',
    `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
    ...levels.slice(1).map((l, i) => `${l}: &${l} [${Array(9).fill(`*${levels[i]}`).join(',')}]`),
    'attendees: [*i, *i, *i, *i, *i, *i, *i, *i, *i]',
    '---',
    '- give:: [[Dan]] a lead',
  ].join('\n');

  it('an alias bomb in attendees is refused, and named by check', () => {
    expect(bomb.length).toBeLessThan(1024);
    const a = answers({ 'People/Dan.md': '---\ntype: person\n---\n', 'Meetings/bomb.md': bomb }, '2026-11-25');
    expect(a.check()).toContainEqual(
      expect.objectContaining({
        file: 'Meetings/bomb.md',
        message: expect.stringMatching(/^frontmatter not read: YAML anchors and aliases/),
      }),
    );
    expect(a.people().map((p) => p.name)).toEqual(['Dan']);
  });

  it('a list that contains itself is refused', () => {
    const note = noteFromText('Meetings/loop.md', '---\ntype: meeting\nattendees: &x [*x]\n---\n');
    expect(note.frontmatter).toBeNull();
    expect(note.frontmatterError).toMatch(/anchors and aliases/);
  });

  it('frontmatter nested deeper than the bound is refused', () => {
    const depth = MAX_FRONTMATTER_DEPTH + 5;
    const note = noteFromText('x.md', `---\ntype: person\nx: ${'['.repeat(depth)}1${']'.repeat(depth)}\n---\n`);
    expect(note.frontmatterError).toMatch(/nested deeper than/);
  });

  it('a `---js` fence is no frontmatter, and never runs', () => {
    const flag = globalThis as { goodwillRan?: boolean };
    const note = noteFromText('x.md', '---js\n({ type: (() => { globalThis.goodwillRan = true; return "person"; })() })\n---\n');
    expect(flag.goodwillRan).toBeUndefined();
    expect(note.frontmatter).toBeNull();
  });

  it('a date key in quotes takes its date from the frontmatter, not from a body line that looks alike', () => {
    const note = noteFromText('x.md', '---\n"date": 2026-11-20\ntags:\n  - a\n---\ndate: 2026-01-01\n');
    expect(note.frontmatter).toEqual({ date: '2026-11-20', tags: ['a'] });
  });

  it('a crafted body line after a quoted date key is read in one pass (the old pattern backtracked cubically: 11 s for 2.5 KB)', () => {
    const crafted = `date:${' '.repeat(2500)}a"b`;
    const note = noteFromText('x.md', `---\n"date": 2026-11-20\ntags:\n  - a\n---\n${crafted}\n`);
    expect(note.frontmatter).toEqual({ date: '2026-11-20', tags: ['a'] });
  });

  it('a date is kept as written, comment and all stripped', () => {
    expect(yamlFrontmatter("---\nmet: 2026-02-30 # no such day\n'due': 2026-11-20\nx:\n  - 1\n---\n")).toEqual({
      ok: true,
      value: { met: '2026-02-30', due: '2026-11-20', x: [1] },
    });
  });

  it('without a closing fence there is no frontmatter, as in Obsidian', () => {
    expect(yamlFrontmatter('---\nlist:\n  - a\nno closing fence\n')).toBeNull();
  });
});
