import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { brief } from '../../../src/core/answers/brief';
import { organisations } from '../../../src/core/answers/organisations';
import { DateResolver } from '../../../src/core/language/dates';
import { parseQuery } from '../../../src/core/query/parse';
import { runQuery } from '../../../src/core/query/run';
import { organisationRows } from '../../../src/core/formats/organisation-rows';
import { resolveSettings } from '../../../src/core/model/settings';
import { organisationCandidateOf } from '../../../src/core/read/organisation-notes';
import { vault } from '../../helpers/vault-builder';
import { day, indexOf } from '../../helpers/vault';

const files = vault()
  .person('Me', { company: '"[[Acme]]"' })
  .person('Ana', { company: '"[[Acme]]"', sphere: '[founders]' })
  .person('Ben', { company: 'acme corp', sphere: '[Founders]' })
  .person('Cy', { company: 'Freelance' })
  .person('Di', { company: '"[[Ana]]"' })
  .note('Orgs/Acme.md', '---\ntype: company\naliases: [Acme Corp]\n---\n# Acme\n')
  .note('Orgs/Initech.md', '---\ntype: organisation\n---\n# Initech\n')
  .meeting('2026-11-20', 'Ana 1-2-1', ['Ana'], '- give:: [[Ana]] an intro #intro')
  .meeting('2026-11-10', 'Ben 1-2-1', ['Ben'])
  .daily('2026-11-21', '- got:: [[Ben]] a lead #lead').files;

const settings = { me: 'People/Me.md' };
const index = indexOf(files, settings);
const notes = Object.entries(files).map(([path, text]) => organisationCandidateOf(noteFromText(path, text), resolveSettings(settings)));
const rows = organisationRows(organisations(index.resolve(), index.settings, day('2026-11-25'), notes)).map(
  ({ members: _members, ...row }) => row,
);

describe('organisations and contact spheres', () => {
  it('roll up each organisation: a linked note, a text company that is its alias, a text company of its own', () => {
    expect(rows).toEqual([
      { kind: 'organisation', name: 'Acme', file: 'Orgs/Acme.md', people: ['Ana', 'Ben'], balance: 1, warmest: 'Ana' },
      { kind: 'organisation', name: 'Freelance', file: null, people: ['Cy'], balance: 0, warmest: null },
      { kind: 'organisation', name: 'Initech', file: 'Orgs/Initech.md', people: [], balance: 0, warmest: null },
      { kind: 'sphere', name: 'founders', file: null, people: ['Ana', 'Ben'], balance: 1, warmest: 'Ana' },
    ]);
  });

  it('never make a person note an organisation, nor count yourself', () => {
    expect(rows.map((r) => r.name)).not.toContain('Ana (note)');
    expect(rows.some((r) => r.file === 'People/Ana.md')).toBe(false);
    expect(rows.flatMap((r) => r.people)).not.toContain('Me');
    expect(rows.flatMap((r) => r.people)).not.toContain('Di');
  });
});

describe('one person at two organisations', () => {
  const two = vault()
    .person('Eli', { company: '["[[Acme]]", "[[Initech]]"]' })
    .person('Fay', { org: '"[[Acme]], [[Globex]]"' })
    .person('Gus', { company: '[Initech, Hooli]' })
    .person('Hal', { company: 'Smith, Jones & Co' })
    .note('Orgs/Acme.md', '---\ntype: company\n---\n')
    .note('Orgs/Initech.md', '# Initech\n')
    .note('Orgs/Globex.md', '# Globex\n').files;
  const twoIndex = indexOf(two);
  const twoNotes = Object.entries(two).map(([path, text]) => organisationCandidateOf(noteFromText(path, text), twoIndex.settings));
  const peopleOf = organisationRows(organisations(twoIndex.resolve(), twoIndex.settings, day('2026-11-25'), twoNotes)).map((r) => [
    r.name,
    r.file,
    r.people,
  ]);

  it('a brief names both', () => {
    const network = twoIndex.resolve();
    const who = (name: string) =>
      brief(
        network,
        network.people.find((p) => p.name === name)!,
        twoIndex.settings,
        day('2026-11-25'),
      ).who.company;
    expect([who('Eli'), who('Fay'), who('Hal')]).toEqual(['Acme and Initech', 'Acme and Globex', 'Smith, Jones & Co']);
  });

  it('count the person under both: a list of links, a text with two links, a list of names', () => {
    expect(peopleOf).toEqual([
      ['Acme', 'Orgs/Acme.md', ['Eli', 'Fay']],
      ['Globex', 'Orgs/Globex.md', ['Fay']],
      ['Hooli', null, ['Gus']],
      ['Initech', 'Orgs/Initech.md', ['Eli', 'Gus']],
      ['Smith, Jones & Co', null, ['Hal']],
    ]);
  });
});

describe('the org block', () => {
  const run = (source: string) => {
    const parsed = parseQuery(source);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const answer = runQuery(parsed.value, index.resolve(), index.settings, day('2026-11-25'), new DateResolver(), {
      organisationNotes: () => notes,
    });
    return answer.type === 'orgs'
      ? answer.groups.map((g) => `${g.kind} ${g.name}: ${g.members.map((m) => m.person.name).join(', ')}`)
      : answer;
  };

  it('shows one organisation, found by its name, an alias or its note path; a sphere by its name', () => {
    expect(run('org [[Acme]]')).toEqual(['organisation Acme: Ana, Ben']);
    expect(run('org [[acme corp]]')).toEqual(['organisation Acme: Ana, Ben']);
    expect(run('org [[Orgs/Acme.md|the firm]]')).toEqual(['organisation Acme: Ana, Ben']);
    expect(run('org [[Freelance]]')).toEqual(['organisation Freelance: Cy']);
    expect(run('org [[Initech]]')).toEqual(['organisation Initech: ']);
    expect(run('org [[Founders]]')).toEqual(['sphere founders: Ana, Ben']);
  });

  it('lists them all as orgs does', () => {
    expect(run('orgs')).toHaveLength(rows.length);
  });

  it('says what is wrong with an organisation no one has', () => {
    expect(run('org [[Globex]]')).toEqual({ type: 'error', message: 'no organisation called "Globex"', line: 1, column: 5 });
  });
});
