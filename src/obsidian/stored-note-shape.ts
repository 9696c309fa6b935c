import type { NoteRecords } from '../core';
import type { StoredNote } from './records-store';

/** Most notes list no one and hold no problem: once read back, they share these empty lists, as the reader's records do. */
const NONE: readonly never[] = Object.freeze([]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDayOrNull = (v: unknown) => v === null || isNumber(v);
const isObjectOrNull = (v: unknown) => v === null || isObject(v);
const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isObjects = (v: unknown): v is readonly Record<string, unknown>[] => Array.isArray(v) && v.every(isObject);

function isLine(l: Record<string, unknown>, path: string): boolean {
  return (
    l.file === path &&
    isNumber(l.line) &&
    typeof l.type === 'string' &&
    typeof l.kind === 'string' &&
    isStrings(l.targets) &&
    (l.fromTarget === null || typeof l.fromTarget === 'string') &&
    typeof l.oneToOne === 'boolean' &&
    isNumber(l.date) &&
    isDayOrNull(l.due) &&
    isDayOrNull(l.closed) &&
    typeof l.text === 'string' &&
    typeof l.keyword === 'string' &&
    isNumber(l.fingerprint)
  );
}

function isPerson(p: unknown): boolean {
  if (p === null) return true;
  if (!isObject(p)) return false;
  return (
    typeof p.path === 'string' &&
    typeof p.name === 'string' &&
    typeof p.archived === 'boolean' &&
    [p.aliases, p.interests, p.needs, p.offers, p.sphere].every(isStrings) &&
    [p.met, p.lastContact, p.snoozeUntil].every(isDayOrNull)
  );
}

/**
 * A value read back from the store as a note's records, or null when it is
 * not what this build writes there (a damaged store, or one another build
 * wrote in a shape the fingerprint did not catch): that note is read again.
 */
export function storedNoteOf(path: unknown, value: unknown): StoredNote | null {
  if (typeof path !== 'string' || !isObject(value) || !isObject(value.stamp) || !isObject(value.records)) return null;
  const { stamp, records: r } = value;
  if (!isNumber(stamp.mtime) || !isNumber(stamp.size)) return null;
  if (
    r.path !== path ||
    !isDayOrNull(r.noteDate) ||
    !isPerson(r.person) ||
    !isStrings(r.attendees) ||
    !isStrings(r.attendeeNames) ||
    typeof r.meeting !== 'boolean' ||
    !isStrings(r.personTags) ||
    !isObjects(r.mentions) ||
    !isObjectOrNull(r.draft) ||
    !isObjects(r.lines) ||
    !r.lines.every((l) => isLine(l, path)) ||
    !isObjects(r.warnings)
  ) {
    return null;
  }
  const records = r as unknown as NoteRecords;
  const shared = <T>(xs: readonly T[]): readonly T[] => (xs.length === 0 ? NONE : xs);
  return {
    stamp: { mtime: stamp.mtime, size: stamp.size },
    records: {
      ...records,
      attendees: shared(records.attendees),
      attendeeNames: shared(records.attendeeNames),
      personTags: shared(records.personTags),
      mentions: shared(records.mentions),
      lines: shared(records.lines),
      warnings: shared(records.warnings),
    },
  };
}
