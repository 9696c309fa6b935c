import { describe, expect, it } from 'vitest';
import { digest, digestMarkdown } from '../../../src/core/answers/digest';
import { digestRows } from '../../../src/core/formats/rows';
import { DateResolver } from '../../../src/core/language/dates';
import { runQuery } from '../../../src/core/query/run';
import { vault } from '../../helpers/vault-builder';
import { day, indexOf } from '../../helpers/vault';

/** Six people met today in three notes, one of them twice, and yourself among them. */
const files = vault()
  .person('Me')
  .person('Ana', { needs: '[a designer]' })
  .person('Ben', { offers: '[design]' })
  .person('Cy')
  .person('Di')
  .person('Ed')
  .person('Flo')
  .daily('2026-11-20', '- met:: [[Ana]]', '- met:: [[Ben]]', '- owe:: [[Cy]] the slides by 2026-11-30')
  .meeting('2026-11-25', 'Lunch', ['Me', 'Cy', 'Ana'])
  .meeting('2026-11-25', 'Board', ['Ben', 'Ana', 'Di'])
  .note('Notes/2026-11-25 Standup.md', '---\ndate: 2026-11-25\nattendees: ["[[Ed]]", "[[Flo]]"]\n---\n')
  .meeting('2026-11-24', 'Yesterday', ['Ed']).files;

describe('one-line briefs in the digest', () => {
  const index = indexOf(files, { me: 'People/Me.md' });
  const d = digest(index.resolve(), index.settings, day('2026-11-25'), index.notesOn(day('2026-11-25')));

  it('brief each person listed today once, yourself left out: the first five by note path, then listing order', () => {
    expect(d.briefs.map((b) => b.person.name)).toEqual(['Ben', 'Ana', 'Di', 'Cy', 'Ed']);
  });

  it('say the top thing to give and what is open', () => {
    expect(d.briefs.find((b) => b.person.name === 'Cy')!.text).toBe(
      'Give: ask what they need. Open: You owe them: the slides by 2026-11-30 (due 2026-11-30)',
    );
    expect(d.briefs.find((b) => b.person.name === 'Ana')!.text).toBe(
      'Give: Introduce them to Ben: they need a designer; Ben offers design. Open: nothing open',
    );
  });

  it('stand first in the markdown and in the JSON rows, with section "brief"', () => {
    expect(digestMarkdown(d)).toContain('### Briefs for today\n- [[Ben]]: Give: Introduce Ana to them');
    const rows = digestRows(d).filter((r) => r.section === 'brief');
    expect(rows.map((r) => [r.person, r.kind, r.due, r.file, r.line])).toEqual([
      ['Ben', 'brief', '2026-11-25', 'People/Ben.md', 1],
      ['Ana', 'brief', '2026-11-25', 'People/Ana.md', 1],
      ['Di', 'brief', '2026-11-25', 'People/Di.md', 1],
      ['Cy', 'brief', '2026-11-25', 'People/Cy.md', 1],
      ['Ed', 'brief', '2026-11-25', 'People/Ed.md', 1],
    ]);
  });

  it('are left out when no note is dated today', () => {
    expect(digest(index.resolve(), index.settings, day('2026-11-26'), index.notesOn(day('2026-11-26'))).briefs).toEqual([]);
  });

  it('are in the digest block too, the same lines', () => {
    const answer = runQuery({ type: 'digest' }, index.resolve(), index.settings, day('2026-11-25'), new DateResolver(), {
      notesOn: (d) => index.notesOn(d),
    });
    expect(answer.type === 'digest' && answer.digest.briefs.map((b) => `${b.person.name}: ${b.text}`)).toEqual(
      d.briefs.map((b) => `${b.person.name}: ${b.text}`),
    );
    expect(d.briefs).toHaveLength(5);
  });
});
