import { Menu, Notice, TextComponent } from 'obsidian-test-mocks/obsidian';
import { SETTING_KEYS, SETTINGS_SCHEMA } from '../../src/core';
import { GoodwillSettingTab } from '../../src/obsidian/settings-tab';
import { describe, expect, it, vi } from 'vitest';
import { introductionsOf } from '../../src/obsidian/answers';
import type { GoodwillView } from '../../src/obsidian/ui/goodwill-view';
import { filesOf, loadPlugin, read, settle, settled } from './harness';
import { openView } from './plugin-surfaces';

const vault = filesOf('example-vault');

/** Today's note in the example vault, placed and started from its template by its daily-notes settings. */
const TODAY_NOTE = 'Daily/2026-11-25.md';
const TODAY_TEMPLATE = '# Wednesday, November 25\n\n## Log\n';

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

describe('a follow-up whose line was edited since the list was drawn', () => {
  it('Done changes nothing, says the line was edited, and the list shows the line as it is now', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const path = 'Meetings/2026-11-04 Dan pricing session.md';
    const before = await read(app, path);
    const done = button(view, 'Mark done: Dan Foster the case study deck by next Friday');
    // Edited in the editor a moment ago: the list has not been drawn again yet.
    await app.vault.modify(app.vault.getFileByPath(path)!, before.replace('the case study deck', 'the case study slides'));
    const edited = await read(app, path);
    const notices = await noticesOf(async () => {
      done.click();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(notices).toEqual([
      'Goodwill: this line of 2026-11-04 Dan pricing session was edited since Goodwill read it, so nothing was changed. The list is refreshed.',
    ]);
    expect(await read(app, path)).toBe(edited);
    expect(view.contentEl.textContent).toContain('You owe Dan Foster: the case study slides by next Friday');
    expect(view.contentEl.textContent).not.toContain('the case study deck');
  });
});

describe('introductions under way', () => {
  /** The draft rows as the view shows them: the pair, the step in words with its age, and the buttons. */
  const draftRows = (view: GoodwillView) =>
    [...view.contentEl.querySelectorAll('li.goodwill-draft-row')].map((li) => [
      li.querySelector('.goodwill-text')?.textContent,
      li.querySelector('.goodwill-draft-state')?.textContent,
      [...li.querySelectorAll('button')].map((b) => b.textContent),
    ]);

  it('name their people on the state and the buttons, and each click shows one notice', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const file = await plugin.features.introductions.createIntroNote(introductionsOf(plugin.context)[0]);
    await settle(600);
    const view = await openView(plugin);
    expect(draftRows(view)).toEqual([
      ['Alice Chen ↔ Bob Diaz', 'Proposed since 2026-11-25 · today', ['Asked Alice', 'Declined', 'Copy', 'Other drafts']],
    ]);
    const steps: [string, string][] = [];
    for (const label of ['Asked Alice', 'Alice agreed; ask Bob', 'Both agreed; made']) {
      const notices = await noticesOf(async () => {
        button(view, `${label}: Alice Chen and Bob Diaz`).click();
        await settle(600);
      });
      expect(notices).toHaveLength(1);
      steps.push([notices[0], String(draftRows(view)[0]?.[1])]);
    }
    expect(steps).toEqual([
      ['Asked Alice: the introduction of Alice Chen and Bob Diaz.', 'Asked Alice since 2026-11-25 · today'],
      ['Alice agreed; asked Bob: the introduction of Alice Chen and Bob Diaz.', 'Alice agreed; asked Bob since 2026-11-25 · today'],
      ['Made: the introduction of Alice Chen and Bob Diaz, logged in 2026-11-25.', 'Made since 2026-11-25 · today'],
    ]);
    expect(await read(app, file!.path)).toContain('state: made');
  });

  it('Declined writes the declined state and day, and the draft leaves the list', async () => {
    const path = 'Introductions/2026-11-06 Eve and Alice Chen.md';
    const { app, plugin } = await loadPlugin({
      ...vault,
      [path]: '---\ntype: introduction\na: "[[Eve]]"\nb: "[[Alice Chen]]"\nstate: asked-a\nasked-a: 2026-11-06\n---\n',
    });
    const view = await openView(plugin);
    expect(draftRows(view)).toEqual([
      [
        'Eve Garcia ↔ Alice Chen',
        'Asked Eve since 2026-11-06 · 19 days ago',
        ['Eve agreed; ask Alice', 'Declined', 'Copy', 'Other drafts'],
      ],
    ]);
    const notices = await noticesOf(async () => {
      button(view, 'Declined: Eve Garcia and Alice Chen').click();
      await settle(600);
    });
    expect(notices).toEqual(['Declined: the introduction of Eve Garcia and Alice Chen.']);
    expect(await read(app, path)).toContain('state: declined\nasked-a: 2026-11-06\ndeclined: 2026-11-25\n');
    expect(draftRows(view)).toEqual([]);
  });
});

