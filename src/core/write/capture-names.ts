import { fileNameOf, type Person, personFile } from '../read/people';
import { extractLinks, normalizeLinkTarget } from '../text/links';
import { foldCase } from '../text/case-fold';
import { scanSteps } from '../text/scan-steps';

export interface NameHit {
  start: number;
  end: number;
  people: Person[];
}

/**
 * The names capture looks for in a set of people: each name, alias and first
 * name (lower-cased, two characters or more) with the people it may mean.
 * Built once per set of people, so that a capture costs in the length of its
 * line, not in the number of people: a stretch of the line is looked up by
 * its folded text, where once every name was a pattern run over the line.
 */
interface NameIndex {
  /** The people it was built from, to tell whether a list handed in is still the same. */
  people: readonly Person[];
  /** The people each name may mean, names in the order they were added. */
  names: Map<string, Set<Person>>;
  /** The names in the order they were added. */
  keys: string[];
  /** The names by their folded text (foldCase): names that differ only in case share it. */
  byFolded: Map<string, string[]>;
  /** Each name's turn: longest first, then as added; an earlier name claims its words first. */
  turn: Map<string, number>;
  /** The lengths of the names in UTF-16 units, shortest first. */
  lengths: number[];
  /** Single-word names of four letters or more (their places in `keys`) by each way of leaving one letter out, for near misses; made when first needed. */
  oneLetterOut: Map<string, number[]> | null;
  /** The people by every link target that reaches them (path, file name, name, alias), for links typed in the text; made when first needed. */
  byTarget: Map<string, Set<Person>> | null;
}

const INDEXES = new WeakMap<readonly Person[], NameIndex>();

function nameIndex(people: readonly Person[]): NameIndex {
  const known = INDEXES.get(people);
  if (known && known.people.length === people.length && known.people.every((p, i) => p === people[i])) return known;
  const names = new Map<string, Set<Person>>();
  const add = (name: string, p: Person) => {
    const key = name.trim().toLowerCase();
    if (key.length < 2) return;
    const set = names.get(key) ?? new Set<Person>();
    set.add(p);
    names.set(key, set);
  };
  for (const p of people) {
    add(p.name, p);
    for (const a of p.aliases) add(a, p);
    const first = p.name.split(/\s+/)[0];
    if (first && first !== p.name) add(first, p);
  }
  const byFolded = new Map<string, string[]>();
  const lengths = new Set<number>();
  for (const key of names.keys()) {
    const folded = foldCase(key);
    const list = byFolded.get(folded);
    if (list) list.push(key);
    else byFolded.set(folded, [key]);
    lengths.add(key.length);
  }
  const turn = new Map([...names.keys()].sort((a, b) => b.length - a.length).map((key, i) => [key, i]));
  const keys = [...names.keys()];
  const index = {
    people: [...people],
    names,
    keys,
    byFolded,
    turn,
    lengths: [...lengths].sort((a, b) => a - b),
    oneLetterOut: null,
    byTarget: null,
  };
  INDEXES.set(people, index);
  return index;
}

