import { type CompiledVocabulary, type PhraseGroup, type PhraseNode, type PhraseRule, kindIn } from '../language/vocabulary';
import type { LineType } from '../model/line-type';
import type { ValueKind } from '../model/settings';
import { type Span, isSymbol, readWord, word, wordBefore } from './sentence-words';
import { isWhiteSpace } from '../text/char-classes';

/**
 * Plain sentences: what a list item written in words says ("Had lunch with
 * [[Ana]]", "[[Marta]] sent me the slides", "Will send [[Sofía]] the deck").
 * The line reader, capture and the log commands all read them here, with the
 * language's vocabulary (language/vocabularies/), so that what capture writes is read
 * back as it was understood.
 *
 * The text is read word by word. A word is a run of characters between
 * blanks, without the punctuation around it, in lower case; a link (or, in
 * capture, a name) is the person. Phrases are looked up in a tree of their
 * words, the longest winning; filler words may stand between them. What
 * follows the phrase may change the reading: a give that carries only a
 * message is a touch, an ask "about" something is conversation, a contact
 * that carries something of a kind is a give. Each step reads a bounded
 * number of words, so a line costs in its length.
 */

export interface SentenceReading {
  type: LineType;
  /** An introduction given or received: kind 'introduction' whatever the words. */
  introduction: boolean;
  oneToOne: boolean;
  /** The phrase as the vocabulary writes it, without the person: "sent me", "had lunch with". */
  keyword: string;
  /** The group its phrase came from; 'together' for a thing done together found before the person. */
  group: PhraseGroup | 'together';
  /** The person is the subject ("[[Eve]] sent me …"). */
  theirs: boolean;
  /** Where the phrase's first word starts and its last word ends. */
  start: number;
  end: number;
}

/** At most this many words are read looking for a phrase, from one place. */
const MAX_WORDS = 24;
/** In languages whose phrases open the line, at most this many later clauses are tried. */
const MAX_CLAUSES = 3;
/** In languages whose phrases may stand anywhere, at most this many places are tried. */
const MAX_PLACES = 64;

/** What the last walk found. */
const found: { value: unknown; start: number; end: number } = { value: null, start: -1, end: -1 };
const NOTHING = 0;
const FOUND = 1;
/** A possessive where the phrase has its person: the line is about someone else's thing. */
const NOT_THEM = 2;

/**
 * Walks a tree of phrases from `from`, the longest phrase winning; fillers
 * and symbols may stand between its words, and at the root (`lead`) any
 * word without letters (a time, a dash) and fillers before it.
 */
function walk<T>(root: PhraseNode<T>, text: string, from: number, people: readonly Span[], v: CompiledVocabulary, lead: boolean): number {
  let at = root;
  let pos = from;
  let start = -1;
  found.value = null;
  for (let steps = 0; steps < MAX_WORDS && readWord(text, pos, people, v); steps++) {
    pos = word.next;
    let next: PhraseNode<T> | null | undefined = null;
    if (word.person >= 0) {
      if (word.possessive) {
        next = at.possessive;
        if (!next && at.person && at !== root) return NOT_THEM;
      } else next = at.person;
    } else if (word.text !== '') next = at.words?.get(word.text);
    if (next) {
      at = next;
      if (start < 0) start = word.start;
      if (at.value !== null) {
        found.value = at.value;
        found.start = start;
        found.end = word.end;
      }
      continue;
    }
    if (word.person >= 0) break;
    if (v.fillers.has(word.text) || isSymbol(word.text)) continue;
    if (lead && at === root && !word.letters && word.text !== '') continue;
    break;
  }
  return found.value !== null ? FOUND : NOTHING;
}

/** Where the clause after `from` starts: after the next comma or semicolon outside a person's span; -1 when there is none. */
function clauseAfter(text: string, from: number, people: readonly Span[]): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 44 /* , */ && code !== 59 /* ; */) continue;
    if (!people.some((p) => p.start <= i && i < p.end)) return i + 1;
  }
  return -1;
}

/** Where reading starts: after a label of a few words ending in a colon ("TODO:", "Next week:"), else at 0. */
function afterLabel(text: string, people: readonly Span[], v: CompiledVocabulary): number {
  let pos = 0;
  for (let i = 0; i < 4 && readWord(text, pos, people, v); i++) {
    if (word.person >= 0) return 0;
    pos = word.next;
    if (word.label) return pos;
  }
  return 0;
}

