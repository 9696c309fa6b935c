import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExcluded, isPersonNote } from '../../../src/core/read/conventions';
import { resolveSettings } from '../../../src/core/model/settings';
import { answers, person } from '../../helpers/vault';

const today = '2026-11-25';

describe('who is a person', () => {
  it('follows a setting changed in place, as the settings tab changes it', () => {
    const settings = resolveSettings({});
    expect(isPersonNote('Team/Ann.md', { type: 'colleague' }, settings)).toBe(false);
    expect(isExcluded('Archive/old.md', settings)).toBe(false);
    settings.personTypes = ['colleague'];
    settings.excludedFolders = ['Archive'];
    expect(isPersonNote('Team/Ann.md', { type: 'colleague' }, settings)).toBe(true);
    expect(isExcluded('Archive/old.md', settings)).toBe(true);
  });

  it('frontmatter type person or contact, a person tag, or a People/Contacts folder at any depth', () => {
    const a = answers(
      {
        'A.md': person('A'),
        'B.md': '---\ntype: contact\n---\n',
        'C.md': '---\ntags: [person, friend]\n---\n',
        'D.md': '---\ntags: "#person"\n---\n',
        '10 Example Data/people/E.md': 'E',
        'Work/Contacts/F.md': 'F',
        'G.md': '---\ntype: meeting\n---\n',
        'Peoples/H.md': 'not a people folder',
      },
      today,
    );
    expect(a.people().map((p) => p.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('--people-folder replaces the folder rule, subfolders included', () => {
    const a = answers({ 'Network/X.md': 'x', 'Network/Old/Y.md': 'y', 'People/Z.md': 'z', 'T.md': person('T') }, today, {
      peopleFolders: ['Network'],
    });
    expect(a.people().map((p) => p.name)).toEqual(['T', 'X', 'Y']);
  });

  it('templates, trash and settings folders are not read', () => {
    const a = answers({ 'Templates/Person.md': person('Template'), '.trash/Old.md': person('Old'), 'P.md': person('P') }, today);
    expect(a.people().map((p) => p.name)).toEqual(['P']);
  });

  it('prints frontmatter name, else the file name', () => {
    const a = answers({ 'People/ac.md': person('x', { name: 'Alice Chen' }), 'People/Bob Diaz.md': person('y') }, today);
    expect(a.people().map((p) => [p.name, p.file])).toEqual([
      ['Alice Chen', 'People/ac.md'],
      ['Bob Diaz', 'People/Bob Diaz.md'],
    ]);
  });
});

describe('link resolution', () => {
  const vault = {
    'People/Alice Chen.md': person('Alice Chen', { aliases: '[Ali, "A. Chen"]' }),
    'People/ac2.md': person('x', { name: 'Carol Evans', aliases: 'Caz, CE' }),
    'Daily/2026-11-20.md': [
      '- give:: [[alice chen]] one',
      '- give:: [[Ali]] two',
      '- give:: [[A. Chen|the boss]] three',
      '- give:: [[People/Alice Chen#Log]] four',
      '- give:: [Alice](People/Alice%20Chen.md) five',
      '- give:: [[Caz]] six',
      '- give:: [[Carol Evans]] seven',
      '- give:: [[ac2]] eight',
      '- give:: [[Nobody]] nine',
    ].join('\n'),
  };

  it('resolves by name, alias or path, case-insensitively, with display text and headings', () => {
    const a = answers(vault, today);
    const rows = a.balance();
    expect(rows.find((r) => r.person === 'Alice Chen')!.given).toBe(5);
    expect(rows.find((r) => r.person === 'Carol Evans')!.given).toBe(3);
  });

  it('unknown links are reported by check', () => {
    expect(answers(vault, today).check()).toEqual([
      { file: 'Daily/2026-11-20.md', line: 9, message: '"give::" line links no known person' },
    ]);
  });

  it('two people with one name: the first path wins and check says so', () => {
    const a = answers(
      {
        'Clients/People/Sam.md': person('Sam'),
        'Friends/People/Sam.md': person('Sam'),
        'Daily/2026-11-20.md': '- give:: [[Sam]] a lead',
      },
      today,
    );
    expect(a.balance()[0].personFile).toBe('Clients/People/Sam.md');
    expect(a.check()[0].message).toContain('names 2 people');
  });

  it('a line with several people belongs to the first linked person; the rest are mentions', () => {
    const a = answers(
      {
        'People/A.md': person('A'),
        'People/B.md': person('B'),
        'Daily/2026-11-20.md': '- give:: [[Acme Corp]] pitch for [[A]] with [[B]] there',
      },
      today,
    );
    expect(a.balance().map((r) => r.person)).toEqual(['A']);
  });
});

describe('person fields are bounded', () => {
  it('cadence: 1e9 is refused with a check line, and no due date is NaN', () => {
    const a = answers({ 'People/Ann.md': person('Ann', { cadence: '1e9', met: '2026-01-05' }) }, today);
    expect(a.followups(true)).toEqual([]);
    expect(a.check()).toEqual([
      { file: 'People/Ann.md', line: 1, message: '"cadence" is not a cadence from 1 day to 10 years: 1000000000; ignored' },
    ]);
  });

  it('dates outside the years 1000 to 9999 and birthdays that do not exist are check lines', () => {
    const a = answers(
      { 'People/Ann.md': person('Ann', { met: '12026-01-05', birthday: '13-45', 'snooze-until': '0999-01-01', cadence: '' }) },
      today,
    );
    expect(a.check().map((w) => w.message)).toEqual([
      '"met" is not a date (YYYY-MM-DD, years 1000 to 9999): 12026-01-05; ignored',
      '"birthday" is not a birthday (YYYY-MM-DD or MM-DD): 13-45; ignored',
      '"snooze-until" is not a date (YYYY-MM-DD, years 1000 to 9999): 0999-01-01; ignored',
    ]);
  });

  it('whatever the cadence, it is used within 1 day to 10 years or refused in check, and every due date prints', () => {
    const cadence = fc.oneof(
      fc.integer({ min: -10, max: 5000 }).map(String),
      fc.constantFrom('1e9', '1e15', '1.5', '-3', '0', 'Infinity', '3650', '3651'),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('d', 'w', 'm', ' days', ' weeks', ' months', 'y'))
        .map(([n, u]) => `${n}${u}`),
    );
    const met = fc.constantFrom('2026-01-05', '9990-06-01', '1000-01-01');
    fc.assert(
      fc.property(cadence, met, (c, m) => {
        const a = answers({ 'People/Ann.md': person('Ann', { cadence: c, met: m }) }, '9999-12-31');
        const due = a.followups(true).map((f) => f.due);
        for (const d of due) expect(d).toMatch(/^[1-9]\d{3}-\d\d-\d\d$/);
        expect(due.length + a.check().length).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
