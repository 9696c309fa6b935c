import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateResolver } from '../../../src/core/language/dates';
import { baseName } from '../../../src/core/model/note';
import type { Person } from '../../../src/core/read/people';
import { extractLinks, normalizeLinkTarget } from '../../../src/core/text/links';
import { scanSteps } from '../../../src/core/text/scan-steps';
import { type NameHit, captureLine, findPeople } from '../../../src/core/write/capture';
import { day } from '../../helpers/vault';

const someone = (name: string, aliases: string[] = []) => ({ name, aliases, path: `People/${name}.md` }) as unknown as Person;

/** The patterns of the names seen so far: Unicode classes make each slow to build, and names repeat from run to run. */
const patterns = new Map<string, RegExp>();

/** How names were found before: links typed in the text first, then a pattern per name over the whole text, longest names first. */
function findPeopleByPatterns(text: string, people: Person[]): NameHit[] {
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
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hits: NameHit[] = [];
  const taken: boolean[] = [];
  const links = extractLinks(text);
  if (links.length > 0) {
    const byTarget = new Map<string, Set<Person>>();
    for (const p of people) {
      for (const key of new Set([p.path, baseName(p.path), p.name, ...p.aliases].map(normalizeLinkTarget))) {
        const set = byTarget.get(key) ?? new Set<Person>();
        set.add(p);
        byTarget.set(key, set);
      }
    }
    for (const l of links) {
      for (let i = l.start; i < l.end; i++) taken[i] = true;
      const linked = byTarget.get(l.target) ?? byTarget.get(l.target.slice(l.target.lastIndexOf('/') + 1));
      if (linked) hits.push({ start: l.start, end: l.end, people: [...linked] });
    }
  }
  for (const key of [...names.keys()].sort((a, b) => b.length - a.length)) {
    let re = patterns.get(key);
    if (!re) {
      re = new RegExp(`(^|[^\\p{L}\\p{N}])(${escape(key)})(?![\\p{L}\\p{N}])`, 'giu');
      patterns.set(key, re);
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[1].length;
      const end = start + m[2].length;
      re.lastIndex = end;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      hits.push({ start, end, people: [...names.get(key)!] });
    }
  }
  if (hits.length === 0) {
    // Near misses, outside links typed in the text.
    const oneEdit = (a: string, b: string): boolean => {
      if (Math.abs(a.length - b.length) > 1) return false;
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      if (i === a.length && i === b.length) return true;
      return (
        a.slice(i + 1) === b.slice(i + 1) ||
        a.slice(i + 1) === b.slice(i) ||
        a.slice(i) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
      );
    };
    const word = /\p{Lu}[\p{L}'-]{3,}/gu;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      if (taken[m.index]) continue;
      const w = m[0].toLowerCase();
      const found = new Set<Person>();
      for (const [key, ps] of names) if (!key.includes(' ') && key.length >= 4 && oneEdit(w, key)) ps.forEach((p) => found.add(p));
      if (found.size > 0) hits.push({ start: m.index, end: m.index + m[0].length, people: [...found] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Letters that fold in odd ways, marks, digits, a surrogate pair, blanks and punctuation.
const letters = [
  'a',
  'A',
  'b',
  'B',
  'ſ',
  's',
  'S',
  'K',
  'k',
  'ß',
  'ẞ',
  'ı',
  'i',
  'I',
  'İ',
  'σ',
  'ς',
  'Σ',
  'é',
  'e\u0301',
  '𝐀',
  '1',
  '-',
  "'",
  '.',
  '(',
  '*',
];
const nameArb = fc.array(fc.constantFrom(...letters, ' ', ' '), { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
const peopleArb = fc
  .array(fc.tuple(nameArb, fc.array(nameArb, { maxLength: 2 })), { minLength: 1, maxLength: 6 })
  .map((list) => list.map(([n, a]) => someone(n, a)));

describe('finding people in a capture', () => {
  it('finds the names a pattern per name found, in the same turns', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.array(fc.oneof(fc.constantFrom(...letters, ' ', ', ', '\t', '!'), nameArb), { maxLength: 12 }),
        (people, parts) => {
          // The text mentions the people, in any case, among other words.
          const text = parts.join('') + people.map((p) => ` ${p.name.toUpperCase()} ${p.aliases[0] ?? ''}`).join(' x');
          expect(findPeople(text, people)).toEqual(findPeopleByPatterns(text, people));
        },
      ),
      {
        numRuns: 100,
        // Each odd fold, every time the test runs: long s, sharp s, dotted and dotless i, final sigma, a combining accent, an astral letter.
        examples: [
          [
            [someone('ſusi'), someone('ẞe', ['ßa'])],
            ['SUSI', ' ', 'sse', ', ', 'SSA'],
          ],
          [
            [someone('İlk'), someone('ıi b')],
            ['ilk ', 'II B', '\t', 'İLK'],
          ],
          [
            [someone('σς'), someone('Σa')],
            ['ΣΣ', ', ', 'σa', '!'],
          ],
          [
            [someone('e\u0301a'), someone('éa')],
            ['éa ', 'e\u0301A'],
          ],
          [
            [someone('𝐀b'), someone("a-b'c"), someone('a.b (c)')],
            ['𝐀B ', "A-B'C", ' a.b (c)*'],
          ],
        ],
      },
    );
  });

  it('finds near misses as comparing with every name did', { timeout: 600_000 }, () => {
    const names = fc.array(fc.constantFrom('a', 'l', 'i', 'c', 'e', 'o'), { minLength: 3, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(names, { minLength: 1, maxLength: 8 }), fc.array(names, { maxLength: 4 }), (list, words) => {
        const people = list.map((n) => someone(n[0].toUpperCase() + n.slice(1)));
        const text = words.map((w) => `x ${w[0].toUpperCase()}${w.slice(1)}`).join(' ');
        expect(findPeople(text, people)).toEqual(findPeopleByPatterns(text, people));
      }),
      { numRuns: 300 },
    );
  });

  it('with 2,000 people, builds no pattern per person and does work in the length of the line', () => {
    const first = ['Alice', 'Bob', 'Carol', 'Dan', 'Eve', 'Grace', 'Heidi', 'Ivan', 'Judy', 'Mallory'];
    const people = Array.from({ length: 2_000 }, (_, i) => someone(`${first[i % 10]} Person${i}`, [`P${i}`]));
    const line = 'gave Grace Person1235 an intro to Carol Person42 about the Globex tender yesterday';
    const capture = () => captureLine(line, people, day('2026-11-25'), new DateResolver(), false);
    capture(); // the names are indexed once per set of people

    // Count every pattern built while capturing.
    const Original = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args) {
        built++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        built++;
        return Reflect.apply(target, self, args);
      },
    });
    scanSteps.count = 0;
    let result: ReturnType<typeof capture>;
    try {
      result = capture();
    } finally {
      globalThis.RegExp = Original;
    }
    expect(result.ok && result.value.line).toBe(
      '- 2026-11-24 give:: [[Grace Person1235]] an intro to [[Carol Person42]] about the Globex tender',
    );
    expect(built).toBe(0);
    // Two readings of the line (for the verb, then for the people), each a lookup per place and name length.
    const nameLengths = new Set(people.flatMap((p) => [p.name, ...p.aliases, p.name.split(' ')[0]].map((n) => n.length))).size;
    expect(scanSteps.count).toBeLessThanOrEqual(2 * line.length * (nameLengths + 1));
    expect(scanSteps.count).toBeLessThan(people.length);
  });
});
