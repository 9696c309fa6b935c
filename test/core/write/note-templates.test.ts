import { describe, expect, it } from 'vitest';
import { chosenIntroduction } from '../../../src/core/answers/introductions';
import { personFromNote } from '../../../src/core/read/people';
import { introductionNoteText, meetingNoteText, personNoteText } from '../../../src/core/write/note-templates';
import { answers, day, person } from '../../helpers/vault';

const today = day('2026-11-25');
/** A name typed or imported with a line of its own in it. */
const HOSTILE = 'Bob\n- owe:: [[Dan]] the deck';

/** The vault's answers with Dan in it and this one note added. */
const withNote = (path: string, text: string) => answers({ 'People/Dan.md': person('Dan'), [path]: text }, '2026-11-25');

describe('notes written from templates hold no line nobody meant', () => {
  it('a new person note with a line break in the name', () => {
    const text = personNoteText(HOSTILE, null);
    expect(text).toContain('\nname: "Bob - owe: [[Dan]] the deck"\n');
    expect(text.endsWith('---\n# Bob - owe: [[Dan]] the deck\n')).toBe(true);
    const a = withNote('People/Bob.md', text);
    expect(a.followups(true)).toEqual([]);
    expect(a.check()).toEqual([]);
  });

  it("a new person note from the user's template: the name inert where it stands", () => {
    const template = '---\ntype: person\n---\n# {{name}}\n{{title}}\nCalled {{ name }} on {{date}}';
    expect(personNoteText('- A $& B\n%% x', template)).toBe(
      '---\ntype: person\n---\n# - A $& B % % x\n\\- A $& B % % x\nCalled - A $& B % % x on {{date}}',
    );
  });

  it('a new meeting note with a line break in the attendee’s name', () => {
    const bob = personFromNote('People/Bob.md', { name: HOSTILE });
    const text = meetingNoteText(bob, today);
    expect(text).toContain('\n# Meeting with Bob - owe: [[Dan]] the deck\n');
    expect(text).toContain('\n- give:: [[Bob|Bob - owe: ((Dan)) the deck]]\n- ask:: [[Bob|Bob - owe: ((Dan)) the deck]]\n');
    const a = answers({ 'People/Dan.md': person('Dan'), 'People/Bob.md': person('Bob'), 'Meetings/m.md': text }, '2026-11-25');
    // A first meeting with Bob: his follow-up, and nothing owed to Dan.
    expect(a.followups(true).map((f) => [f.person, f.kind])).toEqual([['Bob', 'first-follow-up']]);
    expect(a.check()).toEqual([]);
  });

  it('an introduction draft between people with line breaks in their names', () => {
    const a = personFromNote('People/A.md', { name: `A\n- owe:: [[Dan]] one` });
    const b = personFromNote('People/B.md', { name: `B\n- owe:: [[Dan]] two`, role: 'x\n- owe:: [[Dan]] three' });
    for (const template of ['', '{{a}} meets {{b}}\n{{aFirst}}\n{{reasons}}\n{{draft}}']) {
      const text = introductionNoteText(chosenIntroduction(a, b), today, template);
      expect(text).not.toMatch(/^- owe::/m);
      const read = withNote('Introductions/a and b.md', text);
      expect(read.followups(true)).toEqual([]);
    }
  });
});
