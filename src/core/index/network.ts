import type { NoteRecords, Warning } from '../read/note-records';
import type { Person } from '../read/people';
import { type Found, PeopleDirectory } from './people-directory';
import { NoteNames } from './note-names';
import { runToEnd } from './steps';
import { normalizeLinkTarget } from '../text/links';
import { type Draft, type Entry, type Ledger, LineEntry, compareEntries, noteEntry } from './ledger';
import { peopleOf } from './people-of';
import { isTouchType } from './ledger-facts';

export interface NetworkOptions {
  /** Every note's path as it is now (a link to a note that is no person is nobody; a link to no note is a name); else the notes given. */
  paths?: () => Iterable<string>;
  /** Your own person note (the `me` setting): never one of a meeting's attendees. */
  me?: string;
}

/**
 * The vault resolved against its people: every interaction assigned to the
 * person it belongs to. Built once from the per-note records; after that a
 * changed note that is not a person note replaces only its own entries.
 */
export class Network {
  readonly ledgers = new Map<string, Ledger>();
  /** Introduction drafts by note path. */
  readonly drafts = new Map<string, Draft>();
  private readonly clashWarnings: Warning[] = [];
  /** Per note: the ledgers it added entries to (each once), and its link warnings. */
  private readonly byNote = new Map<string, NoteState>();
  private sorting = true;
  /** The same ledgers by person (this directory's people): cheaper to look up than by path. */
  private readonly ledgerOf = new Map<Person, Ledger>();

  /** Attendee links to no note: each counts as someone listed, until a note of that name comes. */
  private readonly listedWithoutNote = new Set<string>();
  /** Link targets people give as their company: the notes they name are organisations. */
  private readonly companies = new Set<string>();
  private me: Person | undefined;

  private constructor(
    readonly directory: PeopleDirectory,
    private readonly noteNames: NoteNames,
    /** Each person tag (lower case) with the person it names: the person note it is on or named for, else a person of its own. */
    private readonly tagOwners: ReadonlyMap<string, Person>,
  ) {}

  /** The network of these notes, built at once. */
  static of(notes: Iterable<NoteRecords>, options: NetworkOptions = {}): Network {
    return runToEnd(Network.inSteps(notes, options));
  }

  /**
   * The network built step by step, pausing (yielding) every few hundred
   * notes: the plugin spreads its first build over several frames.
   */
  static *inSteps(notes: Iterable<NoteRecords>, options: NetworkOptions = {}): Generator<void, Network> {
    const all = [...notes];
    const { people, tagOwners } = peopleOf(all);
    const noteNames = new NoteNames(options.paths ?? (() => all.map((n) => n.path)));
    const network = new Network(yield* PeopleDirectory.inSteps(people, noteNames), noteNames, tagOwners);
    if (options.me) network.me = network.directory.byPath(options.me);
    yield* network.fill(all, people);
    return network;
  }

  private *fill(all: NoteRecords[], people: Person[]): Generator<void> {
    for (const p of people) {
      // Your own note (the setting "me") keeps no ledger: you are in no answer about your network.
      if (p === this.me) continue;
      const ledger = { person: p, entries: [], revision: 0 };
      this.ledgers.set(p.path, ledger);
      this.ledgerOf.set(p, ledger);
    }
    for (const p of people) for (const c of p.companies) if (c.target !== null) this.companies.add(c.target);
    for (const clash of this.directory.clashes) {
      this.clashWarnings.push({
        file: clash.paths[1],
        line: 1,
        message: `"${clash.key}" names ${clash.paths.length} people (${clash.paths.join(', ')}); a link goes to the one in its note's folder, else the shortest path, else ${clash.paths[0]}`,
      });
    }
    for (const shared of this.directory.sharedHeadings) {
      this.clashWarnings.push({
        file: shared.paths[1],
        line: 1,
        message: `heading "# ${shared.heading}" is on ${shared.paths.length} person notes (${shared.paths.join(', ')}); it finds none of them`,
      });
    }
    this.sorting = false;
    for (let i = 0; i < all.length; i++) {
      this.addNote(all[i]);
      if (i % 500 === 499) yield;
    }
    for (const ledger of this.ledgers.values()) ledger.entries.sort(compareEntries);
    this.sorting = true;
  }

  get warnings(): Warning[] {
    const out = [...this.clashWarnings];
    for (const n of this.byNote.values()) if (n.warnings) out.push(...n.warnings);
    return out;
  }

  /**
   * Replaces what one note contributes. Returns false when the note is, or
   * was, a person note: people change how every link resolves, so the caller
   * builds the network anew.
   */
  replaceNote(previous: NoteRecords | undefined, next: NoteRecords | undefined): boolean {
    if (previous?.person || next?.person) return false;
    // Person tags make people of their own: a tag that comes or goes may add or remove one.
    if (!sameTags(previous?.personTags ?? NO_TAGS, next?.personTags ?? NO_TAGS)) return false;
    const path = previous?.path ?? next?.path;
    if (path === undefined) return true;
    if (!previous !== !next) {
      // A note that comes or goes can turn a link to no note (read as a name) into a link to it, or back.
      this.noteNames.changed();
      if (this.answersToNameLink(path)) return false;
    }
    this.removeNote(path);
    if (next) this.addNote(next);
    return true;
  }

