import { type Day } from '../model/day';
import type { Network } from '../index/network';
import { isTouchType } from '../index/ledger-facts';
import { type GoodwillSettings, resolveSettings } from '../model/settings';
import { isUnreadKey } from '../model/field-aliases';
import { folderSegments } from '../model/note';
import { conventionsOf } from '../read/conventions';
import type { Person } from '../read/people';
import { nameFromTag } from '../read/tag-people';
import { normalizeLinkTarget } from '../text/links';
import { compileDateFormat } from '../text/date-format';
import { dailyNoteDay, dailyNoteFormat, dailyNotePlace, dailyNoteSettings, type ObsidianConfigFiles } from '../model/daily-notes';
import type { NoteFacts } from './facts';
import { bareWord, CONTACT_KEYS, editDistance, isMeetingFolderName, PEOPLE_WORDS, probableField } from './hints';
import { combineProposals, mergedProposal } from './proposal';

/**
 * The doctor: how Goodwill reads a vault it did not shape, in plain words,
 * with counts and example notes, and the settings that would read it
 * better. Pure: the adapters hand it the notes' facts (see facts.ts), the
 * network the index resolved, the settings in force and the settings file.
 */

export const DOCTOR_TOPICS = ['people', 'unmatched', 'meetings', 'fields', 'names', 'mentions', 'daily-notes', 'proposal'] as const;
export type DoctorTopic = (typeof DOCTOR_TOPICS)[number];

/** One thing the doctor found. `setting` is what it proposes for it, if anything; the last finding, `proposal`, merges them all. */
export interface Finding {
  topic: DoctorTopic;
  message: string;
  count: number;
  /** Vault paths of notes it concerns (a few). */
  examples: string[];
  setting: Record<string, unknown> | null;
}

export interface SurveyInput {
  facts: Iterable<NoteFacts>;
  /** The vault as the index resolved it with the settings in force. */
  network: Network;
  settings: GoodwillSettings;
  /** The settings file as it stands (the plugin's data.json, or {}): the proposal is merged with its values. */
  current: Readonly<Record<string, unknown>>;
  /** The vault's config files that place daily notes (as for logged lines); a string says why they could not be read. */
  config: ObsidianConfigFiles | string;
  today: Day;
}

const EXAMPLES = 3;
/** At most this many findings about names: a vault may hold hundreds. */
const MAX_NAME_FINDINGS = 10;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const examplesOf = (paths: Iterable<string>) => [...new Set(paths)].sort().slice(0, EXAMPLES);

function finding(
  topic: DoctorTopic,
  message: string,
  count: number,
  paths: Iterable<string>,
  setting: Record<string, unknown> | null = null,
): Finding {
  return { topic, message, count, examples: examplesOf(paths), setting: setting && usable(setting) ? setting : null };
}

/** A proposal the settings would refuse (a name no list takes) is no proposal. */
function usable(setting: Record<string, unknown>): boolean {
  try {
    resolveSettings(setting);
    return true;
  } catch {
    return false;
  }
}

/** Adds `path` to the list under `key`, making the list when missing. */
function group<K>(map: Map<K, string[]>, key: K, path: string): void {
  const list = map.get(key);
  if (list) list.push(path);
  else map.set(key, [path]);
}

/** Bigger groups first, then by key. */
function largestFirst<K extends string>(map: Map<K, string[]>): [K, string[]][] {
  return [...map].sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : ka > kb ? 1 : 0));
}

