import { describe, expect, it } from 'vitest';
import { afterOpeningLink } from '../../../src/core/answers/follow-up-words';

describe('a text without the link it opens with', () => {
  const isAna = (target: string) => target === 'ana ruiz';

  it('drops the opening link to the person the words around it name, and reads the rest as text', () => {
    expect(afterOpeningLink('[[Ana Ruiz|Ana]] the deck for [[Bob Diaz]]', isAna)).toBe('the deck for Bob Diaz');
    expect(afterOpeningLink('  [[Ana Ruiz]] the deck')).toBe('the deck');
  });

  it('keeps an opening link to someone else, and a link that does not open the text', () => {
    expect(afterOpeningLink('[[Bob Diaz]] an intro to [[Ana Ruiz]]', isAna)).toBe('Bob Diaz an intro to Ana Ruiz');
    expect(afterOpeningLink('the deck for [[Ana Ruiz]]', isAna)).toBe('the deck for Ana Ruiz');
  });
});
