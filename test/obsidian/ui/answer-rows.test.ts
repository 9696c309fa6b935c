import type { MarkdownPostProcessorContext, MarkdownRenderChild } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { GoodwillView } from '../../../src/obsidian/ui/goodwill-view';
import { activateView, VIEW_TYPE } from '../../../src/obsidian/workspace';
import { filesOf, loadPlugin } from '../harness';

type Plugin = Awaited<ReturnType<typeof loadPlugin>>['plugin'];

function renderBlock(plugin: Plugin, source: string): HTMLElement {
  const processor = (
    plugin as unknown as {
      markdownCodeBlockProcessors__: Map<string, (s: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void>;
    }
  ).markdownCodeBlockProcessors__.get('goodwill')!;
  const el = document.createElement('div');
  processor(source, el, { addChild: (child: MarkdownRenderChild) => child.load(), sourcePath: 'Goodwill.md' } as never);
  return el;
}

async function viewOf(plugin: Plugin): Promise<HTMLElement> {
  await activateView(plugin.app);
  const view = plugin.app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
  if (!(view instanceof GoodwillView)) throw new Error('view not open');
  return view.contentEl;
}

/** A row as markup, without the view's buttons: what the one renderer draws. */
function rowWithoutButtons(li: Element): string {
  const copy = li.cloneNode(true) as Element;
  copy.querySelector('.goodwill-actions')?.remove();
  return copy.outerHTML;
}

describe('one renderer per answer type', { timeout: 20_000 }, () => {
  it('a followups block draws each row exactly as the view does, less the buttons that act', async () => {
    const { plugin } = await loadPlugin(filesOf('example-vault'));
    const view = await viewOf(plugin);
    const block = renderBlock(plugin, 'followups');
    const blockRows = [...block.querySelectorAll('li.goodwill-row')];
    const viewRows = [...view.querySelectorAll('.goodwill-followups details:not(.goodwill-group-later) li.goodwill-row')];
    expect(blockRows.length).toBe(viewRows.length);
    expect(blockRows.map(rowWithoutButtons)).toEqual(viewRows.map(rowWithoutButtons));
    expect(block.querySelector('button:not(.goodwill-more)')).toBeNull();
    expect(viewRows[0].querySelectorAll('button').length).toBeGreaterThan(0);
  });

  it('a follow-up says who owes whom, naming its person once', async () => {
    const { plugin } = await loadPlugin(filesOf('example-vault'));
    const texts = [...renderBlock(plugin, 'followups').querySelectorAll('.goodwill-text')].map((a) => a.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'You owe Dan Foster: the case study deck by next Friday',
        'Eve Garcia owes you: intro to her head of platform by 2026-11-06',
        'Say thank you to Priya Shah: intro to the Hooli CFO #intro',
        'Reconnect (monthly; last contact 2026-10-01)',
      ]),
    );
  });

  it("a block's links show the note's hover preview, as the view's do", async () => {
    const { plugin } = await loadPlugin(filesOf('example-vault'));
    const trigger = vi.spyOn(plugin.app.workspace, 'trigger');
    const block = renderBlock(plugin, 'followups for [[Dan Foster]]');
    const link = [...block.querySelectorAll('a')].find((a) => a.textContent!.includes('the case study deck'))!;
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(trigger).toHaveBeenCalledWith(
      'hover-link',
      expect.objectContaining({ source: VIEW_TYPE, targetEl: link, linktext: 'Meetings/2026-11-04 Dan pricing session.md' }),
    );
  });

  it('a balance block has the bars and trust lights of the view', async () => {
    const { plugin } = await loadPlugin(filesOf('example-vault'));
    const block = renderBlock(plugin, 'balance where status is overdrawn');
    const rows = [...block.querySelectorAll('li.goodwill-row')];
    expect(rows.map((li) => li.querySelector('.goodwill-person')!.textContent)).toEqual(['Henry Jones', 'Priya Shah']);
    for (const li of rows) {
      expect(li.querySelector('svg.goodwill-bar')).not.toBeNull();
      expect(li.querySelector('.goodwill-light')).not.toBeNull();
    }
  });
});
