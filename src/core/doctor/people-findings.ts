import { isUnreadKey } from '../model/field-aliases';
import { folderSegments } from '../model/note';
import { conventionsOf } from '../read/conventions';
import type { Person } from '../read/people';
import { nameFromTag } from '../read/tag-people';
import { type Finding, finding, group, largestFirst, plural, quoted, type SurveyContext } from './finding';
import { bareWord, CONTACT_KEYS, PEOPLE_WORDS, probableField } from './hints';

const RULE_WORDS: Record<string, (value: string, one: boolean) => string> = {
  type: (v, one) => `${one ? 'its' : 'their'} type is "${v}"`,
  categories: (v, one) => `${one ? 'its' : 'their'} categories name "${v}"`,
  tags: (v, one) => `${one ? 'its' : 'their'} tags hold "${v}"`,
  'text tag': (v, one) => `${one ? 'its' : 'their'} text holds #${v}`,
  folder: (v, one) => `${one ? 'it lies' : 'they lie'} in a folder named "${v}"`,
  'folder path': (v, one) => `${one ? 'it lies' : 'they lie'} in ${v ? `${v}/` : "the vault's root"} (peopleFolders)`,
};

/** How many notes each person rule matched, and the people that exist only as tags. */
export function people(ctx: SurveyContext): Finding[] {
  const { settings } = ctx;
  const rules = new Map<string, string[]>();
  let notes = 0;
  for (const f of ctx.facts) {
    if (!f.records.person) continue;
    notes += 1;
    for (const r of f.personRules) {
      const by = r.by === 'folder' && settings.peopleFolders.length > 0 ? 'folder path' : r.by;
      group(rules, `${by}\u0000${r.value}`, f.path);
    }
  }
  const out: Finding[] = [];
  for (const [key, paths] of largestFirst(rules)) {
    const [by, value] = key.split('\u0000');
    out.push(
      finding(
        'people',
        `${plural(paths.length, 'note is a person', 'notes are people')} because ${RULE_WORDS[by](value, paths.length === 1)}`,
        paths.length,
        paths,
      ),
    );
  }
  const tagPeople = ctx.network.people.filter((p) => p.fromTag !== null);
  if (tagPeople.length > 0) {
    const carriers = ctx.facts.filter((f) => !f.records.person && f.records.personTags.length > 0).map((f) => f.path);
    out.push(
      finding(
        'people',
        `${plural(tagPeople.length, 'person exists', 'people exist')} only as tags below #${settings.personTagPrefix} (${quoted(tagPeople.map((p) => p.name).slice(0, 5))}), on ${plural(carriers.length, 'note')}`,
        tagPeople.length,
        carriers,
      ),
    );
  }
  if (notes === 0 && tagPeople.length === 0) {
    const folders =
      settings.peopleFolders.length > 0
        ? `lies in ${quoted(settings.peopleFolders)}`
        : `lies in a folder named ${quoted(settings.peopleFolderNames)}`;
    out.push(
      finding(
        'people',
        `No note is a person: none has a type, categories or tags naming ${quoted(settings.personTypes)}, the tag #${settings.personTag}, or ${folders}`,
        0,
        [],
      ),
    );
  }
  return out;
}

/** Notes that look like people but match no rule: by their folder, their contact details, their type, or a family of tags. */
export function unmatched(ctx: SurveyContext): Finding[] {
  const { settings } = ctx;
  const c = conventionsOf(settings);
  const candidates = ctx.facts.filter((f) => !f.records.person && !f.organisation && !f.records.draft);
  const out: Finding[] = [];

  const folders = new Map<string, string[]>();
  for (const f of candidates) {
    if (f.records.noteDate !== null) continue;
    const segments = folderSegments(f.path);
    segments.forEach((seg, i) => {
      if (PEOPLE_WORDS.has(bareWord(seg))) group(folders, segments.slice(0, i + 1).join('/'), f.path);
    });
  }
  for (const [folder, paths] of largestFirst(folders)) {
    const name = folder.slice(folder.lastIndexOf('/') + 1);
    const setting = settings.peopleFolders.length > 0 ? { peopleFolders: [folder] } : { peopleFolderNames: [name] };
    out.push(
      finding(
        'unmatched',
        `${plural(paths.length, 'note')} in "${folder}" ${paths.length === 1 ? 'looks like a person' : 'look like people'} (the folder's name) but ${paths.length === 1 ? 'matches' : 'match'} no person rule`,
        paths.length,
        paths,
        setting,
      ),
    );
  }

  const withContact = candidates.filter((f) => f.keys.some((k) => CONTACT_KEYS.has(k.toLowerCase())));
  if (withContact.length > 0) {
    const values = new Map<string, string[]>();
    for (const f of withContact) {
      for (const v of new Set([...f.marks.type, ...f.marks.categories])) {
        if (!c.meetingTypes.has(v) && !c.orgTypes.has(v)) group(values, v, f.path);
      }
    }
    const [common] = largestFirst(values);
    const shared = common && common[1].length >= 2 && common[1].length * 2 >= withContact.length ? common[0] : null;
    out.push(
      finding(
        'unmatched',
        `${plural(withContact.length, 'note has', 'notes have')} a phone number or an email address but ${withContact.length === 1 ? 'matches' : 'match'} no person rule${shared ? `; most have the type "${shared}"` : ''}`,
        withContact.length,
        withContact.map((f) => f.path),
        shared ? { personTypes: [shared] } : null,
      ),
    );
  }

  const categories = new Map<string, string[]>();
  for (const f of candidates) {
    for (const v of new Set([...f.marks.type, ...f.marks.categories])) {
      if (PEOPLE_WORDS.has(bareWord(v.slice(v.lastIndexOf('/') + 1)))) group(categories, v, f.path);
    }
  }
  for (const [value, paths] of largestFirst(categories)) {
    out.push(
      finding(
        'unmatched',
        `${plural(paths.length, 'note has', 'notes have')} the type or category "${value}", which names people, but ${paths.length === 1 ? 'matches' : 'match'} no person rule`,
        paths.length,
        paths,
        { personTypes: [value] },
      ),
    );
  }

  out.push(...tagFamilies(ctx));
  return out;
}

