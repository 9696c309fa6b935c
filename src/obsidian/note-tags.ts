import { type App, getAllTags } from 'obsidian';
import type { NoteTags } from '../core';

/**
 * Every markdown note with its tags, from Obsidian's metadata cache: the
 * index may skip notes that concern no one, and a brief still finds the
 * notes tagged with a person's needs or interests.
 */
export function vaultNoteTags(app: App): NoteTags[] {
  const out: NoteTags[] = [];
  for (const file of app.vault.getMarkdownFiles()) {
    const cache = app.metadataCache.getFileCache(file);
    const tags = cache ? getAllTags(cache) : null;
    if (tags && tags.length > 0) out.push({ path: file.path, tags });
  }
  return out;
}
