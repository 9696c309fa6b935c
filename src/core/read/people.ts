import type { Day } from '../model/day';
import { type Cadence, parseCadence } from '../model/cadence';
import { birthdayFromField, dayFromField, isFilled, listFromField, shownValue, stringFromField, truthyField } from './fields';
import { type Frontmatter, baseName, folderSegments, ownFrontmatter } from '../model/note';
import { bareFolder } from '../model/folder-path';
import { firstLinkTarget } from '../text/links';
import type { GoodwillSettings } from '../model/settings';

export const KLT_STAGES = ['known', 'liked', 'trusted'] as const;
export type KltStage = (typeof KLT_STAGES)[number];

/** A contact, read from the frontmatter of their person note. */
export interface Person {
  path: string;
  name: string;
  aliases: string[];
  email: string | null;
  phone: string | null;
  company: string | null;
  role: string | null;
  /** Common ground. */
  interests: string[];
  /** What they are looking for now. */
  needs: string[];
  /** What they can give. */
  offers: string[];
  /** Contact sphere: the clients or field they serve. */
  sphere: string[];
  cadence: Cadence | null;
  tie: 'weak' | 'strong' | null;
  kltOverride: KltStage | null;
  met: Day | null;
  /** Link target (normalised) of whoever introduced them. */
  introducedBy: string | null;
  birthday: { month: number; date: number } | null;
  snoozeUntil: Day | null;
  archived: boolean;
}

function lower(values: unknown): string[] {
  return listFromField(values).map((v) => v.toLowerCase());
}

/**
 * The folder and person rules, prepared once: they are asked for every note.
 * The settings tab changes a setting by giving it a new list, so a prepared
 * rule holds the lists it was made from and is made again when one differs.
 */
/** The settings the rules are made from. */
const RULE_SETTINGS = ['peopleFolders', 'peopleFolderNames', 'personTypes', 'personTag', 'excludedFolders'] as const;

interface Rules {
  /** The values of RULE_SETTINGS they were made from. */
  from: unknown[];
  peopleFolders: string[];
  peopleFolderNames: Set<string>;
  personTypes: Set<string>;
  personTag: string;
  excludedPaths: string[];
  excludedNames: string[];
}

const NO_FIELDS: Frontmatter = Object.freeze(Object.create(null) as Record<string, unknown>);

const prepared = new WeakMap<GoodwillSettings, Rules>();
const bare = (folder: string) => bareFolder(folder).toLowerCase();

function rulesOf(settings: GoodwillSettings): Rules {
  let rules = prepared.get(settings);
  if (!rules || RULE_SETTINGS.some((key, i) => rules!.from[i] !== settings[key])) {
    const excluded = settings.excludedFolders.map(bare).filter((e) => e !== '');
    rules = {
      from: RULE_SETTINGS.map((key) => settings[key]),
      peopleFolders: settings.peopleFolders.map(bare),
      peopleFolderNames: new Set(settings.peopleFolderNames.map((n) => n.toLowerCase())),
      personTypes: new Set(settings.personTypes.map((t) => t.toLowerCase())),
      personTag: settings.personTag.replace(/^#/, '').toLowerCase(),
      excludedPaths: excluded.filter((e) => e.includes('/')),
      excludedNames: excluded.filter((e) => !e.includes('/')),
    };
    prepared.set(settings, rules);
  }
  return rules;
}

function inFolder(path: string, settings: GoodwillSettings): boolean {
  const lowerPath = path.toLowerCase();
  const rules = rulesOf(settings);
  if (rules.peopleFolders.length > 0) return rules.peopleFolders.some((f) => f === '' || lowerPath.startsWith(`${f}/`));
  return folderSegments(lowerPath).some((seg) => rules.peopleFolderNames.has(seg));
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
  const rules = rulesOf(settings);
  return rules.excludedNames.some((e) => segments.includes(e)) || rules.excludedPaths.some((e) => lowerPath.startsWith(`${e}/`));
}

/** The person rule: frontmatter type, a tag, or a people folder. */
export function isPersonNote(path: string, fields: Readonly<Record<string, unknown>> | null, settings: GoodwillSettings): boolean {
  const frontmatter = ownFrontmatter(fields);
  if (frontmatter) {
    const rules = rulesOf(settings);
    if (frontmatter.type !== undefined && lower(frontmatter.type).some((t) => rules.personTypes.has(t))) return true;
    const tags = frontmatter.tags ?? frontmatter.tag;
    if (rules.personTag && tags !== undefined && lower(tags).some((t) => t.replace(/^#/, '') === rules.personTag)) return true;
  }
  return inFolder(path, settings);
}

function kltFrom(value: unknown): KltStage | null {
  const v = stringFromField(value)?.toLowerCase();
  return v && (KLT_STAGES as readonly string[]).includes(v) ? (v as KltStage) : null;
}

/**
 * The person a note describes. A field that holds something unreadable or
 * out of its range (a cadence past ten years, a date outside the years
 * 1000–9999) is left out, and `problem` says which, for `check`.
 */
export function personFromNote(path: string, fields: Frontmatter | null, problem: (message: string) => void = () => undefined): Person {
  const f = ownFrontmatter(fields) ?? NO_FIELDS;
  const checked = <T>(key: string, value: unknown, read: (v: unknown) => T | null, what: string): T | null => {
    const result = read(value);
    if (result === null && isFilled(value)) problem(`"${key}" is not ${what}: ${shownValue(value)}; ignored`);
    return result;
  };
  const date = (key: string, value: unknown) => checked(key, value, dayFromField, 'a date (YYYY-MM-DD, years 1000 to 9999)');
  const snoozeKey = f['snooze-until'] !== undefined && f['snooze-until'] !== null ? 'snooze-until' : 'snoozeUntil';
  const tie = stringFromField(f.tie)?.toLowerCase();
  const introducedByRaw = stringFromField(f['introduced-by'] ?? f.introducedBy);
  return {
    path,
    name: stringFromField(f.name) ?? baseName(path),
    aliases: listFromField(f.aliases ?? f.alias),
    email: stringFromField(f.email),
    phone: stringFromField(f.phone),
    company: stringFromField(f.company),
    role: stringFromField(f.role),
    interests: listFromField(f.interests),
    needs: listFromField(f.needs),
    offers: listFromField(f.offers),
    sphere: listFromField(f.sphere),
    cadence: checked('cadence', f.cadence, parseCadence, 'a cadence from 1 day to 10 years'),
    tie: tie === 'weak' || tie === 'strong' ? tie : null,
    kltOverride: kltFrom(f.klt),
    met: date('met', f.met),
    introducedBy: introducedByRaw ? firstLinkTarget(introducedByRaw) : null,
    birthday: checked('birthday', f.birthday, birthdayFromField, 'a birthday (YYYY-MM-DD or MM-DD)'),
    snoozeUntil: date(snoozeKey, f[snoozeKey]),
    archived: truthyField(f.archived),
  };
}

const collator = new Intl.Collator();

/** The order names are listed in: the user's locale, as `localeCompare`, for a fraction of its cost. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The first word of a name, for greetings. */
export function firstName(name: string): string {
  return name.split(/\s+/)[0] || name;
}

/** A name with what the person does: "Bob Diaz (Brand designer at Diaz Studio)". */
export function describePerson(p: Person): string {
  if (p.role && p.company) return `${p.name} (${p.role} at ${p.company})`;
  if (p.company) return `${p.name} (${p.company})`;
  if (p.role) return `${p.name} (${p.role})`;
  return p.name;
}
