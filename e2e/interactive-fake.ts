/**
 * What the in-memory Obsidian lacks for a person at a browser: modals that
 * stay open on the page, a fuzzy suggester that lists and picks, text inputs
 * and buttons that react to typing and clicks, and notices one can read.
 */
import { AbstractTextComponent, ButtonComponent, Modal, SuggestModal } from 'obsidian-test-mocks/obsidian';
import { readBinaryOfTextNotes } from '../test/obsidian/vault-bytes';

readBinaryOfTextNotes();

interface AnyModal {
  onOpen(): void;
  onClose(): void;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  closeCallback?: (() => void) | null;
}

const modalProto = Modal.prototype as unknown as AnyModal & { open(): void; close(): void };
modalProto.open = function (this: AnyModal) {
  this.containerEl.addClass('modal-container');
  this.modalEl.addClass('modal');
  document.body.appendChild(this.containerEl);
  this.onOpen();
};
modalProto.close = function (this: AnyModal) {
  this.containerEl.detach();
  this.onClose();
  this.closeCallback?.();
};

type Suggest = AnyModal & {
  open(): void;
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  getItems?: () => unknown[];
  getItemText?: (item: unknown) => string;
  getSuggestions(query: string): unknown[] | Promise<unknown[]>;
  renderSuggestion(value: unknown, el: HTMLElement): void;
  selectSuggestion(value: unknown, evt: Event): void;
};

/** A subsequence match, case-insensitive: what a fuzzy search at least does. */
function fuzzy(query: string, text: string): boolean {
  let i = 0;
  const q = query.toLowerCase();
  const t = text.toLowerCase();
  for (const c of t) if (c === q[i]) i++;
  return i === q.length;
}

const suggestProto = SuggestModal.prototype as unknown as Suggest;
suggestProto.open = function (this: Suggest) {
  modalProto.open.call(this);
  this.inputEl.addClass('prompt-input');
  this.resultContainerEl.addClass('prompt-results');
  const render = async () => {
    const query = this.inputEl.value;
    const items = this.getItems
      ? this.getItems()
          .filter((item) => fuzzy(query, this.getItemText!(item)))
          .map((item) => ({ item, match: { score: 0, matches: [] } }))
      : await this.getSuggestions(query);
    this.resultContainerEl.empty();
    for (const value of items.slice(0, 50)) {
      const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item' });
      if (this.getItems) el.setText(this.getItemText!((value as { item: unknown }).item));
      else this.renderSuggestion(value, el);
      el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
    }
    return items;
  };
  this.inputEl.addEventListener('input', () => void render());
  this.inputEl.addEventListener('keydown', (evt) => {
    if (evt.key !== 'Enter') return;
    evt.preventDefault();
    void render().then((items) => {
      if (items.length > 0) this.selectSuggestion(items[0], evt);
    });
  });
  void render();
  this.inputEl.focus();
};

const textProto = AbstractTextComponent.prototype as unknown as {
  onChange(cb: (v: string) => unknown): unknown;
  inputEl: HTMLInputElement;
};
const originalOnChange = textProto.onChange;
textProto.onChange = function (this: typeof textProto, cb: (v: string) => unknown) {
  this.inputEl.addEventListener('input', () => void cb(this.inputEl.value));
  return originalOnChange.call(this, cb);
};

const buttonProto = ButtonComponent.prototype as unknown as {
  onClick(cb: (evt: MouseEvent) => unknown): unknown;
  buttonEl: HTMLButtonElement;
};
const originalOnClick = buttonProto.onClick;
buttonProto.onClick = function (this: typeof buttonProto, cb: (evt: MouseEvent) => unknown) {
  this.buttonEl.addEventListener('click', (evt) => void cb(evt));
  return originalOnClick.call(this, cb);
};
