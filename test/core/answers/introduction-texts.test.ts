import { describe, expect, it } from 'vitest';
import { chosenIntroduction, NO_REASON, textForStep } from '../../../src/core/answers/introduction-texts';
import { introductionCandidates } from '../../../src/core/answers/introductions';
import { personFromNote } from '../../../src/core/read/people';
import { introductionNoteText, introductionNoteTexts } from '../../../src/core/write/note-templates';
import { answers, day, indexOf, person } from '../../helpers/vault';

const today = day('2026-11-25');

/** Alice needs what Bob offers; both were met, so the pair is suggested. */
const files = {
  'People/Alice.md': person('Alice', { needs: '[brand design]' }),
  'People/Bob.md': person('Bob', { offers: '[brand design]' }),
  'Daily/2026-11-20.md': '- Coffee with [[Alice]]\n- Coffee with [[Bob]]\n',
};

describe('the three texts of an introduction', () => {
  it('a suggestion carries the ask to each side beside the bridging message, and the CLI rows keep the draft as it was', () => {
    const [row] = answers(files, '2026-11-25').intros();
    expect(row.askA).toBe(
      "Hi Alice,\n\nI'd like to introduce you to Bob. You mentioned you are looking for brand design; Bob offers brand design.\n\nWould you welcome an introduction? No pressure either way.",
    );
    expect(row.askB).toBe(
      "Hi Bob,\n\nI'd like to introduce you to Alice. Alice is looking for brand design, and I thought of you.\n\nWould you welcome an introduction? No pressure either way.",
    );
    expect(row.draft).toContain('You both said you would welcome this introduction');
    expect(row.askA).not.toContain('welcome this introduction, so');
  });

  it('a pair picked by hand with no need between them gets a placeholder for the reason, never an invented one', () => {
    const alice = personFromNote('People/Alice.md', {});
    const bob = personFromNote('People/Bob.md', {});
    const c = chosenIntroduction(alice, bob);
    for (const ask of [c.askA, c.askB]) {
      expect(ask).toContain(`. ${NO_REASON}`);
      expect(ask).not.toContain('someone like you');
    }
    const note = introductionNoteText(c, today, '');
    expect(note).not.toContain('someone like you');
    expect(note.split(NO_REASON)).toHaveLength(3);
  });

  it('the text to copy follows the step: the ask to A, then to B, then the bridging message', () => {
    expect([null, 'proposed', 'asked-a', 'asked-b', 'made', 'outcome'].map((s) => textForStep(s as never))).toEqual([
      'askA',
      'askA',
      'askB',
      'draft',
      'draft',
      'draft',
    ]);
  });

  it('a draft note gives its three texts back as it holds them, edits included', () => {
    const network = indexOf(files).resolve();
    const [c] = introductionCandidates(network, today);
    const note = introductionNoteText(c, today, '');
    expect(introductionNoteTexts(note)).toEqual({ askA: c.askA, askB: c.askB, draft: c.draft });
    const edited = note.replace('No pressure either way.', 'No pressure either way.\n\nP.S. Lunch is on me.');
    expect(introductionNoteTexts(edited).askA).toBe(`${c.askA}\n\nP.S. Lunch is on me.`);
    expect(introductionNoteTexts('---\ntype: introduction\n---\n# Notes\n')).toEqual({});
  });
});
