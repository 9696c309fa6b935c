import { describe, expect, it } from 'vitest';
import { runGoodwill, tempVault } from '../helpers/temp-vault';

/** `check` is honest about a vault read empty: it never says "No problems found." when Goodwill sees nobody, or no touch. */
type Row = { file: string | null; line: number | null; message: string };

async function check(files: Record<string, string>): Promise<Row[]>;
async function check(files: Record<string, string>, json: false): Promise<string>;
async function check(files: Record<string, string>, json = true): Promise<Row[] | string> {
  const r = await runGoodwill(tempVault(files), 'check', '--today', '2026-11-25', ...(json ? ['--json'] : []));
  expect(r.code).toBe(0);
  return json ? (JSON.parse(r.out) as Row[]) : r.out;
}

describe('check on a vault read empty', () => {
  it('no people: a row about the whole vault, pointing to doctor', async () => {
    const rows = await check({ 'Notes/Ana.md': '#people/ana-ruiz\n', 'Daily/2026-11-20.md': 'Lunch with [[Ana]].\n' });
    expect(rows).toEqual([
      {
        file: null,
        line: null,
        message:
          'no people found: no note is marked as a person (type: person, a person tag, a People folder); see how this vault marks them with `goodwill <vault> doctor` (in Obsidian: "Check how Goodwill reads this vault")',
      },
    ]);
    const text = await check({ 'Notes/Ana.md': '#people/ana-ruiz\n' }, false);
    expect(text).not.toContain('No problems found.');
    expect(text).toMatch(/^WHERE +PROBLEM\n-+ +-+\n— +no people found: /);
  });

  it('people, and none with a single touch: a row saying so, pointing to doctor', async () => {
    const rows = await check({
      'People/Ana Ruiz.md': '---\ntype: person\n---\n',
      'People/Tom Bell.md': '---\ntype: person\n---\n',
      'Daily/2026-11-20.md': 'Lunch with [[Ana Ruiz]], in a paragraph.\n',
      'Daily/2026-12-20.md': '- Called [[Tom Bell]]\n',
    });
    expect(rows).toEqual([
      {
        file: null,
        line: null,
        message: expect.stringMatching(
          /^2 people found, and not a single touch with any of them: no dated note lists them and no interaction line links them; see how .* doctor/,
        ),
      },
    ]);
  });

  it('one touch is enough for "No problems found."', async () => {
    const files = { 'People/Ana Ruiz.md': '---\ntype: person\n---\n', 'Daily/2026-11-20.md': '- Called [[Ana Ruiz]]\n' };
    expect(await check(files)).toEqual([]);
    expect(await check(files, false)).toBe('No problems found.\n');
  });
});

describe('check on tasks', () => {
  it('a task whose links all reach notes that are no people is a to-do, not a problem', async () => {
    const rows = await check({
      'People/Ana Ruiz.md': '---\ntype: person\n---\n',
      'Projects/Launch.md': '# Launch\n',
      'Projects/Pricing page.md': '# Pricing\n',
      'Daily/2026-11-20.md': [
        '- Called [[Ana Ruiz]]',
        '- [ ] Finish the [[Launch]] checklist',
        '- [ ] Compare [[Launch]] with [[Pricing page]]',
        '- [ ] Ask about [[Nobody Yet]]',
        '- give:: [[Launch]] a review',
      ].join('\n'),
    });
    expect(rows.map((r) => `${r.line} ${r.message}`)).toEqual([
      '4 "task" line links no known person',
      '5 "give::" line links no known person',
    ]);
  });
});
