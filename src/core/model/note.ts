/**
 * What a source (the Obsidian vault or a folder read by the CLI) hands the core
 * for one note. The frontmatter is already parsed by the source: Obsidian's
 * metadataCache in the plugin, gray-matter in the CLI.
 */
export interface NoteInput {
  /** Vault-relative path with `/` separators, including `.md`. */
  path: string;
  /** The whole file as text, frontmatter included. */
  text: string;
  /** Parsed frontmatter, or null when the note has none or it is not a mapping. */
  frontmatter: Record<string, unknown> | null;
  /** Why the frontmatter could not be read, when it could not. */
  frontmatterError?: string;
}

/**
 * Number of lines the frontmatter block occupies at the top of the text
 * (0 when there is none). Body lines start after it; line numbers reported to
 * users still count from the top of the file.
 */
export function frontmatterLineCount(text: string): number {
  if (!text.startsWith('---')) return 0;
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || text.slice(3, firstEnd).trim() !== '') return 0;
  let pos = firstEnd + 1;
  let line = 1;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const content = text.slice(pos, end).replace(/\r$/, '');
    line += 1;
    if (content === '---' || content === '...') return line;
    if (end === text.length) break;
    pos = end + 1;
  }
  return 0;
}

/** Base name of a path without folders and without `.md`. */
export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  const name = slash >= 0 ? path.slice(slash + 1) : path;
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

/** Folder segments of a path (without the file name). */
export function folderSegments(path: string): string[] {
  const parts = path.split('/');
  parts.pop();
  return parts.filter((p) => p.length > 0);
}
