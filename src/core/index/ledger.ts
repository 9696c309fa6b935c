import type { Day } from '../model/day';
import type { LineType } from '../model/line-type';
import type { ValueKind } from '../model/settings';
import type { ParsedLine } from '../read/lines';
import type { DraftRecord, DraftState } from '../read/intro-drafts';
import type { Person } from '../read/people';
import type { LineFingerprint } from '../text/line-fingerprint';

/** A line, a meeting, or a date in a person's note: `met` (first met) or `last_contact`. */
export type EntryType = LineType | 'meeting' | 'first-met' | 'last-contact';

/**
 * One record in a person's ledger: a line (or a meeting, or the `met` field)
 * resolved to them. A line gives an entry to each person it concerns
 * (LineEntry), reading through to the line; a meeting is one entry shared by
 * all who attended.
 */
export interface Entry {
  readonly type: EntryType;
  readonly kind: ValueKind;
  readonly date: Day;
  readonly due: Day | null;
  readonly closed: Day | null;
  readonly oneToOne: boolean;
  /** A give that introduced this person to the others on the line. */
  readonly introduction: boolean;
  /** Other people the line links. */
  readonly others: readonly Person[];
  readonly text: string;
  readonly file: string;
  readonly line: number;
  /** The fingerprint of the line the entry was read from; null for meetings and frontmatter. */
  readonly fingerprint: LineFingerprint | null;
}

/** Most lines link one person: they all share this empty list of others. */
const NO_ONE: readonly Person[] = [];

/**
 * A person's entry for a line: the line as the reader left it, and what only
 * the index knows, the other people it concerns and whether it introduced
 * this person to them. The reader's records stay plain data; entries read
 * through to them, so a line costs one small object per person it concerns.
 */
export class LineEntry implements Entry {
  constructor(
    private readonly source: ParsedLine,
    readonly others: readonly Person[] = NO_ONE,
    readonly introduction: boolean = false,
  ) {}

  get type(): EntryType {
    return this.source.type;
  }

  get kind(): ValueKind {
    return this.introduction ? 'introduction' : this.source.kind;
  }

  get date(): Day {
    return this.source.date;
  }

  get due(): Day | null {
    return this.source.due;
  }

  get closed(): Day | null {
    return this.source.closed;
  }

  get oneToOne(): boolean {
    return this.source.oneToOne;
  }

  get text(): string {
    return this.source.text;
  }

  get file(): string {
    return this.source.file;
  }

  get line(): number {
    return this.source.line;
  }

  get fingerprint(): LineFingerprint {
    return this.source.fingerprint;
  }
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

/** Ledger order: by date, then file and line. */
export function compareEntries(a: Entry, b: Entry): number {
  return a.date - b.date || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}

/**
 * An entry a note gives as a whole, not one of its lines: a meeting or a
 * dated note that lists people, a mention in prose, or the `met` or
 * `last_contact` field of a person note.
 */
export function noteEntry(type: EntryType, date: Day, text: string, file: string, line: number, oneToOne = false): Entry {
  return {
    type,
    kind: 'action',
    date,
    due: null,
    closed: null,
    oneToOne,
    introduction: false,
    others: NO_ONE,
    text,
    file,
    line,
    fingerprint: null,
  };
}
