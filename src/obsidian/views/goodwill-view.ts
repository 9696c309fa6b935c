import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { formatDay } from '../../core/day';
import type { FollowUp } from '../../core/followups';
import type GoodwillPlugin from '../plugin';
import { renderAnswer } from '../render';

export const VIEW_TYPE = 'goodwill-view';

/** The sidebar: follow-ups grouped by urgency, balance and introductions. */
export class GoodwillView extends ItemView {
  private rendered = -1;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: GoodwillPlugin,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Goodwill';
  }

  getIcon(): string {
    return 'handshake';
  }

  async onOpen(): Promise<void> {
    this.refresh();
  }

  /** Re-renders when the index changed since the last render. */
  refresh(force = false): void {
    const version = this.plugin.index.version;
    if (!force && version === this.rendered && this.plugin.ready) return;
    this.rendered = version;
    const root = this.contentEl;
    root.empty();
    root.addClass('goodwill-view');
    if (!this.plugin.ready) {
      root.createDiv({ cls: 'goodwill-empty', text: `Reading your notes… ${this.plugin.progress}` });
      return;
    }
    const today = this.plugin.today();
    const network = this.plugin.index.resolve();
    const open = (path: string, line: number) => this.plugin.openAt(path, line);

    const fu = root.createDiv({ cls: 'goodwill-section' });
    fu.createEl('h4', { text: 'Follow-ups' });
    const all = this.plugin.followUps();
    if (all.length === 0 && network.people.length === 0) {
      this.firstRun(fu);
    } else {
      const groups: [string, FollowUp[], boolean][] = [
        ['Overdue', all.filter((f) => f.due < today), true],
        ['Today', all.filter((f) => f.due === today), true],
        ['This week', all.filter((f) => f.due > today && f.due <= today + 7), true],
        ['Later', all.filter((f) => f.due > today + 7), false],
      ];
      for (const [title, rows, openByDefault] of groups) {
        if (rows.length === 0) continue;
        const details = fu.createEl('details', { cls: 'goodwill-group' });
        details.open = openByDefault;
        details.createEl('summary', { text: `${title} (${rows.length})` });
        const list = details.createEl('ul', { cls: 'goodwill-list' });
        for (const f of rows) this.followUpRow(list, f, open);
      }
      if (all.length === 0) fu.createDiv({ cls: 'goodwill-empty', text: 'Nothing due. Nice work.' });
    }

    const bal = root.createDiv({ cls: 'goodwill-section' });
    bal.createEl('h4', { text: 'Balance' });
    const balance = this.plugin.runSource('balance');
    renderAnswer(bal, balance, { open });

    const intros = root.createDiv({ cls: 'goodwill-section' });
    intros.createEl('h4', { text: 'Introductions' });
    renderAnswer(intros, this.plugin.runSource('intros limit 10'), { open });
  }

  private followUpRow(list: HTMLElement, f: FollowUp, open: (path: string, line: number) => void): void {
    const li = list.createEl('li', { cls: `goodwill-row goodwill-kind-${f.kind}` });
    li.createSpan({ cls: 'goodwill-due', text: formatDay(f.due) });
    li.createSpan({ cls: 'goodwill-kind', text: f.kind });
    const who = li.createEl('a', { cls: 'goodwill-link', text: f.person.name, href: '#' });
    who.addEventListener('click', (ev) => {
      ev.preventDefault();
      open(f.person.path, 1);
    });
    const what = li.createEl('a', { cls: 'goodwill-link goodwill-text', text: f.text, href: '#' });
    what.addEventListener('click', (ev) => {
      ev.preventDefault();
      open(f.file, f.line);
    });
    if (f.kind === 'promise' || f.kind === 'nudge') {
      const done = li.createEl('button', { cls: 'goodwill-done', text: 'Done' });
      done.setAttribute('aria-label', `Mark done: ${f.text}`);
      done.addEventListener('click', () => void this.plugin.markFollowUpDone(f));
    }
  }

  private firstRun(el: HTMLElement): void {
    const box = el.createDiv({ cls: 'goodwill-empty' });
    box.createEl('p', { text: 'No people yet. Goodwill reads notes you already keep:' });
    const ul = box.createEl('ul');
    ul.createEl('li', { text: 'A person note: frontmatter "type: person", or a note in a People folder.' });
    ul.createEl('li', { text: 'In any dated note: "- give:: [[Alice]] intro to [[Bob]] #intro".' });
    ul.createEl('li', { text: 'Promises: "- owe:: [[Dan]] the deck by next Tuesday" or "- [ ] Send [[Dan]] the deck 📅 2026-12-01".' });
    ul.createEl('li', { text: 'Touches: "- Met [[Alice]]", "- Coffee with [[Bob]]", or a meeting note with attendees.' });
  }
}