/** Families of tags that name people (`#people/ana-ruiz`) that no rule reads: the largest is proposed as personTagPrefix. */
function tagFamilies(ctx: SurveyContext): Finding[] {
  const prefix = ctx.settings.personTagPrefix.toLowerCase();
  const families = new Map<string, { written: string; names: Map<string, string>; paths: Set<string> }>();
  for (const f of ctx.facts) {
    for (const tag of f.tags) {
      const slash = tag.lastIndexOf('/');
      if (slash <= 0 || (prefix !== '' && tag.toLowerCase().startsWith(prefix))) continue;
      const parent = tag.slice(0, slash);
      if (!PEOPLE_WORDS.has(bareWord(parent.slice(parent.lastIndexOf('/') + 1)))) continue;
      const name = nameFromTag(tag);
      if (name === null) continue;
      const key = `${parent.toLowerCase()}/`;
      let family = families.get(key);
      if (!family) families.set(key, (family = { written: `${parent}/`, names: new Map(), paths: new Set() }));
      family.names.set(name.toLowerCase(), name);
      family.paths.add(f.path);
    }
  }
  const sorted = [...families.values()].sort((a, b) => b.names.size - a.names.size || (a.written < b.written ? -1 : 1));
  return sorted.map((family, i) => {
    const names = [...family.names.values()].sort();
    const withoutNote = names.filter((n) => {
      const p = ctx.network.directory.resolveName(n);
      return p === undefined || Array.isArray(p) || (p as Person).fromTag !== null;
    });
    const shown = quoted(names.slice(0, 5)) + (names.length > 5 ? ', …' : '');
    const behind =
      withoutNote.length === names.length
        ? names.length === 1
          ? 'who has no note'
          : 'none of whom has a note'
        : `${withoutNote.length} without a note`;
    return finding(
      'unmatched',
      `The tags below #${family.written} name ${plural(names.length, 'person', 'people')} (${shown}), ${behind}, on ${plural(family.paths.size, 'note')}; no rule reads such tags`,
      names.length,
      family.paths,
      i === 0 && withoutNote.length > 0 ? { personTagPrefix: family.written } : null,
    );
  });
}

/** Properties Goodwill never reads on a person note, which a person may nonetheless mean as a field. */
const OTHER_KEYS = new Set([
  'type',
  'categories',
  'tags',
  'tag',
  'cssclasses',
  'cssclass',
  'publish',
  'permalink',
  'created',
  'updated',
  'modified',
  'source',
  'url',
]);

/** Properties on person notes that Goodwill does not read, with the field each probably means. */
export function fields(ctx: SurveyContext): Finding[] {
  const c = conventionsOf(ctx.settings);
  const unread = new Map<string, { key: string; paths: string[] }>();
  for (const f of ctx.facts) {
    if (!f.records.person) continue;
    for (const key of f.keys) {
      const lower = key.toLowerCase();
      if (c.fieldKeys.has(lower) || OTHER_KEYS.has(lower) || isUnreadKey(key) || lower === ctx.settings.dateField.toLowerCase()) continue;
      const entry = unread.get(lower);
      if (entry) entry.paths.push(f.path);
      else unread.set(lower, { key, paths: [f.path] });
    }
  }
  const sorted = [...unread.values()].sort(
    (a, b) => b.paths.length - a.paths.length || (a.key.toLowerCase() < b.key.toLowerCase() ? -1 : 1),
  );
  const out: Finding[] = [];
  const rest: { key: string; paths: string[] }[] = [];
  for (const u of sorted) {
    const field = probableField(u.key, ctx.settings.fieldAliases);
    if (field === null) {
      rest.push(u);
      continue;
    }
    out.push(
      finding(
        'fields',
        `"${u.key}" on ${plural(u.paths.length, 'person note')} is not read; it probably means ${field}`,
        u.paths.length,
        u.paths,
        { fieldAliases: { [field]: [u.key] } },
      ),
    );
  }
  if (rest.length > 0) {
    const shown = rest.slice(0, 8).map((u) => `"${u.key}" (${u.paths.length})`);
    out.push(
      finding(
        'fields',
        `Also not read on person notes, meaning no field Goodwill knows: ${shown.join(', ')}${rest.length > 8 ? ', …' : ''}`,
        rest.length,
        rest.flatMap((u) => u.paths),
      ),
    );
  }
  return out;
}
