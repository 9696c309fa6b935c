import { type App, Modal, Setting } from 'obsidian';

/** A question with two answers; closing it is the second one. */
export class ConfirmModal extends Modal {
  private answered = false;

  constructor(
    app: App,
    private readonly question: { title: string; text: string; yes: string; no: string },
    private readonly onAnswer: (yes: boolean) => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(this.question.title);
    this.contentEl.createEl('p', { text: this.question.text });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(this.question.no).onClick(() => this.answer(false)))
      .addButton((b) =>
        b
          .setButtonText(this.question.yes)
          .setCta()
          .onClick(() => this.answer(true)),
      );
  }

  onClose(): void {
    this.contentEl.empty();
    if (!this.answered) this.onAnswer(false);
  }

  private answer(yes: boolean): void {
    this.answered = true;
    this.onAnswer(yes);
    this.close();
  }
}
