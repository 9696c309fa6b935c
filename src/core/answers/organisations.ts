import type { Day } from '../model/day';
import type { Entry } from '../index/ledger';
import type { Network } from '../index/network';
import { lastTouch } from '../index/ledger-facts';
import { baseName } from '../model/note';
import type { GoodwillSettings } from '../model/settings';
import { compareNames, type KltStage, type Person } from '../read/people';
import type { OrganisationCandidate } from '../read/organisation-notes';
import { normalizeLinkTarget } from '../text/links';
import { balances } from './balance';
import { meIn } from './brief';
import { kltStage } from './stage';
import { type TrustLight, trust } from './trust';

/** One person of an organisation or sphere, as its roll-up lists them. */
export interface Member {
  person: Person;
  stage: KltStage | null;
  lastContact: Day | null;
  light: TrustLight | null;
  /** The day of the last one-to-one, or null. */
  lastOneToOne: Day | null;
}

/** An organisation (a note, or a company written only as text) or a contact sphere, with its people rolled up. */
export interface Group {
  kind: 'organisation' | 'sphere';
  name: string;
  /** The organisation's note; null for a company written only as text, and for a sphere. */
  file: string | null;
  members: Member[];
  /** The balance summed over its people. */
  balance: number;
  /** The best light, then the most recent one-to-one; null when no one has a light. */
  warmest: Person | null;
}

const LIGHT_RANK: Record<TrustLight, number> = { green: 3, amber: 2, red: 1 };

/**
 * Organisations and contact spheres with their people. Organisations are the
 * notes people link as their company, and notes whose `type` or
 * `categories` match `orgTypes` (`notes`: every note that may be one); a
 * company written as text is the organisation note whose name or alias it
 * equals, case-insensitively, else one of its own. A person note is never
 * an organisation, and your own note (`me`) is in none.
 */
export function organisations(network: Network, settings: GoodwillSettings, today: Day, notes: Iterable<OrganisationCandidate>): Group[] {
  const me = meIn(network, settings);
  const isPerson = (path: string) => network.directory.byPath(path)?.path === path;
  const byKey = new Map<string, Group>();
  const group = (key: string, kind: Group['kind'], name: string, file: string | null): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { kind, name, file, members: [], balance: 0, warmest: null };
      byKey.set(key, g);
    }
    return g;
  };
  const byPath = new Map<string, OrganisationCandidate>();
  const byName = new Map<string, OrganisationCandidate>();
  for (const n of notes) {
    if (isPerson(n.path)) continue;
    byPath.set(normalizeLinkTarget(n.path), n);
    for (const name of [baseName(n.path), ...n.aliases]) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), n);
    if (n.typed) group(`note:${n.path}`, 'organisation', baseName(n.path), n.path);
  }
  /** The note a company link names, as a link finds a note: by path, else by a path ending in it, else by name. */
  const linked = (target: string): OrganisationCandidate | undefined => {
    const hit = byPath.get(target);
    if (hit) return hit;
    for (const [key, n] of byPath) if (key.endsWith(`/${target}`)) return n;
    return target.includes('/') ? undefined : byName.get(target);
  };

  const balanceOf = new Map(balances(network, settings, today).map((b) => [b.person, b.balance]));
  for (const { person, entries } of network.ledgers.values()) {
    if (person === me) continue;
    const member = memberOf(person, entries, settings, today);
    const join = (g: Group) => {
      if (g.members.some((m) => m.person === person)) return;
      g.members.push(member);
      g.balance += balanceOf.get(person) ?? 0;
    };
    for (const company of person.companies) {
      // A company that links a person note names no organisation: a person note is never one.
      if (company.target !== null && network.directory.resolve(company.target, person.path) !== undefined) continue;
      const note = company.target !== null ? linked(company.target) : byName.get(company.name.toLowerCase());
      if (note) join(group(`note:${note.path}`, 'organisation', baseName(note.path), note.path));
      else join(group(`text:${company.name.toLowerCase()}`, 'organisation', company.name, null));
    }
    for (const sphere of person.sphere) join(group(`sphere:${sphere.toLowerCase()}`, 'sphere', sphere, null));
  }

  const groups = [...byKey.values()];
  for (const g of groups) {
    g.balance = Math.round(g.balance * 100) / 100;
    g.members.sort((a, b) => compareNames(a.person.name, b.person.name));
    g.warmest = warmestOf(g.members);
  }
  return groups.sort((a, b) => (a.kind === b.kind ? compareNames(a.name, b.name) : a.kind === 'organisation' ? -1 : 1));
}

/**
 * The group an `org [[Name]]` block names (`written`: a normalised link
 * target): the organisation whose note the link finds, by path or by name,
 * or whose alias or name it is; else the contact sphere of that name.
 */
export function organisationNamed(groups: readonly Group[], notes: readonly OrganisationCandidate[], written: string): Group | null {
  const byAlias = new Set(notes.filter((n) => n.aliases.some((a) => a.toLowerCase() === written)).map((n) => n.path));
  const fits = (g: Group) => {
    if (g.name.toLowerCase() === written) return true;
    if (g.file === null) return false;
    const key = normalizeLinkTarget(g.file);
    return key === written || key.endsWith(`/${written}`) || byAlias.has(g.file);
  };
  return groups.find((g) => g.kind === 'organisation' && fits(g)) ?? groups.find((g) => g.kind === 'sphere' && fits(g)) ?? null;
}

function memberOf(person: Person, entries: Entry[], settings: GoodwillSettings, today: Day): Member {
  let lastOneToOne: Day | null = null;
  for (const e of entries) if (e.oneToOne && e.date <= today && (lastOneToOne === null || e.date > lastOneToOne)) lastOneToOne = e.date;
  return {
    person,
    stage: kltStage(person, entries, today),
    lastContact: lastTouch(entries, today),
    light: trust(person, entries, settings, today).light,
    lastOneToOne,
  };
}

/** The best light, then the most recent one-to-one; null when no one has a light. */
function warmestOf(members: readonly Member[]): Person | null {
  let best: Member | null = null;
  for (const m of members) {
    if (m.light === null) continue;
    if (
      best === null ||
      LIGHT_RANK[m.light] > LIGHT_RANK[best.light!] ||
      (LIGHT_RANK[m.light] === LIGHT_RANK[best.light!] && (m.lastOneToOne ?? -Infinity) > (best.lastOneToOne ?? -Infinity))
    )
      best = m;
  }
  return best?.person ?? null;
}