export function survey(input: SurveyInput): Finding[] {
  const facts = [...input.facts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const context = new Context(facts, input);
  const findings = [
    ...people(context),
    ...unmatched(context),
    ...meetings(context),
    ...fields(context),
    ...names(context),
    ...mentions(context),
    dailyNotes(context),
  ];
  findings.push(proposal(findings, input.current));
  return findings;
}

/** What several findings need: the notes that list met, the touches each note gave, what a link reaches. */
class Context {
  readonly settings: GoodwillSettings;
  readonly network: Network;
  /** Dated notes that may list people met: no person, organisation or introduction draft. */
  readonly dated: NoteFacts[];
  /** Per note: the people it touched on or before today, and its one-to-ones. */
  readonly touches = new Map<string, { people: Set<Person>; oneToOnes: number }>();
  private noteKeys: Set<string> | null = null;

  constructor(
    readonly facts: NoteFacts[],
    readonly input: SurveyInput,
  ) {
    this.settings = input.settings;
    this.network = input.network;
    this.dated = facts.filter((f) => f.records.noteDate !== null && !f.records.person && !f.records.draft && !f.organisation);
    for (const { person, entries } of input.network.ledgers.values()) {
      for (const e of entries) {
        if (!isTouchType(e.type) || e.date > input.today) continue;
        let t = this.touches.get(e.file);
        if (!t) this.touches.set(e.file, (t = { people: new Set(), oneToOnes: 0 }));
        t.people.add(person);
        if (e.oneToOne) t.oneToOnes += 1;
      }
    }
  }

  /** The person a link reaches from a note, if one. */
  linked(target: string, from: string): Person | undefined {
    return this.network.directory.resolve(target, from);
  }

  /** Whether any note answers to a link target (a link to a note that is no person reaches a note, not a name). */
  isNote(target: string): boolean {
    if (this.noteKeys === null) {
      this.noteKeys = new Set();
      for (const f of this.facts) {
        const key = normalizeLinkTarget(f.path);
        this.noteKeys.add(key);
        this.noteKeys.add(key.slice(key.lastIndexOf('/') + 1));
      }
    }
    return this.noteKeys.has(target) || this.noteKeys.has(target.slice(target.lastIndexOf('/') + 1));
  }
}

const RULE_WORDS: Record<string, (value: string, one: boolean) => string> = {
  type: (v, one) => `${one ? 'its' : 'their'} type is "${v}"`,
  categories: (v, one) => `${one ? 'its' : 'their'} categories name "${v}"`,
  tags: (v, one) => `${one ? 'its' : 'their'} tags hold "${v}"`,
  'text tag': (v, one) => `${one ? 'its' : 'their'} text holds #${v}`,
  folder: (v, one) => `${one ? 'it lies' : 'they lie'} in a folder named "${v}"`,
  'folder path': (v, one) => `${one ? 'it lies' : 'they lie'} in ${v ? `${v}/` : "the vault's root"} (peopleFolders)`,
};

/** How many notes each person rule matched, and the people that exist only as tags. */
function people(ctx: Context): Finding[] {
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
function unmatched(ctx: Context): Finding[] {
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
function tagFamilies(ctx: Context): Finding[] {
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

/** How meetings and interactions are marked, per note type, and the touches each kind of note gives. */
function meetings(ctx: Context): Finding[] {
  const c = conventionsOf(ctx.settings);
  const groups = new Map<string, { paths: string[]; touches: number; oneToOnes: number; sources: Set<string> }>();
  const unmarkedFolders = new Map<string, string[]>();
  for (const f of ctx.dated) {
    const r = f.records;
    const t = ctx.touches.get(f.path);
    const lists = r.attendees.length + r.attendeeNames.length + r.personTags.length > 0;
    if (!t && !lists) continue;
    const type = f.marks.type[0] ?? (f.meetingBy === 'categories' ? null : (f.marks.categories[0] ?? null));
    const by = f.meetingBy;
    const key = `${type ?? ''}\u0000${by ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { paths: [], touches: 0, oneToOnes: 0, sources: new Set() }));
    g.paths.push(f.path);
    g.touches += t?.people.size ?? 0;
    g.oneToOnes += t?.oneToOnes ?? 0;
    for (const k of f.keys) if (c.attendeeKeys.has(k.toLowerCase())) g.sources.add(`"${k}"`);
    if (f.sectionPeople) g.sources.add('an attendee section');
    if (r.personTags.length > 0) g.sources.add('person tags');
    if (r.lines.length > 0) g.sources.add('interaction lines');
  }
  const meetingWords: Record<NonNullable<NoteFacts['meetingBy']>, string> = {
    type: 'meetings by their type',
    categories: 'meetings by their categories',
    folder: 'meetings by their folder',
    section: 'meetings by their attendee section',
  };
  const out: Finding[] = [];
  for (const [key, g] of [...groups].sort(([ka, a], [kb, b]) => b.paths.length - a.paths.length || (ka < kb ? -1 : 1))) {
    const [type, by] = key.split('\u0000');
    const kind = type ? `of type "${type}"` : 'with no type';
    const how = by ? meetingWords[by as keyof typeof meetingWords] : 'not meetings';
    const from = g.sources.size > 0 ? `, people from ${[...g.sources].sort().join(', ')}` : '';
    const oneToOnes = by ? `, ${plural(g.oneToOnes, 'one-to-one')}` : '';
    out.push(
      finding(
        'meetings',
        `${plural(g.paths.length, 'dated note')} ${kind} (${how}${from}): ${plural(g.touches, 'touch', 'touches')}${oneToOnes}`,
        g.paths.length,
        g.paths,
      ),
    );
  }
  for (const f of ctx.dated) {
    if (f.meetingBy !== null) continue;
    const segments = folderSegments(f.path);
    const i = segments.findIndex(isMeetingFolderName);
    if (i >= 0) group(unmarkedFolders, segments.slice(0, i + 1).join('/'), f.path);
  }
  for (const [folder, paths] of largestFirst(unmarkedFolders)) {
    out.push(
      finding(
        'meetings',
        paths.length === 1
          ? `1 dated note in "${folder}", whose name says it is a meeting, is no meeting to Goodwill, so it is no one-to-one`
          : `${paths.length} dated notes in "${folder}", whose name says they are meetings, are no meetings to Goodwill, so none is a one-to-one`,
        paths.length,
        paths,
        { meetingFolders: [folder] },
      ),
    );
  }
  if (out.length === 0) {
    out.push(finding('meetings', 'No dated note lists people, and no interaction line links anyone: Goodwill sees no touch at all', 0, []));
  }
  return out;
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
function fields(ctx: Context): Finding[] {
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

/** Attendee names (and attendee links to no note) that reach no one, with the closest person. */
function names(ctx: Context): Finding[] {
  const unreached = new Map<string, { written: string; paths: string[] }>();
  const note = (written: string, path: string) => {
    const key = normalizeLinkTarget(written).replace(/\s+/g, ' ');
    const entry = unreached.get(key);
    if (entry) entry.paths.push(path);
    else unreached.set(key, { written, paths: [path] });
  };
  for (const f of ctx.dated) {
    for (const name of f.records.attendeeNames) if (ctx.network.directory.resolveName(name) === undefined) note(name, f.path);
    for (const target of f.records.attendees) {
      if (ctx.network.directory.find(target, f.path) === undefined && !ctx.isNote(target)) note(target, f.path);
    }
  }
  const sorted = [...unreached.values()].sort((a, b) => b.paths.length - a.paths.length || (a.written < b.written ? -1 : 1));
  const out: Finding[] = [];
  for (const u of sorted.slice(0, MAX_NAME_FINDINGS)) {
    const near = closest(u.written, ctx.network.people);
    const tail = near
      ? `; the closest person is ${near.name}`
      : "; no person's name comes close (a person note of that name would count them)";
    out.push(finding('names', `"${u.written}" (in ${plural(u.paths.length, 'note')}) reaches no one${tail}`, u.paths.length, u.paths));
  }
  if (sorted.length > MAX_NAME_FINDINGS) {
    const more = sorted.slice(MAX_NAME_FINDINGS);
    out.push(
      finding(
        'names',
        `${plural(more.length, 'more name reaches', 'more names reach')} no one: ${quoted(more.slice(0, 8).map((u) => u.written))}${more.length > 8 ? ', …' : ''}`,
        more.length,
        more.flatMap((u) => u.paths),
      ),
    );
  }
  return out;
}

/** The person whose name is nearest a written name: the same first or last name, or a few letters apart. */
function closest(written: string, people: readonly Person[]): Person | null {
  const name = written.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  let best: { person: Person; score: number } | null = null;
  for (const p of people) {
    const other = p.name.toLowerCase();
    const otherWords = other.split(/\s+/);
    let score = editDistance(name, other, 4);
    // A shared first or last name is as near as one letter off.
    if (
      words.length > 1 &&
      otherWords.length > 1 &&
      (words[0] === otherWords[0] || words[words.length - 1] === otherWords[otherWords.length - 1])
    ) {
      score = Math.min(score, 1);
    }
    const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
    if (score <= limit && (best === null || score < best.score || (score === best.score && p.name < best.person.name)))
      best = { person: p, score };
  }
  return best?.person ?? null;
}

/** Dated notes that link people only in prose, and whether prose is how this vault records contact. */
function mentions(ctx: Context): Finding[] {
  const proseOnly: string[] = [];
  let linking = 0;
  for (const f of ctx.dated) {
    const r = f.records;
    const inProse = r.mentions.some((m) => ctx.linked(m.target, f.path) !== undefined);
    const otherwise =
      r.personTags.length > 0 ||
      r.lines.some((l) => l.targets.some((t) => ctx.linked(t, f.path) !== undefined)) ||
      r.attendees.some((t) => ctx.linked(t, f.path) !== undefined) ||
      r.attendeeNames.some((n) => {
        const p = ctx.network.directory.resolveName(n);
        return p !== undefined && !Array.isArray(p);
      });
    if (!inProse && !otherwise) continue;
    linking += 1;
    if (inProse && !otherwise) proseOnly.push(f.path);
  }
  if (proseOnly.length === 0) return [];
  const most = proseOnly.length * 2 > linking;
  const on = ctx.settings.mentionsAreTouches;
  const what = on
    ? 'mentionsAreTouches is on, so each is a touch'
    : most
      ? 'so many that prose is how this vault records contact: with mentionsAreTouches each would be a touch'
      : 'a mention in a sentence is no touch (mentionsAreTouches is off)';
  return [
    finding(
      'mentions',
      `${proseOnly.length} of ${plural(linking, 'dated note')} that link people do so only in prose, not on a list item or in a property: ${what}`,
      proseOnly.length,
      proseOnly,
      most && !on ? { mentionsAreTouches: true } : null,
    ),
  ];
}

const DAILY_FROM = { 'periodic-notes': 'the Periodic Notes plugin', 'daily-notes': 'the Daily notes core plugin' };

/** Where daily notes are: the settings in force, and how many notes fit their format. */
function dailyNotes(ctx: Context): Finding {
  const { config, today } = ctx.input;
  const language = ctx.settings.language;
  const logFolder = ctx.settings.logTarget === 'folder' ? `; logged lines go to "${ctx.settings.logFolder}" (logTarget "folder")` : '';
  if (typeof config === 'string') return finding('daily-notes', `Where daily notes are is unknown: ${config}${logFolder}`, 0, []);
  const daily = dailyNoteSettings(config);
  if (daily === null) {
    const record = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
    const periodic = record(record(config.periodicNotes)?.daily);
    const core = record(config.dailyNotes);
    const why =
      core !== null
        ? `daily-notes.json names ${typeof core.folder === 'string' && core.folder.trim() ? `the folder "${core.folder.trim()}"` : "the vault's root"}, but the Daily notes core plugin is not on in core-plugins.json`
        : periodic !== null
          ? 'Periodic Notes has settings, but the plugin or its daily notes are off'
          : "neither Periodic Notes' daily notes nor the Daily notes core plugin is on";
    const then = logFolder || ', so logged lines have no place (turn one on, or set logTarget to "folder")';
    return finding('daily-notes', `No daily-note settings are in force: ${why}${then}`, 0, []);
  }
  const from = DAILY_FROM[daily.from];
  const compiled = compileDateFormat(daily.format);
  if (!compiled.ok) return finding('daily-notes', `Daily notes, by ${from}: ${compiled.reason}${logFolder}`, 0, []);
  const dating = dailyNoteFormat(daily);
  const fit = dating === null ? [] : ctx.facts.filter((f) => dailyNoteDay(dating, f.path, language) !== null);
  const place = dailyNotePlace(daily, today, language);
  const todayNote = place.ok ? `; today's is ${place.path}` : '';
  return finding(
    'daily-notes',
    `Daily notes, by ${from}: in ${dating?.folder ? `"${dating.folder}"` : "the vault's root"}, named "${daily.format}"${todayNote}; ${plural(fit.length, 'note fits', 'notes fit')}${logFolder}`,
    fit.length,
    fit.map((f) => f.path),
  );
}

/** The last finding: every proposal merged into one, with the values of the settings file. */
function proposal(findings: readonly Finding[], current: Readonly<Record<string, unknown>>): Finding {
  const proposals = findings.flatMap((f) => (f.setting ? [f.setting] : []));
  if (proposals.length === 0) {
    return finding('proposal', 'Nothing to change: the doctor has no setting to propose for this vault', 0, []);
  }
  const merged = mergedProposal(current, combineProposals(proposals));
  const keys = Object.keys(merged);
  const shown = keys.map((k) => `${k}: ${JSON.stringify(merged[k])}`).join('; ');
  return {
    topic: 'proposal',
    message: `Proposed settings (merged with the current ones): ${shown}`,
    count: keys.length,
    examples: [],
    setting: merged,
  };
}
