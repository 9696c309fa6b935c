import { type HoverParent, type HoverPopover, MarkdownRenderChild } from 'obsidian';
import { parseQuery } from '../../core';
import { answerOf, trustOf } from '../answers';
import type { GoodwillContext } from '../context';
import { openAt, VIEW_TYPE } from '../workspace';
import { Refreshable } from './refreshable';
import { type AnswerHost, renderAnswer } from './render';

/** A ```goodwill``` block: live, read-only results, drawn again by the one refresh rule (index revision or day changed). */
export class GoodwillBlock extends MarkdownRenderChild implements HoverParent {
  hoverPopover: HoverPopover | null = null;

  /** Links open their note and preview it on hover, and balances show trust lights, as in the view; a block adds no buttons (it is read-only). */
  private readonly host: AnswerHost = {
    open: (path, line) => void openAt(this.context.app, path, line),
    preview: (event, targetEl, linktext) =>
      this.context.app.workspace.trigger('hover-link', { event, source: VIEW_TYPE, hoverParent: this, targetEl, linktext }),
    trust: (person) => trustOf(this.context, person),
  };

  constructor(
    containerEl: HTMLElement,
    private readonly context: GoodwillContext,
    private readonly source: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.addChild(new Refreshable(this.context, () => this.draw()));
  }

  private draw(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass('goodwill-block');
    const parsed = parseQuery(this.source);
    if (!parsed.ok) {
      renderAnswer(el, { type: 'error', ...parsed.error }, this.host);
      return;
    }
    if (this.context.state.kind !== 'ready') {
      el.createDiv({ cls: 'goodwill-empty', text: 'Reading your notes…' });
      return;
    }
    renderAnswer(el, answerOf(this.context, parsed.value), this.host);
  }
}
