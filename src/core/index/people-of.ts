import { baseName } from '../model/note';
import type { NoteRecords } from '../read/note-records';
import { type Person, tagPerson } from '../read/people';
import { nameFromTag } from '../read/tag-people';
import { normalizeLinkTarget } from '../text/links';

/**
 * The people of the notes: those of person notes, and those of person tags
 * that no person note answers to. A tag belongs to the person note it is on;
 * else to the person note named as the tag is (name, file name, alias or
 * heading); else to a person of its own, one per name, so `#people/ana-ruiz`
 * and `#people/AnaRuiz` are one Ana Ruiz.
 */
export function peopleOf(notes: NoteRecords[]): { people: Person[]; tagOwners: Map<string, Person> } {
  const people: Person[] = [];
  const tagOwners = new Map<string, Person>();
  const tagged: string[] = [];
  for (const n of notes) {
    if (n.person) {
      people.push(n.person);
      for (const tag of n.personTags) if (!tagOwners.has(tag.toLowerCase())) tagOwners.set(tag.toLowerCase(), n.person);
    } else if (n.personTags.length > 0) tagged.push(...n.personTags);
  }
  if (tagged.length === 0) return { people, tagOwners };
  const byName = new Map<string, Person>();
  for (const p of [...people].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const name of [p.name, baseName(p.path), ...p.aliases, p.headingAlias ?? '']) {
      const key = normalizeLinkTarget(name);
      if (key !== '' && !byName.has(key)) byName.set(key, p);
    }
  }
  // In order of the tags, so that the CLI and the plugin, which read notes in different orders, make the same people.
  const distinct = new Map<string, string>();
  for (const tag of tagged) if (!distinct.has(tag.toLowerCase())) distinct.set(tag.toLowerCase(), tag);
  for (const [key, tag] of [...distinct].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (tagOwners.has(key)) continue;
    const name = nameFromTag(tag)!;
    const nameKey = normalizeLinkTarget(name);
    let owner = byName.get(nameKey);
    if (owner === undefined) {
      owner = tagPerson(tag, name);
      byName.set(nameKey, owner);
      people.push(owner);
    }
    tagOwners.set(key, owner);
  }
  return { people, tagOwners };
}
