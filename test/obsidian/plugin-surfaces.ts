import type { Command, MarkdownPostProcessorContext, MarkdownRenderChild } from 'obsidian';
import type GoodwillPlugin from '../../src/obsidian/plugin';
import { GoodwillView } from '../../src/obsidian/ui/goodwill-view';
import { activateView, VIEW_TYPE } from '../../src/obsidian/workspace';

/**
 * What a test reaches in a loaded plugin as a user would: its sidebar view,
 * a `goodwill` block drawn from a query, a command by id, and the texts of
 * the elements a selector picks.
 */

export async function openView(plugin: GoodwillPlugin): Promise<GoodwillView> {
  await activateView(plugin.app);
  const view = plugin.app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
  if (!(view instanceof GoodwillView)) throw new Error('view not open');
  return view;
}

/** A `goodwill` block with this query, drawn as Obsidian draws one in a note. */
export function renderBlock(plugin: GoodwillPlugin, source: string): HTMLElement {
  const processor = (
    plugin as unknown as {
      markdownCodeBlockProcessors__: Map<string, (s: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void>;
    }
  ).markdownCodeBlockProcessors__.get('goodwill')!;
  const el = document.createElement('div');
  const ctx = {
    addChild: (child: MarkdownRenderChild) => child.load(),
    sourcePath: 'Goodwill.md',
  } as unknown as MarkdownPostProcessorContext;
  processor(source, el, ctx);
  return el;
}

/** A command the plugin registered, by its id with or without the plugin's. */
export function command(plugin: GoodwillPlugin, id: string): Command {
  const map = (plugin as unknown as { commands__: Map<string, Command> }).commands__;
  return map.get(id) ?? map.get(`goodwill:${id}`)!;
}

export const texts = (el: Element, selector: string): (string | null)[] => [...el.querySelectorAll(selector)].map((e) => e.textContent);