describe('introduction drafts to copy', () => {
  /** What Copy and the menu put on the clipboard. */
  function clipboard() {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void copied.push(t));
    return copied;
  }
  /** The menu the "Other drafts" button opens, shown instead of drawn. */
  function menus() {
    const shown: Menu[] = [];
    vi.spyOn(Menu.prototype, 'showAtPosition').mockImplementation(function (this: Menu) {
      shown.push(this);
      return this;
    });
    return shown;
  }
  const items = (menu: Menu) => (menu as unknown as { menuItems__: { title__: string; onClick__: () => void }[] }).menuItems__;

  it('a suggestion shows and copies the ask to A; the menu copies the ask to B or the introduction', async () => {
    const { plugin } = await loadPlugin(vault);
    const c = introductionsOf(plugin.context)[0];
    const view = await openView(plugin);
    const box = view.contentEl.querySelector('.goodwill-intro')!;
    expect(box.querySelector('summary')?.textContent).toBe('Draft: the ask to Alice Chen');
    expect(box.querySelector('pre')?.textContent).toBe(c.askA);
    expect(c.askA).toContain('Would you welcome an introduction?');
    const copied = clipboard();
    const shown = menus();
    button(view, 'Copy the ask to Alice Chen: Alice Chen and Bob Diaz').click();
    button(view, 'Other drafts for Alice Chen and Bob Diaz').click();
    await settle(10);
    expect(items(shown[0]).map((i) => i.title__)).toEqual(['Copy the ask to Bob Diaz', 'Copy the introduction']);
    items(shown[0])[1].onClick__();
    items(shown[0])[0].onClick__();
    await settle(10);
    expect(copied).toEqual([c.askA, c.draft, c.askB]);
  });

  it('a draft under way copies the text its step needs, as its note holds it now', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const c = introductionsOf(plugin.context)[0];
    const file = await plugin.features.introductions.createIntroNote(c);
    await app.vault.process(file! as never, (t) => t.replace('No pressure either way.', 'No pressure either way. Coffee is on me.'));
    await settle(600);
    const view = await openView(plugin);
    const copied = clipboard();
    const steps: string[] = [];
    for (const next of ['asked-a', 'asked-b', 'made']) {
      const copy = [...view.contentEl.querySelectorAll('.goodwill-draft-row button')].find((b) => b.textContent === 'Copy')!;
      steps.push(copy.getAttribute('aria-label')!);
      copy.dispatchEvent(new MouseEvent('click'));
      await settle(10);
      expect(await plugin.features.introductions.advanceIntroduction(file!.path)).toBe(next);
      await settle(600);
    }
    expect(steps).toEqual([
      'Copy the ask to Alice Chen: Alice Chen and Bob Diaz',
      'Copy the ask to Bob Diaz: Alice Chen and Bob Diaz',
      'Copy the introduction: Alice Chen and Bob Diaz',
    ]);
    expect(copied).toEqual([c.askA.replace('either way.', 'either way. Coffee is on me.'), c.askB, c.draft]);
  });
});

describe('the view while the vault is read again', () => {
  it('counts the notes read as the status bar does, slice by slice, then shows the answers', async () => {
    const files: Record<string, string> = { ...vault };
    for (let i = 0; i < 300; i++)
      files[`Archive/2025-01-${String((i % 28) + 1).padStart(2, '0')} note ${i}.md`] = `- Coffee with [[Alice Chen]] ${i}\n`;
    const { plugin } = await loadPlugin(files);
    const view = await openView(plugin);
    const seen: [string, string][] = [];
    plugin.context.onChange((change) => {
      const { state } = plugin.context;
      if (change.kind === 'state' && state.kind === 'indexing' && state.total > 0)
        seen.push([view.contentEl.textContent ?? '', `Reading your notes… ${state.done} of ${state.total}`]);
    });
    // Each look at the clock finds a few milliseconds gone, so the reading goes in many slices.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 4));
    try {
      await settled((plugin as unknown as { indexing: { reindex(fromScratch: boolean): Promise<void> } }).indexing.reindex(true));
    } finally {
      clock.mockRestore();
    }
    expect(new Set(seen.map(([, want]) => want)).size).toBeGreaterThan(3);
    for (const [shown, want] of seen) expect(shown).toBe(want);
    expect(view.contentEl.textContent).toContain('Follow-ups');
  });
});

describe('a setting typed invalid', () => {
  it('"-3" in any number field is marked invalid, with the reason in its own element, and not kept', async () => {
    const { app, plugin } = await loadPlugin({});
    const texts = vi.spyOn(TextComponent.prototype, 'onChange');
    const tab = new GoodwillSettingTab(app as never, plugin);
    tab.display();
    const before = plugin.settings;
    const numbers = SETTING_KEYS.filter((key) => SETTINGS_SCHEMA[key].type.control === 'number');
    expect(numbers.length).toBeGreaterThan(5);
    for (const key of numbers) {
      const row = tab.containerEl.querySelector(`[data-goodwill-setting="${key}"]`)!;
      const input = (texts.mock.contexts as TextComponent[]).find((c) => row.contains(c.inputEl))!;
      input.setValue('-3');
      const problem = row.querySelector('.goodwill-setting-problem')!;
      expect(problem.textContent, key).toMatch(/^Not kept: .*must be .+\.$/);
      expect(problem.contains(input.inputEl)).toBe(false);
      expect(input.inputEl.getAttribute('aria-invalid'), key).toBe('true');
    }
    await settle(10);
    expect(plugin.settings).toBe(before);
    texts.mockRestore();
  });
});
