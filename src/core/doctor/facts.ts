import { DateResolver } from '../language/dates';
import type { GoodwillSettings } from '../model/settings';
import { type NoteInput, frontmatterLineCount, ownFrontmatter } from '../model/note';
import {
  type Marks,
  type PersonRule,
  attendeeValues,
  conventionsOf,
  isExcluded,
  isOrganisationNote,
  marksOf,
  meetingMark,
  personRulesOf,
} from '../read/conventions';
import { type Listed, readListedValues } from '../read/attendees';
import { type NoteRecords, readNote } from '../read/note-records';
import { frontmatterTags, inlineTags } from '../text/tags';

/**
 * What the doctor knows of one note: its records as the reader makes them
 * with the settings in force, and what the reader does not keep (its
 * property names, every tag, the rules it matched). Collected only when the
 * doctor runs, so everyday reading stays as fast as it was.
 */
export interface NoteFacts {
  path: string;
  /** The note read with the settings in force, prose links collected too (as with mentionsAreTouches). */
  records: NoteRecords;
  /** Frontmatter keys, as written. */
  keys: readonly string[];
  marks: Marks;
  /** Every tag of the note, in its frontmatter and its text, as written, without `#`. */
  tags: readonly string[];
  /** The person rules it matched: empty for a note that is no person by them. */
  personRules: readonly PersonRule[];
  /** How it is a meeting: its type, its categories, a meeting folder, an attendee section; null when it is none. */
  meetingBy: 'type' | 'categories' | 'folder' | 'section' | null;
  /** Whether people are listed in the body, in an attendee section or label, besides any property. */
  sectionPeople: boolean;
  organisation: boolean;
}

/** Reads notes for the doctor, one at a time, as the index reads them (the same settings, the same reader). */
export class FactReader {
  private readonly settings: GoodwillSettings;
  private readonly resolver: DateResolver;

  constructor(settings: GoodwillSettings) {
    // One settings object for every note: the reader prepares its conventions once per object.
    this.settings = settings.mentionsAreTouches ? settings : { ...settings, mentionsAreTouches: true };
    this.resolver = new DateResolver(settings.language);
  }

  /** The facts of a note, or null for a note Goodwill never reads (not markdown, a hidden or excluded folder). */
  read(input: NoteInput): NoteFacts | null {
    if (!input.path.toLowerCase().endsWith('.md') || isExcluded(input.path, this.settings)) return null;
    const records = readNote(input, this.settings, this.resolver);
    const fm = ownFrontmatter(input.frontmatter);
    const marks = marksOf(fm);
    const body = bodyStart(input.text);
    const textTags = input.text.includes('\u0000') ? [] : inlineTags(input.text, body);
    const c = conventionsOf(this.settings);
    const meetingBy = records.person ? null : (meetingMark(input.path, marks, c) ?? (records.meeting ? 'section' : null));
    // The reader merges the people of properties and sections: those the properties do not list came from a section.
    const listed: Listed = { links: [], names: [] };
    if (fm && (records.attendees.length > 0 || records.attendeeNames.length > 0)) readListedValues(attendeeValues(fm, c), listed);
    const sectionPeople =
      records.attendees.some((t) => !listed.links.includes(t)) || records.attendeeNames.some((n) => !listed.names.includes(n));
    return {
      path: input.path,
      records,
      keys: fm ? Object.keys(fm) : [],
      marks,
      tags: [...frontmatterTags(fm ? (fm.tags ?? fm.tag) : undefined), ...textTags],
      personRules: records.person ? personRulesOf(input.path, marks, textTags, c) : [],
      meetingBy,
      sectionPeople,
      organisation: isOrganisationNote(marks, c),
    };
  }
}

/** Where the body starts: after the frontmatter block. */
function bodyStart(text: string): number {
  let pos = 0;
  for (let skip = frontmatterLineCount(text); skip > 0; skip--) {
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length : nl + 1;
  }
  return pos;
}