/** The people by every link target that reaches them, once per set of people. */
function linkTargets(index: NameIndex): Map<string, Set<Person>> {
  if (index.byTarget) return index.byTarget;
  const byTarget = new Map<string, Set<Person>>();
  for (const p of index.people) {
    for (const key of new Set([personFile(p) ?? '', fileNameOf(p), p.name, ...p.aliases].map(normalizeLinkTarget))) {
      const set = byTarget.get(key) ?? new Set<Person>();
      set.add(p);
      byTarget.set(key, set);
    }
  }
  index.byTarget = byTarget;
  return byTarget;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every mention of a person in the text, longest names first, each word used
 * once. A link typed in the text (`[[Bob Diaz]]`) is one mention of the person
 * it links, found as the reader would find it; names inside it are not
 * matched again, and a link to no one is left as it is. A name is found where
 * the text, folded, reads as the name folded, with no letter or digit just
 * before or after it; names take their turns as a pattern per name,
 * `(^|[^\p{L}\p{N}])(name)(?![\p{L}\p{N}])` with the flags `giu`, would find
 * them (no lookbehind: Obsidian on older iOS cannot run it). A test compares
 * the two.
 */
export function findPeople(text: string, people: Person[]): NameHit[] {
  const index = nameIndex(people);
  const { names } = index;
  const length = text.length;
  const folded = foldCase(text);
  // At each code point boundary: whether a name may end there (no letter or digit follows), where the code point
  // before it starts, and whether that one is a letter or digit. Inside a surrogate pair: none of these.
  const endsWord = new Uint8Array(length + 1);
  const before = new Int32Array(length + 1).fill(-1);
  const wordBefore = new Uint8Array(length + 1);
  for (let i = 0; i < length;) {
    const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const word = WORD_CHAR.test(text.slice(i, i + size));
    endsWord[i] = word ? 0 : 1;
    before[i + size] = i;
    wordBefore[i + size] = word ? 1 : 0;
    i += size;
  }
  endsWord[length] = 1;
  scanSteps.count += length;
  // Where each name is found, in order of the text; a name starts at the text's start or after a code point that is no letter or digit.
  const found = new Map<string, number[]>();
  for (let start = 0; start < length; start++) {
    if (start > 0 && (before[start] < 0 || wordBefore[start] === 1)) continue;
    for (const size of index.lengths) {
      const end = start + size;
      if (end > length) break;
      scanSteps.count++;
      if (endsWord[end] !== 1) continue;
      const keys = index.byFolded.get(folded.slice(start, end));
      if (!keys) continue;
      for (const key of keys) {
        const list = found.get(key);
        if (list) list.push(start);
        else found.set(key, [start]);
      }
    }
  }
  const hits: NameHit[] = [];
  const taken: boolean[] = [];
  const links = extractLinks(text);
  if (links.length > 0) {
    const byTarget = linkTargets(index);
    for (const l of links) {
      for (let i = l.start; i < l.end; i++) taken[i] = true;
      const linked = byTarget.get(l.target) ?? byTarget.get(l.target.slice(l.target.lastIndexOf('/') + 1));
      if (linked) hits.push({ start: l.start, end: l.end, people: [...linked] });
    }
  }
  for (const key of [...found.keys()].sort((a, b) => index.turn.get(a)! - index.turn.get(b)!)) {
    // As a global pattern goes on from where its last match ended: the code point before the next one must lie after it.
    let next = 0;
    for (const start of found.get(key)!) {
      if (start === 0 ? next !== 0 : before[start] < next) continue;
      const end = start + key.length;
      next = end;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      hits.push({ start, end, people: [...names.get(key)!] });
    }
  }
  if (hits.length === 0) hits.push(...nearMisses(text, index, taken));
  return hits.sort((a, b) => a.start - b.start);
}

/** At most one letter wrong, missing, extra or swapped ("Alcie" for Alice). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string, y: string) => x === y;
  return (
    rest(a.slice(i + 1), b.slice(i + 1)) ||
    rest(a.slice(i + 1), b.slice(i)) ||
    rest(a.slice(i), b.slice(i + 1)) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2)))
  );
}

/** The word and each way of leaving one of its letters (UTF-16 units) out. */
function oneLetterOut(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Two words within one edit of each other share a form with one letter left
 * out (or whole): the names a word may be near are found by looking its forms
 * up, not by comparing it with every name. In the order the names were added.
 */
function namesNear(word: string, index: NameIndex): string[] {
  let near = index.oneLetterOut;
  if (!near) {
    near = new Map();
    index.keys.forEach((key, place) => {
      if (key.includes(' ') || key.length < 4) return;
      for (const form of new Set(oneLetterOut(key))) {
        const list = near!.get(form);
        if (list) list.push(place);
        else near!.set(form, [place]);
      }
    });
    index.oneLetterOut = near;
  }
  const places = new Set<number>();
  for (const form of oneLetterOut(word)) for (const place of near.get(form) ?? []) places.add(place);
  scanSteps.count += word.length + 1;
  return [...places].sort((x, y) => x - y).map((place) => index.keys[place]);
}

/** When no name is written exactly, a capitalised word one typo away from a name. */
function nearMisses(text: string, index: NameIndex, taken: boolean[]): NameHit[] {
  const hits: NameHit[] = [];
  const word = /\p{Lu}[\p{L}'-]{3,}/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (taken[m.index]) continue; // inside a link typed in the text
    const w = m[0].toLowerCase();
    const found = new Set<Person>();
    for (const key of namesNear(w, index)) if (withinOneEdit(w, key)) index.names.get(key)!.forEach((p) => found.add(p));
    if (found.size > 0) hits.push({ start: m.index, end: m.index + m[0].length, people: [...found] });
  }
  return hits;
}
