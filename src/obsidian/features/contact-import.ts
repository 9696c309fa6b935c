import { Notice, type TFile } from 'obsidian';
import { contactsFromFile, type ImportPlan, planImport } from '../../core';
import type { GoodwillContext } from '../context';
import { ImportModal } from '../ui/import-modal';
import { pickFile } from '../ui/person-suggest';

/** Person notes imported from a contacts export (vCard, LinkedIn CSV) in the vault. */
export class ContactImport {
  constructor(private readonly context: GoodwillContext) {}

  /** The import plan for a vCard or LinkedIn CSV file in the vault: nothing is written. */
  async planContactImport(file: TFile): Promise<ImportPlan> {
    const { vault } = this.context.app;
    // The bytes, not Obsidian's UTF-8 text: exports come in UTF-16 and Windows-1252 too.
    const contacts = contactsFromFile(file.name, new Uint8Array(await vault.readBinary(file)));
    return planImport(
      contacts,
      this.context.index.resolve().people,
      this.context.settings.personFolder,
      (p) => !!vault.getAbstractFileByPath(p),
    );
  }

  /** Creates the planned notes, never over an existing one. */
  async importContacts(plan: ImportPlan): Promise<number> {
    let created = 0;
    for (const c of plan.create) {
      if (this.context.app.vault.getAbstractFileByPath(c.path)) continue;
      await this.context.writer.ensureNote(c.path, c.text);
      created++;
    }
    new Notice(`Goodwill: ${created} person notes created.`);
    return created;
  }

  /** Pick a .vcf or .csv file in the vault, see what would be created, then import. */
  async importContactsCommand(): Promise<void> {
    const { app } = this.context;
    const files = app.vault.getFiles().filter((f) => /\.(vcf|vcard|csv)$/i.test(f.name));
    if (files.length === 0) {
      new Notice('Goodwill: put a vCard (.vcf) or LinkedIn Connections.csv export into the vault first.');
      return;
    }
    const file = await pickFile(app, files);
    if (!file) return;
    let plan: ImportPlan;
    try {
      plan = await this.planContactImport(file);
    } catch (err) {
      new Notice(`Goodwill: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    new ImportModal(app, file.name, plan, () => void this.importContacts(plan)).open();
  }
}
