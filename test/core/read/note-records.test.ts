import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answers, indexOf, person } from '../../helpers/vault';

const today = '2026-11-25';

describe('reading a note', () => {
  it('line numbers count from the top of the file, frontmatter included', () => {
    const a = answers(
      { 'People/Dan.md': person('Dan'), 'Meetings/x.md': '---\ndate: 2026-11-20\ntype: meeting\n---\n# Notes\n\n- owe:: [[Dan]] the deck' },
      today,
    );
    expect(a.followups()[0]).toMatchObject({ file: 'Meetings/x.md', line: 7, due: '2026-11-20' });
  });

  it('the note date is frontmatter date, else a YYYY-MM-DD in the file name', () => {
    const a = answers(
      {
        'People/Dan.md': person('Dan'),
        'Meetings/Dan sync 2026-11-18.md': '- owe:: [[Dan]] a',
        'Meetings/2026-11-18 renamed.md': '---\ndate: 2026-11-19\n---\n- owe:: [[Dan]] b',
      },
      today,
    );
    expect(a.followups().map((f) => [f.due, f.text])).toEqual([
      ['2026-11-18', '[[Dan]] a'],
      ['2026-11-19', '[[Dan]] b'],
    ]);
  });

  it('skips fenced code blocks and %% comments %%, including multi-line ones', () => {
    const a = answers(
      {
        'People/Dan.md': person('Dan'),
        'Daily/2026-11-20.md': [
          '```',
          '- owe:: [[Dan]] in code',
          '```',
          '~~~goodwill',
          '- owe:: [[Dan]] in tilde fence',
          '~~~',
          '%% - owe:: [[Dan]] in comment %%',
          '%%',
          '- owe:: [[Dan]] in block comment',
          '%%',
          '- owe:: [[Dan]] real %% with a comment %%',
        ].join('\n'),
      },
      today,
    );
    expect(a.followups().map((f) => [f.text, f.line])).toEqual([['[[Dan]] real', 11]]);
  });

  it('keeps the text of a line exactly, quotes, backslashes and accents included', () => {
    const note =
      '- owe:: [[Alice]] the "pricing" deck \\ v2 📅 2026-12-01\n- owe:: [[Alice]] plain words 📅 2026-12-02\n- owe:: [[Alice]] café notes 📅 2026-12-03\n';
    const rows = answers({ 'People/Alice.md': person('Alice'), 'Daily/2026-11-20.md': note }, '2026-11-25').followups(true);
    expect(rows.map((r) => r.text)).toEqual(['[[Alice]] the "pricing" deck \\ v2', '[[Alice]] plain words', '[[Alice]] café notes']);
  });

  it('reads Windows line endings', () => {
    const a = answers(
      { 'People/Dan.md': person('Dan').replace(/\n/g, '\r\n'), 'Daily/2026-11-20.md': '# x\r\n- owe:: [[Dan]] the deck\r\n' },
      today,
    );
    expect(a.followups().map((f) => [f.text, f.line])).toEqual([['[[Dan]] the deck', 2]]);
  });

  it('meeting attendees are touches; the YAML slip attendees: [[X]] is understood', () => {
    const a = answers(
      {
        'People/Dan.md': person('Dan'),
        'People/Eve.md': person('Eve'),
        'Meetings/2026-11-20 Sync.md': '---\ntype: meeting\nattendees: [[Dan]]\n---\n',
        'Meetings/2026-11-21 Lunch.md': '---\ntype: meeting\nwith: "[[Eve]], [[Dan]]"\n---\n',
      },
      today,
    );
    expect(a.people().map((p) => [p.name, p.lastContact])).toEqual([
      ['Dan', '2026-11-21'],
      ['Eve', '2026-11-21'],
    ]);
  });
});

describe('malformed notes never stop the run', () => {
  const files = {
    'People/Dan.md': person('Dan'),
    'Broken.md': '---\ntype: person\nname: [unclosed\n---\n- owe:: [[Dan]] survives 📅 2026-11-24',
    'List.md': '---\n- a\n- b\n---\n',
    'Binary.md': `abc\u0000\u0001def`,
    'Huge.md': `---\ndate: 2026-11-20\n---\n- give:: [[Dan]] ${'x'.repeat(20_000)}`,
    'Undated.md': '- give:: [[Dan]] something',
    'BadDate.md': '---\ndate: 2026-02-30\n---\n',
    'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck',
  };

  it('the rest is still answered, and check names each problem with file and line', () => {
    const a = answers(files, today);
    expect(a.followups().map((f) => f.text)).toEqual(['[[Dan]] the deck', '[[Dan]] survives']);
    expect(a.check().map((c) => [c.file, c.line, c.message])).toEqual([
      ['BadDate.md', 1, '"date" is not a date: 2026-02-30'],
      ['Binary.md', 1, 'note holds binary data; not read'],
      ['Broken.md', 1, expect.stringMatching(/^frontmatter not read: /)],
      ['Huge.md', 4, 'line of 20017 characters is too long to read'],
      ['List.md', 1, 'frontmatter not read: frontmatter is not a list of key: value pairs'],
      ['Undated.md', 1, '"give::" line has no date and the note has none'],
    ]);
  });
});

describe("a note's records are plain data", () => {
  /** Every markdown note under a folder, path → text. */
  function notesUnder(root: string, dir = ''): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith('.')) Object.assign(files, notesUnder(root, path));
      else if (entry.isFile() && entry.name.endsWith('.md')) files[path] = readFileSync(join(root, path), 'utf8');
    }
    return files;
  }

  const vaults = [
    'example-vault',
    ...readdirSync('test/fixtures/dialects', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `test/fixtures/dialects/${d.name}`),
  ];

  it.each(vaults)(
    '%s: each note reads to records a structured clone keeps whole, and resolving the network leaves them as read',
    (vault) => {
      // People who exist by tags alone are read with the setting that names their tags.
      const index = indexOf(notesUnder(vault), vault.endsWith('tags-only-vault') ? { personTagPrefix: 'people/' } : {});
      const paths = [...Object.keys(notesUnder(vault))];
      const before = paths.map((p) => structuredClone(index.records(p)));
      index.resolve();
      // A class instance, a getter or a function would come back from the clone as something else, or not at all.
      paths.forEach((p, i) => expect(before[i], p).toStrictEqual(index.records(p)));
      expect(before.some((r) => r && (r.lines.length > 0 || r.person !== null || r.personTags.length > 0))).toBe(true);
    },
  );
});
