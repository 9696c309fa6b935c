import { Notice } from 'obsidian';
import type { Finding } from '../../core';
import type { GoodwillContext } from '../context';
import { surveyVault, withProposal } from '../doctor';
import { DoctorModal } from '../ui/doctor-modal';
import { openAt } from '../workspace';

/** "Check how Goodwill reads this vault": the doctor's findings, and its proposal applied to the settings. */
export class VaultCheck {
  constructor(private readonly context: GoodwillContext) {}

  /** The doctor's findings on the vault as it is indexed now. */
  survey(): Promise<Finding[]> {
    return surveyVault(this.context.app, this.context.index, this.context.settings, this.context.today());
  }

  /** The doctor's findings in a modal; null while the first reading is under way. */
  checkVault(): DoctorModal | null {
    if (this.context.state.kind !== 'ready') {
      new Notice('Goodwill is still reading your notes; check again in a moment.');
      return null;
    }
    const { app } = this.context;
    const modal = new DoctorModal(app, () => this.survey(), {
      open: (path) => void openAt(app, path, 1),
      apply: (setting) => this.applyProposal(setting),
    });
    modal.open();
    return modal;
  }

  /** Merges the doctor's proposal into the settings (lists unioned, the rest replaced) and saves them, as the settings tab does. */
  async applyProposal(setting: Record<string, unknown>): Promise<void> {
    await this.context.replaceSettings(withProposal(this.context.settings, setting));
    new Notice(`Goodwill: applied ${Object.keys(setting).join(', ')}; reading your notes again.`);
  }
}
