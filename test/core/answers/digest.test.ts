import { describe, expect, it } from 'vitest';
import { digest, digestMarkdown } from '../../../src/core/answers/digest';
import { upsertSection } from '../../../src/core/write/line-edits';
import { parseQuery } from '../../../src/core/query/parse';
import { answers, day, person } from '../../helpers/vault';

describe('the morning digest', () => {
  const a = answers(
    {
      'People/Dan.md': person('Dan'),
      'People/Kate.md': person('Kate', { birthday: '11-28', offers: '[bookkeeping]' }),
      'People/Noah.md': person('Noah', { cadence: '2w', needs: '[a bookkeeper]' }),
      'Daily/2026-11-01.md': '- Called [[Noah]]\n- Met [[Kate]]',
      'Daily/2026-11-20.md': '- owe:: [[Dan]] the deck by 2026-11-24\n- owe:: [[Dan]] later by 2026-12-20\n- got:: [[Dan]] a lead #lead',
    },
    '2026-11-25',
  );

  it('lists what is due today or overdue, birthdays this week, and one introduction', () => {
    const d = digest(a.index.resolve(), a.index.settings, day('2026-11-25'));
    expect(d.sections.map((s) => [s.title, s.items.map((f) => f.person.name)])).toEqual([
      ['Promises due', ['Dan']],
      ['Reconnect', ['Noah']],
      ['Say thank you', ['Dan']],
      ['Birthdays this week', ['Kate']],
    ]);
    expect(d.introduction?.a.name).toBe('Noah');
    expect(digestMarkdown(d)).toBe(
      [
        '## Goodwill digest 2026-11-25',
        '',
        '### Promises due',
        '- [[Dan]]: Dan the deck by 2026-11-24 (due 2026-11-24) · [[Daily/2026-11-20|open]]',
        '',
        '### Reconnect',
        '- [[Noah]]: Reconnect (every 2 weeks; last contact 2026-11-01) (due 2026-11-15) · [[People/Noah|open]]',
        '',
        '### Say thank you',
        '- [[Dan]]: Say thank you: Dan a lead #lead (due 2026-11-23) · [[Daily/2026-11-20|open]]',
        '',
        '### Birthdays this week',
        '- [[Kate]]: Birthday on 11-28 (2026-11-28) · [[People/Kate|open]]',
        '',
        '### An introduction you could make',
        '- [[Noah]] and [[Kate]]: Noah needs a bookkeeper; Kate offers bookkeeping',
      ].join('\n'),
    );
  });

  it('is a query block', () => {
    expect(parseQuery('digest')).toEqual({ ok: true, query: { type: 'digest' } });
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
