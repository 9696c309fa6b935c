import { baseName } from '../model/note';
import { fileNameOf, type Person } from '../read/people';
import { normalizeLinkTarget } from '../text/links';
import { trimEndWhere } from '../text/trim';
import type { NoteNames } from './note-names';
import { runToEnd } from './steps';

/** How many people or notes a step of a stepwise build takes. */
const STEP = 500;

/** A link or name that fits several people: nobody is picked, and `check` says so. */
export type Found = Person | readonly Person[] | undefined;

/** The names a plain name is compared with, made on first need: most vaults link by exact name. */
interface NameIndex {
  /** Name, base name, alias and heading alias. */
  exact: Map<string, Person[]>;
  /** First name and last initial ("sam k") of every name of two words or more. */
  initials: Map<string, Person[]>;
  /** Initials keys written abbreviated ("Sam K"), by person. */
  abbreviated: Set<string>;
  /** First word of the name, base name and heading alias. */
  firstNames: Map<string, Person[]>;
}

function addTo(map: Map<string, Person[]>, key: string, p: Person): void {
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}

const byPathOrder = (a: Person, b: Person) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1).toLowerCase();

/** A full stop, as after an initial. */
const isDot = (code: number) => code === 46;

/** The words of a name, and its first-name-and-initial key when it has two words or more. */
function nameParts(key: string): { words: string[]; initials: string | null; abbreviated: boolean } {
  const words = key.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return { words, initials: null, abbreviated: false };
  const last = trimEndWhere(words[words.length - 1], isDot);
  if (last === '') return { words, initials: null, abbreviated: false };
  return { words, initials: `${words[0]} ${last.charAt(0)}`, abbreviated: last.length === 1 };
}

/**
 * Finds people by link or by name: one resolver for links, attendee names and
 * capture. A link resolves, in order, to the person whose vault path it
 * writes (with or without `.md`); else whose path ends with it
 * (`[[Folder/Note]]`); else whose name, base name, alias or heading alias it
 * is. When several fit, the one in the linking note's folder wins, else the
 * shortest path, else the first by path, and `check` reports the clash. A
 * link to no note at all, and a plain name, are read as names (see
 * resolveName).
 */
export class PeopleDirectory {
  /** Keys that find one person: vault paths, and names no one else has. */
  private readonly exact = new Map<string, Person>();
  /** Names several people share, with those people in path order. */
  private readonly shared = new Map<string, Person[]>();
  /** People by their vault path (normalised). */
  private readonly paths = new Map<string, Person>();
  /** People by base name, for links that write part of a path. */
  private readonly byBase = new Map<string, Person[]>();
  /** Heading aliases used by one person only. */
  private readonly headings = new Map<Person, string>();
  private names: NameIndex | null = null;
  readonly clashes: { key: string; paths: string[] }[] = [];
  /** Headings that two person notes or more share: a name for none of them. */
  readonly sharedHeadings: { heading: string; paths: string[] }[] = [];
  /**
   * Link targets read as names because no note answers to them, and targets
   * refused that reading because a note does: a note that comes or goes
   * under one of them changes what the link finds.
   */
  readonly readAsName = new Set<string>();
  readonly refusedAsName = new Set<string>();

  /** The directory of these people, built at once unless `stepwise` (inSteps builds it then). */
  constructor(
    readonly people: Person[],
    private readonly notes: NoteNames | null = null,
    stepwise = false,
  ) {
    if (!stepwise) runToEnd(this.build());
  }

  /** The directory built step by step: it pauses (yields) every few hundred people. */
  static *inSteps(people: Person[], notes: NoteNames | null = null): Generator<void, PeopleDirectory> {
    const directory = new PeopleDirectory(people, notes, true);
    yield* directory.build();
    return directory;
  }

  private *build(): Generator<void> {
    const sorted = [...this.people].sort(byPathOrder);
    const headingOwners = new Map<string, Person[]>();
    for (const p of sorted) if (p.headingAlias) addTo(headingOwners, normalizeLinkTarget(p.headingAlias), p);
    for (const [heading, owners] of headingOwners) {
      if (owners.length === 1) this.headings.set(owners[0], heading);
      else this.sharedHeadings.push({ heading: owners[0].headingAlias!, paths: owners.map((p) => p.path) });
    }
    yield;
    const owners = new Map<string, Person[]>();
    for (let i = 0; i < sorted.length; i++) {
      const p = sorted[i];
      for (const key of this.keysOf(p)) addTo(owners, key, p);
      // A person who exists only as a tag has no note for a link to write the path of.
      if (p.fromTag === null) addTo(this.byBase, normalizeLinkTarget(baseName(p.path)), p);
      if (i % STEP === STEP - 1) yield;
    }
    for (const [key, list] of owners) {
      if (list.length === 1) this.exact.set(key, list[0]);
      else {
        this.shared.set(key, list);
        this.clashes.push({ key, paths: list.map((p) => p.path) });
      }
    }
    // A vault path is the most specific key: it wins over a name another person has.
    for (const p of sorted) {
      if (p.fromTag !== null) continue;
      const key = normalizeLinkTarget(p.path);
      this.paths.set(key, p);
      this.exact.set(key, p);
    }
  }

