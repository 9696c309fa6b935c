import type { Language, Vocabulary } from './languages';
import { VOCABULARIES } from './vocabularies';
import type { LineType } from '../model/line-type';
import type { ValueKind } from '../model/settings';
import { escapeRegExp } from '../text/regex';

/** The lists of phrases in a vocabulary, each read as one kind of interaction. */
export type PhraseGroup =
  'introduced' | 'referred' | 'give' | 'receipt' | 'ask' | 'promise' | 'thanks' | 'waitingOn' | 'oneToOne' | 'touch' | 'message' | 'todo';

/** What a phrase says, once found. */
export interface PhraseRule {
  group: PhraseGroup;
  type: LineType;
  /** An introduction given or received: its kind is 'introduction', whatever its words. */
  introduction: boolean;
  /** A one-to-one form ("Coffee with"), when the line names one person. */
  oneToOne: boolean;
  /** The person is the phrase's subject ("[[Eve]] sent me …"). */
  theirs: boolean;
  /** The phrase as the vocabulary writes it, without the person: "sent me", "had lunch with". */
  keyword: string;
}

/**
 * The reading of each group: with me as the subject, and with the person as
 * the subject (a phrase that opens with `@`).
 */
const GROUPS: { group: PhraseGroup; mine: LineType; theirs: LineType; introduction?: boolean; oneToOne?: boolean }[] = [
  { group: 'introduced', mine: 'give', theirs: 'receipt', introduction: true },
  { group: 'referred', mine: 'give', theirs: 'receipt', introduction: true },
  { group: 'give', mine: 'give', theirs: 'receipt' },
  { group: 'receipt', mine: 'receipt', theirs: 'give' },
  { group: 'ask', mine: 'ask', theirs: 'touch' },
  { group: 'promise', mine: 'promise', theirs: 'waiting' },
  { group: 'thanks', mine: 'thanks', theirs: 'touch' },
  { group: 'waitingOn', mine: 'waiting', theirs: 'promise' },
  { group: 'oneToOne', mine: 'touch', theirs: 'touch', oneToOne: true },
  { group: 'touch', mine: 'touch', theirs: 'touch' },
  { group: 'message', mine: 'touch', theirs: 'touch' },
  { group: 'todo', mine: 'promise', theirs: 'waiting' },
];

/**
 * A tree of phrases, word by word: each node's next words, the person (`@`),
 * the person in the possessive (`@'s`), and what a phrase ending there says.
 */
export interface PhraseNode<T> {
  words: Map<string, PhraseNode<T>> | null;
  person: PhraseNode<T> | null;
  possessive: PhraseNode<T> | null;
  value: T | null;
}

/** A phrase found in a language written without spaces: anywhere in the line, the longest winning. */
export interface AnywhereRule {
  pattern: RegExp;
  rule: PhraseRule;
}

/** A language's words turned into what the line reader looks up. */
export interface CompiledVocabulary {
  language: Language;
  mode: Vocabulary['verbs'];
  /** The phrases, word by word (languages with spaces between words). */
  phrases: PhraseNode<PhraseRule>;
  /** The phrases of each group as one pattern (languages written without spaces; empty for the others). */
  anywhere: AnywhereRule[];
  /** What a give or receipt may carry that is contact or thanks, not value: a tree of words. */
  objects: PhraseNode<'message' | 'thanks'>;
  /** Words after an ask and its person that make it conversation. */
  about: PhraseNode<true>;
  fillers: ReadonlySet<string>;
  withWords: ReadonlySet<string>;
  andWords: ReadonlySet<string>;
  /** The words of each `together` phrase, for a look at the words before the person. */
  together: readonly (readonly string[])[];
  possessive: readonly string[];
  /** Cheap first tests, then the exact word-bounded ones (patterns: languages without spaces use the first alone). */
  thanksHint: RegExp;
  thanksWords: RegExp;
  cancelledHint: RegExp;
  cancelledWords: RegExp;
  togetherHint: RegExp;
  andHint: RegExp;
  kinds: [RegExp, ValueKind][];
  /**
   * Matches wherever a kind word or kind tag appears, word boundaries aside:
   * a cheap first test, so that the exact patterns run only on lines that
   * hold one of the words.
   */
  kindHint: RegExp;
  /** The deadline words anywhere, every one in turn (global). */
  deadlineWords: RegExp;
  /**
   * A deadline word (after a word boundary, in languages with spaces) and
   * the blanks after it, tried at one position only (sticky): at the word,
   * or at the character before it when words need a boundary.
   */
  deadlineAt: RegExp;
  /** Whether deadline words need a boundary before them (languages with spaces between words). */
  deadlineBoundary: boolean;
  fromBeforeLink: RegExp;
  /** The words before a giver ("from"), lower case. */
  fromWords: readonly string[];
  /** Attendee heading and label words (lower case), English's included: templates are often kept in English. */
  attendeeHeadings: ReadonlySet<string>;
  /** The owner's own name in an attendee list (lower case), English's included. */
  me: ReadonlySet<string>;
}