/** The position after the fillers (and at most one person) from `from`; -1 past the end. */
function skipToThing(text: string, from: number, people: readonly Span[], v: CompiledVocabulary, person: boolean): number {
  let pos = from;
  let skipped = false;
  for (let steps = 0; steps < MAX_WORDS && readWord(text, pos, people, v); steps++) {
    if (word.person >= 0) {
      if (!person || skipped) return word.start;
      skipped = true;
    } else if (word.text !== '' && !v.fillers.has(word.text) && !isSymbol(word.text)) return word.start;
    pos = word.next;
  }
  return -1;
}

/** What the words at `from` (after fillers and the person) are in a tree of words, or null. */
function thingAt<T>(tree: PhraseNode<T>, text: string, from: number, people: readonly Span[], v: CompiledVocabulary): T | null {
  const at = skipToThing(text, from, people, v, true);
  if (at < 0) return null;
  return walk(tree, text, at, people, v, false) === FOUND ? (found.value as T) : null;
}

/** Whether the words before `pos` are one of the phrases (each as its words). */
function phraseBefore(text: string, pos: number, phrases: readonly (readonly string[])[]): string[] | null {
  for (const words of phrases) {
    let at = pos;
    let ok = true;
    for (let i = words.length - 1; i >= 0 && ok; i--) {
      const w = wordBefore(text, at);
      if (!w || w.text !== words[i]) ok = false;
      else at = w.start;
    }
    if (ok) return [...words];
  }
  return null;
}

/** The text with each person blanked to spaces, so that their names are no kind word; positions stay. */
function blanked(text: string, people: readonly Span[]): string {
  if (people.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const p of people) {
    if (p.start < pos) continue;
    out += text.slice(pos, p.start) + ' '.repeat(p.end - p.start);
    pos = p.end;
  }
  return out + text.slice(pos);
}

function endsInQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  return last === 63 /* ? */ || last === 0xff1f; /* ？ */
}

function hasWord(hint: RegExp, exact: RegExp, text: string): boolean {
  return hint.test(text) && exact.test(text);
}

/**
 * Reads a plain sentence: the interaction its words say, or null when they
 * say none. `people` are where the persons stand in it (links, or names in
 * capture), in order.
 */
export function readSentence(text: string, people: readonly Span[], v: CompiledVocabulary): SentenceReading | null {
  // A question records nothing that happened ("Should I invite [[Priya]]?").
  if (endsInQuestion(text)) return null;
  if (v.mode === 'anywhere') return readAnywhere(text, people, v);
  let result = NOTHING;
  if (v.mode === 'start') {
    result = walk(v.phrases, text, afterLabel(text, people, v), people, v, true);
    // "09:15 standup, then coffee with [[Ana]]": a later clause may say it.
    for (
      let at = clauseAfter(text, 0, people), n = 0;
      result === NOTHING && at > 0 && n < MAX_CLAUSES;
      at = clauseAfter(text, at, people), n++
    ) {
      result = walk(v.phrases, text, at, people, v, true);
    }
  } else {
    let pos = 0;
    for (let places = 0; places < MAX_PLACES && readWord(text, pos, people, v); places++) {
      const next = word.next;
      result = walk(v.phrases, text, word.start, people, v, false);
      if (result !== NOTHING) break;
      pos = next;
    }
  }
  if (result === NOT_THEM) return null;
  if (result === NOTHING) return together(text, people, v);
  const rule = found.value as PhraseRule;
  const reading: SentenceReading = {
    type: rule.type,
    introduction: rule.introduction,
    oneToOne: rule.oneToOne,
    keyword: rule.keyword,
    group: rule.group,
    theirs: rule.theirs,
    start: found.start,
    end: found.end,
  };
  let kind: ValueKind | null = null;
  const kindOf = () => (kind ??= kindIn(blanked(text, people), v));
  if (reading.type === 'touch' && hasWord(v.cancelledHint, v.cancelledWords, text)) return null;
  const gives = rule.group === 'give' || rule.group === 'message';
  if (gives && !rule.theirs && hasWord(v.thanksHint, v.thanksWords, text)) return { ...reading, type: 'thanks' };
  if (rule.group === 'give' || rule.group === 'receipt' || (rule.group === 'message' && rule.theirs)) {
    const thing = thingAt(v.objects, text, reading.end, people, v);
    // "[[Priya]] sent me a thank-you note", "Got a text from [[Jonas]]", "Gave [[Sofía]] a call": contact, no value.
    if (thing === 'thanks' || (thing === 'message' && kindOf() === 'action')) return { ...reading, type: 'touch' };
  }
  if (rule.group === 'give' && !rule.theirs && people.length > 0 && kindOf() === 'action' && doneTogether(text, reading.end, people, v)) {
    return { ...reading, type: 'touch' };
  }
  if (rule.group === 'ask' && !rule.theirs && thingAt(v.about, text, reading.end, people, v) !== null) return { ...reading, type: 'touch' };
  if (rule.group === 'message' && kindOf() !== 'action') return { ...reading, type: rule.theirs ? 'receipt' : 'give' };
  if (reading.oneToOne && (people.length > 1 || (people.length === 1 && joinedAfter(text, people[0], people, v)))) {
    reading.oneToOne = false;
  }
  return reading;
}

