import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { personFromNote } from '../../../src/core/read/people';
import { composeLogLine, thanksLine } from '../../../src/core/write/log-line';
import { answers, day, person } from '../../helpers/vault';

describe('the log commands read deadlines with the words the line reader reads', () => {
  const dan = personFromNote('People/Dan.md', {});
  const today = day('2026-11-25'); // a Wednesday

  it.each([
    ['en', 'the deck by Friday', '- owe:: [[Dan]] the deck by Friday 📅 2026-11-27'],
    ['en', 'the deck no later than Friday', '- owe:: [[Dan]] the deck no later than Friday 📅 2026-11-27'],
    ['de', 'das Angebot bis Freitag', '- owe:: [[Dan]] das Angebot bis Freitag 📅 2026-11-27'],
    ['fr', 'le devis avant vendredi', '- owe:: [[Dan]] le devis avant vendredi 📅 2026-11-27'],
  ] as const)('%s: %s', (language, text, line) => {
    expect(composeLogLine('owe', dan, text, today, new DateResolver(language), false, language).line).toBe(line);
  });
});

describe('a thank-you for what a person gave', () => {
  const dan = personFromNote('People/Dan.md', {});
  const resolver = new DateResolver();
  const files = (received: string, thanks: string) => ({
    'People/Dan.md': person('Dan'),
    'People/Bob.md': person('Bob'),
    'Daily/2026-11-20.md': `- got:: ${received}\n`,
    'Daily/2026-11-25.md': `${thanks}\n`,
  });

  it.each([
    ['[[Dan]] the pricing deck', '- thanks:: [[Dan]] for the pricing deck'],
    ['[[Dan]] an intro to [[Bob]] #intro', '- thanks:: [[Dan]] for an intro to Bob #intro'],
    ['[[Dan]] feedback on Friday', '- 2026-11-25 thanks:: [[Dan]] for feedback on Friday'],
  ])('for "%s" it writes %s, which closes the thank-you follow-up', (received, line) => {
    const written = thanksLine(dan, received, day('2026-11-25'), resolver, false);
    expect(written).toBe(line);
    const before = answers(files(received, ''), '2026-11-25').followups(true);
    expect(before.filter((f) => f.kind === 'thanks').map((f) => f.person)).toEqual(['Dan']);
    const after = answers(files(received, written), '2026-11-25');
    expect(after.followups(true).filter((f) => f.kind === 'thanks')).toEqual([]);
    expect(after.check()).toEqual([]);
  });
});
