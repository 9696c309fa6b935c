import { editDistance } from '../doctor/hints';
import type { PeopleDirectory } from '../index/people-directory';
import { compareNames, fileNameOf, type Person, personFile } from '../read/people';
import { normalizeLinkTarget } from '../text/links';

/** What a name typed by the user finds: one person, several (nobody picked), or none, with the nearest names. */
export type Lookup = { kind: 'one'; person: Person } | { kind: 'several'; people: Person[] } | { kind: 'none'; nearest: Person[] };

/** How many near names a failed lookup offers. */
const NEAREST = 3;

/** `[[Name]]`, `[[Name|shown]]` or a plain name: the name itself. */
function bareName(written: string): string {
  const t = written.trim();
  if (!t.startsWith('[[') || !t.endsWith(']]')) return t;
  const inner = t.slice(2, -2);
  const bar = inner.indexOf('|');
  return bar >= 0 ? inner.slice(0, bar) : inner;
}

/**
 * The person a name typed on the command line or in a command names: read
 * as a plain name, with or without brackets, by the directory's name rule
 * (name, alias, heading alias, abbreviation; a vault path too). A name that
 * fits several people settles on none of them; a name that fits no one
 * comes back with the people whose names are nearest to it.
 */
export function lookUpPerson(directory: PeopleDirectory, written: string): Lookup {
  const name = bareName(written);
  const byPath = directory.byPath(name);
  if (byPath) return { kind: 'one', person: byPath };
  const found = directory.resolveName(name);
  if (Array.isArray(found))
    return { kind: 'several', people: [...(found as readonly Person[])].sort((a, b) => compareNames(a.name, b.name)) };
  if (found !== undefined) return { kind: 'one', person: found as Person };
  return { kind: 'none', nearest: nearestPeople(directory.people, name) };
}

/** A person as a problem lists them: name and note, so that two of one name tell apart. */
const described = (p: Person) => (personFile(p) === null ? p.name : `${p.name} (${p.path})`);

/** Why a name found no one person, in one line: the people it fits, or the nearest names. */
export function lookupProblem(written: string, found: Exclude<Lookup, { kind: 'one' }>): string {
  if (found.kind === 'several') {
    return `"${written}" fits ${found.people.length} people: ${found.people.map(described).join(', ')}; write the full name or the note's path`;
  }
  const near = found.nearest.map((p) => p.name);
  return `no person called "${written}"${near.length > 0 ? `; nearest: ${near.join(', ')}` : ''}`;
}

/** The people whose name, file name or alias is nearest to `name` by edits, closest first, at most three and at most half the name's length away. */
function nearestPeople(people: readonly Person[], name: string): Person[] {
  const key = normalizeLinkTarget(name);
  if (key === '') return [];
  const max = Math.max(1, Math.floor(key.length / 2));
  const scored: { person: Person; distance: number }[] = [];
  for (const p of people) {
    let best = max + 1;
    for (const n of [p.name, fileNameOf(p), ...p.aliases]) {
      const other = normalizeLinkTarget(n);
      // A name typed short (a first name, a surname) is near the words of a longer one.
      for (const candidate of [other, ...other.split(/\s+/)]) best = Math.min(best, editDistance(key, candidate, max));
    }
    if (best <= max) scored.push({ person: p, distance: best });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || compareNames(a.person.name, b.person.name))
    .slice(0, NEAREST)
    .map((s) => s.person);
}
