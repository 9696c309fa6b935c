import { readFileSync } from 'node:fs';
import type { App as AppOriginal, PluginManifest, ViewCreator, ViewState, WorkspaceLeaf as LeafOriginal } from 'obsidian';
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';
import { parseIsoDay } from '../../src/core/model/day';
import GoodwillPlugin from '../../src/obsidian/plugin';
import { readBinaryOfTextNotes } from './vault-bytes';

export { filesOf } from './harness-files';

export const manifest: PluginManifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as PluginManifest;

/**
 * The mock's leaves record a view state but never create the view: here a
 * registered view type is created and opened, as Obsidian does.
 */
const creators = new Map<string, ViewCreator>();
const originalSetViewState = WorkspaceLeaf.prototype.setViewState;
WorkspaceLeaf.prototype.setViewState = async function (this: WorkspaceLeaf, state: ViewState, eState?: unknown) {
  await originalSetViewState.call(this, state, eState as never);
  const create = creators.get(state.type);
  if (!create) return;
  const view = create(this as unknown as LeafOriginal);
  (this as unknown as { view: unknown }).view = view;
  await (view as unknown as { onOpen(): Promise<void> }).onOpen();
};

readBinaryOfTextNotes();

/** As in a vault Obsidian made: the Daily notes core plugin on, its notes at the root (unless the files say otherwise). */
const CORE_PLUGINS = { '.obsidian/core-plugins.json': '{ "daily-notes": true }' };

export async function loadPlugin(files: Record<string, string>, today = '2026-11-25', data?: unknown) {
  const app = App.createConfigured__({ files: { ...CORE_PLUGINS, ...files } });
  const plugin = new GoodwillPlugin(app.asOriginalType__() as AppOriginal, manifest);
  plugin.fixedToday = parseIsoDay(today);
  if (data !== undefined) (plugin as unknown as { data__: unknown }).data__ = data;
  await plugin.onload();
  for (const [type, create] of (plugin as unknown as { views__: Map<string, ViewCreator> }).views__) creators.set(type, create);
  app.workspace.setLayoutReady__();
  await vi.waitFor(() => {
    if (!plugin.ready) throw new Error('still indexing');
  });
  return { app, plugin };
}

/** Lets debounced refreshes and metadata events run. */
export async function settle(ms = 400): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

export async function read(app: App, path: string): Promise<string> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no file ${path}`);
  return app.vault.read(file);
}
