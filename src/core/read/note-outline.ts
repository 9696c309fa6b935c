import { type Frontmatter, ownFrontmatter } from '../model/note';
import type { GoodwillSettings } from '../model/settings';
import type { DailyNoteDating } from '../model/daily-notes';
import { frontmatterTags } from '../text/tags';
import { attendeeValues, conventionsOf, isMarkedPerson, isOrganisationNote, isPersonBodyTag, marksOf } from './conventions';
import { isDraftNote } from './intro-drafts';
import { noteDateOf } from './note-records';
import { isPersonTag } from './tag-people';

/**
 * What is known of a note without reading its body: in the plugin, Obsidian's
 * metadata cache entry. Facts of the note itself only: never whether a link's
 * target is a person, since a person note made later must make an already
 * seen note count.
 */
export interface NoteOutline {
  path: string;
  /** Whether the outline was taken at all (Obsidian had read the note): without it nothing is known, and the note is read. */
  known: boolean;
  frontmatter: Frontmatter | null;
  /** Links in the body, wikilinks and markdown links to notes; embeds are not counted, as the reader never takes one for a person. */
  links: number;
  /** Tags in the body, with or without their `#` (frontmatter tags are read from `frontmatter`). */
  tags: readonly string[];
  /** The kinds of the body's blocks, in Obsidian's words: `paragraph`, `list`, `heading`, `code` … */
  blocks: readonly string[];
}

/**
 * Blocks whose links and tags Obsidian lists. Any other (code, an HTML block,
 * a comment, maths, a kind this list does not know) may hide from the cache a
 * tag or link the reader reads: a tag anywhere in the body makes a person.
 */
const LISTED_BLOCKS: ReadonlySet<string> = new Set([
  'yaml',
  'heading',
  'paragraph',
  'list',
  'blockquote',
  'callout',
  'table',
  'thematicBreak',
  'footnoteDefinition',
]);

/**
 * Blocks that can list no one met. In any other, a line may be an attendee
 * label (`**Attendees:** Ana`, a paragraph's lazy line in a quote or a table
 * too), or a plain name under an attendee heading.
 */
const NAMELESS_BLOCKS: ReadonlySet<string> = new Set(['yaml', 'heading', 'thematicBreak']);

const withoutHash = (tag: string) => (tag.startsWith('#') ? tag.slice(1) : tag);

/**
 * Whether a note could yield a person, an interaction, a meeting with
 * someone or a draft under `settings`; a note for which this is false need
 * not be read at all. It is never false for a note whose records would hold
 * any of these (its warnings aside). The rule follows the reader:
 *
 * - A person note is its own record, by its marks, its folder or a tag in
 *   its body; a draft by its type; a person tag (`personTagPrefix`) names
 *   someone wherever it stands.
 * - Outside person notes, an interaction line links someone, and so does a
 *   mention: a note without links holds neither. Inline fields (`give::`)
 *   need no look: without a link, such a line is only a warning.
 * - A note lists people met only when it has a date (the network counts
 *   no undated attendance): by its frontmatter, or by a label or heading in
 *   its body, which the cache does not show. So a dated note with any text is
 *   read.
 */
export function mayConcernPeople(outline: NoteOutline, settings: GoodwillSettings, dating: DailyNoteDating | null): boolean {
  if (!outline.known) return true;
  const c = conventionsOf(settings);
  const fm = ownFrontmatter(outline.frontmatter);
  const marks = marksOf(fm);
  if (isMarkedPerson(outline.path, marks, c) || outline.tags.some((tag) => isPersonBodyTag(withoutHash(tag), c))) return true;
  if (isDraftNote(fm)) return true;
  const prefix = settings.personTagPrefix.toLowerCase();
  if (prefix !== '') {
    const tagged = (tag: string) => isPersonTag(withoutHash(tag), prefix);
    if (outline.tags.some(tagged) || (fm !== null && frontmatterTags(fm.tags ?? fm.tag).some(tagged))) return true;
  }
  if (outline.links > 0) return true;
  if (outline.blocks.some((block) => !LISTED_BLOCKS.has(block))) return true;
  if (isOrganisationNote(marks, c) || noteDateOf(outline.path, fm, settings, dating).day === null) return false;
  if (fm !== null && attendeeValues(fm, c).length > 0) return true;
  return outline.blocks.some((block) => !NAMELESS_BLOCKS.has(block));
}
