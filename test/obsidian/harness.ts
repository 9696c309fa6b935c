import { readFileSync } from 'node:fs';
import type { App as AppOriginal, PluginManifest, ViewCreator, ViewState, WorkspaceLeaf as LeafOriginal } from 'obsidian';
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterEach, vi } from 'vitest';
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

/**
 * Time in the plugin tests is fake: it starts at noon of `today` (that day in
 * any time zone), and only moves when a test waits (settle) or sets it
 * (vi.setSystemTime). Real time comes back after each test.
 */
export function pinDay(today: string): void {
  const [y, m, d] = today.split('-').map(Number);
  vi.useFakeTimers({ now: new Date(y, m - 1, d, 12) });
}

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake time on in small steps until `done`: timers and promises run as they would. */
export async function until(done: () => boolean, what = 'the condition'): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 60_000) throw new Error(`${what} did not come about within a minute`);
    await vi.advanceTimersByTimeAsync(10);
  }
}

/** Waits for `work` while moving the fake time on: for work that waits on timers itself (a whole index). */
export async function settled<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  await until(() => done, 'the work');
  return result;
}

/** Whether the plugin has read the whole vault (false before onload made its context). */
export function isReady(plugin: GoodwillPlugin): boolean {
  return 'context' in plugin && plugin.context.state.kind === 'ready';
}

export async function loadPlugin(files: Record<string, string>, today = '2026-11-25', data?: unknown) {
  pinDay(today);
  const app = App.createConfigured__({ files: { ...CORE_PLUGINS, ...files } });
  const plugin = new GoodwillPlugin(app.asOriginalType__() as AppOriginal, manifest);
  if (data !== undefined) (plugin as unknown as { data__: unknown }).data__ = data;
  plugin.load();
  app.workspace.setLayoutReady__();
  await until(() => isReady(plugin), 'the first index');
  for (const [type, create] of (plugin as unknown as { views__: Map<string, ViewCreator> }).views__) creators.set(type, create);
  return { app, plugin };
}

/** Lets debounced refreshes and metadata events run: moves the fake time on by `ms`. */
export async function settle(ms = 400): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

export async function read(app: App, path: string): Promise<string> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no file ${path}`);
  return app.vault.read(file);
}
