import type { NoteRecords } from '../../src/core/read/note-records';

/**
 * Whether a note's records hold anything the network makes a person or an
 * entry of (warnings aside): a person, a draft, an interaction line, a
 * person tag, or, on a dated note, people listed or mentioned (the network
 * counts no undated attendance).
 */
export function concernsPeople(r: NoteRecords): boolean {
  if (r.person !== null || r.draft !== null || r.lines.length > 0 || r.personTags.length > 0) return true;
  return r.noteDate !== null && r.attendees.length + r.attendeeNames.length + r.mentions.length > 0;
}
