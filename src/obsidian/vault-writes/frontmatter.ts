import { type App, Notice, parseYaml, type TFile } from 'obsidian';
import { setFrontmatterValues } from '../../core';
import { requireUtf8, serialized } from './process';

/** The frontmatter block of a note's text, parsed as Obsidian parses it; null when it does not parse. */
function parsedFrontmatter(text: string): Record<string, unknown> | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return {};
  try {
    const data: unknown = parseYaml(m[1]);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return null;
  }
}

/** Whether `after` holds exactly `before` with `values` set (null: removed). */
function changedOnly(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  values: Record<string, string | number | null>,
): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const asText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(values, key)) {
      const want = values[key];
      if (want === null ? key in after : asText(after[key]) !== want) return false;
    } else if (!same(before[key], after[key])) return false;
  }
  for (const [key, want] of Object.entries(values)) if (want !== null && !(key in after)) return false;
  return true;
}

/**
 * Sets (null: removes) frontmatter keys, each by editing its own line through
 * `vault.process`, so comments and quoting elsewhere stay as the user wrote
 * them; the block is parsed again and the edit kept only if it reads as
 * exactly the intended change. A key whose value spans several lines is left
 * to `processFrontMatter`, which rewrites the whole block, unless the caller
 * (a write no one asked for just now) says the note is then left as it is.
 */
export interface FrontmatterEditOptions {
  /** Whether a key spanning several lines may be left to `processFrontMatter` (false: the note is left as it is). */
  wholeBlock?: boolean;
  /** Whether a note left unchanged gets its own notice (false: the caller says it once for many). */
  notify?: boolean;
}

export function editFrontmatter(
  app: App,
  file: TFile,
  values: Record<string, string | number | null>,
  { wholeBlock = true, notify = true }: FrontmatterEditOptions = {},
): Promise<boolean> {
  return serialized(file.path, async () => {
    let outcome = 'not written';
    try {
      await requireUtf8(app, file);
      await app.vault.process(file, (text) => {
        const edit = setFrontmatterValues(text, values);
        if (!edit.ok) {
          outcome = edit.error.whole ? 'whole' : edit.error.message;
          return text;
        }
        const before = parsedFrontmatter(text);
        const after = parsedFrontmatter(edit.value);
        if (before === null) outcome = 'its frontmatter is not valid YAML';
        else if (after === null || !changedOnly(before, after, values)) outcome = 'the frontmatter would not read back as intended';
        else outcome = 'written';
        return outcome === 'written' ? edit.value : text;
      });
      if (outcome === 'whole' && !wholeBlock) outcome = 'a key to change spans several lines or appears twice';
      if (outcome === 'whole') {
        await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(values)) {
            if (value === null) delete fm[key];
            else fm[key] = value;
          }
        });
        outcome = 'written';
      }
    } catch (err) {
      outcome = err instanceof Error ? err.message : String(err);
    }
    if (outcome !== 'written' && notify) new Notice(`Goodwill: ${file.path}: ${outcome}; nothing was changed.`);
    return outcome === 'written';
  });
}
