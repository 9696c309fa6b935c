import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { LANGUAGES, type Language } from '../../../src/core/language/languages';
import { VOCABULARIES } from '../../../src/core/language/vocabularies';
import { expandPhrase, vocabularyFor } from '../../../src/core/language/vocabulary';
import { parseLine } from '../../../src/core/read/lines';
import { readSentence } from '../../../src/core/read/sentence';
import { extractLinks } from '../../../src/core/text/links';
import { day } from '../../helpers/vault';

/**
 * Plain sentences the corpus does not hold, read through the line reader:
 * the reading, the kind of a give or receipt, the one-to-one flag and the
 * people, as the corpus test compares them.
 */
const resolver = new DateResolver();

function read(text: string, language: Language = 'en'): string {
  const r = parseLine(text, { line: 1, noteDate: day('2026-11-20'), resolver, vocabulary: vocabularyFor(language) }, false);
  if (r === null) return 'none';
  if ('message' in r) return `problem: ${r.message}`;
  const kind = r.type === 'give' || r.type === 'receipt' ? `/${r.kind}` : '';
  return `${r.type}${kind}${r.oneToOne ? ' 1:1' : ''} ${[...r.targets, ...(r.fromTarget ? [r.fromTarget] : [])].join(',')}`;
}

describe('plain sentences in English', () => {
  it.each([
    // Contact without value; the meal and coffee forms with one person are one-to-ones.
    ['- Had dinner w/ [[A]]', 'touch 1:1 a'],
    ['- Grabbed drinks with [[A]] and [[B]]', 'touch a,b'],
    ['- Breakfast with [[A]] and two of her team', 'touch a'],
    ['- Spoke to [[A]] about the move', 'touch a'],
    ['- Caught up with [[A]] over the phone', 'touch a'],
    ['- Video call with [[A]], [[B]] and [[C]]', 'touch a,b,c'],
    ['- Coffee with [[A]], she mentioned [[B]] is hiring', 'touch a'],
    ['- 11:00 meeting with [[A]]', 'touch a'],
    ['- Busy morning, then lunch with [[A]]', 'touch 1:1 a'],
    ['- Gave [[A]] a ring', 'touch a'],
    ['- Sent [[A]] a quick message about Friday', 'touch a'],
    ['- Got an email from [[A]]', 'touch a'],
    ['- [[A]] called me back', 'touch a'],
    ['- Asked [[A]] about the conference', 'touch a'],
    ['- Presented with [[A]] at the summit', 'touch a'],
    ['- Gave a workshop with [[A]] for the new hires', 'touch a'],
    // Asks.
    ['- Asked [[A]] for a referral to Acme', 'ask a'],
    ['- Asked [[A]] to review the contract', 'ask a'],
    ['- Asked [[A]] whether she has time next week', 'ask a'],
    // Gives and receipts.
    ['- Sent [[A]] the pricing article', 'give/information a'],
    ['- Shared the deck template with [[A]]', 'give/information a'],
    ['- Emailed [[A]] the contract template', 'give/information a'],
    ['- Connected [[A]] with [[B]]', 'give/introduction a,b'],
    ['- Recommended [[A]] for the design lead job', 'give/introduction a'],
    ['- [[A]] sent me a lead on a role #lead', 'receipt/lead a'],
    ['- [[A]] introduced me to her manager', 'receipt/introduction a'],
    ['- [[A]] gave me the number of her accountant', 'receipt/contact a'],
    // Promises, both ways.
    ['- Will email [[A]] the notes tomorrow', 'promise a'],
    ['- Need to follow up with [[A]]', 'promise a'],
    ["- I'll send [[A]] the recording", 'promise a'],
    ['- [[A]] will send the draft by Friday', 'waiting a'],
    ["- [[A]] said she'd check with her boss", 'waiting a'],
    // Thanks.
    ['- Sent [[A]] a thank-you note', 'thanks a'],
    ['- [[A]] sent me a thank-you card', 'touch a'],
    // Nothing.
    ["- [[A]]'s talk was great", 'none'],
    ["- Watched [[A]]'s keynote", 'none'],
    ["- Met [[A]]'s cofounder at the fair", 'none'],
    ['- Lunch with [[A]] got cancelled', 'none'],
    ['- Should I email [[A]]?', 'none'],
    ['- [[A]] moved to Berlin', 'none'],
    ['- Lunch was nice, [[A]] was there too', 'none'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('plain sentences in other languages', () => {
  it.each([
    ['de', '- Mittagessen mit [[A]]', 'touch 1:1 a'],
    ['de', '- [[A]] den Link zum Angebot geschickt', 'give/information a'],
    ['de', '- [[A]] hat mir einen Tipp gegeben', 'receipt/information a'],
    ['de', '- [[A]] angerufen', 'touch a'],
    ['de', '- [[A]] gefragt, wie es ihr geht', 'touch a'],
    ['nl', '- Koffie met [[A]]', 'touch 1:1 a'],
    ['nl', '- [[A]] heeft me een tip gegeven', 'receipt/information a'],
    ['fr', '- Déjeuner avec [[A]]', 'touch 1:1 a'],
    ['fr', "- [[A]] m'a envoyé le lien", 'receipt/information a'],
    ['es', '- Cena con [[A]] y [[B]]', 'touch a,b'],
    ['es', '- [[A]] me pasó el contacto de su abogada', 'receipt/contact a'],
    ['pt', '- Almoço com [[A]]', 'touch 1:1 a'],
    ['pt', '- Vou enviar o relatório para o [[A]]', 'promise a'],
    ['ja', '- [[A]]さんとランチ', 'touch 1:1 a'],
    ['ja', '- [[A]]さんから資料を送ってもらった', 'receipt/information a'],
    ['ja', '- [[A]]さんの記事を読んだ', 'none'],
  ])('%s: %s → %s', (language, text, want) => {
    expect(read(text, language as Language)).toBe(want);
  });
});

describe('the vocabularies', () => {
  it('every phrase of every language has words, and the person only where phrases are read word by word', () => {
    for (const language of LANGUAGES) {
      const v = VOCABULARIES[language];
      const groups = [
        v.introduced,
        v.referred,
        v.give,
        v.receipt,
        v.ask,
        v.promise,
        v.thanks,
        v.waitingOn,
        v.oneToOne,
        v.touch,
        v.message,
        v.todo,
      ];
      for (const phrase of groups.flat()) {
        const expanded = expandPhrase(phrase, v.with);
        expect(expanded.length, `${language}: "${phrase}"`).toBeGreaterThan(0);
        if (v.verbs === 'anywhere') expect(phrase.includes('@'), `${language}: "${phrase}"`).toBe(false);
      }
    }
  });

  it('says where the phrase stands, for capture to take it out', () => {
    const text = '[[Carol]] promised me a referral';
    const r = readSentence(text, extractLinks(text), vocabularyFor('en'))!;
    expect(r).toMatchObject({ type: 'waiting', theirs: true, keyword: 'promised me' });
    expect(text.slice(r.end)).toBe(' a referral');
  });
});
