import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp } from '../src/core';
import { followUpKindLabel } from '../src/obsidian/ui/follow-up-labels';
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
    features: { personCards: { showLedger(file: unknown): boolean } };
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

/** Both themes of one element, cut to its box: the pictures the README shows. */
async function elementShots(page: Page, selector: string, name: string): Promise<void> {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.body.className = `theme-${t}`), theme);
    await page
      .locator(selector)
      .first()
      .screenshot({ path: `${SHOTS}/${name}-${theme}.png` });
  }
  await page.evaluate(() => (document.body.className = 'theme-light'));
}

/** A right sidebar 280 pixels wide, as narrow as Obsidian lets one drag it. */
async function narrowSidebar(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.workspace { grid-template-columns: 1fr 280px; }' });
}

/** Renders a ```goodwill``` block into a new element of `where`, as reading view would, and returns its selector. */
async function renderBlock(page: Page, source: string, where = '#note'): Promise<string> {
  return page.evaluate(
    ([src, parent]) => {
      const { plugin } = (window as unknown as { goodwill: G }).goodwill;
      const block = document.querySelector(parent)!.createDiv();
      block.id = `block-${document.querySelectorAll('[id^=block-]').length}`;
      plugin.markdownCodeBlockProcessors__.get('goodwill')!(src, block, { addChild: (c: { load(): void }) => c.load() });
      return `#${block.id}`;
    },
    [source, where] as const,
  );
}

/** The WCAG contrast ratio of two colours given as rgb(…) strings. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
    const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** In the page: the colour a theme variable resolves to, as getComputedStyle writes colours. */
