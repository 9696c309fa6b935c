import { type App, FuzzySuggestModal, type TFile } from 'obsidian';
import type { Person } from '../../core';

/** Picks one item by fuzzy search over its text; `context`, above the field, says what the choice is for. */
class PickModal<T> extends FuzzySuggestModal<T> {
  constructor(
    app: App,
    private readonly items: T[],
    private readonly text: (item: T) => string,
    placeholder: string,
    private readonly onPick: (item: T) => void,
    context?: string,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    if (context) this.modalEl.prepend(createDiv({ cls: 'goodwill-pick-context', text: context }));
  }

  getItems(): T[] {
    return this.items;
  }

  getItemText(item: T): string {
    return this.text(item);
  }

  onChooseItem(item: T): void {
    this.onPick(item);
  }
}

/** Resolves with the picked item, or null when the modal is closed without a choice. */
function pickOne<T>(app: App, items: T[], text: (item: T) => string, placeholder: string, context?: string): Promise<T | null> {
  return new Promise((resolve) => {
    let picked = false;
    const modal = new PickModal(
      app,
      items,
      text,
      placeholder,
      (item) => {
        picked = true;
        resolve(item);
      },
      context,
    );
    const close = modal.onClose.bind(modal);
    modal.onClose = () => {
      close();
      // onChooseItem runs after onClose in Obsidian; let it land first.
      window.setTimeout(() => {
        if (!picked) resolve(null);
      }, 0);
    };
    modal.open();
  });
}

/** A person, found by name, alias or company; `context` says what they are picked for (the sentence being captured). */
export function pickPerson(app: App, people: Person[], placeholder: string, context?: string): Promise<Person | null> {
  return pickOne(
    app,
    people,
    (p) => {
      const extra = [...p.aliases, p.company ?? ''].filter(Boolean).join(', ');
      return extra ? `${p.name} (${extra})` : p.name;
    },
    placeholder,
    context,
  );
}

/** A file of the vault, found by path. */
export function pickFile(app: App, files: TFile[]): Promise<TFile | null> {
  return pickOne(app, files, (f) => f.path, 'Import contacts from which file?');
}
