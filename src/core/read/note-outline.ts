import type { Frontmatter } from '../model/note';
import type { GoodwillSettings } from '../model/settings';
import type { DailyNoteDating } from '../model/daily-notes';

/**
 * What is known of a note without reading its body: in the plugin, Obsidian's
 * metadata cache entry (links, frontmatter links, tags, headings, frontmatter).
 * Facts of the note itself only: never whether a link's target is a person.
 */
export interface NoteOutline {
  path: string;
  frontmatter: Frontmatter | null;
  /** Links and embeds in the body, and links in the frontmatter. */
  links: number;
  /** Tags in the body and the frontmatter, with their `#`. */
  tags: readonly string[];
  /** Headings' texts, without the `#`s. */
  headings: readonly string[];
}

/**
 * Whether a note could yield a person, an interaction, a meeting or a draft
 * under `settings`; a note for which this is false need not be read at all.
 * It must never be false for a note whose records would hold any of these.
 */
export function mayConcernPeople(outline: NoteOutline, settings: GoodwillSettings, dating: DailyNoteDating | null): boolean {
  void outline;
  void settings;
  void dating;
  return true;
}
