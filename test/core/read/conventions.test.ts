import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../../src/cli/folder-source';
import { isPersonNote, markedNames } from '../../../src/core/read/conventions';
import { resolveSettings } from '../../../src/core/model/settings';
import { answers } from '../../helpers/vault';

const today = '2026-11-25';
const settings = resolveSettings({});
const fm = (yaml: string) => noteFromText('x.md', `---\n${yaml}\n---\n`).frontmatter;

describe('written forms of a type, a category or a tag', () => {
  it('reads names, tags and links, in lists or not, as lower-case names', () => {
    expect(markedNames('Person')).toEqual(['person']);
    expect(markedNames('#person')).toEqual(['person']);
    expect(markedNames(['person', 'Friend'])).toEqual(['person', 'friend']);
    expect(markedNames('[[People]]')).toEqual(['people']);
    expect(markedNames(['[[Lists/People|ppl]]'])).toEqual(['people']);
    expect(markedNames('person, friend')).toEqual(['person', 'friend']);
    // YAML reads an unquoted [[People]] as a list in a list.
    expect(markedNames([['People']])).toEqual(['people']);
    expect(markedNames([[['Lists/People']]])).toEqual(['people']);
    expect(markedNames('people/ana-ruiz')).toEqual(['people/ana-ruiz']);
    expect(markedNames(42)).toEqual([]);
  });
});

describe('who is a person, with no configuration', () => {
  it.each([
    ['type: person'],
    ['type: People'],
    ['type: contact'],
    ['type: Contacts'],
    ['type: "[[Person]]"'],
    ['type: [[Person]]'],
    ['categories: ["[[People]]"]'],
    ['categories:\n  - "[[People]]"'],
    ['categories: [[People]]'],
    ['tags: [people]'],
    ['tags: "#person"'],
    ['tags:\n  - Contact'],
  ])('%s', (yaml) => {
    expect(isPersonNote('Notes/x.md', fm(yaml), settings)).toBe(true);
  });

  it.each([['type: meeting'], ['categories: ["[[Meetings]]"]'], ['tags: [people/ana-ruiz]'], ['tags: [personal]'], ['type: interaction']])(
    'not %s',
    (yaml) => {
      expect(isPersonNote('Notes/x.md', fm(yaml), settings)).toBe(false);
    },
  );

  it('inline tags in the body count in the CLI and the core alike, exactly, and never the kind tags', () => {
    const a = answers(
      {
        'Notes/Ann.md': 'Met at the conference. #person',
        'Notes/Bo.md': '#People #friend\n\nSome notes',
        'Notes/Cy.md': 'Works with #people/ana-ruiz',
        'Notes/Di.md': '- give:: [[Ann]] a lead #contact',
        'Notes/Ed.md': '# Heading\n[[Ann#person]] and page#person',
        'Notes/Flo.md': 'A #contacts note',
      },
      today,
    );
    expect(a.people().map((p) => p.name)).toEqual(['Ann', 'Bo', 'Flo']);
  });

  it('the adapter may hand over the tags its cache found in the body', () => {
    expect(isPersonNote('Notes/x.md', null, settings, ['#person'])).toBe(true);
    expect(isPersonNote('Notes/x.md', null, settings, ['#contact'])).toBe(false);
    expect(isPersonNote('Notes/x.md', null, settings, ['#people/ana-ruiz'])).toBe(false);
  });

  it('personTag is kept, and personTypes can be set', () => {
    const custom = resolveSettings({ personTypes: ['colleague'], personTag: 'crm' });
    expect(isPersonNote('x.md', fm('tags: [crm]'), custom)).toBe(true);
    expect(isPersonNote('x.md', fm('categories: "[[Colleague]]"'), custom)).toBe(true);
    expect(isPersonNote('x.md', fm('type: person'), custom)).toBe(false);
  });
});

describe('the person types', () => {
  it('default to person, people, contact and contacts', () => {
    expect(settings.personTypes).toEqual(['person', 'people', 'contact', 'contacts']);
  });
});

describe('the fieldAliases setting', () => {
  it('defaults to none, and is checked by key', () => {
    expect(settings.fieldAliases).toEqual({});
    expect(() => resolveSettings({ fieldAliases: [] })).toThrow('setting "fieldAliases" must be an object');
    expect(() => resolveSettings({ fieldAliases: { cadense: ['x'] } })).toThrow('unknown field "cadense" in "fieldAliases"');
    expect(() => resolveSettings({ fieldAliases: { cadence: 'every' } })).toThrow('"fieldAliases.cadence" must be a list of strings');
    expect(() => resolveSettings({ fieldAliases: { role: ['Company'] } })).toThrow('"fieldAliases.role": "Company" already names company');
    expect(() => resolveSettings({ fieldAliases: { role: ['goodwill-role'] } })).toThrow('keys starting with "goodwill-" are never read');
    expect(resolveSettings({ fieldAliases: { cadence: [' contact_every ', ''] } }).fieldAliases).toEqual({ cadence: ['contact_every'] });
  });
});

describe('the meeting settings', () => {
  it('have their defaults', () => {
    expect(settings.meetingTypes).toEqual(['meeting', 'meetings']);
    expect(settings.orgTypes).toEqual(['organization', 'organisation', 'company', 'companies', 'organizations', 'organisations']);
    expect(settings.attendeeKeys).toEqual(['attendees', 'people', 'participants', 'with', 'person', 'contacts', 'who']);
    expect(settings.me).toBe('');
  });

  it('are checked by key', () => {
    expect(() => resolveSettings({ me: 3 })).toThrow('setting "me" must be a string');
    expect(() => resolveSettings({ attendeeKeys: 'people' })).toThrow('setting "attendeeKeys" must be a list of strings');
    expect(() => resolveSettings({ meetingTypes: [1] })).toThrow('setting "meetingTypes" must be a list of strings');
  });
});
