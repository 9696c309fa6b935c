import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chosenIntroduction } from '../../../src/core/answers/introduction-texts';
import { introductionCandidates } from '../../../src/core/answers/introductions';
import { personFromNote } from '../../../src/core/read/people';
import { introductionNoteText, meetingNoteText, personNoteText, safeFileName } from '../../../src/core/write/note-templates';
import { answers, day, indexOf, person } from '../../helpers/vault';

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

describe('note templates', () => {
  it('an introduction template fills its own placeholders only: {{constructor}} stays as written', () => {
    const index = indexOf({
      'People/Ann.md': person('Ann', { needs: 'a brand designer', met: '2026-11-01' }),
      'People/Bob.md': person('Bob', { offers: 'brand design', met: '2026-11-01' }),
    });
    const [candidate] = introductionCandidates(index.resolve(), day('2026-11-25'));
    const text = introductionNoteText(candidate, day('2026-11-25'), 'Hi {{aFirst}} and {{bFirst}}: {{constructor}} {{toString}}');
    expect(text).toContain('Hi Ann and Bob: {{constructor}} {{toString}}');
  });
});

describe('safe file names', () => {
  const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
  const bytes = (s: string) => new TextEncoder().encode(s).length;

  it.each([
    ['NUL', 'NUL (person)'],
    ['com1', 'com1 (person)'],
    ['LPT¹', 'LPT¹ (person)'],
    ['COM³', 'COM³ (person)'],
    ['CON.txt', 'CON (person).txt'],
    ['aux .md', 'aux (person).md'],
    ['nul.', 'nul (person)'],
    ['CONIN$', 'CONIN$ (person)'],
    ['Console', 'Console'],
    ['LPT10', 'LPT10'],
  ])('a name Windows reserves gets a safe one: %j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('a 103-character CJK name fits the 255-byte limit with a number and .md', () => {
    const name = '张'.repeat(103);
    const safe = safeFileName(name);
    expect(bytes(`${safe} 2000.md`)).toBeLessThanOrEqual(255);
    expect(safe).toBe('张'.repeat(66));
  });

  it('whatever the title, the name is one no OS refuses', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        'NUL',
        'com1',
        'LPT¹',
        'con.',
        'aux ',
        '..',
        '. ',
        '张'.repeat(90),
        '😀'.repeat(70),
        '\u0000',
        '\n',
        '#',
        '[[x]]',
        ':',
        'é',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
        const safe = safeFileName(pieces.join(''));
        const dot = safe.indexOf('.');
        // Plain checks, one assertion: the property runs many times.
        return (
          safe.length > 0 &&
          bytes(`${safe} 99999.md`) <= 255 &&
          !/[\\/:*?"<>|#^[\]\p{Cc}]/u.test(safe) &&
          !/^\.|[. ]$/.test(safe) &&
          !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(safe) &&
          !RESERVED.test((dot < 0 ? safe : safe.slice(0, dot)).trimEnd()) &&
          safeFileName(safe) === safe
        );
      }),
      { numRuns: 300 },
    );
    // The first names with CJK and astral characters wake up Unicode tables: slow on a busy machine, once.
  }, 30_000);
});
