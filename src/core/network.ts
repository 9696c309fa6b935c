import type { Day } from './day';
import type { LineType } from './lines';
import type { LineFingerprint } from './line-fingerprint';
import type { NoteRecords, Warning } from './note-records';
import type { DraftRecord, DraftState } from './intro-drafts';
import { type Person, PeopleDirectory } from './people';
import type { ValueKind } from './settings';

export type EntryType = LineType | 'meeting' | 'first-met';

/** One record in a person's ledger: a line (or a meeting, or the `met` field) resolved to them. */
export interface Entry {
  type: EntryType;
  kind: ValueKind;
  date: Day;
  due: Day | null;
  closed: Day | null;
  oneToOne: boolean;
  /** A give that introduced this person to the others on the line. */
  introduction: boolean;
  /** Other people the line links. */
  others: Person[];
  text: string;
  file: string;
  line: number;
  /** The fingerprint of the line the entry was read from; null for meetings and frontmatter. */
  fingerprint: LineFingerprint | null;
}

/** An introduction draft, resolved to its two people. */
export interface Draft {
  path: string;
  a: Person;
  b: Person;
  state: DraftState;
  /** The day the current state began. */
  since: Day | null;
  record: DraftRecord;
}

export interface Ledger {
  person: Person;
  /** Sorted by date, then file and line. */
  entries: Entry[];
  /** Increases whenever the entries change, so per-person answers can be cached. */
  revision: number;
}

function compareEntries(a: Entry, b: Entry): number {
  return a.date - b.date || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}

/**
 * The vault resolved against its people: every interaction assigned to the
 * person it belongs to. Built once from the per-note records; after that a
 * changed note that is not a person note replaces only its own entries.
 */
export class Network {
  readonly directory: PeopleDirectory;
  readonly ledgers = new Map<string, Ledger>();
  /** Introduction drafts by note path. */
  readonly drafts = new Map<string, Draft>();
  private readonly clashWarnings: Warning[] = [];
  /** Per note: the ledgers it added entries to, and its link warnings. */
  private readonly byNote = new Map<string, { ledgers: Set<Ledger>; warnings: Warning[] }>();
  private sorting = true;

  constructor(notes: Iterable<NoteRecords>) {
    const all = [...notes];
    const people: Person[] = [];
    for (const n of all) if (n.person) people.push(n.person);
    this.directory = new PeopleDirectory(people);
    for (const p of people) this.ledgers.set(p.path, { person: p, entries: [], revision: 0 });
    for (const clash of this.directory.clashes) {
      this.clashWarnings.push({
        file: clash.paths[1],
        line: 1,
        message: `"${clash.key}" names ${clash.paths.length} people (${clash.paths.join(', ')}); links go to ${clash.paths[0]}`,
      });
    }
    this.sorting = false;
    for (const n of all) this.addNote(n);
    for (const ledger of this.ledgers.values()) ledger.entries.sort(compareEntries);
    this.sorting = true;
  }

  get warnings(): Warning[] {
    const out = [...this.clashWarnings];
    for (const n of this.byNote.values()) out.push(...n.warnings);
    return out;
  }

