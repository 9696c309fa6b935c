import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleVault, launch, openVault } from './browser';
import { serve } from './server';

/** Today's note in the example vault, placed and started from its template by its daily-notes settings. */
const TODAY_NOTE = 'Daily/2026-11-25.md';
const TODAY_TEMPLATE = '# Wednesday, November 25\n\n## Log\n';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const SHOTS = 'test-results/e2e';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type G = {
  app: {
    vault: {
      getFileByPath(p: string): unknown;
      read(f: unknown): Promise<string>;
      modify(f: unknown, t: string): Promise<void>;
      process(f: unknown, fn: (t: string) => string): Promise<string>;
    };
  };
  plugin: {
    unload(): void;
    markdownCodeBlockProcessors__: Map<string, (s: string, el: HTMLElement, ctx: unknown) => void>;
    commands__: Map<string, { callback?: () => unknown }>;
    context: { index: { warnings(): { file: string }[] } };
  };
  notices: string[];
};

/** Runs one of the plugin's commands, as the command palette does. */
async function runCommand(page: Page, id: string): Promise<void> {
  await page.evaluate((c) => void (window as unknown as { goodwill: G }).goodwill.plugin.commands__.get(c)!.callback!(), id);
}

/** The notices shown so far. */
async function noticesOf(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { goodwill: G }).goodwill.notices]);
}

/** The path of the note open in the workspace, if any. */
async function activeNote(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const { app } = (window as unknown as { goodwill: { app: { workspace: { getActiveFile(): { path: string } | null } } } }).goodwill;
    return app.workspace.getActiveFile()?.path ?? null;
  });
}

async function openView(page: Page): Promise<void> {
  await page.evaluate(() =>
    ((window as unknown as { goodwill: G }).goodwill.plugin.commands__.get('open-view') ??
      (window as unknown as { goodwill: G }).goodwill.plugin.commands__.get('goodwill:open-view'))!.callback!(),
  );
  await page.locator('#sidebar .goodwill-view').waitFor();
}

async function readNote(page: Page, path: string): Promise<string> {
  return page.evaluate(async (p) => {
    const { app } = (window as unknown as { goodwill: G }).goodwill;
    return app.vault.read(app.vault.getFileByPath(p));
  }, path);
}

async function shots(page: Page, name: string, fullPage = false): Promise<void> {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.body.className = `theme-${t}`), theme);
    await page.screenshot({ path: `${SHOTS}/${name}-${theme}.png`, fullPage });
  }
  await page.evaluate(() => (document.body.className = 'theme-light'));
}

function cli(command: string): Record<string, unknown>[] {
  return JSON.parse(
    execFileSync(process.execPath, ['dist/cli.js', 'example-vault', command, '--json', '--today', '2026-11-25'], { encoding: 'utf8' }),
  ) as Record<string, unknown>[];
}

