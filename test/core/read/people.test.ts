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