  /**
   * Whether the note at `path` answers to a link that was, or was not, read as
   * a name for want of a note, or to an attendee link that named no note.
   */
  private answersToNameLink(path: string): boolean {
    const key = normalizeLinkTarget(path);
    const base = key.slice(key.lastIndexOf('/') + 1);
    const answers = (target: string) => target === key || target === base || key.endsWith(`/${target}`);
    for (const t of this.directory.readAsName) if (answers(t)) return true;
    for (const t of this.directory.refusedAsName) if (answers(t)) return true;
    for (const t of this.listedWithoutNote) if (answers(t)) return true;
    return false;
  }

  /** Whether a note is an organisation because a person gives it as their company (matched as a link finds a note). */
  private isCompany(path: string): boolean {
    if (this.companies.size === 0) return false;
    const key = normalizeLinkTarget(path);
    if (this.companies.has(key)) return true;
    for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) if (this.companies.has(key.slice(i + 1))) return true;
    return false;
  }

  /** A name that fits several people picks nobody; `check` says so where it is written. */
  private fitsSeveral(path: string, line: number, written: string, people: readonly Person[]): void {
    const paths = people.map((p) => p.path).join(', ');
    this.warn(path, { file: path, line, message: `"${written}" fits ${people.length} people (${paths}); nobody is picked` });
  }

  private removeNote(path: string): void {
    this.drafts.delete(path);
    const mine = this.byNote.get(path);
    if (!mine) return;
    this.byNote.delete(path);
    for (const ledger of mine.ledgers) {
      ledger.entries = ledger.entries.filter((e) => e.file !== path);
      ledger.revision += 1;
    }
  }

  /** Adds the entry to the person's ledger, and that ledger to the note's (`touched`) once. */
  private push(person: Person, entry: Entry, touched: Ledger[]): void {
    const ledger = this.ledgerOf.get(person);
    if (ledger === undefined) return; // you (see fill)
    if (this.sorting) {
      // Binary search for the insertion point keeps the ledger sorted without a full sort.
      let lo = 0;
      let hi = ledger.entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareEntries(ledger.entries[mid], entry) <= 0) lo = mid + 1;
        else hi = mid;
      }
      ledger.entries.splice(lo, 0, entry);
    } else {
      ledger.entries.push(entry);
    }
    ledger.revision += 1;
    // A note touches few people: a short list costs less than a set.
    if (!touched.includes(ledger)) touched.push(ledger);
  }

  private noteState(path: string): NoteState {
    let state = this.byNote.get(path);
    if (!state) {
      state = { ledgers: NO_LEDGERS, warnings: null };
      this.byNote.set(path, state);
    }
    return state;
  }

  private warn(path: string, warning: Warning): void {
    const state = this.noteState(path);
    (state.warnings ??= []).push(warning);
  }

  private addNote(n: NoteRecords): void {
    const touched: Ledger[] = [];
    if (n.draft) {
      const a = this.directory.resolve(n.draft.a, n.path);
      const b = this.directory.resolve(n.draft.b, n.path);
      if (a && b)
        this.drafts.set(n.path, { path: n.path, a, b, state: n.draft.state, since: n.draft.dates[n.draft.state] ?? null, record: n.draft });
      else this.warn(n.path, { file: n.path, line: 1, message: 'introduction draft links no known person as "a" or "b"' });
    }
    if (n.person?.met != null) {
      this.push(n.person, noteEntry('first-met', n.person.met, 'First met', n.path, 1), touched);
    }
    if (n.person?.lastContact != null) {
      this.push(n.person, noteEntry('last-contact', n.person.lastContact, 'Last contact', n.path, 1), touched);
    }
    // People met here: only kept for a note whose prose mentions count (mentionsAreTouches), so that a mention adds no second touch.
    const metHere: Person[] | null = n.mentions.length > 0 ? [] : null;
    const tags = n.person ? NO_TAGS : n.personTags;
    if (n.attendees.length + n.attendeeNames.length + tags.length > 0 && n.noteDate !== null && !this.isCompany(n.path)) {
      // Everyone listed counts towards a one-to-one, people without a note too; a person listed twice counts once.
      const met: Person[] = [];
      let listed = 0;
      const count = (found: Found, written: string) => {
        if (this.me !== undefined && found === this.me) return;
        if (found !== undefined && !Array.isArray(found)) {
          const p = found as Person;
          if (met.includes(p)) return;
          met.push(p);
        } else if (found !== undefined) this.fitsSeveral(n.path, 1, written, found as readonly Person[]);
        listed += 1;
      };
      for (const target of n.attendees) {
        const found = this.directory.find(target, n.path);
        if (found === undefined) {
          // A link to a note that is no person (a company, a project) lists no one; a link to no note lists someone.
          if (this.noteNames.has(target)) continue;
          this.listedWithoutNote.add(target);
        }
        count(found, `[[${target}]]`);
      }
      for (const name of n.attendeeNames) count(this.directory.resolveName(name), name);
      for (const tag of tags) {
        const owner = this.tagOwners.get(tag.toLowerCase());
        if (owner) count(owner, `#${tag}`);
      }
      // One record of the meeting, read by every attendee's entry.
      const title = baseTitle(n.path);
      const entry = n.meeting
        ? noteEntry('meeting', n.noteDate, `Meeting: ${title}`, n.path, 1, listed === 1)
        : noteEntry('touch', n.noteDate, title, n.path, 1);
      for (const p of met) this.push(p, entry, touched);
      if (metHere !== null) metHere.push(...met);
    }
    for (const line of n.lines) {
      if (line.targets.length === 1) {
        // The common case, a line linking one person, without building lists.
        const p = this.directory.resolve(line.targets[0], n.path);
        if (p) {
          const from = line.type === 'receipt' && line.fromTarget !== null ? this.directory.resolve(line.fromTarget, n.path) : undefined;
          this.push(from ?? p, new LineEntry(line), touched);
          if (metHere !== null && isTouchType(line.type)) metHere.push(from ?? p);
          continue;
        }
      }
      const resolved: Person[] = [];
      for (const target of line.targets) {
        const p = this.directory.resolve(target, n.path);
        if (p && !resolved.includes(p)) resolved.push(p);
      }
      let owners: Person[];
      if (resolved.length === 0) {
        if (!n.person) {
          const several = line.targets.map((t) => [t, this.directory.find(t, n.path)] as const).find(([, f]) => Array.isArray(f));
          if (several) this.fitsSeveral(n.path, line.line, `[[${several[0]}]]`, several[1] as readonly Person[]);
          // A to-do about notes that are no people (a project, a document) is no interaction, and nothing is wrong with it.
          else if (line.targets.length > 0 && !(line.keyword === 'task' && line.targets.every((t) => this.noteNames.has(t)))) {
            this.warn(n.path, { file: n.path, line: line.line, message: `"${line.keyword}" line links no known person` });
          }
          continue;
        }
        owners = [n.person];
      } else if ((line.type === 'give' && line.kind === 'introduction') || line.type === 'touch') {
        // An introduction is a give to each person; a touch is with each person it names together (the reader keeps only those).
        owners = resolved;
      } else if (line.type === 'receipt' && line.fromTarget !== null) {
        const from = this.directory.resolve(line.fromTarget, n.path);
        owners = [from ?? resolved[0]];
      } else {
        owners = [resolved[0]];
      }
      const intro = owners.length > 1 && line.type === 'give';
      for (const owner of owners) {
        this.push(owner, resolved.length > 1 ? new LineEntry(line, othersThan(resolved, owner), intro) : new LineEntry(line), touched);
      }
      if (metHere !== null && isTouchType(line.type)) metHere.push(...owners);
    }
    if (metHere !== null && n.noteDate !== null) {
      for (const mention of n.mentions) {
        const p = this.directory.resolve(mention.target, n.path);
        if (p === undefined || p === this.me || metHere.includes(p)) continue;
        metHere.push(p);
        this.push(p, noteEntry('touch', n.noteDate, `Mentioned in ${baseTitle(n.path)}`, n.path, mention.line), touched);
      }
    }
    // A list of exactly their number: the network keeps one per note.
    if (touched.length > 0) this.noteState(n.path).ledgers = [...touched];
  }

  /**
   * The people a note lists as met (attendee links, plain names, person
   * tags), each once, as its meeting counts them: yourself left out, and a
   * name that fits several people is nobody.
   */
  listedIn(n: NoteRecords): Person[] {
    const out: Person[] = [];
    const add = (found: Found) => {
      if (found === undefined || Array.isArray(found)) return;
      const p = found as Person;
      if (p !== this.me && !out.includes(p)) out.push(p);
    };
    for (const target of n.attendees) add(this.directory.find(target, n.path));
    for (const name of n.attendeeNames) add(this.directory.resolveName(name));
    for (const tag of n.person ? NO_TAGS : n.personTags) add(this.tagOwners.get(tag.toLowerCase()));
    return out;
  }

  ledger(person: Person): Entry[] {
    return this.ledgers.get(person.path)?.entries ?? [];
  }

  get people(): Person[] {
    return [...this.ledgers.values()].map((l) => l.person);
  }
}

interface NoteState {
  ledgers: Ledger[];
  warnings: Warning[] | null;
}

/** The people but one, in a list of exactly their number (the index keeps hundreds of thousands). */
function othersThan(people: Person[], one: Person): Person[] {
  const out = new Array<Person>(people.length - (people.includes(one) ? 1 : 0));
  let i = 0;
  for (const p of people) if (p !== one) out[i++] = p;
  return out;
}

const NO_LEDGERS: Ledger[] = [];

const NO_TAGS: readonly string[] = [];

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

function baseTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}
