import { type App, Modal, Setting } from 'obsidian';
import type { ImportPlan } from '../../core';

/** Shows what an import would create and skip (a dry run); creates only on Import. */
export class ImportModal extends Modal {
  constructor(
    app: App,
    private readonly source: string,
    private readonly plan: ImportPlan,
    private readonly onImport: () => void,
  ) {
    super(app);
  }

  onOpen(): void {
    const { contentEl, plan } = this;
    this.setTitle(`Import contacts from ${this.source}`);
    contentEl.createEl('p', { text: `${plan.create.length} new person notes, ${plan.skipped.length} skipped.` });
    const list = contentEl.createEl('ul', { cls: 'goodwill-import-plan' });
    for (const c of plan.create) list.createEl('li', { text: `Create ${c.path}` });
    for (const c of plan.clashes) list.createEl('li', { text: `Check: ${c.message}` });
    for (const s of plan.skipped) list.createEl('li', { cls: 'goodwill-empty', text: `Skip ${s.name}: ${s.reason}` });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(`Import ${plan.create.length}`)
          .setCta()
          .setDisabled(plan.create.length === 0)
          .onClick(() => {
            this.close();
            this.onImport();
          }),
      );
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
