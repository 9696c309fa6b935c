/**
 * A browser page that stands in for Obsidian: the in-memory Obsidian of the
 * unit tests (obsidian-test-mocks), a right sidebar, and the real plugin
 * bundle (main.js from `npm run build`), bundled in with `obsidian` pointing
 * at the in-memory implementation.
 */
import { setup } from 'obsidian-test-mocks/setup';
import { App, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import './interactive-fake';
import { notices } from './obsidian-shim';
import type { ViewCreator, ViewState } from 'obsidian';
import manifest from '../manifest.json';

// The built bundle, exactly as users install it, loaded as the CommonJS module Obsidian loads (see build.mjs).
// @ts-expect-error main.js is the build output, without type declarations
import GoodwillPlugin from '../main.js';

setup();

interface HarnessPlugin {
  load(): void;
  context: { state: { kind: string } };
  views__: Map<string, ViewCreator>;
  commands__: Map<string, { callback?: () => unknown }>;
  markdownCodeBlockProcessors__: Map<string, (source: string, el: HTMLElement, ctx: unknown) => void>;
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

async function start(files: Record<string, string>): Promise<void> {
  const app = App.createConfigured__({ files });
  const plugin = new (GoodwillPlugin as unknown as new (app: unknown, manifest: unknown) => HarnessPlugin)(
    app.asOriginalType__(),
    manifest,
  );
  plugin.load();
  app.workspace.setLayoutReady__();
  // The context exists once onload has read the settings; strict mocks throw on a field not yet set.
  while (!('context' in plugin) || plugin.context.state.kind !== 'ready') await new Promise((r) => setTimeout(r, 20));
  for (const [type, create] of plugin.views__) creators.set(type, create);
  Object.assign(window, { goodwill: { app, plugin, notices } });
}

Object.assign(window, { startGoodwill: start });