  /**
   * Replaces what one note contributes. Returns false when the note is, or
   * was, a person note: people change how every link resolves, so the caller
   * builds the network anew.
   */
  replaceNote(previous: NoteRecords | undefined, next: NoteRecords | undefined): boolean {
    if (previous?.person || next?.person) return false;
    const path = previous?.path ?? next?.path;
    if (path !== undefined) this.removeNote(path);
    if (next) this.addNote(next);
    return true;
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

  private push(person: Person, entry: Entry): void {
    const ledger = this.ledgers.get(person.path)!;
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
    this.noteState(entry.file).ledgers.add(ledger);
  }

  private noteState(path: string): { ledgers: Set<Ledger>; warnings: Warning[] } {
    let state = this.byNote.get(path);
    if (!state) {
      state = { ledgers: new Set(), warnings: [] };
      this.byNote.set(path, state);
    }
    return state;
  }

  private addNote(n: NoteRecords): void {
    if (n.draft) {
      const a = this.directory.resolve(n.draft.a);
      const b = this.directory.resolve(n.draft.b);
      if (a && b) this.drafts.set(n.path, { path: n.path, a, b, state: n.draft.state, since: n.draft.dates[n.draft.state] ?? null, record: n.draft });
      else this.noteState(n.path).warnings.push({ file: n.path, line: 1, message: 'introduction draft links no known person as "a" or "b"' });
    }
    if (n.person?.met != null) {
      this.push(n.person, {
        type: 'first-met', kind: 'action', date: n.person.met, due: null, closed: null, oneToOne: false,
        introduction: false, others: [], text: 'First met', file: n.path, line: 1, fingerprint: null,
      });
    }
    if (n.attendees.length > 0 && n.noteDate !== null) {
      const seen = new Set<string>();
      for (const target of n.attendees) {
        const p = this.directory.resolve(target);
        if (!p || seen.has(p.path)) continue;
        seen.add(p.path);
        this.push(p, {
          type: 'meeting', kind: 'action', date: n.noteDate, due: null, closed: null,
          oneToOne: n.attendees.length === 1, introduction: false, others: [],
          text: `Meeting: ${baseTitle(n.path)}`, file: n.path, line: 1, fingerprint: null,
        });
      }
    }
    for (const line of n.lines) {
      const resolved: Person[] = [];
      for (const target of line.targets) {
        const p = this.directory.resolve(target);
        if (p && !resolved.includes(p)) resolved.push(p);
      }
      let owners: Person[];
      if (resolved.length === 0) {
        if (!n.person) {
          if (line.targets.length > 0) {
            this.noteState(n.path).warnings.push({ file: n.path, line: line.line, message: `"${line.keyword}" line links no known person` });
          }
          continue;
        }
        owners = [n.person];
      } else if (line.type === 'give' && (line.introduction || line.kind === 'introduction') && resolved.length >= 2) {
        owners = resolved;
      } else if (line.type === 'receipt' && line.fromTarget !== null) {
        const from = this.directory.resolve(line.fromTarget);
        owners = [from ?? resolved[0]];
      } else {
        owners = [resolved[0]];
      }
      const intro = owners.length > 1;
      for (const owner of owners) {
        this.push(owner, {
          type: line.type,
          kind: intro ? 'introduction' : line.kind,
          date: line.date!,
          due: line.due,
          closed: line.closed,
          oneToOne: line.oneToOne,
          introduction: intro,
          others: resolved.length > 1 ? resolved.filter((p) => p !== owner) : NO_ONE,
          text: line.text,
          file: n.path,
          line: line.line,
          fingerprint: line.fingerprint,
        });
      }
    }
  }

  ledger(person: Person): Entry[] {
    return this.ledgers.get(person.path)?.entries ?? [];
  }

  get people(): Person[] {
    return [...this.ledgers.values()].map((l) => l.person);
  }
}

/** Most lines link one person: they all share this empty list of others. */
const NO_ONE: Person[] = [];

function baseTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}

/** Touch dates of one ledger on or before today: what counts as being in contact. */
export function touchDays(entries: Entry[], today: Day): Day[] {
  const days: Day[] = [];
  for (const e of entries) {
    if (e.type !== 'promise' && e.type !== 'waiting' && e.type !== 'outcome' && e.date <= today) days.push(e.date);
    if (e.closed !== null && e.closed <= today) days.push(e.closed);
  }
  return days.sort((a, b) => a - b);
}

/** Whether there was any touch on or before today: cheaper than collecting them. */
export function hasTouch(entries: Entry[], today: Day): boolean {
  for (const e of entries) {
    if (e.type !== 'promise' && e.type !== 'waiting' && e.type !== 'outcome' && e.date <= today) return true;
    if (e.closed !== null && e.closed <= today) return true;
  }
  return false;
}

export function lastTouch(entries: Entry[], today: Day): Day | null {
  const days = touchDays(entries, today);
  return days.length ? days[days.length - 1] : null;
}
