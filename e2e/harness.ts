/**
 * A browser page that stands in for Obsidian: the in-memory Obsidian of the
 * unit tests (obsidian-test-mocks), a right sidebar, and the real plugin
 * bundle (main.js from `npm run build`), bundled in with `obsidian` pointing
 * at the in-memory implementation.
 */
import { setup } from 'obsidian-test-mocks/setup';
import { App, BasesEntry, BasesQueryResult, BasesViewConfig, QueryController, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import './interactive-fake';
import { notices } from './obsidian-shim';
import type { ViewCreator, ViewState } from 'obsidian';
import manifest from '../manifest.json';

// The built bundle, exactly as users install it, loaded as the CommonJS module Obsidian loads (see build.mjs).
// @ts-expect-error main.js is the build output, without type declarations
import GoodwillPlugin from '../main.js';
import '../test/helpers/live-file-stats';

setup();

interface HarnessPlugin {
  load(): void;
  unload(): void;
  context: { state: { kind: string } };
  views__: Map<string, ViewCreator>;
  commands__: Map<string, { callback?: () => unknown }>;
  markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
  basesViewRegistrations__: Map<string, { factory(controller: unknown, el: HTMLElement): BasesViewLike }>;
}

interface BasesViewLike {
  config: unknown;
  data: unknown;
  load(): void;
  onDataUpdated(): void;
}

const creators = new Map<string, ViewCreator>();
const sidebar = document.getElementById('sidebar')!;
const originalSetViewState = WorkspaceLeaf.prototype.setViewState;
WorkspaceLeaf.prototype.setViewState = async function (this: WorkspaceLeaf, state: ViewState, eState?: unknown) {
  await originalSetViewState.call(this, state, eState as never);
  const create = creators.get(state.type);
  if (!create) return;
  const view = create(this as never) as unknown as { containerEl: HTMLElement; onOpen(): Promise<void> };
  (this as unknown as { view: unknown }).view = view;
  sidebar.empty();
  sidebar.appendChild(view.containerEl);
  await view.onOpen();
};

/** Starts the plugin over `app`, as Obsidian does at launch, and waits for its first index. */
async function load(app: App): Promise<HarnessPlugin> {
  const plugin = new (GoodwillPlugin as unknown as new (app: unknown, manifest: unknown) => HarnessPlugin)(
    app.asOriginalType__(),
    manifest,
  );
  plugin.load();
  app.workspace.setLayoutReady__();
  // The context exists once onload has read the settings; strict mocks throw on a field not yet set.
  while (!('context' in plugin) || plugin.context.state.kind !== 'ready') await new Promise((r) => setTimeout(r, 20));
  for (const [type, create] of plugin.views__) creators.set(type, create);
  return plugin;
}

/** Counts the notes the plugin reads. */
function countReads(app: App): { count: number } {
  const reads = { count: 0 };
  const cachedRead = app.vault.cachedRead.bind(app.vault);
  app.vault.cachedRead = (file) => {
    reads.count++;
    return cachedRead(file);
  };
  return reads;
}

async function start(files: Record<string, string>): Promise<void> {
  const app = App.createConfigured__({ files });
  const reads = countReads(app);
  const plugin = await load(app);
  Object.assign(window, { goodwill: { app, plugin, notices, reads } });
}

/**
 * Stops the plugin and starts it again over the same vault, as closing and
 * opening Obsidian does (its views are closed with it): gives how many notes
 * the new start read and how long it took to be ready.
 */
async function restart(): Promise<{ read: number; ms: number }> {
  const g = (window as unknown as { goodwill: { app: App; plugin: HarnessPlugin; reads: { count: number } } }).goodwill;
  g.plugin.unload();
  g.app.workspace.detachLeavesOfType('goodwill-view');
  sidebar.empty();
  const before = g.reads.count;
  const started = performance.now();
  g.plugin = await load(g.app);
  return { read: g.reads.count - before, ms: Math.round(performance.now() - started) };
}

/**
 * Opens a base in the note pane with the Goodwill view, as Bases would: the
 * notes its filters selected (`paths`, in the base's order) and the base's
 * own visible properties (`order`, as `note.company`), shaped as the API's
 * BasesQueryResult and BasesEntry.
 */
function openBase(paths: readonly string[], order: readonly string[] = []): void {
  const g = (window as unknown as { goodwill: { app: App; plugin: HarnessPlugin } }).goodwill;
  const note = document.getElementById('note')!;
  note.empty();
  const el = note.createDiv();
  const registration = g.plugin.basesViewRegistrations__.get('goodwill')!;
  const view = registration.factory(QueryController.create2__(g.app as never, g.plugin as never, el, null), el);
  const config = BasesViewConfig.create__('', 'goodwill', 'Goodwill');
  config.setOrder__(['file.name', ...order] as never);
  const entries = paths.map((path) => {
    const file = g.app.vault.getFileByPath(path)!;
    const entry = BasesEntry.create__({} as never, file);
    const frontmatter = (g.app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
    for (const id of order)
      entry.setValue__(id as never, { toString: () => String(frontmatter[id.replace(/^note\./, '')] ?? '') } as never);
    return entry;
  });
  const result = BasesQueryResult.create__(g.app, config, [], entries);
  result.setData__(entries);
  view.config = config;
  view.data = result;
  view.load();
  view.onDataUpdated();
}

Object.assign(window, { startGoodwill: start, restartGoodwill: restart, openBase });
