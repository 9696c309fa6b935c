/**
 * The page of the plugin start benchmark (bench/plugin-start.ts): the
 * in-memory Obsidian of the tests holding a benchmark vault, and the built
 * plugin bundle, started and stopped on request while the page watches its
 * frames. Bundled for Chromium by esbuild.config.mjs ('bench' mode).
 */
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import manifest from '../manifest.json';

// The built bundle, exactly as users install it, loaded as the CommonJS module Obsidian loads (see e2e/build.mjs).
// @ts-expect-error main.js is the build output, without type declarations
import GoodwillPlugin from '../main.js';

setup();

/** One note of the vault as the benchmark serves it: path, text, and the file's modification time and size in bytes. */
export type ServedNote = [path: string, text: string, mtime: number, size: number];

/** What one start of the plugin cost, as the page saw it. */
export interface StartFigures {
  /** From plugin.load() to the index state 'ready'. */
  readyMs: number;
  /** The longest interval between two animation frames while the plugin started. */
  longestFrameMs: number;
  /** Tasks of 50 ms or more (the browser's long tasks) while the plugin started. */
  longTasks: number;
}

interface BenchPlugin {
  load(): void;
  unload(): void;
  context?: { state: { kind: string }; onChange(listener: (change: { kind: string }) => void): () => void };
}

let app: App | null = null;
let plugin: BenchPlugin | null = null;

/**
 * Builds the vault in the in-memory Obsidian, its metadata cache filled as
 * Obsidian's is before plugins index. Returns how long that took (not part of
 * the plugin's start).
 */
async function openVault(url: string): Promise<{ notes: number; setupMs: number }> {
  const started = performance.now();
  const notes = (await (await fetch(url)).json()) as ServedNote[];
  const vault = App.createConfigured__({});
  // The mock resolves each link by scanning every file; the plugin reads no resolved links, so skip that work.
  Object.assign(vault.metadataCache, { updateLinks: () => undefined });
  // Kept in the page's localStorage, so that a later page of the same profile finds the same records store.
  Object.assign(vault, {
    loadLocalStorage: (key: string): unknown => JSON.parse(localStorage.getItem(`bench:${key}`) ?? 'null'),
    saveLocalStorage: (key: string, data: unknown) => {
      if (data === null || data === undefined) localStorage.removeItem(`bench:${key}`);
      else localStorage.setItem(`bench:${key}`, JSON.stringify(data));
    },
  });
  const folders = new Set<string>();
  for (const [path] of notes) {
    for (let cut = path.indexOf('/'); cut > 0; cut = path.indexOf('/', cut + 1)) folders.add(path.slice(0, cut));
  }
  for (const folder of [...folders].sort()) vault.vault.createFolderSync__(folder);
  for (const [path, text, mtime, size] of notes) {
    const file = vault.vault.createSync__(path, text);
    // The mock leaves every stat at zero; Obsidian reports the file's own.
    file.stat = { ctime: mtime, mtime, size };
  }
  // The mock lists markdown files by testing every file through its proxies (some 150 ms at L, in one
  // task); Obsidian keeps its files in plain objects. The list is made here and made again after a change.
  let markdown: ReturnType<typeof vault.vault.getMarkdownFiles> | null = null;
  const listMarkdown = vault.vault.getMarkdownFiles.bind(vault.vault);
  const listChanged = () => (markdown = null);
  vault.vault.on('create', listChanged);
  vault.vault.on('delete', listChanged);
  vault.vault.on('rename', listChanged);
  Object.assign(vault.vault, { getMarkdownFiles: () => (markdown ??= listMarkdown()).slice() });
  vault.vault.getMarkdownFiles();
  vault.workspace.setLayoutReady__();
  app = vault;
  return { notes: notes.length, setupMs: performance.now() - started };
}

/** Loads the plugin and resolves once its index is ready, with what the start cost the interface. */
async function startPlugin(): Promise<StartFigures> {
  if (!app) throw new Error('no vault: call openVault first');
  if (plugin) throw new Error('the plugin is already loaded');
  const loaded = new (GoodwillPlugin as unknown as new (app: unknown, manifest: unknown) => BenchPlugin)(app.asOriginalType__(), manifest);
  plugin = loaded;

  let longestFrameMs = 0;
  let lastFrame = -1;
  let watching = true;
  const frame = (now: number) => {
    if (lastFrame >= 0) longestFrameMs = Math.max(longestFrameMs, now - lastFrame);
    lastFrame = now;
    if (watching) requestAnimationFrame(frame);
  };
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask', buffered: false });
  // The first interval starts at a frame, not somewhere between two.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  requestAnimationFrame(frame);

  const started = performance.now();
  loaded.load();
  // The context exists once onload has read the settings; strict mocks throw on a field not yet set.
  while (!('context' in loaded) || !loaded.context) await new Promise((r) => setTimeout(r, 0));
  const context = loaded.context;
  await new Promise<void>((resolve) => {
    if (context.state.kind === 'ready') return resolve();
    const stop = context.onChange(() => {
      if (context.state.kind !== 'ready') return;
      stop();
      resolve();
    });
  });
  const readyMs = performance.now() - started;
  // One more frame: the one that shows the answers.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  watching = false;
  observer.disconnect();
  return { readyMs, longestFrameMs, longTasks };
}

/**
 * Unloads the plugin, as disabling it or closing Obsidian does, and resolves
 * once the page's IndexedDB databases have finished the writes under way, so
 * that closing the page loses none of them.
 */
async function stopPlugin(): Promise<void> {
  plugin?.unload();
  plugin = null;
  for (const { name } of await indexedDB.databases()) {
    if (name) await settled(name);
  }
}

/** Resolves after every write to the database begun before it (a read of all its stores is queued behind them). */
function settled(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onerror = () => resolve();
    request.onsuccess = () => {
      const db = request.result;
      const stores = Array.from(db.objectStoreNames);
      if (stores.length === 0) {
        db.close();
        return resolve();
      }
      const tx = db.transaction(stores, 'readonly');
      tx.oncomplete =
        tx.onerror =
        tx.onabort =
          () => {
            db.close();
            resolve();
          };
    };
  });
}

Object.assign(window, { bench: { openVault, startPlugin, stopPlugin } });
