import { type Day, formatDay, parseIsoDay } from '../model/day';
import type { DateResolver } from '../language/dates';
import { dayFromField, shownValue } from './fields';
import { type LineContext, type ParsedLine, isPlaceholderLine, parseLine } from './lines';
import { personTagsOf } from './tag-people';
import { extractLinks } from '../text/links';
import { lineFingerprint } from '../text/line-fingerprint';
import { vocabularyFor } from '../language/vocabulary';
import { type DraftRecord, draftFromFrontmatter, isDraftNote } from './intro-drafts';
import { type Frontmatter, type NoteInput, baseName, frontmatterLineCount, ownFrontmatter } from '../model/note';
import { type Person, personFromNote } from './people';
import { AttendeeSections, type Listed, readListedValues } from './attendees';
import {
  attendeeValues,
  conventionsOf,
  isMeetingNote,
  isMarkedPerson,
  isOrganisationNote,
  isPersonBodyTag,
  isTypedMeeting,
  marksOf,
  personFields,
} from './conventions';
import { someInlineTag } from '../text/tags';
import { isBlank } from '../text/char-classes';
import { endWithout } from '../text/trim';
import { OwnBlocks } from './own-text';
import type { GoodwillSettings } from '../model/settings';
import { type DailyNoteDating, dailyNoteDay } from '../model/daily-notes';

/** A problem `check` reports: where it is and what is wrong, in words. */
export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** A person linked in a note's prose (the `mentionsAreTouches` setting): the link's target, and the line of its first link. */
export interface Mention {
  target: string;
  line: number;
}

/** Everything one note contributes to the index. */
export interface NoteRecords {
  path: string;
  noteDate: Day | null;
  person: Person | null;
  /**
   * The people the note lists as met on its date, in its frontmatter
   * (`attendees`, `people`, `with` …) or an attendee section: normalised
   * link targets ...
   */
  attendees: readonly string[];
  /** ... and plain names, as written. */
  attendeeNames: readonly string[];
  /** A meeting: one person listed makes it a one-to-one. */
  meeting: boolean;
  /**
   * Tags below `personTagPrefix`, as written: on a person note, more names
   * of theirs; on a note that lists people met, people met on its date.
   */
  personTags: readonly string[];
  /** With `mentionsAreTouches`, in a dated note that lists people met: the people its prose links (lines that are no interaction). */
  mentions: readonly Mention[];
  /** An introduction draft's state, when the note is one. */
  draft: DraftRecord | null;
  lines: readonly ParsedLine[];
  warnings: readonly Warning[];
}

/** Most notes hold no interaction, no attendee and no problem: they share these empty lists. */
const NONE: readonly never[] = [];

const NAME_DATE = /(\d{4}-\d{2}-\d{2})/;
const ISO_LIKE = /\b\d{4}-\d{2}-\d{2}\b/;
const ISO_LIKE_ALL = /\b\d{4}-\d{2}-\d{2}\b/g;
/**
 * A code fence, inside quotes too. The quote marks are written so that each
 * blank belongs to one part of the pattern (one blank at most between two
 * `>`, any number after the last), since blanks that either of two parts may
 * take make a line of blanks backtrack quadratically.
 */
