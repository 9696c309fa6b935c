import { MarkdownRenderChild } from 'obsidian';
import { parseQuery } from '../core';
import type GoodwillPlugin from './plugin';
import { renderAnswer } from './render';

/** A ```goodwill``` block: live, read-only results that re-render when the index changes. */
export class GoodwillBlock extends MarkdownRenderChild {
  private rendered = -1;

  constructor(
    containerEl: HTMLElement,
    private readonly plugin: GoodwillPlugin,
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
    if (this.rendered === this.plugin.index.version && this.plugin.ready) return;
    this.rendered = this.plugin.index.version;
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
    renderAnswer(el, this.plugin.run(parsed.query), { open: (path, line) => void this.plugin.openAt(path, line) });
  }
}
