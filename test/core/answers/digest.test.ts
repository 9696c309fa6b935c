import { describe, expect, it } from 'vitest';
import { DIGEST_HEADING, digest, digestMarkdown } from '../../../src/core/answers/digest';
import { DateResolver } from '../../../src/core/language/dates';
import { parseLine } from '../../../src/core/read/lines';
import { upsertSection } from '../../../src/core/write/line-edits';
import { parseQuery } from '../../../src/core/query/parse';
import { answers, day, person } from '../../helpers/vault';

describe('the morning digest', () => {
  const a = answers(
    {
      'People/Dan.md': person('Dan'),
      'People/Eve.md': person('Eve'),
      'People/Kate.md': person('Kate', { birthday: '11-28', offers: '[bookkeeping]' }),
      'People/Noah.md': person('Noah', { cadence: '2w', needs: '[a bookkeeper]' }),
      'Daily/2026-11-01.md': '- Called [[Noah]]\n- Met [[Kate]]\n- waiting:: [[Eve]] the signed contract',
      'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck by 2026-11-24\n- owe:: [[Dan]] later by 2026-12-20\n- got:: [[Dan]] a lead #lead',
    },
    '2026-11-25',
  );

  it('lists what is due today or overdue, birthdays in the next 7 days, and one introduction', () => {
    const d = digest(a.index.resolve(), a.index.settings, day('2026-11-25'));
    expect(d.sections.map((s) => [s.title, s.items.map((f) => f.person.name)])).toEqual([
      ['Promises due', ['Dan']],
      ['Nudges', ['Eve']],
      ['Reconnect', ['Noah']],
      ['Say thank you', ['Dan']],
      ['Birthdays in the next 7 days', ['Kate']],
    ]);
    expect(d.introduction?.a.name).toBe('Noah');
    expect(digestMarkdown(d)).toBe(
      [
        '## Goodwill digest 2026-11-25',
        '',
        '### Promises due',
        '- You owe [[Dan]]: the deck by 2026-11-24 (due 2026-11-24) · [[Daily/2026-11-20|open]]',
        '',
        '### Nudges',
        '- [[Eve]] owes you: the signed contract (due 2026-11-01) · [[Daily/2026-11-01|open]]',
        '',
        '### Reconnect',
        '- [[Noah]]: Reconnect (every 2 weeks; last contact 2026-11-01) (due 2026-11-15) · [[People/Noah|open]]',
        '',
        '### Say thank you',
        '- Say thank you to [[Dan]]: a lead #lead (due 2026-11-23) · [[Daily/2026-11-20|open]]',
        '',
        '### Birthdays in the next 7 days',
        '- [[Kate]]: Birthday on 11-28 (2026-11-28) · [[People/Kate|open]]',
        '',
        '### An introduction you could make',
        '- [[Noah]] and [[Kate]]: Noah needs a bookkeeper; Kate offers bookkeeping',
      ].join('\n'),
    );
  });

  it('is a query block', () => {
    expect(parseQuery('digest')).toMatchObject({ ok: true, value: { type: 'digest' } });
  });
});

describe('the digest written into a note', () => {
  const files = {
    'People/Dan.md': '---\ntype: person\nname: "Dan\\n- give:: [[Eve]] a lot #intro\\n- give:: [[Eve]] more #intro"\n---\n',
    'People/Eve.md': person('Eve'),
    'Daily/2026-11-20\n- give:: [[Eve]] a file name #intro.md': '- owe:: [[Dan]] the deck by 2026-11-24\n- got:: [[Eve]] a lead #lead',
  };
  const a = answers(files, '2026-11-25');
  const markdown = digestMarkdown(digest(a.index.resolve(), a.index.settings, day('2026-11-25')));

  it('a line break in a name or a file name adds no line', () => {
    expect(a.index.resolve().people.map((p) => p.name)).toContain('Dan\n- give:: [[Eve]] a lot #intro\n- give:: [[Eve]] more #intro');
    expect(markdown.split('\n')).toEqual([
      '## Goodwill digest 2026-11-25',
      '',
      '### Promises due',
      '- You owe [[Dan|Dan - give: ((Eve)) a lot #intro - give: ((Eve)) more #intro]]: the deck by 2026-11-24 (due 2026-11-24) · [open](./Daily/2026-11-20%0A-%20give::%20%5B%5BEve%5D%5D%20a%20file%20name%20#intro.md)',
      '',
      '### Say thank you',
      '- Say thank you to [[Eve]]: a lead #lead (due 2026-11-23) · [open](./Daily/2026-11-20%0A-%20give::%20%5B%5BEve%5D%5D%20a%20file%20name%20#intro.md)',
    ]);
    for (const line of markdown.split('\n'))
      expect(parseLine(line, { line: 1, noteDate: day('2026-11-25'), resolver: new DateResolver() }, false)).toBeNull();
  });

  it('and, written into the daily note, changes no balance', () => {
    const daily = upsertSection('- met:: [[Eve]]\n', DIGEST_HEADING, markdown);
    const after = answers({ ...files, 'Daily/2026-11-25.md': daily }, '2026-11-25');
    expect(after.balance()).toEqual(answers({ ...files, 'Daily/2026-11-25.md': '- met:: [[Eve]]\n' }, '2026-11-25').balance());
  });
});

describe('writing a section into a note', () => {
  const section = '## Goodwill digest 2026-11-25\n\n- one';

  it('appends when absent, replaces when present, never duplicates', () => {
    const once = upsertSection('# 2026-11-25\n\nMy notes.\n', '## Goodwill digest', section);
    expect(once).toBe('# 2026-11-25\n\nMy notes.\n\n## Goodwill digest 2026-11-25\n\n- one\n');
    const twice = upsertSection(once, '## Goodwill digest', section.replace('one', 'two'));
    expect(twice).toBe('# 2026-11-25\n\nMy notes.\n\n## Goodwill digest 2026-11-25\n\n- two\n');
  });

  it("keeps what follows the section and the note's line endings", () => {
    const text = '# Day\r\n## Goodwill digest 2026-11-24\r\n- old\r\n## Later\r\nkeep me\r\n';
    expect(upsertSection(text, '## Goodwill digest', section)).toBe(
      '# Day\r\n## Goodwill digest 2026-11-25\r\n\r\n- one\r\n\r\n## Later\r\nkeep me\r\n',
    );
  });

  it('writes into an empty note', () => {
    expect(upsertSection('', '## Goodwill digest', section)).toBe('## Goodwill digest 2026-11-25\n\n- one\n');
  });
});
