import { type Language, VOCABULARIES, type Vocabulary } from './languages';
import type { LineType } from './lines';
import type { ValueKind } from './settings';

export interface VerbRule {
  pattern: RegExp;
  type: LineType;
  introduction?: boolean;
  oneToOne?: boolean;
}

/** A language's words turned into the patterns the line reader uses. */
export interface CompiledVocabulary {
  language: Language;
  verbs: VerbRule[];
  theyPromised: RegExp;
  kinds: [RegExp, ValueKind][];
  deadline: RegExp;
  fromBeforeLink: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** The end of a word without lookbehind (older iOS lacks it) and beyond ASCII, so "donné" ends where it should. */
const WORD_END = '(?![\\p{L}\\p{N}])';

function compile(language: Language, v: Vocabulary): CompiledVocabulary {
  const spaced = v.verbs === 'start';
  const verb = (words: string[]) => new RegExp(spaced ? `^(?:${alternatives(words)})${WORD_END}` : `(?:${alternatives(words)})`, 'iu');
  const word = (words: string[]) => new RegExp(spaced ? `(?:^|[^\\p{L}\\p{N}])(?:${alternatives(words)})${WORD_END}` : `(?:${alternatives(words)})`, 'iu');
  return {
    language,
    verbs: [
      { pattern: verb(v.introduced), type: 'give', introduction: true },
      { pattern: verb(v.referred), type: 'give', introduction: true },
      { pattern: verb(v.give), type: 'give' },
      { pattern: verb(v.receipt), type: 'receipt' },
      { pattern: verb(v.ask), type: 'ask' },
      { pattern: verb(v.promise), type: 'promise' },
      { pattern: verb(v.thanks), type: 'thanks' },
      { pattern: verb(v.waitingOn), type: 'waiting' },
      { pattern: verb(v.oneToOne), type: 'touch', oneToOne: true },
      { pattern: verb(v.touch), type: 'touch' },
    ],
    theyPromised: verb(v.theyPromised),
    kinds: [
      [word(v.kinds.introduction), 'introduction'],
      [word(v.kinds.lead), 'lead'],
      [word(v.kinds.contact), 'contact'],
      [word(v.kinds.information), 'information'],
    ],
    deadline: new RegExp(`${spaced ? '(?:^|[^\\p{L}\\p{N}])' : ''}(?:${alternatives(v.deadline)})${spaced ? WORD_END : ''}[ \\t:]*(.*)$`, 'iu'),
    fromBeforeLink: new RegExp(`${spaced ? '(?:^|[^\\p{L}\\p{N}])' : ''}(?:${alternatives(v.from)})\\s*$`, 'iu'),
  };
}

const compiled = new Map<Language, CompiledVocabulary>();

export function vocabularyFor(language: Language): CompiledVocabulary {
  let c = compiled.get(language);
  if (!c) {
    c = compile(language, VOCABULARIES[language]);
    compiled.set(language, c);
  }
  return c;
}
