/**
 * The words Goodwill listens for, per language. Data, not code: add a
 * language by adding its code to LANGUAGES, its vocabulary in a file of its
 * own under vocabularies/ (named for its code), that vocabulary to
 * VOCABULARIES in vocabularies.ts, and its chrono-node locale in dates.ts.
 *
 * A phrase is words separated by single spaces, matched without regard to
 * case, word by word. `a|b|c` is one word with alternatives. `@` stands for
 * the person (a link; in capture, a name): where a phrase has it, the person
 * is that word's object, and a possessive there (`Met [[Claire]]'s manager`)
 * says the line is about someone else's thing, not them. `@'s` is the person
 * in the possessive. A phrase that opens with `@` has the person as its
 * subject (`@ sent me`): what they give is a receipt, what they promise is a
 * promise owed to me, what they ask or thank is a touch. The word `with`
 * stands for each of the language's `with` words ("coffee w/ [[Ana]]").
 * Filler words may stand between a phrase's words and before it ("had a
 * quick coffee with").
 *
 * Where the phrases stand depends on the language: at the start of a list
 * item ('start'), as words anywhere in it, the first one found winning
 * ('words': German and Dutch put the participle last), or anywhere, the
 * longest winning, for languages written without spaces ('anywhere'; there a
 * phrase is a plain substring, without `@` or alternatives).
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'pt', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Vocabulary {
  /** Where the phrases stand: at the start of the line, as words anywhere, or anywhere (languages without spaces). */
  verbs: 'start' | 'words' | 'anywhere';
  /** An introduction made: a give to each person it names. */
  introduced: string[];
  /** A referral: putting someone forward, an introduction too. */
  referred: string[];
  /** Something of value given. */
  give: string[];
  /** Something of value received ("Got … from [[Bob]]"). */
  receipt: string[];
  ask: string[];
  /** A promise I owe, made in words ("Promised [[Dan]] …"); with `@` first, one owed to me ("[[Eve]] will send …"). */
  promise: string[];
  thanks: string[];
  waitingOn: string[];
  /** A meeting of two: a touch, and a one-to-one when the line names one person and no one else with them. */
  oneToOne: string[];
  /** Contact without value: talking, meeting, doing something together. */
  touch: string[];
  /** Contact that may carry something: a touch; a give when what it carries has a kind, a thank-you when it thanks. */
  message: string[];
  /** What is still to do, as a to-do is written ("Send [[Ana]] the deck", "Follow up with …"): a promise I owe. */
  todo: string[];
  /** Words that put a to-do in the future ("Will", "Need to"): each may stand before any `todo` phrase. */
  future: string[];
  /** Words before a deadline: "by Friday". */
  deadline: string[];
  /** The word before the giver in a receipt: "… from [[Bob]]". */
  from: string[];
  /** "with", and its shorthands: the first is the word phrases are written with. */
  with: string[];
  /** Words that join another person to the one just named ("Dinner with [[Marta]] and her partner"): no one-to-one then. */
  and: string[];
  /** After an ask and its person, a word that makes it conversation, a touch ("Asked [[Claire]] about her trip"). */
  about: string[];
  /** What a give or a receipt carries when it carries nothing but contact ("Sent [[Jonas]] a quick note", "Gave [[Sofía]] a call"). */
  messageNouns: string[];
  /** Words that thank: a give or a message that thanks is a thank-you; one received is a touch. */
  thanksWords: string[];
  /** Words that say a meeting did not happen ("Lunch with [[Jonas]] moved to Thursday"). */
  cancelled: string[];
  /** Words before the person that say a thing was done together, not given ("Ran the workshop together with [[Jonas]]"). */
  together: string[];
  /** Words that may stand before or inside a phrase without changing it: articles, a few adverbs and adjectives. */
  fillers: string[];
  /** What follows a name to make it possessive (`[[Claire]]'s`). */
  possessive: string[];
  kinds: { introduction: string[]; lead: string[]; contact: string[]; information: string[] };
  /** A heading or bold label over the people a meeting note was with: "## Attendees", "**With:**". */
  attendeeHeadings: string[];
  /** How the vault's owner names themselves in an attendee list: never counted among the attendees. */
  me: string[];
}
