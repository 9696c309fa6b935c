import { type App, FuzzySuggestModal, type TFile } from 'obsidian';
import type { Person } from '../../core/people';

/** Picks a person by fuzzy search over names, aliases and companies. */
export class PersonSuggestModal extends FuzzySuggestModal<Person> {
  constructor(
    app: App,
    private readonly people: Person[],
    placeholder: string,
    private readonly onPick: (person: Person) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  getItems(): Person[] {
    return this.people;
  }

  getItemText(person: Person): string {
    const extra = [...person.aliases, person.company ?? ''].filter(Boolean).join(', ');
    return extra ? `${person.name} (${extra})` : person.name;
  }

  onChooseItem(person: Person): void {
    this.onPick(person);
  }
}

/** Resolves with the picked person, or null when the modal is closed without a choice. */
export function pickPerson(app: App, people: Person[], placeholder: string): Promise<Person | null> {
  return new Promise((resolve) => {
    let picked = false;
    const modal = new PersonSuggestModal(app, people, placeholder, (p) => {
      picked = true;
      resolve(p);
    });
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

class FileSuggestModal extends FuzzySuggestModal<TFile> {
  constructor(
    app: App,
    private readonly files: TFile[],
    private readonly onPick: (file: TFile) => void,
  ) {
    super(app);
    this.setPlaceholder('Import contacts from which file?');
  }

  getItems(): TFile[] {
    return this.files;
  }

  getItemText(file: TFile): string {
    return file.path;
  }

  onChooseItem(file: TFile): void {
    this.onPick(file);
  }
}

/** Resolves with the picked file, or null when the modal is closed without a choice. */
export function pickFile(app: App, files: TFile[]): Promise<TFile | null> {
  return new Promise((resolve) => {
    let picked = false;
    const modal = new FileSuggestModal(app, files, (f) => {
      picked = true;
      resolve(f);
    });
    const close = modal.onClose.bind(modal);
    modal.onClose = () => {
      close();
      window.setTimeout(() => {
        if (!picked) resolve(null);
      }, 0);
    };
    modal.open();
  });
}
