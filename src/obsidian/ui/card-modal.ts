import { type App, Modal } from 'obsidian';
import type { QueryAnswer } from '../../core';
import { renderAnswer } from './render';

/** Shows one answer (a person's ledger card) in a modal. */
export class AnswerModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly answer: QueryAnswer,
    private readonly openAt: (path: string, line: number) => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(this.title);
    this.contentEl.addClass('goodwill-block');
    renderAnswer(this.contentEl, this.answer, {
      open: (path, line) => {
        this.close();
        this.openAt(path, line);
      },
    });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
