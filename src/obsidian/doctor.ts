import type { App } from 'obsidian';
import {
  type Day,
  FactReader,
  type Finding,
  type GoodwillSettings,
  mergeIntoSettingsFile,
  type NoteFacts,
  resolveSettingsTolerant,
  survey,
} from '../core';
import type { IndexReader } from './context';
import { obsidianConfigFiles } from './vault-writes/daily-note';
import { noteInput } from './vault-source';

/** The doctor's survey reads this long before it yields to the interface. */
const SLICE_MS = 12;

/**
 * The doctor over the vault Obsidian has open: each note as the vault
 * source hands it to the index (frontmatter from the metadata cache), read
 * in slices that leave the interface free, then the core's survey.
 */
export async function surveyVault(app: App, index: IndexReader, settings: GoodwillSettings, today: Day): Promise<Finding[]> {
  const reader = new FactReader(settings);
  const facts: NoteFacts[] = [];
  let sliceStart = performance.now();
  for (const file of app.vault.getMarkdownFiles()) {
    const text = await app.vault.cachedRead(file);
    const f = reader.read(noteInput(file, text, app.metadataCache.getFileCache(file)));
    if (f) facts.push(f);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  const config = await obsidianConfigFiles(app);
  return survey({ facts, network: index.resolve(), settings, current: { ...settings }, config, today });
}

/** The settings with a proposal merged in, as `doctor --write` merges it into data.json: lists unioned, the rest replaced. */
export function withProposal(settings: GoodwillSettings, proposal: Record<string, unknown>): GoodwillSettings {
  return resolveSettingsTolerant(mergeIntoSettingsFile({ ...settings }, proposal)).settings;
}
