import { type Editor, Notice, Plugin, type TFile, debounce } from 'obsidian';
import { DateResolver } from '../core/dates';
import { type Day, todayLocal } from '../core/day';
import { type FollowUp, followUps } from '../core/followups';
import { NetworkIndex } from '../core/index';
import { parseQuery, type Query } from '../core/query/parse';
import { type QueryAnswer, runQuery } from '../core/query/run';
import { DEFAULT_SETTINGS, type GoodwillSettings, SettingsError, resolveSettings } from '../core/settings';
import { GoodwillBlock } from './codeblock';
import { markDone } from './edits';
import { GoodwillSettingTab } from './settings-tab';
import { VaultSource } from './vault-source';
import { GoodwillView, VIEW_TYPE } from './views/goodwill-view';

export default class GoodwillPlugin extends Plugin {
  settings: GoodwillSettings = DEFAULT_SETTINGS;
  index!: NetworkIndex;
  ready = false;
  progress = '';
  readonly blocks = new Set<GoodwillBlock>();
  private source!: VaultSource;
  private readonly resolver = new DateResolver();
  private statusEl: HTMLElement | null = null;
  private indexRun = 0;

  async onload(): Promise<void> {
    this.settings = await this.loadSettings();
    this.index = new NetworkIndex(this.settings);
    this.source = new VaultSource(this.app, this.index, () => this.refreshSoon());

    this.registerView(VIEW_TYPE, (leaf) => new GoodwillView(leaf, this));
    this.registerMarkdownCodeBlockProcessor('goodwill', (source, el, ctx) => {
      ctx.addChild(new GoodwillBlock(el, this, source));
    });
    this.addSettingTab(new GoodwillSettingTab(this.app, this));
    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass('goodwill-status');
    this.registerDomEvent(this.statusEl, 'click', () => void this.activateView());

    this.addCommand({ id: 'open-view', name: 'Open the Goodwill view', callback: () => void this.activateView() });
    this.addCommand({
      id: 'mark-done-at-cursor',
      name: 'Mark the follow-up under the cursor done',
      editorCallback: (editor, ctx) => void this.markDoneAtCursor(editor, ctx.file),
    });
    this.addCommand({
      id: 'insert-query',
      name: 'Insert a Goodwill query block',
      editorCallback: (editor) => editor.replaceSelection('```goodwill\nfollowups due before next week\n```\n'),
    });
    this.addCommand({ id: 'reindex', name: 'Re-read all notes', callback: () => void this.reindex() });

    this.app.workspace.onLayoutReady(() => {
      this.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => void this.source.changed(file, data, cache)));
      this.registerEvent(this.app.vault.on('rename', (file, oldPath) => void this.source.renamed(file, oldPath)));
      this.registerEvent(this.app.vault.on('delete', (file) => this.source.deleted(file)));
      void this.reindex();
    });
  }

  private async loadSettings(): Promise<GoodwillSettings> {
    const data: unknown = await this.loadData();
    try {
      return resolveSettings(data ?? {});
    } catch (err) {
      if (err instanceof SettingsError) new Notice(`Goodwill: settings reset to defaults (${err.message}).`);
      return resolveSettings({});
    }
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.reindexSoon();
  }

  private readonly reindexSoon = debounce(() => void this.reindex(), 800, true);

  async reindex(): Promise<void> {
    const run = ++this.indexRun;
    this.ready = false;
    this.index.resetSettings(this.settings);
    this.refreshViews();
    await this.source.indexAll(
      (done, total) => {
        this.progress = `${done} of ${total}`;
        if (this.statusEl) this.statusEl.setText(`Goodwill: reading ${this.progress}`);
      },
      () => run !== this.indexRun,
    );
    if (run !== this.indexRun) return;
    this.ready = true;
    this.refreshViews();
  }

  /** One refresh per burst of changes. */
  private readonly refreshSoon = debounce(() => this.refreshViews(), 300, true);

  private refreshViews(): void {
    for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE)) {
      if (leaf.view instanceof GoodwillView) leaf.view.refresh();
    }
    for (const block of this.blocks) block.refresh();
    this.updateStatus();
  }

  private updateStatus(): void {
    if (!this.statusEl || !this.ready) return;
    const today = this.today();
    const due = this.followUps().filter((f) => f.due <= today).length;
    this.statusEl.setText(due === 0 ? 'Goodwill: all caught up' : `Goodwill: ${due} due`);
    this.statusEl.setAttribute('aria-label', 'Open the Goodwill view');
  }

  today(): Day {
    return todayLocal();
  }

  followUps(): FollowUp[] {
    return followUps(this.index.resolve(), this.settings, this.today(), { all: true });
  }

  run(query: Query): QueryAnswer {
    return runQuery(query, this.index.resolve(), this.settings, this.today(), this.resolver);
  }

  runSource(source: string): QueryAnswer {
    const parsed = parseQuery(source);
    return parsed.ok ? this.run(parsed.query) : { type: 'error', message: parsed.error.message };
  }

  async activateView(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(VIEW_TYPE)[0];
    if (!leaf) {
      const right = workspace.getRightLeaf(false);
      if (!right) return;
      await right.setViewState({ type: VIEW_TYPE, active: true });
      leaf = right;
    }
    await workspace.revealLeaf(leaf);
  }

  async openAt(path: string, line: number): Promise<void> {
    await this.app.workspace.openLinkText(path, '', false, { eState: { line: Math.max(0, line - 1) } });
  }

  async markFollowUpDone(f: FollowUp): Promise<void> {
    const file = this.app.vault.getFileByPath(f.file);
    if (!file) {
      new Notice(`Goodwill: ${f.file} no longer exists.`);
      return;
    }
    const text = await this.app.vault.cachedRead(file);
    const line = text.split(/\r?\n/)[f.line - 1] ?? '';
    if (await markDone(this.app, f.file, f.line, line, this.today())) new Notice(`Goodwill: marked done: ${f.text}`);
  }

  private async markDoneAtCursor(editor: Editor, file: TFile | null): Promise<void> {
    if (!file) return;
    const lineNo = editor.getCursor().line + 1;
    const records = this.index.records(file.path);
    if (!records?.lines.some((l) => l.line === lineNo && l.closed === null)) {
      new Notice('Goodwill: the cursor is not on an open promise, ask or waiting line.');
      return;
    }
    const line = editor.getLine(lineNo - 1);
    await markDone(this.app, file.path, lineNo, line, this.today());
  }
}
