import { type App, Modal, Setting } from 'obsidian';

/**
 * What a prompt says below its field as the user types: what will be written
 * (after the prompt's preview label), a word of help, or why the text would
 * be refused. One line holds it: a refusal stands in place of the preview.
 */
export type PromptNote = { preview: string } | { hint: string } | { problem: string };

export interface PromptOptions {
  title: string;
  placeholder?: string;
  initial?: string;
  submit: string;
  /** The words before a preview ("Will add:"); none when the preview says it all ("Until 2026-11-30"). */
  previewLabel?: string;
  /** Says what the text will do, updated as the user types (for example the date understood). */
  describe?: (text: string) => PromptNote;
  /** Returns an error message to keep the modal open, or null to accept. */
  validate?: (text: string) => string | null;
}

/** One line of text, submitted with Enter or the button; the modal keeps its width whatever the line says. */
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
    this.modalEl.addClass('goodwill-prompt-modal');
    // Below the field, the line that says what the text will do: created once the field stands.
    const field = new Setting(contentEl);
    const note = contentEl.createDiv({ cls: 'goodwill-prompt-note' });
    note.setAttribute('aria-live', 'polite');
    const update = () => this.show(note, options.describe?.(this.value) ?? null);
    field.addText((t) => {
      t.setPlaceholder(options.placeholder ?? '').setValue(this.value);
      t.onChange((v) => {
        this.value = v;
        update();
      });
      t.inputEl.addClass('goodwill-prompt-input');
      t.inputEl.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' && !ev.isComposing) {
          ev.preventDefault();
          this.submit(note);
        }
      });
      window.setTimeout(() => t.inputEl.focus(), 0);
    });
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText(options.submit)
        .setCta()
        .onClick(() => this.submit(note)),
    );
    update();
  }

  /** The one line below the field: the labelled preview, a hint, or the problem in its place. */
  private show(el: HTMLElement, said: PromptNote | null): void {
    el.empty();
    if (said === null) return;
    if ('problem' in said) {
      el.createSpan({ cls: 'goodwill-prompt-problem', text: said.problem });
    } else if ('hint' in said) {
      el.createSpan({ cls: 'goodwill-prompt-hint', text: said.hint });
    } else {
      if (this.options.previewLabel) el.createSpan({ cls: 'goodwill-prompt-label', text: `${this.options.previewLabel} ` });
      el.createSpan({ cls: 'goodwill-prompt-preview', text: said.preview });
    }
  }

  private submit(note: HTMLElement): void {
    const problem = this.options.validate?.(this.value) ?? null;
    if (problem) {
      this.show(note, { problem });
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
