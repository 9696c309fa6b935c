/**
 * The plugin's start as a person meets it, measured in Chromium (which has a
 * real IndexedDB): the built main.js in the page of bench/plugin-page.ts, on
 * a benchmark vault served from here. Per vault: a cold start (empty profile)
 * with its longest task and the heap it leaves; a warm start (a new page of
 * the same profile, as after restarting Obsidian); at M, a cold start with
 * the CPU throttled 4× to stand in for a phone. Run by `npm run bench` after
 * the table, or alone with `npm run bench -- --plugin-start [S|M|L]`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHROMIUM, launch } from '../e2e/browser';
import { serve } from '../e2e/server';
import type { ServedNote, StartFigures } from './plugin-page';

/** The page's bundle, written by esbuild.config.mjs ('bench' mode) next to the built main.js. */
export const PLUGIN_PAGE = join('dist', 'plugin-page.js');

/** One start of the plugin: what the page saw, and what the browser's trace of its main thread says. */
export interface StartRun extends StartFigures {
  /** The longest task on the page's main thread (a frame cannot be drawn while one runs), wall-clock. */
  longestTaskMs: number;
  /** ... the same, in the thread's CPU time: without the waits a busy machine adds. */
  longestTaskCpuMs: number;
  /** All the main thread's CPU time from load() to ready. */
  busyCpuMs: number;
}

export interface PluginStartRow {
  size: string;
  notes: number;
  /** Building the vault and its metadata cache in the page: Obsidian's work, not counted in the starts. */
  setupMs: number;
  cold: StartRun;
  warm: StartRun;
  /** The cold start with the CPU four times slower (at M only). */
  throttled: StartRun | null;
  /** The page's heap after the cold start and a forced collection, less the heap before the plugin loaded. */
  heapMB: number;
  /** Errors and warnings the page printed (a store that failed, for instance). */
  printed: string[];
}

/** Every markdown note of a vault folder with its modification time and size, as the page's vault is built from. */
function servedVault(dir: string): string {
  const notes: ServedNote[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) {
        const stat = statSync(join(dir, path));
        notes.push([path, readFileSync(join(dir, path), 'utf8'), stat.mtimeMs, stat.size]);
      }
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
  stopPlugin(): Promise<void>;
};

/** A page of `profile` with the vault built in it, and what it printed. */
async function vaultPage(profile: BrowserContext, url: string, printed: string[]): Promise<{ page: Page; notes: number; setupMs: number }> {
  const page = await profile.newPage();
  page.on('pageerror', (e) => printed.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') printed.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(url);
  const opened = await page.evaluate((u) => (window as unknown as { bench: Bench }).bench.openVault(u), `${url}vault.json`);
  return { page, ...opened };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The tasks of the busiest renderer main thread in a Chromium trace ('toplevel' category). */
function mainThreadTasks(trace: Buffer): { wallMs: number; cpuMs: number }[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  const byThread = new Map<string, { wallMs: number; cpuMs: number }[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread(e))) continue;
    const tasks = byThread.get(thread(e)) ?? [];
    tasks.push({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 });
    byThread.set(thread(e), tasks);
  }
  const cpu = (tasks: { cpuMs: number }[]) => tasks.reduce((sum, t) => sum + t.cpuMs, 0);
  return [...byThread.values()].sort((a, b) => cpu(b) - cpu(a))[0] ?? [];
}

