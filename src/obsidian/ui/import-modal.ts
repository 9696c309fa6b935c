import { type App, Modal, Setting } from 'obsidian';
import type { ImportPlan } from '../../core';

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Shows what an import would create and skip (a dry run); creates only on Import, offered only when there is something new. */
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
    const none = plan.create.length === 0;
    contentEl.createEl('p', {
      text: none
        ? `Nothing new to import: ${plural(plan.skipped.length, 'contact')} skipped.`
        : `${plural(plan.create.length, 'new person note')}, ${plan.skipped.length} skipped.`,
    });
    const list = contentEl.createEl('ul', { cls: 'goodwill-import-plan' });
    for (const c of plan.create) list.createEl('li', { text: `Create ${c.path}` });
    for (const c of plan.clashes) list.createEl('li', { text: `Check: ${c.message}` });
    for (const s of plan.skipped) list.createEl('li', { cls: 'goodwill-import-skipped', text: `Skip ${s.name}: ${s.reason}` });
    const buttons = new Setting(contentEl);
    // With nothing to create there is nothing to confirm: the one button closes.
    if (none) {
      buttons.addButton((b) =>
        b
          .setButtonText('Close')
          .setCta()
          .onClick(() => this.close()),
      );
      return;
    }
    buttons
      .addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(`Import ${plan.create.length}`)
          .setCta()
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
