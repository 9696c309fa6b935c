import { frontmatterLineCount, type NoteInput, ownFrontmatter } from '../model/note';
import { frontmatterTags, inlineTags } from '../text/tags';

/** A note and its tags (with or without `#`): the plugin takes them from the metadata cache, the CLI from the notes. */
export interface NoteTags {
  path: string;
  tags: readonly string[];
}

/** Where the body starts: after the frontmatter's lines. */
function bodyStart(text: string): number {
  let lines = frontmatterLineCount(text);
  let at = 0;
  while (lines > 0 && at >= 0) {
    at = text.indexOf('\n', at) + 1;
    if (at === 0) return text.length;
    lines -= 1;
  }
  return at;
}

/**
 * A note's tags as the CLI reads them: its frontmatter `tags` (or `tag`) and
 * the `#tags` of its body, each once, without `#`. (The plugin asks
 * Obsidian's metadata cache instead.)
 */
export function noteTagsOf(note: NoteInput): NoteTags {
  const fm = ownFrontmatter(note.frontmatter);
  const tags = new Set<string>([...frontmatterTags(fm?.tags ?? fm?.tag), ...inlineTags(note.text, bodyStart(note.text))]);
  return { path: note.path, tags: [...tags] };
}