const THEME_COLOUR = `window.themeColour = (v) => {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = 'var(' + v + ')';
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
};`;
type ThemeWindow = { themeColour(variable: string): string };

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
    expect(rows).toEqual(cli('followups').map((r) => [r.due, followUpKindLabel(r.kind as FollowUp['kind']), r.person]));
    const balance = await page
      .locator('#sidebar .goodwill-balance li')
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('.goodwill-person')!.textContent, li.querySelector('.goodwill-status-label')!.textContent]),
      );
    expect(balance).toEqual(cli('balance').map((r) => [r.person, r.status]));
    const intros = await page.locator('#sidebar .goodwill-intro-title').allTextContents();
    expect(intros).toEqual(cli('intros').map((r) => `${r.a} ↔ ${r.b} · score ${r.score}`));
    await shots(page, '1-view', true);
    await narrowSidebar(page);
    await elementShots(page, '#sidebar', '1-view-narrow');
    await page.close();
  });

  it('2. marking a follow-up done changes exactly that line, and the row leaves the view', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    const path = 'Meetings/2026-11-04 Dan pricing session.md';
    const before = await readNote(page, path);
    await page.getByRole('button', { name: 'Mark done: Dan Foster the case study deck by next Friday' }).click();
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
    const names = () => page.locator('#note .goodwill-person').allTextContents();
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
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).startsWith('Mark done: Eve intro'))
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
    for (const [label, state, words] of [
      ['Asked Alice', 'asked-a', 'Asked Alice'],
      ['Alice agreed; ask Bob', 'asked-b', 'Alice agreed; asked Bob'],
      ['Both agreed; made', 'made', 'Made'],
    ]) {
      await page.getByRole('button', { name: `${label}: Alice Chen and Bob Diaz` }).click();
      await expect.poll(() => readNote(page, path)).toContain(`state: ${state}`);
      await expect.poll(() => page.locator('#sidebar .goodwill-draft-row .goodwill-draft-step').textContent()).toBe(words);
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
    const followups = cli('followups').map((r) => [r.due, followUpKindLabel(r.kind as FollowUp['kind']), r.person]);
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
    await expect.poll(() => page.locator('.goodwill-prompt-problem').textContent()).toBe('2026-11-23 is not after today.');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('.modal .goodwill-prompt-problem').textContent())
      .toBe('2026-11-23 is not after today: pick a later day.');
    await shots(page, '12-snooze-refused');
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
      ['Asked Alice', 'asked-a'],
      ['Alice agreed; ask Bob', 'asked-b'],
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
    await shots(page, '13-outcome');
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
    await shots(page, '14-digest');
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
    await shots(page, '15-thanked');
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

  it('17. a followups block draws its rows as the view does: a head line (due, kind, person), then the text', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await narrowSidebar(page);
    const block = await renderBlock(page, 'followups due before next week', '#sidebar .goodwill-view');
    const rowsOf = (scope: string) =>
      page.locator(`${scope} li.goodwill-row`).evaluateAll((lis) =>
        lis.map((li) => {
          const head = li.querySelector('.goodwill-row-head');
          const parts = ['.goodwill-due', '.goodwill-kind', '.goodwill-person'].map((s) => head?.querySelector(s) ?? null);
          // The head's parts sit on one line: their boxes overlap from top to bottom.
          const boxes = parts.map((el) => el?.getBoundingClientRect() ?? null);
          const oneLine =
            boxes.every((b) => b !== null) && Math.max(...boxes.map((b) => b!.top)) < Math.min(...boxes.map((b) => b!.bottom));
          return [...parts.map((el) => el?.textContent ?? null), li.querySelector('.goodwill-text')?.textContent ?? null, oneLine];
        }),
      );
    const inBlock = await rowsOf(block);
    expect(inBlock.length).toBeGreaterThan(5);
    for (const row of inBlock) expect(row[4]).toBe(true);
    // The same follow-ups read the same in the view and in the block.
    const inView = await rowsOf('#sidebar .goodwill-followups details:not(.goodwill-group-later)');
    expect(inBlock.map((r) => r.slice(0, 4))).toEqual(inView.filter((r) => (r[0] as string) < '2026-12-02').map((r) => r.slice(0, 4)));
    // The block has no buttons but "More" on a long text: it is read-only.
    expect(await page.locator(`${block} button:not(.goodwill-more)`).count()).toBe(0);
    await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      document.querySelector('#sidebar .goodwill-view')!.prepend(el);
    }, block);
    await elementShots(page, block, '17-followups-block');
    await page.close();
  });

  it('18. the ledger modal shows a date column, what each entry was in words, and its text', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await page.evaluate(() => {
      const { app, plugin } = (window as unknown as { goodwill: G }).goodwill;
      plugin.features.personCards.showLedger(app.vault.getFileByPath('People/Dan Foster.md'));
    });
    const table = (title: string) =>
      page.evaluate((t) => {
        const h5 = [...document.querySelectorAll('.modal h5')].find((h) => h.textContent === t);
        const rows = h5?.nextElementSibling?.querySelectorAll('tr') ?? [];
        return [...rows].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
      }, title);
    expect(await table('You owe')).toEqual([['2026-11-04', 'You promised', 'Dan Foster the case study deck by next Friday']]);
    expect(await table('Ledger')).toEqual([
      ['2026-11-04', 'You thanked', 'Dan for the checklist'],
      ['2026-11-04', 'You promised', 'Dan Foster the case study deck by next Friday'],
      ['2026-11-04', 'They gave', 'Dan Foster a pricing checklist #info'],
      ['2026-11-04', 'Met', '2026-11-04 Dan pricing session'],
      ['2026-10-22', 'You introduced', 'Liam Novak intro to Dan Foster for pricing #intro'],
    ]);
    // The date is a column of its own, left of the label: its text never runs into the entry's.
    const [date, label] = await page
      .locator('.modal .goodwill-ledger tr')
      .first()
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return range.getBoundingClientRect();
        }),
      );
    expect(date.right).toBeLessThan(label.left);
    await elementShots(page, '.modal', '18-ledger');
    await page.close();
  });

  it('19. the provenance graph: names fit or end in an ellipsis, edges show, arrows point the way, an empty graph is left out', async () => {
    const long = 'Maximiliana Wolkenstein-Fairweather';
    const page = await openVault(browser, server.url, {
      ...exampleVault(),
      [`People/${long}.md`]: '---\ntype: person\nintroduced-by: "[[Alice Chen]]"\n---\n',
    });
    await openView(page);
    await narrowSidebar(page);
    const view = '#sidebar .goodwill-view';
    await page.evaluate((v) => document.querySelector(v)!.empty(), view);
    const alice = await renderBlock(page, 'provenance [[Alice Chen]]', view);
    const grace = await renderBlock(page, 'provenance [[Grace Ito]]', view);
    const bob = await renderBlock(page, 'provenance [[Bob Diaz]]', view);
    const sides = (block: string) =>
      page.evaluate((b) => {
        const names = (cls: string) =>
          [...document.querySelectorAll(`${b} .goodwill-graph-column.${cls} .goodwill-graph-node`)].map((n) => n.textContent);
        const heading = (cls: string) => document.querySelector(`${b} .${cls}`)?.textContent ?? null;
        return {
          by: names('goodwill-graph-by'),
          center: names('goodwill-graph-center'),
          to: names('goodwill-graph-to'),
          headings: [heading('goodwill-graph-heading-by'), heading('goodwill-graph-heading-to')],
          arrows: document.querySelectorAll(`${b} .goodwill-graph-arrow`).length,
        };
      }, block);
    // Two people's graphs differ: who introduced whom reads from the sides and the arrows.
    expect(await sides(alice)).toEqual({
      by: [],
      center: ['Alice Chen'],
      to: ['Grace Ito', long],
      headings: [null, 'Introduced to you'],
      arrows: 2,
    });
    expect(await sides(grace)).toEqual({ by: ['Alice Chen'], center: ['Grace Ito'], to: [], headings: ['Introduced by', null], arrows: 1 });
    // No graph where there is nothing to draw: only the sentence that says so.
    expect(await page.locator(`${bob} .goodwill-graph`).count()).toBe(0);
    expect(await page.locator(`${bob} .goodwill-empty`).textContent()).toContain('No introductions recorded for Bob Diaz yet');
    // The value is printed once, in the outcome's own words.
    expect((await page.locator(alice).textContent())!.split('$4,000')).toHaveLength(2);
    // Every name lies inside the graph and clear of every other; the long one ends in an ellipsis.
    const boxes = await page.locator(`${alice} .goodwill-graph-node`).evaluateAll((nodes) => {
      const graph = nodes[0].closest('.goodwill-graph')!.getBoundingClientRect();
      return nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          inside: r.left >= graph.left - 0.5 && r.right <= graph.right + 0.5,
          cut: n.scrollWidth > n.clientWidth,
        };
      });
    });
    for (const b of boxes) expect(b.inside).toBe(true);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    expect(boxes.map((b) => b.cut)).toEqual([false, false, true]);
    const longNode = page.locator(`${alice} .goodwill-graph-node`, { hasText: long });
    expect(await longNode.getAttribute('title')).toBe(long);
    await page.keyboard.press('Tab');
    await longNode.focus();
    expect(await longNode.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
    await longNode.blur();
    // The edges stand out from the background in both themes (3:1, as graphics need).
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.body.className = `theme-${t}`), theme);
      const [stroke, background] = await page
        .locator(`${alice} .goodwill-graph-edge`)
        .first()
        .evaluate((line) => {
          let el: Element | null = line.closest('.goodwill-graph');
          let bg = 'rgba(0, 0, 0, 0)';
          while (el && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
            bg = getComputedStyle(el).backgroundColor;
            el = el.parentElement;
          }
          return [getComputedStyle(line).stroke, bg];
        });
      expect(contrast(stroke, background), theme).toBeGreaterThanOrEqual(3);
    }
    await page.evaluate(() => (document.body.className = 'theme-light'));
    await elementShots(page, alice, '19-provenance');
    await page.close();
  });

  it('20. a balance row: a mark in the status colour with a shape of its own and an outline, the word in normal text, the trust light apart and labelled, an axis', async () => {
    const page = await openVault(browser, server.url, exampleVault(), '2026-11-25', 'light', THEME_COLOUR);
    await openView(page);
    await narrowSidebar(page);
    const rows = () =>
      page.locator('#sidebar .goodwill-balance li.goodwill-row').evaluateAll((lis) => {
        const { themeColour } = window as unknown as ThemeWindow;
        const fills: Record<string, string> = {
          overdrawn: themeColour('--color-red'),
          'one-way': themeColour('--color-orange'),
          'in-credit': themeColour('--color-green'),
          even: themeColour('--color-blue'),
        };
        return lis.map((li) => {
          const status = li.querySelector('.goodwill-balance-status');
          const word = status?.querySelector('.goodwill-status-label') ?? null;
          const shape = status?.querySelector('.goodwill-mark-shape') ?? null;
          const trust = li.querySelector('.goodwill-trust');
          const axis = li.querySelector('.goodwill-bar-axis');
          const text = word?.textContent ?? '';
          return {
            status: text,
            shape: shape?.getAttribute('d') ?? null,
            filled: shape !== null && getComputedStyle(shape).fill === fills[text],
            outlined: shape !== null && getComputedStyle(shape).stroke === themeColour('--text-muted'),
            wordInNormalText: word !== null && getComputedStyle(word).color === themeColour('--text-normal'),
            trust:
              trust === null
                ? null
                : [...trust.children]
                    .map((c) => c.textContent)
                    .filter(Boolean)
                    .join(' '),
            trustBesideStatus: trust?.closest('.goodwill-row-head') != null,
            axis: axis?.getAttribute('x1') === '100' && getComputedStyle(axis).stroke === themeColour('--text-muted'),
          };
        });
      });
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.body.className = `theme-${t}`), theme);
      const seen = await rows();
      expect(seen.map((r) => r.status)).toEqual(cli('balance').map((r) => r.status));
      for (const r of seen) {
        expect(r, r.status).toMatchObject({ filled: true, outlined: true, wordInNormalText: true, trustBesideStatus: false, axis: true });
        expect(r.trust, r.status).toMatch(/^Trust (green|amber|red)$/);
      }
      // Each status has its own shape: colour is never the only cue.
      const shapes = new Map(seen.map((r) => [r.status, r.shape]));
      expect(new Set(shapes.values()).size).toBe(shapes.size);
    }
    await elementShots(page, '#sidebar .goodwill-balance', '20-balance');
    await page.close();
  });

  it('21. a long text is cut to two lines, shows whole on hover and on focus, opens its note on click, and "More" shows it whole', async () => {
    const long =
      'the onboarding checklist for the new pricing pages, with the notes from the workshop, the two case studies we talked about, and the list of people on his team who should get a copy before the review';
    const page = await openVault(browser, server.url, { ...exampleVault(), 'Daily/2026-11-24.md': `- owe:: [[Dan Foster]] ${long}\n` });
    await openView(page);
    await narrowSidebar(page);
    const row = page.locator('#sidebar .goodwill-followups li.goodwill-row', { hasText: 'onboarding checklist' });
    const text = row.locator('.goodwill-text');
    const more = row.locator('button.goodwill-more');
    /** The text's height in lines. */
    const lines = () => text.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(await lines()).toBeCloseTo(2, 1);
    expect(await text.getAttribute('title')).toBe(`You owe Dan Foster: ${long}`);
    await expect.poll(() => more.isVisible()).toBe(true);
    // A short text has nothing cut, and no "More".
    const short = page.locator('#sidebar .goodwill-followups li.goodwill-row', { hasText: 'Reconnect (monthly' }).first();
    expect(await short.locator('button.goodwill-more').isVisible()).toBe(false);
    // By keyboard: the text shows whole while it has the focus, and "More" comes next with Tab.
    await row.locator('.goodwill-person').focus();
    await page.keyboard.press('Tab');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await lines()).toBeGreaterThan(3);
    await shots(page, '21-long-text-focus');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Show the whole text');
    expect(await lines()).toBeCloseTo(2, 1);
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await lines()).toBeGreaterThan(3);
    await elementShots(page, '#sidebar .goodwill-followups', '21-long-text-more');
    // A click on the text still opens the note at its line.
    await text.click();
    await expect.poll(() => activeNote(page)).toBe('Daily/2026-11-24.md');
    await page.close();
  });

  it('22. a people block gives the name, the stage and the last contact columns of their own, under headings', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await narrowSidebar(page);
    const view = '#sidebar .goodwill-view';
    await page.evaluate((v) => document.querySelector(v)!.empty(), view);
    const block = await renderBlock(page, 'people limit 8', view);
    expect(await page.locator(`${block} th`).allTextContents()).toEqual(['Person', 'Stage', 'Last contact']);
    const rows = await page.locator(`${block} tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        const boxes = cells.map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return range.getBoundingClientRect();
        });
        return {
          texts: cells.map((td) => td.textContent),
          // Each part stands clear of the next, with space between.
          apart: boxes.every((b, i) => i === 0 || boxes[i - 1].right + 4 <= b.left),
          sizes: cells.map((td) => parseFloat(getComputedStyle(td.firstElementChild ?? td).fontSize)),
        };
      }),
    );
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect(r.texts, r.texts.join()).toHaveLength(3);
      expect(r.texts[2]).toMatch(/^(\d{4}-\d{2}-\d{2}|never)$/);
      expect(r.apart, r.texts.join()).toBe(true);
      for (const size of r.sizes) expect(size).toBeGreaterThanOrEqual(12);
    }
    await elementShots(page, block, '22-people-block');
    await page.close();
  });

  it('23. keyboard focus shows one ring, in the accent colour, on every link, button and group heading of the view', async () => {
    const page = await openVault(browser, server.url, exampleVault(), '2026-11-25', 'light', THEME_COLOUR);
    await openView(page);
    await page.locator('#sidebar .goodwill-group summary').first().focus();
    // Back onto the first group's heading by keyboard, then on through its rows.
    await page.keyboard.press('Tab');
    const keys = ['Shift+Tab', ...Array<string>(30).fill('Tab')];
    const rings = new Map<string, boolean>();
    for (const key of keys) {
      await page.keyboard.press(key);
      const [what, ring] = await page.evaluate(() => {
        const el = document.activeElement!;
        const style = getComputedStyle(el);
        const accent = (window as unknown as ThemeWindow).themeColour('--interactive-accent');
        return [[el.tagName.toLowerCase(), ...el.classList].join('.'), style.outlineStyle === 'solid' && style.outlineColor === accent];
      });
      rings.set(what, (rings.get(what) ?? true) && ring);
    }
    expect([...rings.keys()]).toEqual(
      expect.arrayContaining([
        'a.goodwill-link.goodwill-person',
        'a.goodwill-link.goodwill-text.goodwill-clamp',
        'button.goodwill-action',
        'summary',
      ]),
    );
    expect(Object.fromEntries(rings)).toEqual(Object.fromEntries([...rings.keys()].map((k) => [k, true])));
    await shots(page, '23-focus');
    await page.close();
  });

  it("24. every text in the view reads at 4.5:1 or more on its background, and every mark's outline at 3:1, in both themes", async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await narrowSidebar(page);
    const view = '#sidebar .goodwill-view';
    // Blocks drawn in the view too, and every group and draft opened, so that every kind of text is measured.
    for (const query of ['people limit 5', 'person [[Dan Foster]]', 'provenance [[Alice Chen]]', 'brief [[Eve Garcia]]', 'org [[Hooli]]'])
      await renderBlock(page, query, view);
    await page.evaluate((v) => document.querySelectorAll(`${v} details`).forEach((d) => ((d as HTMLDetailsElement).open = true)), view);
    // The Organisations section, opened as a person would, with the pointer on its button (hover has its own colour).
    const organisations = page.locator(`${view} .goodwill-disclosure`, { hasText: 'Organisations' });
    await organisations.click();
    await expect.poll(() => organisations.getAttribute('aria-expanded')).toBe('true');
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.body.className = `theme-${t}`), theme);
      const { texts, outlines } = await page.evaluate((v) => {
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg !== 'transparent' && !/^rgba\(.*, 0\)$/.test(bg)) return bg;
          }
          return getComputedStyle(document.body).backgroundColor;
        };
        const root = document.querySelector(v)!;
        const texts = [...root.querySelectorAll('*')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({
            text: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent!.trim().slice(0, 30)}"`,
            colour: getComputedStyle(el).color,
            background: background(el),
          }));
        const outlines = [...root.querySelectorAll('.goodwill-mark-shape')].map((shape) => ({
          text: shape.closest('svg')!.getAttribute('class')!,
          colour: getComputedStyle(shape).stroke,
          background: background(shape.closest('svg')!.parentElement),
        }));
        return { texts, outlines };
      }, view);
      expect(texts.length).toBeGreaterThan(100);
      expect(outlines.length).toBeGreaterThan(20);
      const below = (items: typeof texts, ratio: number) =>
        items
          .filter((t) => contrast(t.colour, t.background) < ratio)
          .map((t) => `${t.text}: ${contrast(t.colour, t.background).toFixed(2)}`);
      expect(below(texts, 4.5), theme).toEqual([]);
      expect(below(outlines, 3), theme).toEqual([]);
    }
    await page.close();
  });

  it('30. a prompt labels its preview, shows a refusal once in its place in the interface font, keeps its width; the picker shows the sentence', async () => {
    const page = await openVault(browser, server.url, { ...exampleVault(), 'People/Alice Wong.md': '---\ntype: person\n---\n' });
    await runCommand(page, 'capture');
    const modal = page.locator('.modal');
    const input = page.locator('.modal input.goodwill-prompt-input');
    const width = () => modal.evaluate((m) => Math.round(m.getBoundingClientRect().width));
    const opened = await width();
    await input.fill('gave Alice Chen an intro to the head of partnerships at the logistics company we both met in Lisbon yesterday');
    await expect.poll(() => page.locator('.modal .goodwill-prompt-label').textContent()).toBe('Will add: ');
    expect(await page.locator('.modal .goodwill-prompt-preview').textContent()).toContain('give:: [[Alice Chen]] an intro to the head');
    expect(await width()).toBe(opened);
    await shots(page, '30-prompt-preview');
    await input.fill('the weather was nice');
    const problem = page.locator('.modal .goodwill-prompt-problem');
    await expect.poll(() => problem.count()).toBe(1);
    const message = (await problem.textContent())!;
    expect(message).toMatch(/^Start with what happened/);
    await input.press('Enter');
    // Refused, the line is said once, in place of the preview, in the interface font; the modal keeps its width.
    expect(await problem.count()).toBe(1);
    expect(await page.locator('.modal .goodwill-prompt-preview').count()).toBe(0);
    expect((await modal.textContent())!.split(message)).toHaveLength(2);
    const [font, uiFont] = await problem.evaluate((el) => [getComputedStyle(el).fontFamily, getComputedStyle(document.body).fontFamily]);
    expect(font).toBe(uiFont);
    expect(await width()).toBe(opened);
    await shots(page, '30-prompt-refused');
    await input.fill('gave Alice an intro to Bob yesterday');
    await input.press('Enter');
    await expect
      .poll(() => page.locator('.modal .goodwill-pick-context').textContent())
      .toBe('Capturing: gave Alice an intro to Bob yesterday');
    await shots(page, '30-pick-person');
    await page.close();
  });

  it('31. an introduction under way names its people, says since when, can be declined, and shows one notice per click', async () => {
    const path = 'Introductions/2026-11-06 Eve and Alice Chen.md';
    const page = await openVault(browser, server.url, {
      ...exampleVault(),
      [path]: '---\ntype: introduction\na: "[[Eve]]"\nb: "[[Alice Chen]]"\nstate: asked-a\nasked-a: 2026-11-06\n---\n',
    });
    await openView(page);
    const row = page.locator('#sidebar .goodwill-draft-row');
    expect(await row.locator('.goodwill-draft-state').textContent()).toBe('Asked Eve since 2026-11-06 · 19 days ago');
    expect(await row.locator('button').allTextContents()).toEqual(['Eve agreed; ask Alice', 'Declined', 'Copy', 'Other drafts']);
    await elementShots(page, '#sidebar .goodwill-intros', '31-under-way');
    await narrowSidebar(page);
    await elementShots(page, '#sidebar .goodwill-intros', '31-under-way-narrow');
    const shown = (await noticesOf(page)).length;
    await page.getByRole('button', { name: 'Eve agreed; ask Alice: Eve Garcia and Alice Chen' }).click();
    await expect.poll(() => row.locator('.goodwill-draft-state').textContent()).toBe('Eve agreed; asked Alice since 2026-11-25 · today');
    expect((await noticesOf(page)).slice(shown)).toEqual(['Eve agreed; asked Alice: the introduction of Eve Garcia and Alice Chen.']);
    await page.getByRole('button', { name: 'Declined: Eve Garcia and Alice Chen' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect(await readNote(page, path)).toContain('state: declined');
    expect((await noticesOf(page)).slice(shown + 1)).toEqual(['Declined: the introduction of Eve Garcia and Alice Chen.']);
    await page.close();
  });

  it('32. an import with nothing new says so and offers only Close; a contact listed twice is reported as such', async () => {
    const card = 'BEGIN:VCARD\nVERSION:3.0\nFN:Iris Kim\nEND:VCARD\n';
    const page = await openVault(browser, server.url, { ...exampleVault(), 'Imports/contacts.vcf': card + card });
    await runCommand(page, 'import-contacts');
    await page.locator('.modal input.prompt-input').fill('contacts');
    await page.locator('.modal input.prompt-input').press('Enter');
    await expect.poll(() => page.locator('.modal p').textContent()).toBe('Nothing new to import: 2 contacts skipped.');
    expect(await page.locator('.modal li').allTextContents()).toEqual([
      'Skip Iris Kim: already in the vault as People/Iris Kim.md',
      'Skip Iris Kim: listed twice in the file',
    ]);
    expect(await page.locator('.modal button').allTextContents()).toEqual(['Close']);
    await elementShots(page, '.modal', '32-import-nothing-new');
    await page.locator('.modal button').click();
    await expect.poll(() => page.locator('.modal').count()).toBe(0);
    await page.close();
  });

  it('33. the first-run guide reads as normal text, its examples keep their lines whole at 280 pixels, and it makes a person note', async () => {
    const page = await openVault(browser, server.url, { 'Welcome.md': '# Hello' });
    await openView(page);
    const guide = page.locator('#sidebar .goodwill-first-run');
    await guide.waitFor();
    await narrowSidebar(page);
    const look = await guide.evaluate((g) => ({
      colour: getComputedStyle(g.querySelector('p')!).color,
      normal: getComputedStyle(document.body).color,
      // One line box per line of each example: none wraps.
      lines: [...g.querySelectorAll('pre > code')].map((code) => {
        const range = document.createRange();
        range.selectNodeContents(code);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return [code.textContent!.split('\n').length, tops.size];
      }),
    }));
    expect(look.colour).toBe(look.normal);
    expect(look.lines).toEqual([
      [3, 3],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    await elementShots(page, '#sidebar .goodwill-first-run', '33-first-run-narrow');
    await page.getByRole('button', { name: 'Create a new person note' }).click();
    await expect.poll(() => page.locator('.modal input.goodwill-prompt-input').count()).toBe(1);
    await page.close();
  });

  it('40. a brief block shows the seven sections, the same items the CLI prints, each opening its note', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    await narrowSidebar(page);
    const view = '#sidebar .goodwill-view';
    await page.evaluate((v) => document.querySelector(v)!.empty(), view);
    const block = await renderBlock(page, 'brief [[Eve]]', view);
    expect(await page.locator(`${block} .goodwill-brief h4 a`).allTextContents()).toEqual(['Eve Garcia']);
    expect(await page.locator(`${block} .goodwill-brief h5`).allTextContents()).toEqual([
      'Who they are',
      'Where you stand',
      'What is open',
      'The last three interactions',
      'Common ground',
      'Something to give',
      'Dates',
    ]);
    const [fromCli] = JSON.parse(
      execFileSync(process.execPath, ['dist/cli.js', 'example-vault', 'brief', 'Eve', '--json', '--today', '2026-11-25'], {
        encoding: 'utf8',
      }),
    ) as { toGive: { text: string; kind: string; score: number }[]; open: { text: string }[] }[];
    const items = await page.locator(`${block} li`).allTextContents();
    for (const o of fromCli.open) expect(items).toContain(o.text);
    for (const g of fromCli.toGive) expect(items).toContain(g.text);
    // No slug or score on screen: the kind and score stay in the JSON.
    expect(items.filter((i) => /\((?:offer|introduce-for|introduce-to|note|lead), score \d+\)/.test(i))).toEqual([]);
    expect(await page.locator(`${block} .goodwill-brief h4 .goodwill-trust-label`).allTextContents()).toEqual(['Trust']);
    // An item opens the note it comes from, at its line.
    await page.locator(`${block} li a`, { hasText: fromCli.open[0].text }).click();
    await expect.poll(() => activeNote(page)).toBe('Meetings/2026-10-28 Eve coffee.md');
    await elementShots(page, block, '40-brief-block');
    await page.close();
  });

  it('41. "Brief me on this person" on a meeting note with two attendees shows a brief for each', async () => {
    const lunch = 'Meetings/2026-11-25 Lunch with Bob and Eve.md';
    const page = await openVault(browser, server.url, {
      ...exampleVault(),
      [lunch]: '---\ntype: meeting\ndate: 2026-11-25\nattendees: ["[[Bob Diaz]]", "[[Eve Garcia]]"]\n---\n# Lunch\n',
    });
    const offered = await page.evaluate(async (path) => {
      const { app, plugin } = (window as unknown as { goodwill: G }).goodwill;
      const workspace = (app as unknown as { workspace: { getLeaf(): { openFile(f: unknown): Promise<void> } } }).workspace;
      await workspace.getLeaf().openFile(app.vault.getFileByPath(path));
      const command = (plugin.commands__.get('brief') ?? plugin.commands__.get('goodwill:brief')) as unknown as {
        checkCallback(checking: boolean): boolean;
      };
      return command.checkCallback(true) && command.checkCallback(false);
    }, lunch);
    expect(offered).toBe(true);
    await page.locator('.modal .goodwill-brief').first().waitFor();
    expect(await page.locator('.modal .goodwill-brief h4 a').allTextContents()).toEqual(['Bob Diaz', 'Eve Garcia']);
    expect(await page.locator('.modal .goodwill-brief').evaluateAll((boxes) => boxes.map((b) => b.querySelectorAll('h5').length))).toEqual([
      7, 7,
    ]);
    await elementShots(page, '.modal', '41-brief-command');
    await page.close();
  });

  it("42. the view's Organisations section opens from the keyboard and shows what orgs prints", async () => {
    const page = await openVault(browser, server.url, exampleVault());
    await openView(page);
    const toggle = page.locator('#sidebar .goodwill-organisations button.goodwill-disclosure');
    const body = page.locator('#sidebar .goodwill-organisations-body');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await body.isHidden()).toBe(true);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const shown = await page.locator('#sidebar .goodwill-org').evaluateAll((boxes) =>
      boxes.map((b) => ({
        name: b.querySelector('.goodwill-org-name')!.textContent,
        people: [...b.querySelectorAll('.goodwill-org-people tbody .goodwill-person')].map((p) => p.textContent),
        warmest: b.querySelector('.goodwill-org-warmest .goodwill-person')?.textContent ?? null,
        balance: b.querySelector('.goodwill-figures')!.textContent,
      })),
    );
    expect(shown).toEqual(
      cli('orgs').map((r) => ({
        name: r.name,
        people: r.people,
        warmest: r.warmest,
        balance: `balance ${(r.balance as number) > 0 ? '+' : ''}${r.balance as number}`,
      })),
    );
    await narrowSidebar(page);
    await page.evaluate(() => {
      const section = document.querySelector('#sidebar .goodwill-organisations')!;
      section.parentElement!.prepend(section);
    });
    await elementShots(page, '#sidebar .goodwill-organisations', '42-organisations');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await body.isHidden()).toBe(true);
    await page.close();
  });

  it('50. the Goodwill view inside a base: figures for the people it selects, a count of the rest, sorting by a header and opening a note', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    const people = cli('people');
    const selected = [...people.slice(0, 8).map((r) => r.file as string), 'Meetings/2026-10-14 Alice 1-2-1.md', 'Goodwill.md'];
    await page.evaluate(
      ([paths, order]) => (window as unknown as { openBase(p: readonly string[], o: readonly string[]): void }).openBase(paths, order),
      [selected, ['note.company']] as const,
    );
    const table = page.locator('#note .goodwill-bases-table');
    await table.waitFor();
    const rows = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent));
    expect(await rows()).toEqual(people.slice(0, 8).map((r) => r.name));
    const alice = people.find((r) => r.name === 'Alice Chen')!;
    const aliceRow = table.locator('tbody tr', { hasText: 'Alice Chen' });
    expect(await aliceRow.locator('[data-goodwill-column="stage"]').textContent()).toBe(alice.klt);
    expect(await aliceRow.locator('[data-goodwill-column="lastContact"]').textContent()).toBe(alice.lastContact);
    expect(await aliceRow.locator('td').last().textContent()).toBe('Northwind Analytics');
    expect(await page.locator('#note .goodwill-bases-left-out').textContent()).toBe('Left out: 2 notes are not people.');
    await elementShots(page, '#note .goodwill-bases', '50-bases');
    // The keyboard reaches a header; Enter sorts by it, most overdrawn first.
    const balance = table.locator('th[data-goodwill-column="balance"] button');
    await balance.focus();
    await page.keyboard.press('Enter');
    const byBalance = cli('balance')
      .filter((r) => selected.includes(r.personFile as string))
      .sort((a, b) => (a.balance as number) - (b.balance as number))
      .map((r) => r.person);
    expect((await rows()).slice(0, byBalance.length)).toEqual(byBalance);
    expect(await table.locator('th[data-goodwill-column="balance"]').getAttribute('aria-sort')).toBe('ascending');
    await table.locator('tbody a.goodwill-person', { hasText: 'Alice Chen' }).click();
    await expect.poll(() => activeNote(page)).toBe('People/Alice Chen.md');
    await page.close();
  });

  it('60. a capture link opens the capture dialog with its text; Enter writes the line, and a link without text writes nothing', async () => {
    const page = await openVault(browser, server.url, exampleVault());
    const follow = (params: Record<string, string>) =>
      page.evaluate((p) => {
        const { plugin } = (window as unknown as { goodwill: { plugin: { obsidianProtocolHandlers__: Map<string, (d: object) => void> } } })
          .goodwill;
        plugin.obsidianProtocolHandlers__.get('goodwill')!({ action: 'goodwill', vault: 'example-vault', ...p });
      }, params);
    await follow({ capture: '' });
    await expect.poll(() => noticesOf(page)).toContain('Goodwill: the capture link holds no text; nothing was written.');
    expect(await page.locator('.modal').count()).toBe(0);
    await follow({ capture: 'met Priya for coffee today' });
    const input = page.locator('.modal input.goodwill-prompt-input');
    await expect.poll(() => input.inputValue()).toBe('met Priya for coffee today');
    await expect.poll(() => page.locator('.goodwill-prompt-preview').textContent()).toBe('- Met [[Priya Shah]] for coffee');
    expect(await readNote(page, TODAY_NOTE).catch(() => null)).toBe(null);
    await shots(page, '60-capture-link');
    await input.press('Enter');
    await expect.poll(() => readNote(page, TODAY_NOTE).catch(() => '')).toBe(`${TODAY_TEMPLATE}- Met [[Priya Shah]] for coffee\n`);
    await page.close();
  });
});
