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

/** Frontmatter as the core reads it: its own keys only, on an object without a prototype. */
export type Frontmatter = Readonly<Record<string, unknown>>;

/**
 * The frontmatter's own keys, copied onto an object without a prototype, so
 * that a key a note does not hold reads as absent whatever it is called: with
 * `dateField: constructor`, `fm[dateField]` on a plain object is the Object
 * function, and every note would warn. Every reader of frontmatter in the
 * core takes it through here; a copy made once is returned as it is.
 */
export function ownFrontmatter(value: Readonly<Record<string, unknown>> | null | undefined): Frontmatter | null {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return null;
  if (Object.getPrototypeOf(value) === null) return value;
  const own = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) own[key] = value[key];
  return own;
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
