import type { CompiledVocabulary } from '../language/vocabulary';
import { isWhiteSpace } from '../text/char-classes';

/** Where a person stands in the text: a link, or a name in capture. In the order of the text. */
export interface Span {
  start: number;
  end: number;
}

/** The word just read; one at a time, filled afresh by readWord. */
export const word = {
  /** Where it starts and ends, without the punctuation around it. */
  start: 0,
  end: 0,
  /** Where the next word may start. */
  next: 0,
  /** Lower case, without the punctuation around it. */
  text: '',
  /** The person's span it is, or -1. */
  person: -1,
  /** A person in the possessive (`[[Claire]]'s`). */
  possessive: false,
  /** It ended in a colon ("TODO:"). */
  label: false,
  /** It holds a letter. */
  letters: false,
};

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPENERS = '(["\'“‘«¿¡*_`';
const CLOSERS = ',.;:!?)]"\'”’»…*_`';

/** An emoji or other symbol that says nothing about the phrase around it ("Coffee ☕ w/"): no ASCII, no punctuation. */
export function isSymbol(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f)) return false;
  }
  return !LETTER.test(text);
}

/** Reads the word at or after `from` into `word`; false at the end of the text. */
export function readWord(text: string, from: number, people: readonly Span[], v: CompiledVocabulary): boolean {
  let pos = from;
  const n = text.length;
  while (pos < n && isWhiteSpace(text.charCodeAt(pos))) pos++;
  if (pos >= n) return false;
  word.start = pos;
  word.person = -1;
  word.possessive = false;
  word.label = false;
  let nextPerson = n;
  for (let i = 0; i < people.length; i++) {
    const s = people[i].start;
    if (s === pos) {
      word.person = i;
      word.end = people[i].end;
      word.next = word.end;
      word.text = '';
      word.letters = false;
      for (const mark of v.possessive) {
        const after = word.end + mark.length;
        if (text.slice(word.end, after).toLowerCase() === mark && (after >= n || !WORD_CHAR.test(text.charAt(after)))) {
          word.possessive = true;
          word.next = after;
          break;
        }
      }
      return true;
    }
    if (s > pos && s < nextPerson) nextPerson = s;
  }
  let end = pos;
  while (end < nextPerson && !isWhiteSpace(text.charCodeAt(end))) end++;
  word.next = end;
  let a = pos;
  let b = end;
  while (a < b && OPENERS.includes(text.charAt(a))) a++;
  while (b > a && CLOSERS.includes(text.charAt(b - 1))) {
    if (text.charCodeAt(b - 1) === 58 /* : */) word.label = true;
    b--;
  }
  word.start = a;
  word.end = b;
  word.text = text.slice(a, b).toLowerCase();
  word.letters = LETTER.test(word.text);
  return true;
}

/** The word before `pos`, lower case, without punctuation around it, and where it starts; null at the start. */
export function wordBefore(text: string, pos: number): { text: string; start: number } | null {
  let end = pos;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  if (start === end) return null;
  let a = start;
  let b = end;
  while (a < b && OPENERS.includes(text.charAt(a))) a++;
  while (b > a && CLOSERS.includes(text.charAt(b - 1))) b--;
  return { text: text.slice(a, b).toLowerCase(), start };
}