describe('the built plugin in a browser', () => {
  it('1. loads on the example vault and shows the rows the CLI prints', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    const soon = page.locator('#sidebar details.goodwill-group:not(.goodwill-group-later) li.goodwill-row');
    const rows = await soon.evaluateAll((lis) =>
      lis.map((li) => [
        li.querySelector('.goodwill-due')!.textContent,
        li.querySelector('.goodwill-kind')!.textContent,
        li.querySelector('.goodwill-person')!.textContent,
      ]),
    );
    expect(rows).toEqual(cli('followups').map((r) => [r.due, r.kind, r.person]));
    const balance = await page
      .locator('#sidebar .goodwill-balance li')
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('.goodwill-person')!.textContent, li.querySelector('.goodwill-status-label')!.textContent]),
      );
    expect(balance).toEqual(cli('balance').map((r) => [r.person, r.status]));
    const intros = await page.locator('#sidebar .goodwill-intro-title').allTextContents();
    expect(intros).toEqual(cli('intros').map((r) => `${r.a} ↔ ${r.b} · score ${r.score}`));
    await shots(page, '1-view', true);
    await page.close();
  });

  it('2. marking a follow-up done changes exactly that line, and the row leaves the view', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    const path = 'Meetings/2026-11-04 Dan pricing session.md';
    const before = await readNote(page, path);
    await page.getByRole('button', { name: 'Mark done: [[Dan Foster]] the case study deck by next Friday' }).click();
    await expect.poll(() => readNote(page, path)).not.toBe(before);
    const after = await readNote(page, path);
    const changed = before
      .split('\n')
      .map((l, i) => [l, after.split('\n')[i]])
      .filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      [
        '- owe:: [[Dan Foster]] the case study deck by next Friday',
        '- owe:: [[Dan Foster]] the case study deck by next Friday ✅ 2026-11-25',
      ],
    ]);
    await expect.poll(() => page.locator('#sidebar').textContent()).not.toContain('the case study deck');
    await shots(page, '2-done');
    await page.close();
  });

  it('3. snoozing with "next monday" writes the date and hides the person until then', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await page.getByRole('button', { name: 'Snooze Noah Park' }).click();
    const input = page.locator('.modal input.goodwill-prompt-input');
    await input.fill('next monday');
    await expect.poll(() => page.locator('.goodwill-prompt-preview').textContent()).toBe('Until 2026-11-30');
    await shots(page, '3-snooze');
    await input.press('Enter');
    await expect.poll(() => readNote(page, 'People/Noah Park.md')).toContain('snooze-until: 2026-11-30');
    await expect.poll(() => page.locator('#sidebar .goodwill-followups').textContent()).not.toContain('Noah Park');
    await page.close();
  });

  it('4. a goodwill block renders its results and follows edits to a meeting note', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await page.evaluate(() => {
      const { plugin } = (window as unknown as { goodwill: G }).goodwill;
      const el = document.getElementById('note')!;
      el.createEl('h2', { text: 'Goodwill dashboard' });
      const block = el.createDiv();
      plugin.markdownCodeBlockProcessors__.get('goodwill')!('balance where status is overdrawn', block, {
        addChild: (c: { load(): void }) => c.load(),
      });
    });
    const names = () => page.locator('#note .goodwill-table td:first-child').allTextContents();
    expect(await names()).toEqual(['Henry Jones', 'Priya Shah']);
    await page.evaluate(async () => {
      const { app } = (window as unknown as { goodwill: G }).goodwill;
      const f = app.vault.getFileByPath('Meetings/2026-11-10 Olivia catch-up.md');
      await app.vault.process(
        f,
        (t) =>
          `${t}- ask:: [[Olivia Quinn]] intro to her board chair #intro\n- ask:: [[Olivia Quinn]] intro to her investor #intro\n- ask:: [[Olivia Quinn]] a reference #intro\n- ask:: [[Olivia Quinn]] a second reference #intro\n`,
      );
    });
    await expect.poll(names).toEqual(['Henry Jones', 'Priya Shah', 'Olivia Quinn']);
    await shots(page, '4-block');
    await page.close();
  });

  it("5. log a give: fuzzy-pick a person, type a line with a date, and it lands in today's daily note", async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await page.evaluate(() => void (window as unknown as { goodwill: G }).goodwill.plugin.commands__.get('log-owe')!.callback!());
    await page.locator('.modal input.prompt-input').fill('olqu');
    await expect.poll(() => page.locator('.suggestion-item').allTextContents()).toEqual(['Olivia Quinn (Quinn Consulting)']);
    await page.locator('.modal input.prompt-input').press('Enter');
    const input = page.locator('.modal input.goodwill-prompt-input');
    await input.fill('the board pack template by Friday');
    await expect
      .poll(() => page.locator('.goodwill-prompt-preview').textContent())
      .toBe('- owe:: [[Olivia Quinn]] the board pack template by Friday 📅 2026-11-27');
    await shots(page, '5-log');
    await input.press('Enter');
    await expect
      .poll(() => readNote(page, TODAY_NOTE))
      .toBe(`${TODAY_TEMPLATE}- owe:: [[Olivia Quinn]] the board pack template by Friday 📅 2026-11-27\n`);
    await page.close();
  });

  it('6. creating an introduction draft makes the note with both names and the reason', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await page.getByRole('button', { name: 'Create a draft note for Alice Chen and Bob Diaz' }).click();
    await expect
      .poll(() => readNote(page, 'Introductions/2026-11-25 Alice Chen and Bob Diaz.md').catch(() => ''))
      .toContain('Alice Chen needs a brand designer; Bob Diaz offers brand design');
    const draft = await readNote(page, 'Introductions/2026-11-25 Alice Chen and Bob Diaz.md');
    expect(draft).toContain('Hi Alice and Bob,');
    expect(draft).toContain('state: proposed');
    await page.close();
  });

  it('7. keyboard only: rows and actions are reached with Tab and work with Enter', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await page.locator('#sidebar .goodwill-group summary').first().focus();
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(
          () =>
            `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent}`,
        ),
      );
    }
    expect(seen.slice(0, 5)).toEqual([
      'A:Noah Park',
      'A:Reconnect (monthly; last contact 2026-10-01)',
      'BUTTON:Snooze Noah Park',
      'BUTTON:Log a touch with Noah Park',
      'A:Eve Garcia',
    ]);
    // Tab on to Eve's Done button and press Enter.
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).startsWith('Mark done: [[Eve]]'))
      await page.keyboard.press('Tab');
    await shots(page, '7-keyboard');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => readNote(page, 'Meetings/2026-10-28 Eve coffee.md'))
      .toContain('- waiting:: [[Eve]] intro to her head of platform by 2026-11-06 ✅ 2026-11-25');
    await page.close();
  });

  it('8. hostile names render as text', async () => {
    const page = await openVault(browser, server.url, {
      'People/x.md': '---\ntype: person\nname: "<img src=x onerror=alert(1)>"\noffers: [brand design]\n---\n',
      'People/y.md': '---\ntype: person\nname: "<script>alert(2)</script>"\nneeds: [brand design]\n---\n',
      'Daily/2026-11-20.md': '- owe:: [[x]] <b>bold</b> <iframe src=x>\n- Met [[y]]\n',
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openView(page);
    expect(await page.locator('#sidebar img, #sidebar script, #sidebar b, #sidebar iframe').count()).toBe(0);
    expect(await page.locator('#sidebar').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toBe(0);
    await shots(page, '8-hostile');
    await page.close();
  });

  it('9. an introduction draft walks from proposed to made with one click per step', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await page.getByRole('button', { name: 'Create a draft note for Alice Chen and Bob Diaz' }).click();
    const path = 'Introductions/2026-11-25 Alice Chen and Bob Diaz.md';
    await expect.poll(() => page.locator('#sidebar .goodwill-draft-row').count()).toBe(1);
    for (const [label, state] of [
      ['Asked A', 'asked-a'],
      ['A agreed; asked B', 'asked-b'],
      ['Both agreed; made', 'made'],
    ]) {
      await page.getByRole('button', { name: `${label}: Alice Chen and Bob Diaz` }).click();
      await expect.poll(() => readNote(page, path)).toContain(`state: ${state}`);
      await expect.poll(() => page.locator('#sidebar .goodwill-draft-row .goodwill-kind').textContent()).toBe(state);
    }
    await expect.poll(() => readNote(page, TODAY_NOTE)).toBe(`${TODAY_TEMPLATE}- Introduced [[Alice Chen]] to [[Bob Diaz]] #intro\n`);
    await shots(page, '9-introduction');
    await page.close();
  });
  it('10. started again, the plugin takes every note from its store and shows the same view', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    const viewText = async () => {
      await openView(page);
      return page.locator('#sidebar .goodwill-view').evaluate((el) => el.textContent);
    };
    const first = await viewText();
    expect(first).toContain('Noah Park');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toEqual([expect.stringMatching(/^goodwill-records-[0-9a-f]+$/)]);
    const restarted = await page.evaluate(() =>
      (window as unknown as { restartGoodwill(): Promise<{ read: number; ms: number }> }).restartGoodwill(),
    );
    expect(restarted.read).toBe(0);
    expect(await viewText()).toBe(first);
    // A note changed while the plugin was stopped is the one note read at the next start.
    await page.evaluate(() => (window as unknown as { goodwill: G }).goodwill.plugin.unload());
    await page.evaluate(async () => {
      const { app } = (window as unknown as { goodwill: G }).goodwill;
      await app.vault.process(app.vault.getFileByPath('People/Noah Park.md'), (t) => `${t}\nsnooze-until: 2026-11-30\n`);
    });
    const again = await page.evaluate(() =>
      (window as unknown as { restartGoodwill(): Promise<{ read: number; ms: number }> }).restartGoodwill(),
    );
    expect(again.read).toBe(1);
    await page.close();
  });

  it('11. the first index is parsed in a worker; with no worker, or a worker that fails, the view is the same', async () => {
    /** In the page before the plugin: counts the parse worker's replies and keeps the console's warnings. */
    const watch = (worker: 'real' | 'absent' | 'failing') => `
      const seen = { replies: 0, warnings: [] };
      window.seen = seen;
      const warn = console.warn.bind(console);
      console.warn = (...args) => { seen.warnings.push(args.map(String).join(' ')); warn(...args); };
      const Real = window.Worker;
      window.Worker = ${JSON.stringify(worker)} === 'absent' ? undefined : class extends Real {
        constructor(url, options) {
          // A failing worker: its script throws as it starts, as one refused by a policy or out of memory would.
          super(${JSON.stringify(worker)} === 'failing' ? URL.createObjectURL(new Blob(['throw new Error("broken")'])) : url, options);
          this.addEventListener('message', () => seen.replies++);
        }
      };`;
    const followups = cli('followups').map((r) => [r.due, r.kind, r.person]);
    for (const worker of ['real', 'absent', 'failing'] as const) {
      const page = await openVault(browser, server.url, exampleVault(), '2026-11-25', 'light', watch(worker));
      await openView(page);
      const rows = await page
        .locator('#sidebar details.goodwill-group:not(.goodwill-group-later) li.goodwill-row')
        .evaluateAll((lis) =>
          lis.map((li) => [
            li.querySelector('.goodwill-due')!.textContent,
            li.querySelector('.goodwill-kind')!.textContent,
            li.querySelector('.goodwill-person')!.textContent,
          ]),
        );
      expect(rows, worker).toEqual(followups);
      const seen = await page.evaluate(() => (window as unknown as { seen: { replies: number; warnings: string[] } }).seen);
      if (worker === 'real') {
        expect(seen.replies).toBeGreaterThan(0);
        expect(seen.warnings).toEqual([]);
      } else {
        expect(seen.replies).toBe(0);
        expect(seen.warnings).toHaveLength(1);
        expect(seen.warnings[0]).toMatch(/^Goodwill: notes are read on the interface thread/);
      }
      await page.close();
    }
  });

  it('12. snoozing with "last monday" is refused with a message, and nothing is written', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    const before = await readNote(page, 'People/Noah Park.md');
    await page.getByRole('button', { name: 'Snooze Noah Park' }).click();
    const input = page.locator('.modal input.goodwill-prompt-input');
    await input.fill('last monday');
    await expect.poll(() => page.locator('.goodwill-prompt-preview').textContent()).toBe('2026-11-23 is not after today.');
    await input.press('Enter');
    await expect.poll(() => page.locator('.modal .goodwill-error').textContent()).toBe('2026-11-23 is not after today: pick a later day.');
    await shots(page, '10-snooze-refused');
    expect(await page.locator('.modal').count()).toBe(1);
    expect(await readNote(page, 'People/Noah Park.md')).toBe(before);
    await page.close();
  });

  it('13. "Record the outcome" asks what came of it and writes outcome-note; an empty answer changes nothing', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await page.getByRole('button', { name: 'Create a draft note for Alice Chen and Bob Diaz' }).click();
    const path = 'Introductions/2026-11-25 Alice Chen and Bob Diaz.md';
    for (const [label, state] of [
      ['Asked A', 'asked-a'],
      ['A agreed; asked B', 'asked-b'],
      ['Both agreed; made', 'made'],
    ]) {
      await page.getByRole('button', { name: `${label}: Alice Chen and Bob Diaz` }).click();
      await expect.poll(() => readNote(page, path)).toContain(`state: ${state}`);
    }
    const record = page.getByRole('button', { name: 'Record the outcome: Alice Chen and Bob Diaz' });
    await record.click();
    const input = page.locator('.modal input.goodwill-prompt-input');
    await input.press('Enter');
    await expect.poll(() => noticesOf(page)).toContain('Nothing recorded: the introduction of Alice Chen and Bob Diaz stays made.');
    expect(await readNote(page, path)).toContain('state: made');
    expect(await readNote(page, path)).not.toContain('outcome');
    await record.click();
    await input.fill('a brand refresh for Northwind, $4,000');
    await shots(page, '11-outcome');
    await input.press('Enter');
    await expect.poll(() => readNote(page, path)).toContain('state: outcome');
    expect(await readNote(page, path)).toContain('outcome-note: "a brand refresh for Northwind, $4,000"');
    await page.close();
  });

  it("14. the digest command says where the digest went and opens today's note", async () => {
    const page = await openVault(browser, server.url, exampleVault());
    expect(await activeNote(page)).not.toBe(TODAY_NOTE);
    await runCommand(page, 'write-digest');
    await expect.poll(() => activeNote(page)).toBe(TODAY_NOTE);
    expect(await readNote(page, TODAY_NOTE)).toContain('## Goodwill digest 2026-11-25');
    expect(await noticesOf(page)).toEqual(["Goodwill: today's digest is in 2026-11-25."]);
    await shots(page, '12-digest');
    await page.close();
  });

  it('15. Thanked on a "Say thank you" row logs the thank-you, and the row leaves the view', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    const row = page.locator('#sidebar li.goodwill-kind-thanks', { hasText: 'Hooli CFO' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('button', { name: 'Log a thank-you to Priya Shah' }).click();
    await expect
      .poll(() => readNote(page, TODAY_NOTE))
      .toBe(`${TODAY_TEMPLATE}- thanks:: [[Priya Shah]] for intro to the Hooli CFO #intro\n`);
    await expect.poll(() => row.count()).toBe(0);
    await shots(page, '13-thanked');
    await page.close();
  });

  it('16. a new meeting note links the attendee in its give and ask, and adds no warning', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await runCommand(page, 'new-meeting');
    await page.locator('.modal input.prompt-input').fill('olqu');
    await page.locator('.modal input.prompt-input').press('Enter');
    const path = 'Meetings/2026-11-25 Meeting with Olivia Quinn.md';
    await expect.poll(() => readNote(page, path).catch(() => '')).toContain('- give:: [[Olivia Quinn]]\n- ask:: [[Olivia Quinn]]\n');
    await expect.poll(() => activeNote(page)).toBe(path);
    const warnings = await page.evaluate(
      (p) => (window as unknown as { goodwill: G }).goodwill.plugin.context.index.warnings().filter((w) => w.file === p),
      path,
    );
    expect(warnings).toEqual([]);
    await page.close();
  });
});
