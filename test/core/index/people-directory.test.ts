import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { PeopleDirectory } from '../../../src/core/index/people-directory';
import { NoteNames } from '../../../src/core/index/note-names';
import type { Person } from '../../../src/core/read/people';
import { balanceRows } from '../../../src/core/formats/rows';
import { answers, day, indexOf, person } from '../../helpers/vault';

const today = '2026-11-25';

/** The people of these notes, as the index reads them. */
function directoryOf(files: Record<string, string>, others: string[] = []): PeopleDirectory {
  const index = indexOf(files);
  const people = index.resolve().people;
  return new PeopleDirectory(people, new NoteNames(() => [...Object.keys(files), ...others]));
}

const pathOf = (found: ReturnType<PeopleDirectory['find']>) =>
  found === undefined ? undefined : Array.isArray(found) ? (found as Person[]).map((p) => p.path) : (found as Person).path;

describe('a link resolves in order', () => {
  const d = directoryOf({
    'People/Sam.md': person('Sam'),
    'Clients/Sam.md': person('Sam'),
    'Projects/Folder/Note.md': person('Note'),
    'Archive/Folder/Other.md': person('Other'),
    'Team/Other.md': person('Other'),
    'CRM/Lee W.md': person('Lee Wong'),
    'CRM/Ana.md': '---\ntype: person\naliases: [Annie]\n---\n',
  });

  it('1. the exact vault path, with or without .md', () => {
    expect(pathOf(d.find('clients/sam'))).toBe('Clients/Sam.md');
    expect(pathOf(d.find('people/sam'))).toBe('People/Sam.md');
  });

  it('2. a unique path suffix', () => {
    expect(pathOf(d.find('folder/note'))).toBe('Projects/Folder/Note.md');
    expect(pathOf(d.find('folder/other'))).toBe('Archive/Folder/Other.md');
  });

  it('3. a unique name, base name, alias or heading alias', () => {
    expect(pathOf(d.find('note'))).toBe('Projects/Folder/Note.md');
    expect(pathOf(d.find('annie'))).toBe('CRM/Ana.md');
    expect(pathOf(d.find('lee w'))).toBe('CRM/Lee W.md');
    expect(pathOf(d.find('lee wong'))).toBe('CRM/Lee W.md');
  });

  it('4. several fit: the one in the linking note folder, else the shortest path, else the first by path', () => {
    expect(pathOf(d.find('sam', 'Clients/2026-11-20 call.md'))).toBe('Clients/Sam.md');
    expect(pathOf(d.find('sam', 'People/Notes.md'))).toBe('People/Sam.md');
    expect(pathOf(d.find('sam', 'Daily/2026-11-20.md'))).toBe('People/Sam.md');
    expect(pathOf(d.find('sam'))).toBe('People/Sam.md');
    expect(pathOf(d.find('other', 'Daily/2026-11-20.md'))).toBe('Team/Other.md');
  });

  it('check reports the clash', () => {
    const a = answers({ 'People/Sam.md': person('Sam'), 'Clients/Sam.md': person('Sam') }, today);
    expect(a.check()).toEqual([
      {
        file: 'People/Sam.md',
        line: 1,
        message:
          '"sam" names 2 people (Clients/Sam.md, People/Sam.md); a link goes to the one in its note\'s folder, else the shortest path, else Clients/Sam.md',
      },
    ]);
  });
});

