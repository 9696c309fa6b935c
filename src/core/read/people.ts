import type { Day } from '../model/day';
import { type Cadence, birthdayFromField, dayFromField, listFromField, parseCadence, stringFromField, truthyField } from './fields';
import { baseName } from '../model/note';
import { firstLinkTarget } from '../text/links';

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

function kltFrom(value: unknown): KltStage | null {
  const v = stringFromField(value)?.toLowerCase();
  return v && (KLT_STAGES as readonly string[]).includes(v) ? (v as KltStage) : null;
}

export function personFromNote(path: string, fm: Record<string, unknown> | null): Person {
  const f = fm ?? {};
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
    cadence: parseCadence(f.cadence),
    tie: tie === 'weak' || tie === 'strong' ? tie : null,
    kltOverride: kltFrom(f.klt),
    met: dayFromField(f.met),
    introducedBy: introducedByRaw ? firstLinkTarget(introducedByRaw) : null,
    birthday: birthdayFromField(f.birthday),
    snoozeUntil: dayFromField(f['snooze-until'] ?? f.snoozeUntil),
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
