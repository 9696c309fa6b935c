import { type Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type GoodwillSettings, isExcluded, type NoteInput } from '../core';
import { fastFrontmatter } from './fast-frontmatter';
import { FileReadRefused, readRegularText } from './regular-file-read';
import { yamlFrontmatter } from './yaml-frontmatter';

/**
 * Markdown files below the vault folder, vault-relative with `/`, skipping
 * excluded folders. A sub-folder that cannot be listed (no permission, deleted
 * meanwhile) is added to `failures` and the rest of the vault is still read;
 * only the vault folder itself must be listable. Links are not followed, to
 * folders or to notes: what is read is what lies inside the vault.
 */
export async function listNotes(root: string, settings: GoodwillSettings, failures: ReadFailure[] = []): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch (err) {
      if (rel === '') throw err;
      failures.push({ path: rel, message: `folder not read: ${listReason(err as NodeJS.ErrnoException)}` });
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!isExcluded(`${child}/x.md`, settings)) await walk(child);
      } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) {
        out.push(child);
      }
    }
  };
  await walk('');
  return out.sort();
}

function listReason(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'it is gone (moved or deleted while Goodwill read the vault)';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return err.code ?? err.message;
}

/** Frontmatter as a plain object; a note whose frontmatter cannot be read still gives its text. */
export function noteFromText(notePath: string, text: string): NoteInput {
  if (!text.startsWith('---')) return { path: notePath, text, frontmatter: null };
  const fast = fastFrontmatter(text);
  if (fast !== undefined) return { path: notePath, text, frontmatter: fast };
  const yaml = yamlFrontmatter(text);
  if (yaml === null) return { path: notePath, text, frontmatter: null };
  if (!yaml.ok) return { path: notePath, text, frontmatter: null, frontmatterError: yaml.error };
  return { path: notePath, text, frontmatter: yaml.value };
}

export interface ReadFailure {
  path: string;
  message: string;
}

/**
 * Reads every note, handing each to `onNote`. Synchronous reads are several
 * times faster than a pool of promises for many small files, and they never
 * hold more than one file open (no EMFILE on large vaults). A note that cannot
 * be read (gone, a FIFO, too large) is a failure for `check`, not the end of the run.
 */
export async function readNotes(root: string, paths: string[], onNote: (note: NoteInput) => void): Promise<ReadFailure[]> {
  const failures: ReadFailure[] = [];
  for (const rel of paths) {
    const note = readNoteFile(root, rel);
    if ('message' in note) failures.push(note);
    else onNote(note);
  }
  return failures;
}

/** One note, read; or, when it cannot be read, why. */
export function readNoteFile(root: string, rel: string): NoteInput | ReadFailure {
  let text: string;
  try {
    text = readRegularText(path.join(root, rel));
  } catch (err) {
    if (!(err instanceof FileReadRefused)) throw err;
    return { path: rel, message: `not read: ${err.message}` };
  }
  return noteFromText(rel, text);
}
