import type { DraftRecord, Mention, NoteRecords, ParsedLine, Person, Warning } from '../core';

/** The cache's records do not hold together, found while reading them: the run reads the vault without it. */
export class CacheUnreadable extends Error {}

// The records, encoded compactly: a note and each of its lines as an array of
// its fields in a fixed order, the note's path left out (the header has it).

type EncodedLine = [
  line: number,
  type: ParsedLine['type'],
  kind: ParsedLine['kind'],
  targets: readonly string[],
  fromTarget: string | null,
  oneToOne: 0 | 1,
  date: number,
  due: number | null,
  closed: number | null,
  text: string,
  keyword: string,
  fingerprint: number,
];

export type EncodedNote = [
  noteDate: number | null,
  person: Person | null,
  attendees: readonly string[],
  attendeeNames: readonly string[],
  meeting: 0 | 1,
  personTags: readonly string[],
  mentions: readonly Mention[],
  draft: DraftRecord | null,
  lines: EncodedLine[],
  warnings: readonly Warning[],
];

export function encodeNote(r: NoteRecords): EncodedNote {
  return [
    r.noteDate,
    r.person,
    r.attendees,
    r.attendeeNames,
    r.meeting ? 1 : 0,
    r.personTags,
    r.mentions,
    r.draft,
    r.lines.map((l) => [
      l.line,
      l.type,
      l.kind,
      l.targets,
      l.fromTarget,
      l.oneToOne ? 1 : 0,
      l.date,
      l.due,
      l.closed,
      l.text,
      l.keyword,
      l.fingerprint,
    ]),
    r.warnings,
  ];
}

/** Most notes list no one and hold no problem: they share these empty lists, as the reader's records do. */
const NONE: readonly never[] = [];
const list = <T>(xs: readonly T[]): readonly T[] => (xs.length === 0 ? NONE : xs);

export function decodeNote(notePath: string, e: EncodedNote): NoteRecords {
  if (!Array.isArray(e) || e.length !== 10 || !Array.isArray(e[8])) throw new CacheUnreadable();
  const lines: ParsedLine[] = e[8].map((l) => ({
    file: notePath,
    line: l[0],
    type: l[1],
    kind: l[2],
    targets: l[3],
    fromTarget: l[4],
    oneToOne: l[5] === 1,
    date: l[6],
    due: l[7],
    closed: l[8],
    text: l[9],
    keyword: l[10],
    fingerprint: l[11],
  }));
  return {
    path: notePath,
    noteDate: e[0],
    person: e[1],
    attendees: list(e[2]),
    attendeeNames: list(e[3]),
    meeting: e[4] === 1,
    personTags: list(e[5]),
    mentions: list(e[6]),
    draft: e[7],
    lines: list(lines),
    warnings: list(e[9]),
  };
}
