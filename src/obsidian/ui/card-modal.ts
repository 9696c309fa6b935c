import { Modal } from 'obsidian';
import type { QueryAnswer } from '../../core';
import type { GoodwillContext } from '../context';
import { openAt } from '../workspace';
import { Refreshable } from './refreshable';
import { renderAnswer } from './render';

/** Shows one answer (a person's ledger card, their introductions) in a modal, drawn again while it is open as a block is. */
export class AnswerModal extends Modal {
  private refresher: Refreshable | null = null;

  constructor(
    private readonly context: GoodwillContext,
    private readonly title: string,
    private readonly answer: () => QueryAnswer,
  ) {
    super(context.app);
  }

  onOpen(): void {
    this.setTitle(this.title);
    this.refresher = new Refreshable(this.context, () => this.draw());
    this.refresher.load();
  }

  private draw(): void {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('goodwill-block');
    // A link closes the modal and opens its note; no hover preview, which would show beneath the modal.
    renderAnswer(contentEl, this.answer(), {
      open: (path, line) => {
        this.close();
        void openAt(this.context.app, path, line);
      },
    });
  }

  onClose(): void {
    this.refresher?.unload();
    this.refresher = null;
    this.contentEl.empty();
  }
}
