/**
 * The plugin's start as a person meets it, measured in Chromium (which has a
 * real IndexedDB): the built main.js in the page of bench/plugin-page.ts, on
 * a benchmark vault served from here. Per vault: a cold start (empty profile)
 * with the longest frame and the heap it leaves; a warm start (a new page of
 * the same profile, as after restarting Obsidian); at M, a cold start with
 * the CPU throttled 4× to stand in for a phone. Run by `npm run bench` after
 * the table, or alone with `npm run bench -- --plugin-start [S|M|L]`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM, launch } from '../e2e/browser';
import { serve } from '../e2e/server';
import type { ServedNote, StartFigures } from './plugin-page';

/** The page's bundle, written by esbuild.config.mjs ('bench' mode) next to the built main.js. */
export const PLUGIN_PAGE = join('dist', 'plugin-page.js');

/** The aims of issue 17: what a start should cost at most. */
const AIMS = {
  warmReadyMs: { M: 200, L: 1000 },
  longestFrameMs: { L: 16 },
  throttledFrameMs: { M: 50 },
  heapMB: { L: 150 },
} as const;

export interface PluginStartRow {
  size: string;
  notes: number;
  /** Building the vault and its metadata cache in the page: Obsidian's work, not counted in the starts. */
  setupMs: number;
  coldReadyMs: number;
  coldLongestFrameMs: number;
  coldLongTasks: number;
  warmReadyMs: number;
  warmLongestFrameMs: number;
  throttledReadyMs: number;
  throttledLongestFrameMs: number;
  /** The page's heap after the cold start and a forced collection, less the heap before the plugin loaded. */
  heapMB: number;
  /** Errors and warnings the page printed (a store that failed, for instance). */
  printed: string[];
}

/** Every markdown note of a vault folder with its modification time, as the page's vault is built from. */
function servedVault(dir: string): string {
  const notes: ServedNote[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) notes.push([path, readFileSync(join(dir, path), 'utf8'), statSync(join(dir, path)).mtimeMs]);
    }
  };
  walk('');
  return JSON.stringify(notes);
}

const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Goodwill start</title></head><body><script src="/page.js"></script></body></html>';

type Bench = {
  openVault(url: string): Promise<{ notes: number; setupMs: number }>;
  startPlugin(): Promise<StartFigures>;
  stopPlugin(): void;
};

/** A page of `context` with the vault built in it, and what it printed. */
async function vaultPage(context: BrowserContext, url: string, printed: string[]): Promise<{ page: Page; notes: number; setupMs: number }> {
  const page = await context.newPage();
  page.on('pageerror', (e) => printed.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') printed.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(url);
  const opened = await page.evaluate((u) => (window as unknown as { bench: Bench }).bench.openVault(u), `${url}vault.json`);
  return { page, ...opened };
}

const start = (page: Page) => page.evaluate(() => (window as unknown as { bench: Bench }).bench.startPlugin());
const stop = (page: Page) => page.evaluate(() => (window as unknown as { bench: Bench }).bench.stopPlugin());

/** The page's used heap after a full collection, in MB. */
async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1_048_576;
}

async function measureVault(browser: Browser, size: string, dir: string): Promise<PluginStartRow> {
  const server = await serve({
    '/': [{ body: PAGE }, 'text/html'],
    '/page.js': [PLUGIN_PAGE, 'text/javascript'],
    '/vault.json': [{ body: servedVault(dir) }, 'application/json'],
    '/favicon.ico': [{ body: '' }, 'image/x-icon'],
  });
  const printed: string[] = [];
  try {
    // Cold: a fresh profile, so the records store (once there is one) starts empty and is filled.
    const profile = await browser.newContext();
    const cold = await vaultPage(profile, server.url, printed);
    const cdp = await profile.newCDPSession(cold.page);
    const heapBefore = await heapMB(cdp);
    const coldStart = await start(cold.page);
    const heapAfter = await heapMB(cdp);
    await stop(cold.page);
    await cold.page.close();

    // Warm: Obsidian opened again on the same vault, with the same profile.
    const warm = await vaultPage(profile, server.url, printed);
    const warmStart = await start(warm.page);
    await stop(warm.page);
    await profile.close();

    // A phone: cold again, with the CPU four times slower while the plugin starts (the vault is built at full speed).
    let throttled: StartFigures | null = null;
    if (size in AIMS.throttledFrameMs) {
      const phone = await browser.newContext();
      const slow = await vaultPage(phone, server.url, printed);
      const slowCdp = await phone.newCDPSession(slow.page);
      await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      throttled = await start(slow.page);
      await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await phone.close();
    }
    return {
      size,
      notes: cold.notes,
      setupMs: cold.setupMs,
      coldReadyMs: coldStart.readyMs,
      coldLongestFrameMs: coldStart.longestFrameMs,
      coldLongTasks: coldStart.longTasks,
      warmReadyMs: warmStart.readyMs,
      warmLongestFrameMs: warmStart.longestFrameMs,
      throttledReadyMs: throttled?.readyMs ?? NaN,
      throttledLongestFrameMs: throttled?.longestFrameMs ?? NaN,
      heapMB: heapAfter - heapBefore,
      printed: [...new Set(printed)],
    };
  } finally {
    await server.close();
  }
}

/** Measures the plugin's start on each vault; null (with a one-line note) when there is no Chromium or no built bundle. */
export async function pluginStart(sizes: readonly string[]): Promise<PluginStartRow[] | null> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nPlugin start in Chromium: skipped, no Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
    return null;
  }
  if (!existsSync(PLUGIN_PAGE)) {
    console.log(`\nPlugin start in Chromium: skipped, ${PLUGIN_PAGE} is missing (npm run bench builds it).`);
    return null;
  }
  const browser = await launch();
  const rows: PluginStartRow[] = [];
  try {
    for (const size of sizes) {
      console.log(`plugin start, ${size}`);
      rows.push(await measureVault(browser, size, join('bench', 'vaults', size)));
    }
  } finally {
    await browser.close();
  }
  printPluginStart(rows);
  return rows;
}

const fmt = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(0));

/** A figure with its aim for this vault, if it has one: "843 (< 1000, met)". */
function judged(value: number, aims: Partial<Record<string, number>>, size: string, below: '<' | '≤'): string {
  const aim = aims[size];
  if (aim === undefined || Number.isNaN(value)) return fmt(value);
  const met = below === '<' ? value < aim : value <= aim;
  return `${fmt(value)} (${below} ${aim}: ${met ? 'met' : 'short'})`;
}

export function printPluginStart(rows: readonly PluginStartRow[]): void {
  const header = ['vault', 'notes', 'cold ready ms', 'warm ready ms', 'longest frame ms', 'longest frame 4× CPU ms', 'heap MB', 'setup ms'];
  const cells = rows.map((r) => [
    r.size,
    String(r.notes),
    fmt(r.coldReadyMs),
    judged(r.warmReadyMs, AIMS.warmReadyMs, r.size, '<'),
    judged(r.coldLongestFrameMs, AIMS.longestFrameMs, r.size, '≤'),
    judged(r.throttledLongestFrameMs, AIMS.throttledFrameMs, r.size, '≤'),
    judged(r.heapMB, AIMS.heapMB, r.size, '<'),
    fmt(r.setupMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padStart(widths[i])).join('  ');
  console.log('\nPlugin start in Chromium: load() to index ready; the longest interval between frames while it starts; heap it adds');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
  for (const r of rows) for (const note of r.printed) console.log(`  ${r.size}: ${note}`);
}
