import { MarkdownRenderChild } from 'obsidian';
import { type Day, type Query, type QueryAnswer, parseQuery } from '../core';
import { renderAnswer } from './render';

/** What a block needs from the plugin: the live blocks, the index's state, and answers. */
export interface BlockHost {
  readonly blocks: Set<GoodwillBlock>;
  readonly index: { readonly version: number };
  readonly ready: boolean;
  today(): Day;
  run(query: Query): QueryAnswer;
  openAt(path: string, line: number): Promise<void>;
}

/** A ```goodwill``` block: live, read-only results that re-render when the index changes. */
export class GoodwillBlock extends MarkdownRenderChild {
  /** The index revision and the day it was last rendered for: a block answers as of today, so either changing re-renders it. */
  private rendered = -1;
  private renderedDay: Day | null = null;

  constructor(
    containerEl: HTMLElement,
    private readonly plugin: BlockHost,
    private readonly source: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.plugin.blocks.add(this);
    this.refresh();
  }

  onunload(): void {
    this.plugin.blocks.delete(this);
  }

  refresh(): void {
    const today = this.plugin.today();
    if (this.rendered === this.plugin.index.version && this.renderedDay === today && this.plugin.ready) return;
    this.rendered = this.plugin.index.version;
    this.renderedDay = today;
    const el = this.containerEl;
    el.empty();
    el.addClass('goodwill-block');
    const parsed = parseQuery(this.source);
    if (!parsed.ok) {
      const { message, line, column } = parsed.error;
      el.createDiv({ cls: 'goodwill-error', text: `Goodwill query error at line ${line}, column ${column}: ${message}` });
      return;
    }
    if (!this.plugin.ready) {
      el.createDiv({ cls: 'goodwill-empty', text: 'Reading your notes…' });
      return;
    }
    renderAnswer(el, this.plugin.run(parsed.value), { open: (path, line) => void this.plugin.openAt(path, line) });
  }
}
