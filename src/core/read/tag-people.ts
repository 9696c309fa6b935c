import type { Frontmatter } from '../model/note';
import { frontmatterTags, inlineTags } from '../text/tags';

/**
 * People who exist only as tags (the `personTagPrefix` setting): with
 * `people/`, each tag below it, `#people/ana-ruiz`, is a person, named from
 * its last segment.
 */

const UPPER = /\p{Lu}/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
const LOWER = /\p{Ll}/u;

/**
 * A word split where camelCase turns: before a capital that follows a small
 * letter or a digit (`anaRuiz` → ana|Ruiz), and before the last capital of a
 * run that a small letter follows (`JSONParser` → JSON|Parser). No
 * lookbehind: Obsidian on older iOS cannot run it.
 */
function camelWords(part: string): string[] {
  const chars = [...part];
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (word !== '' && UPPER.test(c)) {
      const prev = chars[i - 1];
      const next = chars[i + 1];
      if (LOWER_OR_DIGIT.test(prev) || (UPPER.test(prev) && next !== undefined && LOWER.test(next))) {
        words.push(word);
        word = '';
      }
    }
    word += c;
  }
  if (word !== '') words.push(word);
  return words;
}

/** The word with a capital first letter; a letter whose capital is longer (ß is SS) stays as it is. */
function capitalised(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const upper = first.toUpperCase();
  return (upper.length === first.length ? upper : first) + word.slice(first.length);
}

/**
 * The name a person tag gives: its last segment split on `-`, `_` and
 * camelCase, each word capitalised: `people/ana-ruiz` and `people/AnaRuiz`
 * are both "Ana Ruiz". Null when the segment holds no word.
 */
export function nameFromTag(tag: string): string | null {
  const last = tag.slice(tag.lastIndexOf('/') + 1);
  const words: string[] = [];
  for (const part of last.split(/[-_]+/)) {
    for (const word of camelWords(part)) words.push(capitalised(word));
  }
  return words.length === 0 ? null : words.join(' ');
}

/** Whether a tag (without `#`) lies below the prefix (lower case, ending in `/`) and names someone. */
export function isPersonTag(tag: string, prefix: string): boolean {
  return tag.length > prefix.length && tag.slice(0, prefix.length).toLowerCase() === prefix && nameFromTag(tag) !== null;
}

/**
 * The person tags of a note, as written, each once whatever its case: in its
 * frontmatter `tags` and in its body from `bodyStart` on. `prefix` is the
 * setting in lower case; the caller asks only when it is set.
 */
export function personTagsOf(fm: Frontmatter | null, text: string, bodyStart: number, prefix: string): string[] {
  const found = new Map<string, string>();
  const consider = (tag: string) => {
    if (!isPersonTag(tag, prefix)) return;
    const key = tag.toLowerCase();
    if (!found.has(key)) found.set(key, tag);
  };
  if (fm) for (const tag of frontmatterTags(fm.tags ?? fm.tag)) consider(tag);
  for (const tag of inlineTags(text, bodyStart)) consider(tag);
  return [...found.values()];
}
