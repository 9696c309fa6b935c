import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import matter from 'gray-matter';
import { type GoodwillSettings, isExcluded, type NoteInput } from '../core';
import { fastFrontmatter } from './fast-frontmatter';

/** Markdown files below the vault folder, vault-relative with `/`, skipping excluded folders. */
export async function listNotes(root: string, settings: GoodwillSettings): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
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

/** Frontmatter as a plain object; a note whose frontmatter cannot be read still gives its text. */
export function noteFromText(notePath: string, text: string): NoteInput {
  if (!text.startsWith('---')) return { path: notePath, text, frontmatter: null };
  const fast = fastFrontmatter(text);
  if (fast !== undefined) return { path: notePath, text, frontmatter: fast };
  try {
    // An options object keeps gray-matter from caching every input it has seen.
    const data: unknown = matter(text, {}).data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { path: notePath, text, frontmatter: null, frontmatterError: 'frontmatter is not a list of key: value pairs' };
    }
    return { path: notePath, text, frontmatter: datesAsWritten(data as Record<string, unknown>, text) };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { path: notePath, text, frontmatter: null, frontmatterError: reason };
  }
}

/**
 * The YAML parser turns `2026-11-20` into a Date and silently rolls a day that
 * does not exist (2026-02-30) into March. Obsidian hands such values over as
 * the text written, so the CLI does the same: both sources then read alike.
 */
function datesAsWritten(data: Record<string, unknown>, text: string): Record<string, unknown> {
  for (const [key, value] of Object.entries(data)) {
    if (!(value instanceof Date)) continue;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`^${escaped}[ \t]*:[ \t]*["']?([^\r\n"'#]*?)["']?[ \t]*(?:#.*)?$`, 'm').exec(text);
    if (m) data[key] = m[1].trim();
  }
  return data;
}

export interface ReadFailure {
  path: string;
  message: string;
}

/**
 * Reads every note, handing each to `onNote`. Synchronous reads are several
 * times faster than a pool of promises for many small files, and they never
 * hold more than one file open (no EMFILE on large vaults).
 */
export async function readNotes(root: string, paths: string[], onNote: (note: NoteInput) => void): Promise<ReadFailure[]> {
  const failures: ReadFailure[] = [];
  for (const rel of paths) {
    let text: string;
    try {
      text = readFileSync(path.join(root, rel), 'utf8');
    } catch (err) {
      failures.push({ path: rel, message: `not read: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    onNote(noteFromText(rel, text));
  }
  return failures;
}
