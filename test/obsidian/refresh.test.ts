import type { MarkdownPostProcessorContext, MarkdownRenderChild } from 'obsidian';
import { Modal } from 'obsidian-test-mocks/obsidian';
import { describe, expect, it, vi } from 'vitest';
import { GoodwillView } from '../../src/obsidian/ui/goodwill-view';
import { activateView, VIEW_TYPE } from '../../src/obsidian/workspace';
import { filesOf, loadPlugin, settle } from './harness';

/** Everything that shows answers follows one refresh rule: one test per thing that changes an answer. */
type Plugin = Awaited<ReturnType<typeof loadPlugin>>['plugin'];

async function openView(plugin: Plugin): Promise<GoodwillView> {
  await activateView(plugin.app);
  const view = plugin.app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
  if (!(view instanceof GoodwillView)) throw new Error('view not open');
  return view;
}

function renderBlock(plugin: Plugin, source: string): HTMLElement {
  const processors = (
    plugin as unknown as { markdownCodeBlockProcessors__: Map<string, (s: string, el: HTMLElement, ctx: unknown) => void> }
  ).markdownCodeBlockProcessors__;
  const el = document.createElement('div');
  const ctx = { addChild: (child: MarkdownRenderChild) => child.load() } as unknown as MarkdownPostProcessorContext;
  processors.get('goodwill')!(source, el, ctx);
  return el;
}

/** Opens the ledger card of a person in a modal that stays open (the in-memory Modal closes itself at once). */
function openLedger(plugin: Plugin, path: string): Modal {
  const opened: Modal[] = [];
  const open = vi.spyOn(Modal.prototype, 'open').mockImplementation(function (this: Modal) {
    opened.push(this);
    this.onOpen();
  });
  plugin.features.personCards.showLedger(plugin.app.vault.getFileByPath(path));
  open.mockRestore();
  return opened[0];
}

const vault = filesOf('example-vault');
const texts = (el: HTMLElement, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);

describe('the view, the blocks and the dialogs are drawn again', () => {
  it('when a note changes', async () => {
    const { app, plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const block = renderBlock(plugin, 'followups');
    const card = openLedger(plugin, 'People/Dan Foster.md');
    expect(view.contentEl.textContent).not.toContain('the board pack');
    expect(card.contentEl.textContent).not.toContain('the board pack');
    const file = app.vault.getFileByPath('Daily/2026-11-24.md')!;
    await app.vault.process(file, (t) => `${t}- owe:: [[Dan Foster]] the board pack by 2026-11-26\n`);
    await settle(300);
    expect(view.contentEl.textContent).toContain('the board pack');
    expect(block.textContent).toContain('the board pack');
    const entries = [...card.contentEl.querySelectorAll('.goodwill-ledger tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(entries).toContainEqual(['2026-11-24', 'You promised', 'Dan Foster the board pack by 2026-11-26']);
  });

  it('when the day changes, though no note did', async () => {
    const { plugin } = await loadPlugin(vault);
    const view = await openView(plugin);
    const block = renderBlock(plugin, 'followups');
    expect(texts(block, 'li.goodwill-row a:first-of-type')).toContain('Kate Moreno'); // her birthday, 2026-11-30
    const groups = texts(view.contentEl, 'details.goodwill-group > summary');
    const card = openLedger(plugin, 'People/Dan Foster.md');
    const drawn = card.contentEl.firstElementChild;
    vi.setSystemTime(new Date(2026, 11, 5, 12));
    await settle(60_000); // the clock looks at the day once a minute
    expect(texts(block, 'li.goodwill-row a:first-of-type')).not.toContain('Kate Moreno');
    expect(texts(view.contentEl, 'details.goodwill-group > summary')).not.toEqual(groups);
    expect(card.contentEl.firstElementChild).not.toBe(drawn);
  });

  it('when the settings change, once the vault is read with them', async () => {
    const { plugin } = await loadPlugin({
      'People/Bo.md': '---\ntype: person\n---\n',
      'Network/Ann.md': '# Ann',
      'Daily/2026-11-20.md': '- give:: [[Ann]] a lead\n- got:: [[Bo]] a book\n',
    });
    const view = await openView(plugin);
    const block = renderBlock(plugin, 'balance');
    const card = openLedger(plugin, 'People/Bo.md');
    const drawn = card.contentEl.firstElementChild;
    expect(texts(view.contentEl, '.goodwill-balance .goodwill-person')).toEqual(['Bo']);
    await plugin.context.replaceSettings({ ...plugin.context.settings, peopleFolders: ['Network'] });
    await settle(1000);
    expect(texts(view.contentEl, '.goodwill-balance .goodwill-person')).toEqual(['Ann', 'Bo']);
    expect(texts(block, '.goodwill-person')).toEqual(['Ann', 'Bo']);
    expect(card.contentEl.firstElementChild).not.toBe(drawn);
  });
});