/** Kind tags, read in every language: `#intro`, `#lead`, `#contact`, `#info`. */
export const TAG_KINDS: [RegExp, ValueKind][] = [
  [/(?:^|\s)#(?:intro|introduction|referral)\b/i, 'introduction'],
  [/(?:^|\s)#lead\b/i, 'lead'],
  [/(?:^|\s)#contact\b/i, 'contact'],
  [/(?:^|\s)#(?:info|information)\b/i, 'information'],
];
/** The words of the kind tags: `#contact` on a line says what was traded there. */
export const TAG_WORDS: readonly string[] = ['intro', 'introduction', 'referral', 'lead', 'contact', 'info', 'information'];

/** The kind of value a text names: a kind tag first, then the language's kind words; 'action' when none. */
export function kindIn(text: string, vocabulary: CompiledVocabulary): ValueKind {
  if (!vocabulary.kindHint.test(text)) return 'action';
  if (text.includes('#')) for (const [re, kind] of TAG_KINDS) if (re.test(text)) return kind;
  for (const [re, kind] of vocabulary.kinds) if (re.test(text)) return kind;
  return 'action';
}

const escape = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const alternatives = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
/** The end of a word without lookbehind (older iOS lacks it) and beyond ASCII, so "donné" ends where it should. */
const WORD_END = '(?![\\p{L}\\p{N}])';

/** The person in a phrase, and the person in the possessive. */
export const PERSON = '@';
export const PERSON_POSSESSIVE = "@'s";

/**
 * Each way of reading a phrase, as its words: `a|b` are alternatives, and a
 * word that is the language's first `with` word stands for each of them.
 */
export function expandPhrase(phrase: string, withWords: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (const word of phrase.toLowerCase().split(' ')) {
    if (word === '') continue;
    const options = word.split('|').filter((w) => w !== '');
    const all = options.flatMap((w) => (w === withWords[0] ? [...withWords] : [w]));
    out = out.flatMap((prefix) => all.map((w) => [...prefix, w]));
  }
  return out.filter((words) => words.length > 0);
}

function node<T>(): PhraseNode<T> {
  return { words: null, person: null, possessive: null, value: null };
}

/** Adds one phrase, as its words, to a tree; a phrase already there keeps what it says. */
function insert<T>(root: PhraseNode<T>, words: readonly string[], value: T): void {
  let at = root;
  for (const w of words) {
    if (w === PERSON) at = at.person ??= node();
    else if (w === PERSON_POSSESSIVE) at = at.possessive ??= node();
    else {
      at.words ??= new Map();
      let next = at.words.get(w);
      if (!next) {
        next = node();
        at.words.set(w, next);
      }
      at = next;
    }
  }
  at.value ??= value;
}

function wordTree<T>(phrases: readonly string[], value: (phrase: string) => T, withWords: readonly string[]): PhraseNode<T> {
  const root = node<T>();
  for (const p of phrases) for (const words of expandPhrase(p, withWords)) insert(root, words, value(p));
  return root;
}

function ruleOf(g: (typeof GROUPS)[number], words: readonly string[]): PhraseRule {
  const theirs = words[0] === PERSON;
  return {
    group: g.group,
    type: theirs ? g.theirs : g.mine,
    introduction: g.introduction === true,
    oneToOne: g.oneToOne === true,
    theirs,
    keyword: words.filter((w) => w !== PERSON && w !== PERSON_POSSESSIVE).join(' '),
  };
}

function compile(language: Language, v: Vocabulary): CompiledVocabulary {
  const spaced = v.verbs !== 'anywhere';
  const word = (words: string[]) =>
    new RegExp(spaced ? `(?:^|[^\\p{L}\\p{N}])(?:${alternatives(words)})${WORD_END}` : `(?:${alternatives(words)})`, 'iu');
  const hint = (words: string[]) => new RegExp(alternatives(words.length > 0 ? words : ['\u0000']), 'iu');
  const phrases = node<PhraseRule>();
  const anywhere: AnywhereRule[] = [];
  for (const g of GROUPS) {
    const sequences = v[g.group].flatMap((p) => expandPhrase(p, v.with));
    if (g.group === 'todo') {
      for (const f of v.future.flatMap((p) => expandPhrase(p, v.with))) {
        for (const t of sequences) insert(phrases, [...f, ...t], ruleOf(g, [...f, ...t]));
      }
    }
    for (const words of sequences) insert(phrases, words, ruleOf(g, words));
    if (!spaced && sequences.length > 0) {
      const texts = sequences.map((words) => words.join(''));
      anywhere.push({ pattern: new RegExp(`(?:${alternatives(texts)})`, 'iu'), rule: ruleOf(g, sequences[0]) });
    }
  }
  const kindWords = [...v.kinds.introduction, ...v.kinds.lead, ...v.kinds.contact, ...v.kinds.information, ...TAG_WORDS];
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    language,
    mode: v.verbs,
    phrases,
    anywhere,
    objects: wordTree<'message' | 'thanks'>(
      [...v.thanksWords, ...v.messageNouns],
      (p) => (v.thanksWords.includes(p) ? 'thanks' : 'message'),
      v.with,
    ),
    about: wordTree<true>(v.about, () => true, v.with),
    fillers: lower(v.fillers),
    withWords: lower(v.with),
    andWords: lower(v.and),
    together: v.together.map((p) => p.toLowerCase().split(' ')),
    possessive: v.possessive.map((p) => p.toLowerCase()),
    thanksHint: hint(v.thanksWords),
    thanksWords: word(v.thanksWords.length > 0 ? v.thanksWords : ['\u0000']),
    cancelledHint: hint(v.cancelled),
    cancelledWords: word(v.cancelled.length > 0 ? v.cancelled : ['\u0000']),
    togetherHint: hint(v.together),
    andHint: hint(v.and),
    kinds: [
      [word(v.kinds.introduction), 'introduction'],
      [word(v.kinds.lead), 'lead'],
      [word(v.kinds.contact), 'contact'],
      [word(v.kinds.information), 'information'],
    ],
    kindHint: new RegExp(alternatives([...new Set(kindWords)]), 'iu'),
    deadlineWords: new RegExp(alternatives(v.deadline), 'giu'),
    deadlineAt: new RegExp(
      `${spaced ? '(?:^|[^\\p{L}\\p{N}])' : ''}(?:${alternatives(v.deadline)})${spaced ? WORD_END : ''}[ \\t:]*`,
      'iuy',
    ),
    deadlineBoundary: spaced,
    fromBeforeLink: new RegExp(`${spaced ? '(?:^|[^\\p{L}\\p{N}])' : ''}(?:${alternatives(v.from)})\\s*$`, 'iu'),
    fromWords: v.from.map((w) => w.toLowerCase()),
    attendeeHeadings: new Set([...VOCABULARIES.en.attendeeHeadings, ...v.attendeeHeadings].map((w) => w.toLowerCase())),
    me: new Set([...VOCABULARIES.en.me, ...v.me].map((w) => w.toLowerCase())),
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