  /** The names a person answers to, normalised: name, base name, aliases and heading alias. */
  private keysOf(p: Person): Set<string> {
    const keys = new Set<string>();
    for (const k of [fileNameOf(p), p.name, ...p.aliases]) {
      const key = normalizeLinkTarget(k);
      if (key) keys.add(key);
    }
    const heading = this.headings.get(p);
    if (heading) keys.add(heading);
    return keys;
  }

  /** The person a link finds from the note at `from`, or undefined. */
  resolve(target: string, from?: string): Person | undefined {
    const found = this.find(target, from);
    return found === undefined || Array.isArray(found) ? undefined : (found as Person);
  }

  /** What a link finds from the note at `from`: a person, several people by name (nobody picked), or no one. */
  find(target: string, from?: string): Found {
    const hit = this.exact.get(target);
    if (hit) return hit;
    const slash = target.lastIndexOf('/');
    if (slash >= 0) {
      const suffix = (this.byBase.get(target.slice(slash + 1)) ?? []).filter((p) => normalizeLinkTarget(p.path).endsWith(`/${target}`));
      if (suffix.length > 0) return this.pick(suffix, from);
    }
    const several = this.shared.get(target);
    if (several) return this.pick(several, from);
    // A link to no note is a name; a link to a note that is no person is nobody.
    if (this.notes?.has(target)) {
      this.refusedAsName.add(target);
      return undefined;
    }
    const found = this.resolveName(slash >= 0 ? target.slice(slash + 1) : target);
    if (found !== undefined) this.readAsName.add(target);
    return found;
  }

  /** Of several people a link fits: the one in the linking note's folder, else the shortest path, else the first by path. */
  private pick(candidates: Person[], from: string | undefined): Person {
    let pool = candidates;
    if (from !== undefined && candidates.length > 1) {
      const folder = folderOf(from);
      const near = candidates.filter((p) => folderOf(p.path) === folder);
      if (near.length > 0) pool = near;
    }
    let best = pool[0];
    for (const p of pool) if (p.path.length < best.path.length || (p.path.length === best.path.length && p.path < best.path)) best = p;
    return best;
  }

  /**
   * Who a plain name is: the one person with that name, base name, alias or
   * heading alias; else, for a name of two words or more, the one person
   * with that first name and last initial when either side is abbreviated
   * (`Sam K` finds Sam Keller, `Sam Keller` finds a person named Sam K); else,
   * for a first name alone, the one person with that first name. A full name
   * never falls back to its first name: Maria Lopez is not Maria G. Several
   * fitting is nobody, returned as the list of those who fit.
   *
   * `lastResort` is asked only when none of that finds anyone: capture
   * forgives one typo in a capitalised name there; links and attendee names
   * are never corrected, so they pass none.
   */
  resolveName(name: string, lastResort?: (key: string) => Found): Found {
    const key = normalizeLinkTarget(name).replace(/\s+/g, ' ');
    if (!key) return undefined;
    const found = this.byName(key);
    return found === undefined && lastResort ? lastResort(key) : found;
  }

  private byName(key: string): Found {
    const index = this.nameIndex();
    const exact = index.exact.get(key);
    if (exact) return exact.length === 1 ? exact[0] : exact;
    const { words, initials, abbreviated } = nameParts(key);
    if (initials !== null) {
      const fits = index.initials.get(initials);
      if (!fits) return undefined;
      if (abbreviated) return fits.length === 1 ? fits[0] : fits;
      // A full name finds a person only through their abbreviated name.
      if (!fits.some((p) => index.abbreviated.has(`${p.path}\u0000${initials}`))) return undefined;
      return fits.length === 1 ? fits[0] : fits;
    }
    if (words.length !== 1) return undefined;
    const firsts = index.firstNames.get(key);
    if (!firsts) return undefined;
    return firsts.length === 1 ? firsts[0] : firsts;
  }

  private nameIndex(): NameIndex {
    if (this.names) return this.names;
    const index: NameIndex = { exact: new Map(), initials: new Map(), abbreviated: new Set(), firstNames: new Map() };
    for (const p of [...this.people].sort(byPathOrder)) {
      for (const key of this.keysOf(p)) {
        addTo(index.exact, key, p);
        const parts = nameParts(key);
        if (parts.initials === null) continue;
        addTo(index.initials, parts.initials, p);
        if (parts.abbreviated) index.abbreviated.add(`${p.path}\u0000${parts.initials}`);
      }
      // First names come from what the person is called, not from every alias.
      const heading = this.headings.get(p);
      for (const full of [p.name, fileNameOf(p), ...(heading ? [heading] : [])]) {
        const { words } = nameParts(normalizeLinkTarget(full));
        if (words.length >= 2) addTo(index.firstNames, words[0], p);
      }
    }
    this.names = index;
    return index;
  }

  byPath(path: string): Person | undefined {
    return this.paths.get(normalizeLinkTarget(path));
  }
}
