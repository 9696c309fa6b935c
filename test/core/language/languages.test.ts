import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/language/languages';
import { VOCABULARIES } from '../../../src/core/language/vocabularies';
import { answers, person } from '../../helpers/vault';

const people = { 'People/Alice.md': person('Alice'), 'People/Bob.md': person('Bob'), 'People/Dan.md': person('Dan') };

describe('notes in other languages', () => {
  it.each([
    [
      'de',
      '- Gab [[Alice]] eine Vorstellung bei [[Bob]]\n- Versprach [[Dan]] das Angebot bis nächsten Freitag\n- Bekam einen Kontakt von [[Bob]]',
    ],
    [
      'fr',
      '- A donné à [[Alice]] une présentation à [[Bob]]\n- Promis à [[Dan]] le devis avant vendredi prochain\n- Reçu un contact de [[Bob]]',
    ],
    [
      'es',
      '- Di a [[Alice]] una presentación con [[Bob]]\n- Prometí a [[Dan]] la propuesta para el próximo viernes\n- Recibí un contacto de [[Bob]]',
    ],
    [
      'nl',
      '- Gaf [[Alice]] een introductie bij [[Bob]]\n- Beloofde [[Dan]] de offerte voor volgende vrijdag\n- Kreeg een contact van [[Bob]]',
    ],
    ['pt', '- Dei a [[Alice]] uma apresentação ao [[Bob]]\n- Prometi a [[Dan]] a proposta até sexta-feira\n- Recebi um contato do [[Bob]]'],
    ['ja', '- [[Alice]]に送った [[Bob]]の紹介\n- [[Dan]]に約束した 見積もり 12月4日まで\n- [[Bob]]からもらった 連絡先'],
  ])('%s: gives, promises with a deadline in words, and receipts', (language, lines) => {
    const a = answers({ ...people, 'Daily/2026-11-25.md': lines }, '2026-11-25', { language: language as never });
    const rows = a.balance();
    const alice = rows.find((r) => r.person === 'Alice')!;
    expect(alice.given).toBe(3); // an introduction: a give to Alice and to Bob
    expect(rows.find((r) => r.person === 'Bob')!.received).toBe(2); // a contact from Bob
    const promise = a.followups(true).find((f) => f.kind === 'promise')!;
    expect(promise.person).toBe('Dan');
    expect(promise.due).toBe(language === 'pt' ? '2026-11-27' : '2026-12-04');
  });

  it('every language lists words for every kind of interaction', () => {
    for (const l of LANGUAGES) {
      const v = VOCABULARIES[l];
      for (const key of ['introduced', 'give', 'receipt', 'ask', 'promise', 'thanks', 'touch', 'deadline', 'from'] as const) {
        expect(v[key].length, `${l}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('an unknown language in the settings is refused with the list', async () => {
    const { resolveSettings } = await import('../../../src/core/model/settings');
    expect(() => resolveSettings({ language: 'xx' })).toThrow('setting "language" must be one of: en, de, fr, es, nl, pt, ja');
  });
});
