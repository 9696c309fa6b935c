import { MarkdownRenderChild } from 'obsidian';
import { parseQuery } from '../../core';
import { answerOf } from '../answers';
import type { GoodwillContext } from '../context';
import { openAt } from '../workspace';
import { Refreshable } from './refreshable';
import { renderAnswer } from './render';

/** A ```goodwill``` block: live, read-only results, drawn again by the one refresh rule (index revision or day changed). */
export class GoodwillBlock extends MarkdownRenderChild {
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
      const { message, line, column } = parsed.error;
      el.createDiv({ cls: 'goodwill-error', text: `Goodwill query error at line ${line}, column ${column}: ${message}` });
      return;
    }
    if (this.context.state.kind !== 'ready') {
      el.createDiv({ cls: 'goodwill-empty', text: 'Reading your notes…' });
      return;
    }
    renderAnswer(el, answerOf(this.context, parsed.value), { open: (path, line) => void openAt(this.context.app, path, line) });
  }
}
