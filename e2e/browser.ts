import { type Browser, type Page, chromium } from 'playwright-core';
import { filesOf } from '../test/obsidian/harness-files';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens the harness with a vault and a fixed today, and waits for the first index; the script `init` runs in the page before anything else. */
export async function openVault(
  browser: Browser,
  url: string,
  files: Record<string, string>,
  today = '2026-11-25',
  theme: 'light' | 'dark' = 'light',
  init?: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  if (init) await page.addInitScript(init);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The page's clock stands still at noon of `today` (the browser shares this process's time zone); timers run.
  const [y, m, d] = today.split('-').map(Number);
  await page.clock.setFixedTime(new Date(y, m - 1, d, 12));
  await page.goto(url);
  await page.evaluate(
    async ([f, t]) => {
      document.body.className = `theme-${t}`;
      await (window as unknown as { startGoodwill(f: unknown): Promise<void> }).startGoodwill(f);
    },
    [files, theme] as const,
  );
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

export const exampleVault = () => filesOf('example-vault');