/**
 * "Gave a talk with [[Priya]]", "Shared a taxi with [[Ben]]": a thing (not
 * the person) follows the verb, and the person follows a `with` word.
 */
function doneTogether(text: string, end: number, people: readonly Span[], v: CompiledVocabulary): boolean {
  const thing = skipToThing(text, end, people, v, false);
  if (thing < 0 || people.some((p) => p.start === thing)) return false;
  const before = wordBefore(text, people[0].start);
  return (before !== null && v.withWords.has(before.text)) || phraseBefore(text, people[0].start, v.together) !== null;
}

/** Whether another person is joined to the one named ("[[Marta]] and her partner"). */
function joinedAfter(text: string, person: Span, people: readonly Span[], v: CompiledVocabulary): boolean {
  if (!v.andHint.test(text)) return false;
  if (!readWord(text, person.start, people, v) || !readWord(text, word.next, people, v)) return false;
  return word.person < 0 && v.andWords.has(word.text);
}

/**
 * How many of the people, from the first, are named together ("[[A]], [[B]]
 * and [[C]]"): the people a touch is with. Others the line names are what
 * was talked about ("Coffee with [[A]], she mentioned [[B]]"). In languages
 * written without spaces, the first alone.
 */
export function peopleTogether(text: string, people: readonly Span[], v: CompiledVocabulary): number {
  if (people.length === 0) return 0;
  if (v.mode === 'anywhere') return 1;
  let k = 1;
  for (; k < people.length; k++) {
    let pos = people[k - 1].end;
    let joined = true;
    while (joined && readWord(text, pos, people, v) && word.start < people[k].start) {
      if (word.person >= 0 || (word.text !== '' && !v.andWords.has(word.text))) joined = false;
      pos = word.next;
    }
    if (!joined) break;
  }
  return k;
}

/** No phrase, but a thing done together with the person: "Ran the workshop together with [[Jonas]]". */
function together(text: string, people: readonly Span[], v: CompiledVocabulary): SentenceReading | null {
  if (people.length === 0 || !v.togetherHint.test(text)) return null;
  const words = phraseBefore(text, people[0].start, v.together);
  if (!words) return null;
  return {
    type: 'touch',
    introduction: false,
    oneToOne: false,
    keyword: words.join(' '),
    group: 'together',
    theirs: false,
    start: people[0].start,
    end: people[0].start,
  };
}

/** Languages written without spaces: each group's phrases anywhere, the longest winning. */
function readAnywhere(text: string, people: readonly Span[], v: CompiledVocabulary): SentenceReading | null {
  const plain = blanked(text, people);
  let rule: PhraseRule | null = null;
  let start = -1;
  let length = 0;
  for (const r of v.anywhere) {
    const m = r.pattern.exec(plain);
    if (m && m[0].length > length) {
      rule = r.rule;
      start = m.index;
      length = m[0].length;
    }
  }
  if (!rule) return null;
  const reading: SentenceReading = {
    type: rule.type,
    introduction: rule.introduction,
    oneToOne: rule.oneToOne && people.length <= 1 && !v.andHint.test(plain),
    keyword: plain.slice(start, start + length).toLowerCase(),
    group: rule.group,
    theirs: false,
    start,
    end: start + length,
  };
  if (reading.type === 'touch' && v.cancelledHint.test(plain)) return null;
  if ((rule.group === 'give' || rule.group === 'message') && v.thanksHint.test(plain)) return { ...reading, type: 'thanks' };
  if (rule.group === 'message' && kindIn(plain, v) !== 'action') return { ...reading, type: 'give' };
  return reading;
}
