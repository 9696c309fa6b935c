import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { personFromNote } from '../../../src/core/read/people';
import { composeLogLine } from '../../../src/core/write/log-line';
import { day } from '../../helpers/vault';

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
