import { Notice, Plugin, debounce } from 'obsidian';
import {
  type BalanceRow,
  balances,
  type DailyNoteDating,
  dailyNoteFormat,
  dailyNoteSettings,
  DateResolver,
  type Day,
  type FollowUp,
  followUps,
  type GoodwillSettings,
  type IntroCandidate,
  introductionCandidates,
  type LineFingerprint,
  NetworkIndex,
  parseQuery,
  type Person,
  type Query,
  type QueryAnswer,
  resolveSettings,
  runQuery,
  synonymsFor,
  todayLocal,
  trust,
  type TrustLight,
} from '../core';
import { Actions } from './actions';
import { GoodwillBlock } from './codeblock';
import { registerCommands } from './commands';
import { obsidianConfigFiles } from './daily-note';
import { markDone } from './edits';
import { SettingsFile } from './settings-file';
import { GoodwillSettingTab } from './settings-tab';
import { VaultSource } from './vault-source';
import { GoodwillView, VIEW_TYPE } from './views/goodwill-view';

/** Lifecycle only: everything is registered so that disabling the plugin leaves nothing behind. */
export default class GoodwillPlugin extends Plugin {
  settings: GoodwillSettings = resolveSettings({});
  index!: NetworkIndex;
  actions!: Actions;
  ready = false;
  progress = '';
  readonly resolver = new DateResolver();
  readonly blocks = new Set<GoodwillBlock>();
  private source!: VaultSource;
  private settingsFile!: SettingsFile;
  private statusEl: HTMLElement | null = null;
  private indexRun = 0;
  private digestChecked = false;
  /** Set by tests and the browser harness to pin the day. */
  fixedToday: Day | null = null;

  async onload(): Promise<void> {
    this.settingsFile = new SettingsFile(this);
    this.settings = await this.loadSettings();
    this.index = new NetworkIndex(this.settings, await this.dailyNoteDating());
    this.actions = new Actions(this);
    this.source = new VaultSource(this.app, this.index, () => this.refreshSoon());

    this.registerView(VIEW_TYPE, (leaf) => new GoodwillView(leaf, this));
    this.registerHoverLinkSource(VIEW_TYPE, { display: 'Goodwill', defaultMod: true });
    this.registerMarkdownCodeBlockProcessor('goodwill', (source, el, ctx) => {
      ctx.addChild(new GoodwillBlock(el, this, source));
    });
    this.addSettingTab(new GoodwillSettingTab(this.app, this));
    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass('goodwill-status');
    this.statusEl.setAttribute('aria-label', 'Open the sidebar view');
    this.registerDomEvent(this.statusEl, 'click', () => void this.activateView());
    registerCommands(this);

    this.app.workspace.onLayoutReady(() => void this.start());
  }

  /** Indexes once the layout is ready, then follows changes note by note. */
  async start(): Promise<void> {
    this.registerEvent(this.app.metadataCache.on('changed', (file, data, cache) => void this.source.changed(file, data, cache)));
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => void this.source.renamed(file, oldPath)));
    this.registerEvent(this.app.vault.on('delete', (file) => this.source.deleted(file)));
    // The day changes under a long-running Obsidian: re-render once a minute when it does.
    let day = this.today();
    this.registerInterval(
      window.setInterval(() => {
        if (this.today() !== day) {
          day = this.today();
          this.refreshViews();
          if (this.settings.digestOnFirstOpen && this.ready) void this.actions.writeDigest(true);
        }
      }, 60_000),
    );
    await this.reindex();
  }

  /** data.json is read tolerantly: a key that cannot be used keeps its default, and one notice names them all. */
  private async loadSettings(): Promise<GoodwillSettings> {
    const { settings, notice } = await this.settingsFile.load();
    if (notice) new Notice(notice);
    return settings;
  }

  /** How the vault names its daily notes (Periodic Notes, else the Daily notes core plugin), to date them by their names. */
  private async dailyNoteDating(): Promise<DailyNoteDating | null> {
    return dailyNoteFormat(dailyNoteSettings(await obsidianConfigFiles(this.app)));
  }

  /** Replaces the settings with changed ones (never changed in place: the index reads the old ones until it reads the vault again), saves them, and reads the vault again with them. */
  async saveSettings(next: GoodwillSettings): Promise<void> {
    this.settings = next;
    if (!(await this.settingsFile.save(next))) {
      new Notice('Goodwill: the settings file is not valid JSON; fix or remove it, then change the setting again. Nothing was saved.');
    }
    this.reindexSoon();
  }

  /** data.json changed outside the app (the CLI's doctor --write, a sync): its settings take effect at once. */
  async onExternalSettingsChange(): Promise<void> {
    const before = JSON.stringify(this.settings);
    this.settings = await this.loadSettings();
    if (JSON.stringify(this.settings) !== before) await this.reindex();
  }

  private readonly reindexSoon = debounce(() => void this.reindex(), 800, true);

  async reindex(): Promise<void> {
    const run = ++this.indexRun;
    this.ready = false;
    this.index.resetSettings(this.settings, await this.dailyNoteDating());
    this.refreshViews();
    await this.source.indexAll(
      (done, total) => {
        this.progress = `${done} of ${total}`;
        this.statusEl?.setText(`Goodwill: reading ${this.progress}`);
      },
      () => run !== this.indexRun,
    );
    if (run !== this.indexRun) return;
    this.ready = true;
    this.refreshViews();
    if (this.settings.digestOnFirstOpen && !this.digestChecked) {
      this.digestChecked = true;
      await this.actions.writeDigest(true);
    }
  }

  /** One refresh per burst of changes. */
  private readonly refreshSoon = debounce(() => this.refreshViews(), 250, true);

  refreshViews(): void {
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
  }

  today(): Day {
    return this.fixedToday ?? todayLocal();
  }

  resolveDate(text: string): Day | null {
    return text.trim() ? this.resolver.resolve(text, this.today(), 'forward') : null;
  }

  /** Follow-ups as the CLI lists them: due within the horizon, overdue included. */
  followUps(all = false): FollowUp[] {
    return followUps(this.index.resolve(), this.settings, this.today(), { all });
  }

  balances(): BalanceRow[] {
    return balances(this.index.resolve(), this.settings, this.today());
  }

  introductions(limit?: number): IntroCandidate[] {
    return introductionCandidates(this.index.resolve(), this.today(), { limit, synonyms: synonymsFor(this.settings.synonyms) });
  }

  trustOf(person: Person): TrustLight | null {
    return trust(person, this.index.resolve().ledger(person), this.settings, this.today()).light;
  }

  runSource(source: string): QueryAnswer {
    const parsed = parseQuery(source);
    return parsed.ok ? this.run(parsed.value) : { type: 'error', message: parsed.error.message };
  }

  run(query: Query): QueryAnswer {
    return runQuery(query, this.index.resolve(), this.settings, this.today(), this.resolver);
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

  markLineDone(path: string, line: number, fingerprint: LineFingerprint): Promise<boolean> {
    return markDone(this.app, path, line, fingerprint, this.today());
  }
}