describe('a plain name, or a link to no note', () => {
  const files = {
    'People/Sam Keller.md': person('Sam Keller'),
    'People/Jo R.md': person('Jo R'),
    'People/Tom Becker.md': person('Tom Becker'),
    'People/Maria G.md': person('Maria G'),
    'People/Ana Ruiz.md': person('Ana Ruiz'),
    'People/Ana Lima.md': person('Ana Lima'),
    'People/Ed Park.md': person('Ed Park'),
    'People/Ed Pratt.md': person('Ed Pratt'),
    'People/Lee W.md': '---\ntype: person\n---\n# Lee Wong\n',
  };
  const d = directoryOf(files, ['Places/Paris.md', 'Projects/Tom.md']);

  it('by name, alias or heading alias', () => {
    expect(pathOf(d.resolveName('Sam Keller'))).toBe('People/Sam Keller.md');
    expect(pathOf(d.resolveName('lee wong'))).toBe('People/Lee W.md');
  });

  it('by an abbreviated name on either side, when one person has that first name and last initial', () => {
    expect(pathOf(d.resolveName('Sam K'))).toBe('People/Sam Keller.md');
    expect(pathOf(d.resolveName('Sam K.'))).toBe('People/Sam Keller.md');
    expect(pathOf(d.resolveName('Jo Ramirez'))).toBe('People/Jo R.md');
    expect(pathOf(d.resolveName('Ed P'))).toEqual(['People/Ed Park.md', 'People/Ed Pratt.md']);
  });

  it('a first name alone picks the one person with that first name', () => {
    expect(pathOf(d.resolveName('Tom'))).toBe('People/Tom Becker.md');
    expect(pathOf(d.resolveName('Ana'))).toEqual(['People/Ana Lima.md', 'People/Ana Ruiz.md']);
  });

  it('a last resort is asked only when nothing else fits (capture forgives a typo there)', () => {
    const typo = (key: string) => (key === 'tom bekcer' ? d.resolveName('Tom Becker') : undefined);
    expect(pathOf(d.resolveName('Tom Bekcer', typo))).toBe('People/Tom Becker.md');
    expect(pathOf(d.resolveName('Tom', () => undefined))).toBe('People/Tom Becker.md');
    expect(d.resolveName('Tom Bekcer')).toBeUndefined();
  });

  it('a full name never falls back to its first name', () => {
    expect(d.resolveName('Maria Lopez')).toBeUndefined();
    expect(d.resolveName('Sam Kim')).toBeUndefined();
    expect(d.resolveName('Tom Baker')).toBeUndefined();
  });

  it('a link to no note is read as a name; a link to a note that is no person is nobody', () => {
    expect(pathOf(d.find('sam k'))).toBe('People/Sam Keller.md');
    expect(pathOf(d.find('elsewhere/sam k'))).toBe('People/Sam Keller.md');
    expect(d.find('tom')).toBeUndefined();
    expect(d.find('projects/tom')).toBeUndefined();
  });

  it('several fitting is nobody, and check says where', () => {
    const a = answers(
      {
        ...files,
        'Meetings/2026-11-20 Sync.md': '---\nattendees: [Ana, "[[Ed P]]"]\n---\n',
        'Daily/2026-11-21.md': '- give:: [[Ana]] a lead',
      },
      today,
    );
    expect(a.people().filter((p) => p.lastContact !== null)).toEqual([]);
    expect(a.check().map((c) => `${c.file}:${c.line} ${c.message}`)).toEqual([
      'Daily/2026-11-21.md:1 "[[ana]]" fits 2 people (People/Ana Lima.md, People/Ana Ruiz.md); nobody is picked',
      'Meetings/2026-11-20 Sync.md:1 "[[ed p]]" fits 2 people (People/Ed Park.md, People/Ed Pratt.md); nobody is picked',
      'Meetings/2026-11-20 Sync.md:1 "Ana" fits 2 people (People/Ana Lima.md, People/Ana Ruiz.md); nobody is picked',
    ]);
  });
});

describe('heading aliases', () => {
  it('a first level-1 heading that differs from the file name finds the person, but is never the name shown', () => {
    const a = answers(
      {
        'CRM/Lee W.md': '---\ntype: people\n---\n## About\n# Lee Wong\n# Later heading\n',
        'CRM/Dana Okoro.md': '---\ntype: people\n---\n# Dana Okoro\n',
        'Daily/2026-11-20.md': '- give:: [[Lee Wong]] a book\n- give:: [[Later heading]] a book',
      },
      today,
    );
    expect(a.balance().map((r) => [r.person, r.given])).toEqual([['Lee W', 1]]);
    expect(a.index.resolve().people.map((p) => p.headingAlias)).toEqual(['Lee Wong', null]);
  });

  it('a heading shared by two person notes finds neither, and check says so', () => {
    const a = answers(
      {
        'People/A.md': person('x').replace('# x', '# Notes'),
        'People/B.md': person('x').replace('# x', '# Notes'),
        'Daily/2026-11-20.md': '- give:: [[Notes]] a lead',
      },
      today,
    );
    expect(a.balance()).toEqual([]);
    expect(a.check().map((c) => c.message)).toEqual([
      '"give::" line links no known person',
      'heading "# Notes" is on 2 person notes (People/A.md, People/B.md); it finds none of them',
    ]);
  });
});

describe('links read as names follow the vault', () => {
  it('a note that appears under a link read as a name takes the link back, and gives it again when it goes', () => {
    const index = indexOf({ 'People/Tom Becker.md': person('Tom Becker'), 'Daily/2026-11-20.md': '- give:: [[Tom]] a book' });
    const given = () => balanceRows(index.resolve(), index.settings, day(today)).map((r) => `${r.person} ${r.given}`);
    expect(given()).toEqual(['Tom Becker 1']);
    index.upsert(noteFromText('Projects/Tom.md', '# Tom, the project'));
    expect(given()).toEqual([]);
    index.remove('Projects/Tom.md');
    expect(given()).toEqual(['Tom Becker 1']);
  });
});
