import { PERSON_FIELDS, type PersonField, isUnreadKey } from '../model/field-aliases';
import type { GoodwillSettings } from '../model/settings';
import { folderSegments, ownFrontmatter } from '../model/note';
import { bareFolder } from '../model/folder-path';
import { BoundedCache } from '../model/bounded-cache';
import { forEachValueLink, normalizeLinkTarget } from '../text/links';
import { TAG_WORDS } from '../language/vocabulary';

/**
 * How this vault marks people, meetings, organisations, attendees and person
 * fields: the one place that knows those property names and values. Built
 * from the settings once and asked for every note. The settings tab changes a
 * setting by giving it a new value, so prepared conventions keep the values
 * they were made from and are made again when one differs.
 */
export interface Conventions {
  peopleFolders: string[];
  peopleFolderNames: Set<string>;
  /** `type` and `categories` values of a person note (lower case). */
  personTypes: Set<string>;
  /** Tags (without `#`, lower case) of a person note: the person types and `personTag`. */
  personTags: Set<string>;
  /** The same written in the body, less the kind tags: `#contact` on a line is what was traded there, not a person. */
  personBodyTags: Set<string>;
  meetingTypes: Set<string>;
  /** The meeting folder and the other meeting folders, lower case without slashes, the vault's root ('') left out. */
  meetingFolders: string[];
  orgTypes: Set<string>;
  /** Frontmatter keys listing people (lower case). */
  attendeeKeys: Set<string>;
  /** Each person field key (lower case) with its field and its place in the field's order. */
  fieldKeys: Map<string, { field: PersonField; rank: number }>;
  excludedPaths: string[];
  excludedNames: string[];
}

/** The settings conventions are made from. */
const FROM = [
  'peopleFolders',
  'peopleFolderNames',
  'personTypes',
  'personTag',
  'meetingTypes',
  'meetingFolder',
  'meetingFolders',
  'orgTypes',
  'attendeeKeys',
  'fieldAliases',
  'excludedFolders',
] as const;