const FENCE = /^[ \t]*(?:>(?:[ \t]?>)*[ \t]*)?(`{3,}|~{3,})/;

/** Printable ASCII without `"` and `\\`, so that the text is a JSON string as it stands. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * A copy of a string that does not keep the note's whole text alive: a slice
 * of a large string can hold on to all of it, and the index keeps lines for
 * as long as the vault is open. A note with one emoji is held two bytes a
 * character; a line of plain ASCII taken from it is copied back to one byte
 * a character (the JSON reader builds the most compact string it can).
 */
function detach(s: string): string {
  return PLAIN_ASCII.test(s) ? (JSON.parse(`"${s}"`) as string) : ` ${s}`.slice(1);
}

/** Removes `%% comments %%`, which may span lines; returns the visible text and whether a comment stays open. */
function stripComments(line: string, inComment: boolean): { text: string; open: boolean } {
  if (!inComment && !line.includes('%%')) return { text: line, open: false };
  let out = '';
  let pos = 0;
  let open = inComment;
  while (pos <= line.length) {
    const next = line.indexOf('%%', pos);
    if (next < 0) {
      if (!open) out += line.slice(pos);
      break;
    }
    if (!open) out += line.slice(pos, next);
    open = !open;
    pos = next + 2;
  }
  return { text: out, open };
}

/**
 * A note's date: its date field, else a `YYYY-MM-DD` in its file name, else
 * the day its path names by the vault's daily-note format ("20 Nov 2026.md",
 * "2026/11/20.md").
 */
export function noteDateOf(
  path: string,
  fm: Frontmatter | null,
  settings: GoodwillSettings,
  dating: DailyNoteDating | null,
): { day: Day | null; problem?: string } {
  const value = fm?.[settings.dateField];
  if (value !== undefined && value !== null && value !== '') {
    const day = dayFromField(value);
    if (day !== null) return { day };
    return { day: fromName(path, settings, dating), problem: `"${settings.dateField}" is not a date: ${shownValue(value)}` };
  }
  return { day: fromName(path, settings, dating) };
}

function fromName(path: string, settings: GoodwillSettings, dating: DailyNoteDating | null): Day | null {
  const m = NAME_DATE.exec(baseName(path));
  if (m) return parseIsoDay(m[1]);
  return dating ? dailyNoteDay(dating, path, settings.language) : null;
}

/**
 * What a note left unread contributes (see mayConcernPeople): its path, so
 * that a link to it finds a note, and nothing else.
 */
export function unreadRecords(path: string): NoteRecords {
  return {
    path,
    noteDate: null,
    person: null,
    attendees: NONE,
    attendeeNames: NONE,
    meeting: false,
    personTags: NONE,
    mentions: NONE,
    draft: null,
    lines: NONE,
    warnings: NONE,
  };
}

/**
 * Reads one note into its records. Depends on the note alone (and the
 * settings), never on other notes, so a changed note is re-read by itself.
 */
export function readNote(
  input: NoteInput,
  settings: GoodwillSettings,
  resolver: DateResolver,
  dating: DailyNoteDating | null = null,
): NoteRecords {
  const warnings: Warning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file: input.path, line, message });
  const lines: ParsedLine[] = [];
  const records = unreadRecords(input.path);
  const finished = () => {
    // Copies hold exactly their items: a list grown item by item keeps room for more.
    if (warnings.length > 0) records.warnings = warnings.slice();
    if (lines.length > 0) records.lines = lines.slice();
    return records;
  };

  if (input.frontmatterError) warn(1, `frontmatter not read: ${input.frontmatterError}`);
  if (input.text.includes('\u0000')) {
    warn(1, 'note holds binary data; not read');
    return finished();
  }
  const fm = ownFrontmatter(input.frontmatter);
  const date = noteDateOf(input.path, fm, settings, dating);
  if (date.problem) warn(1, date.problem);
  records.noteDate = date.day;

  const text = input.text;
  const conventions = conventionsOf(settings);
  let lineNo = frontmatterLineCount(text);
  let pos = 0;
  for (let skip = 0; skip < lineNo; skip++) {
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length : nl + 1;
  }
  const marks = marksOf(fm);
  const isPerson = isMarkedPerson(input.path, marks, conventions) || someInlineTag(text, pos, (tag) => isPersonBodyTag(tag, conventions));
  if (isPerson) {
    const { fields, conflicts } = personFields(fm, conventions);
    records.person = personFromNote(input.path, fields, (message) => warn(1, message));
    for (const c of conflicts) warn(1, `"${c.ignored}" differs from "${c.read}": the ${c.field} is read from "${c.read}"`);
  }
  const isDraft = !isPerson && isDraftNote(fm);
  if (isDraft) {
    records.draft = draftFromFrontmatter(fm!);
    if (!records.draft) warn(1, 'introduction draft without both "a" and "b" links');
  }
  // People notes, organisations and introduction drafts name people without having met them.
  const listsMet = !isPerson && !isDraft && !isOrganisationNote(marks, conventions);
  const listed: Listed = { links: [], names: [] };
  if (listsMet && fm) readListedValues(attendeeValues(fm, conventions), listed);
  records.meeting = listsMet && isMeetingNote(input.path, marks, conventions);
  const tagPrefix = settings.personTagPrefix.toLowerCase();
  if (tagPrefix !== '' && (isPerson || listsMet)) {
    const tags = personTagsOf(fm, text, pos, tagPrefix);
    if (tags.length > 0) records.personTags = tags.map(detach);
  }
  const mentions = settings.mentionsAreTouches && listsMet && records.noteDate !== null ? new Map<string, number>() : null;

  const vocabulary = vocabularyFor(settings.language);
  const sections = listsMet ? new AttendeeSections(vocabulary.attendeeHeadings) : null;
  let heading: string | null | undefined = isPerson ? undefined : null;
  const context: LineContext = { line: 0, noteDate: records.noteDate, resolver, vocabulary };
  let fence: string | null = null;
  let inComment = false;
  const ownBlocks = new OwnBlocks();
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let raw = text.slice(pos, end);
    pos = end + 1;
    lineNo += 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);

    const fenceMatch = raw.length < 1000 && (raw.includes('```') || raw.includes('~~~')) ? FENCE.exec(raw) : null;
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch && !inComment) {
      fence = fenceMatch[1];
      continue;
    }
    let visible = raw;
    if (inComment || raw.includes('%%')) {
      const stripped = stripComments(raw, inComment);
      inComment = stripped.open;
      visible = stripped.text;
    }
    if (ownBlocks.skips(visible)) continue;
    const inSection = sections !== null && sections.line(visible);
    if (!visible.trim()) continue;
    if (heading === undefined && visible.charCodeAt(0) === 35 /* # */) heading = levelOneHeading(visible);

    context.line = lineNo;
    const parsed = parseLine(visible, context, isPerson);
    if (parsed === null) {
      // An attendee section's links are its attendees, and a placeholder is Goodwill's own text.
      if (mentions !== null && !inSection && (visible.includes('[[') || visible.includes('](')) && !isPlaceholderLine(visible)) {
        for (const link of extractLinks(visible)) if (!mentions.has(link.target)) mentions.set(link.target, lineNo);
      }
      continue;
    }
    if ('message' in parsed) warn(parsed.line, parsed.message);
    // In an attendee section, a contact line is the attendance itself: counted once, as an attendee.
    else if (inSection && parsed.type === 'touch') continue;
    else {
      parsed.file = input.path;
      if (visible !== raw) parsed.fingerprint = lineFingerprint(raw);
      parsed.text = detach(parsed.text);
      lines.push(parsed);
      if (ISO_LIKE.test(raw)) {
        ISO_LIKE_ALL.lastIndex = 0;
        for (let m = ISO_LIKE_ALL.exec(raw); m; m = ISO_LIKE_ALL.exec(raw)) {
          if (parseIsoDay(m[0]) === null) warn(lineNo, `${m[0]} is not a date; the line is dated ${formatDay(parsed.date)}`);
        }
      }
    }
  }
  if (records.person && heading && normalizedName(heading) !== normalizedName(baseName(input.path))) {
    records.person.headingAlias = heading.replace(/\s+/g, ' ');
  }
  if (sections) {
    listed.links.push(...sections.listed.links);
    listed.names.push(...sections.listed.names);
    if (sections.found) records.meeting = true;
  }
  // How the owner writes themselves in a list ("me") is no attendee.
  const others = (list: string[]) => {
    const kept = [...new Set(list)].filter((x) => !vocabulary.me.has(x.toLowerCase()));
    return kept.length > 0 ? kept : NONE;
  };
  if (mentions !== null && mentions.size > 0) records.mentions = [...mentions].map(([target, line]) => ({ target, line }));
  if (listed.links.length > 0) records.attendees = others(listed.links);
  if (listed.names.length > 0) records.attendeeNames = others(listed.names.map(detach));
  if (
    records.noteDate === null &&
    records.attendees.length + records.attendeeNames.length > 0 &&
    (hasKey(fm, 'attendees') || isTypedMeeting(marks, conventions))
  ) {
    warn(1, 'meeting note has attendees but no date; attendance not counted');
  }
  return finished();
}

const normalizedName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function hasKey(fm: Record<string, unknown> | null, key: string): boolean {
  if (!fm) return false;
  for (const k in fm) if (k.toLowerCase() === key) return true;
  return false;
}

/**
 * A level-1 heading's text, without a closing run of `#` (`# Lee Wong ##`),
 * or undefined for any other line and for an empty heading.
 */
export function levelOneHeading(line: string): string | undefined {
  if (line.charCodeAt(0) !== 35 || (line.charCodeAt(1) !== 32 && line.charCodeAt(1) !== 9)) return undefined;
  let text = line.slice(2);
  // The closing run: `#`s at the start or after a blank, then blanks to the end. A loop, where
  // `/(?:^|[ \t]+)#+[ \t]*$/` searches to the end again from each blank of a long run. The
  // blanks before the run go with the trim.
  const hashesEnd = endWithout(text, isBlank);
  const hashes = endWithout(text, isHash, hashesEnd);
  if (hashes < hashesEnd && (hashes === 0 || isBlank(text.charCodeAt(hashes - 1)))) text = text.slice(0, hashes);
  text = text.trim();
  return text === '' ? undefined : text;
}

/** A `#`, of a heading's closing run. */
const isHash = (code: number) => code === 35;
