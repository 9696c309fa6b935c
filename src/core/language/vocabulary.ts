import { type Language, VOCABULARIES, type Vocabulary } from './languages';
import type { LineType } from '../model/line-type';
import type { ValueKind } from '../model/settings';
import { escapeRegExp } from '../text/regex';

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
  /**
   * The verb rules by the first letter of their words (lowercased), in rule
   * order, so a line is tested only against the verbs it could start with;
   * null for languages whose verbs may stand anywhere in the line.
   */
  verbsByFirstLetter: Map<string, VerbRule[]> | null;
  theyPromised: RegExp;
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

const escape = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
/** The end of a word without lookbehind (older iOS lacks it) and beyond ASCII, so "donné" ends where it should. */
const WORD_END = '(?![\\p{L}\\p{N}])';

const VERB_GROUPS: [keyof Vocabulary, LineType, Partial<VerbRule>][] = [
  ['introduced', 'give', { introduction: true }],
  ['referred', 'give', { introduction: true }],
  ['give', 'give', {}],
  ['receipt', 'receipt', {}],
  ['ask', 'ask', {}],
  ['promise', 'promise', {}],
  ['thanks', 'thanks', {}],
  ['waitingOn', 'waiting', {}],
  ['oneToOne', 'touch', { oneToOne: true }],
  ['touch', 'touch', {}],
];

function byFirstLetter(rules: { rule: VerbRule; words: string[] }[]): Map<string, VerbRule[]> {
  const out = new Map<string, VerbRule[]>();
  for (const { rule, words } of rules) {
    for (const w of words) {
      const letter = w.charAt(0).toLowerCase();
      const list = out.get(letter) ?? [];
      if (!list.includes(rule)) list.push(rule);
      out.set(letter, list);
    }
  }
  return out;
}

function compile(language: Language, v: Vocabulary): CompiledVocabulary {
  const spaced = v.verbs === 'start';
  const verb = (words: string[]) => new RegExp(spaced ? `^(?:${alternatives(words)})${WORD_END}` : `(?:${alternatives(words)})`, 'iu');
  const word = (words: string[]) =>
    new RegExp(spaced ? `(?:^|[^\\p{L}\\p{N}])(?:${alternatives(words)})${WORD_END}` : `(?:${alternatives(words)})`, 'iu');
  const verbRules = VERB_GROUPS.map(([key, type, flags]) => {
    const words = v[key] as string[];
    return { rule: { pattern: verb(words), type, ...flags }, words };
  });
  const kindWords = [...v.kinds.introduction, ...v.kinds.lead, ...v.kinds.contact, ...v.kinds.information, ...TAG_WORDS];
  return {
    language,
    verbs: verbRules.map((r) => r.rule),
    verbsByFirstLetter: spaced ? byFirstLetter(verbRules) : null,
    theyPromised: verb(v.theyPromised),
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
