import type { Day } from '../model/day';
import { type Cadence, parseCadence } from '../model/cadence';
import { birthdayFromField, dayFromField, isFilled, linksOrNames, listFromField, shownValue, stringFromField, truthyField } from './fields';
import type { PersonField } from '../model/field-aliases';
import { baseName } from '../model/note';
import { firstLinkTarget } from '../text/links';

export const KLT_STAGES = ['known', 'liked', 'trusted'] as const;
export type KltStage = (typeof KLT_STAGES)[number];

/** A contact, read from the frontmatter of their person note. */
export interface Person {
  path: string;
  name: string;
  aliases: string[];
  /**
   * The note's first level-1 heading when it differs from the file name: one
   * more name to find them by, never the name shown (set by the note reader).
   */
  headingAlias: string | null;
  /**
   * The tag a person without a note exists by (the `personTagPrefix`
   * setting), as first written; null for a person with a note. Such a
   * person's `path` is that tag with `#`, a key no note has.
   */
  fromTag: string | null;
  email: string | null;
  phone: string | null;
  /** Where they work; a link shows its target's name. */
  company: string | null;
  /** The company as a link target, when it is a link: that note is an organisation. */
  companyTarget: string | null;
  /**
   * Every organisation the company field names (a list, or a text with
   * several links), the first being `company`: someone may work at two.
   */
  companies: { name: string; target: string | null }[];
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
  /** A `last_contact` date written in the note: a touch on that day. */
  lastContact: Day | null;
  /** Link target (normalised) of whoever introduced them. */
  introducedBy: string | null;
  birthday: { month: number; date: number } | null;
  snoozeUntil: Day | null;
  archived: boolean;
}

function kltFrom(value: unknown): KltStage | null {
  const v = stringFromField(value)?.toLowerCase();
  return v && (KLT_STAGES as readonly string[]).includes(v) ? (v as KltStage) : null;
}

/**
 * A person from their note's fields (see conventions.personFields for which
 * key each comes from). A field that holds something unreadable or out of
 * its range (a cadence past ten years, a date outside the years 1000–9999)
 * is left out, and `problem` says which, for `check`.
 */
export function personFromNote(
  path: string,
  f: Partial<Record<PersonField, unknown>>,
  problem: (message: string) => void = () => undefined,
): Person {
  const checked = <T>(key: string, value: unknown, read: (v: unknown) => T | null, what: string): T | null => {
    const result = read(value);
    if (result === null && isFilled(value)) problem(`"${key}" is not ${what}: ${shownValue(value)}; ignored`);
    return result;
  };
  const date = (key: string, value: unknown) => checked(key, value, dayFromField, 'a date (YYYY-MM-DD, years 1000 to 9999)');
  const tie = stringFromField(f.tie)?.toLowerCase();
  const introducedByRaw = stringFromField(f.introducedBy);
  const companies = linksOrNames(f.company);
  const company = companies[0] ?? null;
  return {
    path,
    name: stringFromField(f.name) ?? baseName(path),
    aliases: listFromField(f.aliases),
    headingAlias: null,
    fromTag: null,
    email: stringFromField(f.email),
    phone: stringFromField(f.phone),
    company: company?.name ?? null,
    companyTarget: company?.target ?? null,
    companies,
    role: stringFromField(f.role),
    interests: listFromField(f.interests),
    needs: listFromField(f.needs),
    offers: listFromField(f.offers),
    sphere: listFromField(f.sphere),
    cadence: checked('cadence', f.cadence, parseCadence, 'a cadence from 1 day to 10 years'),
    tie: tie === 'weak' || tie === 'strong' ? tie : null,
    kltOverride: kltFrom(f.klt),
    met: date('met', f.met),
    lastContact: date('last contact', f.lastContact),
    introducedBy: introducedByRaw ? firstLinkTarget(introducedByRaw) : null,
    birthday: checked('birthday', f.birthday, birthdayFromField, 'a birthday (YYYY-MM-DD or MM-DD)'),
    snoozeUntil: date('snooze-until', f.snoozeUntil),
    archived: truthyField(f.archived),
  };
}

/** A person who exists only as a tag: a name and nothing else to read. */
export function tagPerson(tag: string, name: string): Person {
  return {
    ...personFromNote(`#${tag.toLowerCase()}`, {}),
    name,
    fromTag: tag,
  };
}

/** The vault path of a person's note, or null for a person who exists only as a tag. */
export function personFile(p: Person): string | null {
  return p.fromTag === null ? p.path : null;
}

/** What a person's note is called (its file name without `.md`); for a person without a note, their name. */
export function fileNameOf(p: Person): string {
  return p.fromTag === null ? baseName(p.path) : p.name;
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
