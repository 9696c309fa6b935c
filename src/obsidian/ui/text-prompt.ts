import { type App, Modal, Setting } from 'obsidian';

export interface PromptOptions {
  title: string;
  placeholder?: string;
  initial?: string;
  submit: string;
  /** Says what the text will do, updated as the user types (for example the date understood). */
  describe?: (text: string) => string;
  /** Returns an error message to keep the modal open, or null to accept. */
  validate?: (text: string) => string | null;
}

/** One line of text, submitted with Enter or the button. */
export class TextPromptModal extends Modal {
  private value: string;
  private done = false;

  constructor(
    app: App,
    private readonly options: PromptOptions,
    private readonly onDone: (text: string | null) => void,
  ) {
    super(app);
    this.value = options.initial ?? '';
  }

  onOpen(): void {
    const { contentEl, options } = this;
    this.setTitle(options.title);
    const preview = contentEl.createDiv({ cls: 'goodwill-prompt-preview' });
    const error = contentEl.createDiv({ cls: 'goodwill-error' });
    const update = () => preview.setText(options.describe ? options.describe(this.value) : '');
    new Setting(contentEl).addText((t) => {
      t.setPlaceholder(options.placeholder ?? '').setValue(this.value);
      t.onChange((v) => {
        this.value = v;
        error.setText('');
        update();
      });
      t.inputEl.addClass('goodwill-prompt-input');
      t.inputEl.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' && !ev.isComposing) {
          ev.preventDefault();
          this.submit(error);
        }
      });
      window.setTimeout(() => t.inputEl.focus(), 0);
    });
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText(options.submit)
        .setCta()
        .onClick(() => this.submit(error)),
    );
    update();
  }

  private submit(error: HTMLElement): void {
    const problem = this.options.validate?.(this.value) ?? null;
    if (problem) {
      error.setText(problem);
      return;
    }
    this.done = true;
    this.close();
    this.onDone(this.value);
  }

  onClose(): void {
    this.contentEl.empty();
    if (!this.done) this.onDone(null);
  }
}

export function promptText(app: App, options: PromptOptions): Promise<string | null> {
  return new Promise((resolve) => new TextPromptModal(app, options, resolve).open());
}
