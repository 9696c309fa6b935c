import { type App, Modal } from 'obsidian';
import type { Finding } from '../../core';
import { type FindingActions, renderFindings } from './findings';

/** "Check how Goodwill reads this vault": the doctor's findings, read while the modal shows, and the proposal's button. */
export class DoctorModal extends Modal {
  /** Settles once the findings are shown. */
  loaded: Promise<void> = Promise.resolve();

  constructor(
    app: App,
    private readonly findings: () => Promise<Finding[]>,
    private readonly actions: FindingActions,
  ) {
    super(app);
  }

  onOpen(): void {
    this.setTitle('How your notes are read');
    const { contentEl } = this;
    contentEl.addClass('goodwill-block');
    const status = contentEl.createDiv({ cls: 'goodwill-empty', text: 'Reading your notes…' });
    this.loaded = this.findings().then((findings) => {
      status.remove();
      renderFindings(contentEl, findings, {
        open: (path) => {
          this.close();
          this.actions.open(path);
        },
        apply: (setting) => this.actions.apply(setting),
      });
    });
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