/** Starts the plugin in `page` while the browser traces its main thread. */
async function start(browser: Browser, page: Page): Promise<StartRun> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  const figures = await page.evaluate(() => (window as unknown as { bench: Bench }).bench.startPlugin());
  const tasks = mainThreadTasks(await browser.stopTracing());
  return {
    ...figures,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.wallMs)),
    longestTaskCpuMs: Math.max(0, ...tasks.map((t) => t.cpuMs)),
    busyCpuMs: tasks.reduce((sum, t) => sum + t.cpuMs, 0),
  };
}

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
    const first = await vaultPage(profile, server.url, printed);
    const cdp = await profile.newCDPSession(first.page);
    const heapBefore = await heapMB(cdp);
    const cold = await start(browser, first.page);
    const heapAfter = await heapMB(cdp);
    await stop(first.page);
    await first.page.close();

    // Warm: Obsidian opened again on the same vault, with the same profile.
    const second = await vaultPage(profile, server.url, printed);
    const warm = await start(browser, second.page);
    await stop(second.page);
    await profile.close();

    // A phone: cold again, with the CPU four times slower while the plugin starts (the vault is built at full speed).
    let throttled: StartRun | null = null;
    if (size === 'M') {
      const phone = await browser.newContext();
      const slow = await vaultPage(phone, server.url, printed);
      const slowCdp = await phone.newCDPSession(slow.page);
      await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      throttled = await start(browser, slow.page);
      await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await phone.close();
    }
    return {
      size,
      notes: first.notes,
      setupMs: first.setupMs,
      cold,
      warm,
      throttled,
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
  const load = loadavg()[0];
  try {
    for (const size of sizes) {
      console.log(`plugin start, ${size}`);
      rows.push(await measureVault(browser, size, join('bench', 'vaults', size)));
    }
  } finally {
    await browser.close();
  }
  printPluginStart(rows, Math.max(load, loadavg()[0]));
  return rows;
}

/** A figure of the table, with the aims of issue 17 by vault (below which it is met). */
interface Figure {
  label: string;
  value: (r: PluginStartRow) => number | undefined;
  aims?: Partial<Record<string, number>>;
  /** '<' when the aim is a strict bound, '≤' when reaching it still meets it. */
  bound?: '<' | '≤';
}

const FIGURES: Figure[] = [
  { label: 'cold start: index ready ms', value: (r) => r.cold.readyMs },
  { label: 'cold start: main thread CPU ms', value: (r) => r.cold.busyCpuMs },
  { label: 'cold start: longest task ms', value: (r) => r.cold.longestTaskMs, aims: { L: 16 }, bound: '≤' },
  { label: 'cold start: longest task CPU ms', value: (r) => r.cold.longestTaskCpuMs },
  { label: 'cold start: longest frame interval ms', value: (r) => r.cold.longestFrameMs },
  { label: 'cold start: tasks over 50 ms', value: (r) => r.cold.longTasks },
  { label: 'warm start: index ready ms', value: (r) => r.warm.readyMs, aims: { M: 200, L: 1000 }, bound: '<' },
  { label: 'warm start: main thread CPU ms', value: (r) => r.warm.busyCpuMs },
  { label: 'warm start: longest task ms', value: (r) => r.warm.longestTaskMs },
  { label: '4× slower CPU, cold: index ready ms', value: (r) => r.throttled?.readyMs },
  { label: '4× slower CPU, cold: longest task ms', value: (r) => r.throttled?.longestTaskMs, aims: { M: 50 }, bound: '≤' },
  { label: '4× slower CPU, cold: longest task CPU ms', value: (r) => r.throttled?.longestTaskCpuMs },
  { label: 'heap after the cold start MB', value: (r) => r.heapMB, aims: { L: 150 }, bound: '<' },
  { label: 'vault set-up in the page ms (not counted)', value: (r) => r.setupMs },
];

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(0));

/** One row per figure, one column per vault; a figure with an aim on a vault says whether it is met. */
export function printPluginStart(rows: readonly PluginStartRow[], load: number): void {
  const aimText = (f: Figure) =>
    Object.entries(f.aims ?? {})
      .map(([size, aim]) => `${f.bound} ${aim} at ${size}`)
      .join(', ');
  const cell = (f: Figure, r: PluginStartRow) => {
    const value = f.value(r);
    const aim = f.aims?.[r.size];
    if (aim === undefined || value === undefined) return fmt(value);
    return `${fmt(value)} ${(f.bound === '<' ? value < aim : value <= aim) ? 'met' : 'short'}`;
  };
  const header = ['Plugin start in Chromium', ...rows.map((r) => `${r.size} (${r.notes} notes)`), 'aim'];
  const cells = FIGURES.map((f) => [f.label, ...rows.map((r) => cell(f, r)), aimText(f)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 || i === c.length - 1 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}`);
  for (const c of cells) console.log(line(c));
  if (load > cpus().length) {
    console.log(
      `  The machine was busy (load ${load.toFixed(1)} on ${cpus().length} cores): wall-clock figures include waits for the CPU; the CPU figures do not.`,
    );
  }
  for (const r of rows) for (const note of r.printed) console.log(`  ${r.size}: ${note}`);
}
