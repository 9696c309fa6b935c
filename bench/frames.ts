/**
 * How long the plugin's first index blocks the interface: the vault source
 * reads an L vault in slices through a stand-in for Obsidian's vault and
 * metadata cache, while a 4 ms ticker records the longest wait between ticks
 * (a frame blocked). Run by `npm run bench` after the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listNotes, noteFromText } from '../src/cli/folder-source';
import { NetworkIndex, resolveSettings } from '../src/core';
import { VaultSource } from '../src/obsidian/vault-source';

export async function longestBlockedFrame(dir: string): Promise<{ longestMs: number; totalMs: number; notes: number }> {
  (globalThis as { window?: unknown }).window ??= globalThis;
  const settings = resolveSettings({});
  const paths = await listNotes(dir, settings);
  // The metadata cache already holds every note's frontmatter when the plugin starts.
  const files = paths.map((path) => {
    const text = readFileSync(join(dir, path), 'utf8');
    return {
      file: { path, extension: 'md', stat: { mtime: 0, size: text.length } },
      text,
      frontmatter: noteFromText(path, text).frontmatter,
    };
  });
  const byPath = new Map(files.map((f) => [f.file.path, f]));
  const app = {
    vault: {
      getMarkdownFiles: () => files.map((f) => f.file),
      cachedRead: async (file: { path: string }) => byPath.get(file.path)!.text,
      getAbstractFileByPath: (path: string) => byPath.get(path)?.file ?? null,
    },
    metadataCache: { getFileCache: (file: { path: string }) => ({ frontmatter: byPath.get(file.path)?.frontmatter ?? undefined }) },
  };
  const index = new NetworkIndex(settings);
  const source = new VaultSource(app as never, index, () => index.resolve());
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 4);
  const started = performance.now();
  await source.indexAll(
    () => undefined,
    () => false,
    '',
  );
  const totalMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(ticker);
  return { longestMs: longest, totalMs, notes: files.length };
}
