import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { ownFrontmatter } from '../../../src/core/model/note';
import { resolveSettings } from '../../../src/core/model/settings';
import { readNote } from '../../../src/core/read/note-records';
import { isPersonNote } from '../../../src/core/read/conventions';
import { personFromNote } from '../../../src/core/read/people';
import { answers, person } from '../../helpers/vault';

const resolver = new DateResolver();
/** Every name a plain object answers to without holding it. */
const INHERITED = [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype), 'then'];

describe('frontmatter is read by its own keys only', () => {
  it('dateField "constructor" does not warn on notes that have no such key', () => {
    const a = answers(
      { 'People/Ann.md': person('Ann'), 'Daily/2026-11-20.md': '---\ntags: [daily]\n---\n- give:: [[Ann]] a lead\n' },
      '2026-11-25',
      { dateField: 'constructor' },
    );
    expect(a.check()).toEqual([]);
    expect(a.balance().map((b) => b.given)).toEqual([2]);
  });

  it('whatever the inherited name, as the date field or a field, a note without it reads as without it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INHERITED), fc.constantFrom('People/Ann.md', 'Daily/2026-11-20.md', 'Meetings/x.md'), (key, path) => {
        const settings = resolveSettings({ dateField: key });
        const plain = readNote({ path, text: '---\na: 1\n---\n', frontmatter: { a: 1 } }, settings, resolver);
        const none = readNote({ path, text: '', frontmatter: null }, settings, resolver);
        expect(plain.warnings).toEqual([]);
        expect(plain.noteDate).toBe(none.noteDate);
        expect(plain.attendees).toEqual([]);
        expect(plain.draft).toBeNull();
        expect(plain.person).toEqual(none.person);
        expect(isPersonNote(path, {}, resolveSettings({ personTypes: [key], personTag: key }))).toBe(path.startsWith('People/'));
      }),
    );
  });

  it('a person read from a frontmatter whose values are named like inherited keys', () => {
    const ann = personFromNote('People/Ann.md', { cadence: 'constructor', tie: 'toString', klt: 'valueOf' });
    expect([ann.cadence, ann.tie, ann.kltOverride, ann.email]).toEqual([null, null, null, null]);
  });

  it('own keys named like inherited ones are read, and a __proto__ key is only a key', () => {
    const fm = JSON.parse('{"__proto__": {"type": "person"}, "constructor": "2026-11-20"}') as Record<string, unknown>;
    const own = ownFrontmatter(fm)!;
    expect(Object.getPrototypeOf(own)).toBeNull();
    expect(Object.keys(own)).toEqual(['__proto__', 'constructor']);
    const note = readNote({ path: 'Notes/x.md', text: '', frontmatter: fm }, resolveSettings({ dateField: 'constructor' }), resolver);
    expect(note.person).toBeNull();
    expect(note.noteDate).not.toBeNull();
  });

  it('a frontmatter without a prototype, nested ones included, is read and shown in warnings', () => {
    const fm = Object.assign(Object.create(null) as Record<string, unknown>, {
      type: 'person',
      date: Object.create(null),
      cadence: Object.create(null),
    });
    const note = readNote({ path: 'x.md', text: '', frontmatter: fm }, resolveSettings({}), resolver);
    expect(ownFrontmatter(fm)).toBe(fm);
    expect(note.warnings.map((w) => w.message)).toEqual([
      '"date" is not a date: a mapping',
      '"cadence" is not a cadence from 1 day to 10 years: a mapping; ignored',
    ]);
  });
});
