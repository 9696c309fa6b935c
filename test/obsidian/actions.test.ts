import { Notice } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { introductionsOf } from '../../src/obsidian/answers';
import { GoodwillView } from '../../src/obsidian/ui/goodwill-view';
import { activateView, VIEW_TYPE } from '../../src/obsidian/workspace';
import { filesOf, loadPlugin, read, settle } from './harness';

const vault = filesOf('example-vault');

/** Today's note in the example vault, placed and started from its template by its daily-notes settings. */
const TODAY_NOTE = 'Daily/2026-11-25.md';
const TODAY_TEMPLATE = '# Wednesday, November 25\n\n## Log\n';

async function openView(plugin: Awaited<ReturnType<typeof loadPlugin>>['plugin']): Promise<GoodwillView> {
  await activateView(plugin.app);
  const view = plugin.app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
  if (!(view instanceof GoodwillView)) throw new Error('view not open');
  return view;
}

function button(view: GoodwillView, label: string): HTMLButtonElement {
  const found = [...view.contentEl.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The notices shown while `work` runs. */
async function noticesOf(work: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(Notice.prototype as unknown as { constructor__: (m: unknown) => void }, 'constructor__');
  try {
    await work();
    return spy.mock.calls.map(([m]) => String(m));
  } finally {
    spy.mockRestore();
  }
}

/** A draft of the example vault's first suggestion, walked to made. */
async function madeDraft() {
  const loaded = await loadPlugin(vault);
  const { plugin } = loaded;
  const file = await plugin.features.introductions.createIntroNote(introductionsOf(plugin.context)[0]);
  await settle(600);
  for (let i = 0; i < 3; i++) {
    await plugin.features.introductions.advanceIntroduction(file!.path);
    await settle(600);
  }
  return { ...loaded, path: file!.path };
}

describe('recording the outcome of an introduction', () => {
  it('asks what came of it and writes it as the outcome note', async () => {
    const { app, plugin, path } = await madeDraft();
    expect(await plugin.features.introductions.advanceIntroduction(path, undefined, 'a brand refresh:  $4,000 #won')).toBe('outcome');
    const text = await read(app, path);
    expect(text).toContain('state: outcome');
    expect(text).toContain('outcome: 2026-11-25');
    expect(text).toContain('outcome-note: "a brand refresh: $4,000 #won"');
    await settle(600);
    expect(plugin.context.index.resolve().drafts.get(path)?.record.outcome).toBe('a brand refresh: $4,000 #won');
  });

  it('an empty answer writes nothing and leaves the state as it was', async () => {
    const { app, plugin, path } = await madeDraft();
    const before = await read(app, path);
    let result: unknown;
    const notices = await noticesOf(async () => (result = await plugin.features.introductions.advanceIntroduction(path, undefined, '  ')));
    expect(result).toBeNull();
    expect(await read(app, path)).toBe(before);
    expect(before).toContain('state: made');
    expect(notices).toEqual(['Nothing recorded: the introduction of Alice Chen and Bob Diaz stays made.']);
  });
});

describe("today's digest", () => {
  it('asked for, it says where it went and opens the note', async () => {
    const { app, plugin } = await loadPlugin(vault);
    expect(app.workspace.getActiveFile()?.path).not.toBe('Daily/2026-11-25.md');
    const notices = await noticesOf(() => plugin.features.digest.writeDigest());
    expect(notices).toEqual(["Goodwill: today's digest is in 2026-11-25."]);
    expect(app.workspace.getActiveFile()?.path).toBe('Daily/2026-11-25.md');
  });

  it('written when the vault opens, it says so and opens nothing', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const notices = await noticesOf(() => plugin.features.digest.writeDigest(true));
    expect(await read(app, 'Daily/2026-11-25.md')).toContain('## Goodwill digest 2026-11-25');
    expect(notices).toEqual(["Goodwill: today's digest is in 2026-11-25."]);
    expect(app.workspace.getActiveFile()?.path).not.toBe('Daily/2026-11-25.md');
  });
});

describe('"Say thank you" rows', () => {
  it('Thanked logs a thank-you for what was received, and the row leaves the view', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const row = () => [...view.contentEl.querySelectorAll('li.goodwill-kind-thanks')].find((li) => li.textContent?.includes('Hooli CFO'));
    expect(row()?.querySelector('.goodwill-person')?.textContent).toBe('Priya Shah');
    button(view, 'Log a thank-you to Priya Shah').click();
    await settle(600);
    expect(await read(app, TODAY_NOTE)).toBe(`${TODAY_TEMPLATE}- thanks:: [[Priya Shah]] for intro to the Hooli CFO #intro\n`);
    expect(row()).toBeUndefined();
  });
});