/** The conventions of the settings in force, and of the ones before; made again when a setting they read changed in place. */
const prepared = new BoundedCache<GoodwillSettings, { from: unknown[]; conventions: Conventions }>(2);
const bare = (folder: string) => bareFolder(folder).toLowerCase();
const lowerSet = (values: string[]) => new Set(values.map((v) => v.replace(/^#/, '').toLowerCase()));

export function conventionsOf(settings: GoodwillSettings): Conventions {
  const hit = prepared.get(settings);
  if (hit && FROM.every((key, i) => hit.from[i] === settings[key])) return hit.conventions;
  const excluded = settings.excludedFolders.map(bare).filter((e) => e !== '');
  const personTypes = lowerSet(settings.personTypes);
  const personTags = new Set(personTypes);
  const tag = settings.personTag.replace(/^#/, '').toLowerCase();
  if (tag) personTags.add(tag);
  const fieldKeys = new Map<string, { field: PersonField; rank: number }>();
  for (const field of Object.keys(PERSON_FIELDS) as PersonField[]) {
    const keys = [...PERSON_FIELDS[field], ...(settings.fieldAliases[field] ?? [])];
    keys.forEach((key, rank) => {
      if (!fieldKeys.has(key.toLowerCase())) fieldKeys.set(key.toLowerCase(), { field, rank });
    });
  }
  const personBodyTags = new Set(personTags);
  for (const word of TAG_WORDS) personBodyTags.delete(word);
  const conventions: Conventions = {
    peopleFolders: settings.peopleFolders.map(bare),
    peopleFolderNames: new Set(settings.peopleFolderNames.map((n) => n.toLowerCase())),
    personTypes,
    personTags,
    personBodyTags,
    meetingTypes: lowerSet(settings.meetingTypes),
    meetingFolders: [settings.meetingFolder, ...settings.meetingFolders].map(bare).filter((f) => f !== ''),
    orgTypes: lowerSet(settings.orgTypes),
    attendeeKeys: new Set(settings.attendeeKeys.map((k) => k.toLowerCase())),
    fieldKeys,
    excludedPaths: excluded.filter((e) => e.includes('/')),
    excludedNames: excluded.filter((e) => !e.includes('/')),
  };
  prepared.set(settings, { from: FROM.map((key) => settings[key]), conventions });
  return conventions;
}

/**
 * Whether a note is not read: it lies in a hidden folder (as Obsidian, which
 * never shows them: its settings folder, the trash) or in an excluded folder
 * (a name at any depth, or a path from the root).
 */
export function isExcluded(path: string, settings: GoodwillSettings): boolean {
  const lowerPath = path.toLowerCase();
  const segments = folderSegments(lowerPath);
  if (segments.some((s) => s.startsWith('.'))) return true;
  const c = conventionsOf(settings);
  return c.excludedNames.some((e) => segments.includes(e)) || c.excludedPaths.some((e) => lowerPath.startsWith(`${e}/`));
}

/**
 * The values of a `type`, `categories` or `tags` property as names, in lower
 * case, whatever way they are written: `person`, `People`, `#person`,
 * `"[[People]]"`, a list, or the YAML reading of an unquoted `[[Person]]` (a
 * list in a list). A link counts by its target's name: `[[Lists/People|ppl]]`
 * is "people".
 */
export function markedNames(value: unknown): string[] {
  // Most notes write one plain word: no list, link, tag sign or comma to take apart.
  if (typeof value === 'string' && !PLAIN_MARK_SPECIALS.test(value)) {
    const name = value.trim().toLowerCase();
    return name ? [name] : NO_NAMES;
  }
  const out: string[] = [];
  const linkName = (inner: string) => {
    const target = normalizeLinkTarget(inner);
    const name = target.slice(target.lastIndexOf('/') + 1);
    if (name) out.push(name);
  };
  const add = (v: unknown, depth: number) => {
    if (Array.isArray(v)) for (const item of v) add(item, depth + 1);
    else if (typeof v !== 'string') return;
    // A string two lists deep is what YAML makes of an unquoted link.
    else if (depth >= 2) linkName(v);
    else if (v.includes('[[')) forEachValueLink(v, linkName);
    else {
      for (const part of v.split(',')) {
        let name = part.trim();
        if (name.startsWith('#')) name = name.slice(1);
        if (name) out.push(name.toLowerCase());
      }
    }
  };
  add(value, 0);
  return out;
}

const PLAIN_MARK_SPECIALS = /[[,#]/;
const NO_NAMES: string[] = [];

/** What a note's `type`, `categories` and `tags` name it, read once per note. */
export interface Marks {
  type: readonly string[];
  categories: readonly string[];
  tags: readonly string[];
}

const UNMARKED: Marks = { type: NO_NAMES, categories: NO_NAMES, tags: NO_NAMES };

export function marksOf(frontmatter: Record<string, unknown> | null): Marks {
  if (!frontmatter) return UNMARKED;
  const { type, categories } = frontmatter;
  const tags = frontmatter.tags ?? frontmatter.tag;
  if (type == null && categories == null && tags == null) return UNMARKED;
  return {
    type: type == null ? NO_NAMES : markedNames(type),
    categories: categories == null ? NO_NAMES : markedNames(categories),
    tags: tags == null ? NO_NAMES : markedNames(tags),
  };
}

const named = (names: readonly string[], set: Set<string>) => names.some((n) => set.has(n));
const typedAs = (marks: Marks, set: Set<string>) => named(marks.type, set) || named(marks.categories, set);

function inPeopleFolder(path: string, c: Conventions): boolean {
  const lowerPath = path.toLowerCase();
  if (c.peopleFolders.length > 0) return c.peopleFolders.some((f) => f === '' || lowerPath.startsWith(`${f}/`));
  return folderSegments(lowerPath).some((seg) => c.peopleFolderNames.has(seg));
}

/**
 * Whether a tag written in a note's body (without `#`) marks a person:
 * exactly a person type or the person tag, so `people/ana-ruiz` does not,
 * and never a kind tag.
 */
export function isPersonBodyTag(tag: string, c: Conventions): boolean {
  return c.personBodyTags.has(tag.toLowerCase());
}

/** The person rule on a note's marks and place (tags in its body aside). */
export function isMarkedPerson(path: string, marks: Marks, c: Conventions): boolean {
  return typedAs(marks, c.personTypes) || named(marks.tags, c.personTags) || inPeopleFolder(path, c);
}

/** One person rule a note matched, for the doctor: the property or place, and the value it matched as written in the settings' terms. */
export interface PersonRule {
  by: 'type' | 'categories' | 'tags' | 'text tag' | 'folder';
  value: string;
}

/**
 * Every person rule a note matches (isMarkedPerson says whether one does;
 * this says which, for the doctor): `type`, `categories` or `tags` values,
 * a person tag in the text (`textTags`, without `#`), a people folder.
 */
export function personRulesOf(path: string, marks: Marks, textTags: readonly string[], c: Conventions): PersonRule[] {
  const rules: PersonRule[] = [];
  for (const value of marks.type) if (c.personTypes.has(value)) rules.push({ by: 'type', value });
  for (const value of marks.categories) if (c.personTypes.has(value)) rules.push({ by: 'categories', value });
  for (const value of marks.tags) if (c.personTags.has(value)) rules.push({ by: 'tags', value });
  for (const tag of textTags) if (isPersonBodyTag(tag, c)) rules.push({ by: 'text tag', value: tag.toLowerCase() });
  const lowerPath = path.toLowerCase();
  if (c.peopleFolders.length > 0) {
    for (const f of c.peopleFolders) if (f === '' || lowerPath.startsWith(`${f}/`)) rules.push({ by: 'folder', value: f });
  } else {
    const original = folderSegments(path);
    folderSegments(lowerPath).forEach((seg, i) => {
      if (c.peopleFolderNames.has(seg)) rules.push({ by: 'folder', value: original[i] });
    });
  }
  return rules;
}

/** How a note is a meeting by its marks or place: its `type`, its `categories`, or a meeting folder; null for none. */
export function meetingMark(path: string, marks: Marks, c: Conventions): 'type' | 'categories' | 'folder' | null {
  if (named(marks.type, c.meetingTypes)) return 'type';
  if (named(marks.categories, c.meetingTypes)) return 'categories';
  return inMeetingFolder(path, c) ? 'folder' : null;
}

/**
 * The person rule: `type`, `categories` or `tags` naming a person type, the
 * person tag, or a people folder. `bodyTags` are the tags written in the
 * note's body, when the caller has them (the plugin's metadata cache does).
 */
export function isPersonNote(
  path: string,
  frontmatter: Record<string, unknown> | null,
  settings: GoodwillSettings,
  bodyTags: Iterable<string> = [],
): boolean {
  const c = conventionsOf(settings);
  if (isMarkedPerson(path, marksOf(ownFrontmatter(frontmatter)), c)) return true;
  for (const tag of bodyTags) if (isPersonBodyTag(tag.replace(/^#/, ''), c)) return true;
  return false;
}

/** A meeting by its marks or place: `type` or `categories` naming a meeting type, or a note under a meeting folder. */
export function isMeetingNote(path: string, marks: Marks, c: Conventions): boolean {
  if (typedAs(marks, c.meetingTypes)) return true;
  return inMeetingFolder(path, c);
}

/** Whether a note lies under the meeting folder or one of the other meeting folders (subfolders included). */
export function inMeetingFolder(path: string, c: Conventions): boolean {
  if (c.meetingFolders.length === 0) return false;
  const lowerPath = path.toLowerCase();
  return c.meetingFolders.some((f) => lowerPath.startsWith(`${f}/`));
}

/** A `type: meeting` note (the "no date" warning is for these and for notes with `attendees`). */
export function isTypedMeeting(marks: Marks, c: Conventions): boolean {
  return named(marks.type, c.meetingTypes);
}

/** An organisation by its marks (notes people link as their company are found by the index). */
export function isOrganisationNote(marks: Marks, c: Conventions): boolean {
  return typedAs(marks, c.orgTypes);
}

/** The values of the properties that list people, in the order written. */
export function attendeeValues(frontmatter: Record<string, unknown>, c: Conventions): unknown[] {
  const out: unknown[] = [];
  for (const key in frontmatter) {
    if (c.attendeeKeys.has(key.toLowerCase())) {
      const value = frontmatter[key];
      if (value !== null && value !== undefined && value !== '') out.push(value);
    }
  }
  return out;
}

/** Two keys of one person field with different values: the first in the table's order is read. */
export interface FieldConflict {
  field: PersonField;
  read: string;
  ignored: string;
}

/** Nothing written: a key left empty, as templates leave them, is no value. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value));

/**
 * A person note's fields, each from the first of its keys (in the alias
 * table's order) that holds a value; keys starting with `goodwill-` are
 * never read. One pass over the note's keys.
 */
export function personFields(
  frontmatter: Record<string, unknown> | null,
  c: Conventions,
): { fields: Partial<Record<PersonField, unknown>>; conflicts: FieldConflict[] } {
  const fields: Partial<Record<PersonField, unknown>> = {};
  const conflicts: FieldConflict[] = [];
  if (!frontmatter) return { fields, conflicts };
  const chosen = new Map<PersonField, { key: string; rank: number }>();
  const seen: { field: PersonField; key: string; value: unknown }[] = [];
  for (const key in frontmatter) {
    const value = frontmatter[key];
    if (isEmpty(value) || isUnreadKey(key)) continue;
    const entry = c.fieldKeys.get(key.toLowerCase());
    if (!entry) continue;
    const best = chosen.get(entry.field);
    if (best === undefined || entry.rank < best.rank) {
      chosen.set(entry.field, { key, rank: entry.rank });
      fields[entry.field] = value;
    }
    seen.push({ field: entry.field, key, value });
  }
  if (seen.length > chosen.size) {
    for (const s of seen) {
      const read = chosen.get(s.field)!;
      if (s.key !== read.key && shown(s.value) !== shown(fields[s.field])) {
        conflicts.push({ field: s.field, read: read.key, ignored: s.key });
      }
    }
  }
  return { fields, conflicts };
}
