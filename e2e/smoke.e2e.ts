import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleVault, launch, openVault } from './browser';
import { serve } from './server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('smoke', async () => {
  const page = await openVault(browser, server.url, exampleVault());
  await page.evaluate(() => (window as unknown as { goodwill: { plugin: { activateView(): Promise<void> } } }).goodwill.plugin.activateView());
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/smoke.png' });
  expect(await page.locator('#sidebar .goodwill-group summary').allTextContents()).toContain('Overdue (7)');
});
