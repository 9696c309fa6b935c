import { Notice, Plugin } from 'obsidian';
import { type GoodwillSettings, NetworkIndex, resolveSettings } from '../core';
import { Actions } from './actions';
import { Clock } from './clock';
import { registerCommands } from './commands';
import { LiveContext } from './context';
import { Indexing } from './indexing';
import { SettingsFile } from './settings-file';
import { GoodwillSettingTab } from './settings-tab';
import { GoodwillBlock } from './ui/codeblock';
import { GoodwillView } from './ui/goodwill-view';
import { StatusBar } from './ui/status-bar';
import { dailyNoteDating } from './vault-writes/daily-note';
import { activateView, VIEW_TYPE } from './workspace';

/** Lifecycle only: everything is registered so that disabling the plugin leaves nothing behind. */
export default class GoodwillPlugin extends Plugin {
  /** What the interface and the features receive instead of the plugin. */
  context!: LiveContext;
  actions!: Actions;
  /**
   * The settings tab's own copy, which it edits in place: saving hands the
   * context a copy of it, and settings replaced elsewhere replace it.
   */
  settings: GoodwillSettings = resolveSettings({});
  private readonly clock = new Clock();
  private indexing!: Indexing;
  private settingsFile!: SettingsFile;
  /** The settings the tab last saved: the context's change event for them leaves the tab's copy alone. */
  private saved: GoodwillSettings | null = null;
  private digestChecked = false;

  async onload(): Promise<void> {
    this.settingsFile = new SettingsFile(this);
    const settings = await this.loadSettings();
    this.settings = structuredClone(settings);
    const index = new NetworkIndex(settings, await dailyNoteDating(this.app));
    this.context = new LiveContext(this.app, index, this.clock, settings, (next) => this.persist(next));
    this.indexing = new Indexing(this.app, this.context);
    this.actions = new Actions(this.context);
    this.register(
      this.context.onChange((change) => {
        if (change.kind === 'settings' && change.settings !== this.saved) this.settings = structuredClone(change.settings);
      }),
    );

    this.registerView(VIEW_TYPE, (leaf) => new GoodwillView(leaf, this.context, this.actions));
    this.registerHoverLinkSource(VIEW_TYPE, { display: 'Goodwill', defaultMod: true });
    this.registerMarkdownCodeBlockProcessor('goodwill', (source, el, ctx) => {
      ctx.addChild(new GoodwillBlock(el, this.context, source));
    });
    this.addSettingTab(new GoodwillSettingTab(this.app, this));
    const statusEl = this.addStatusBarItem();
    statusEl.addClass('goodwill-status');
    statusEl.setAttribute('aria-label', 'Open the sidebar view');
    this.registerDomEvent(statusEl, 'click', () => void activateView(this.app));
    this.addChild(new StatusBar(statusEl, this.context));
    registerCommands(this, this.context, this.actions, { reindex: () => this.indexing.reindex() });

    this.app.workspace.onLayoutReady(() => void this.start());
  }

  /** Indexes once the layout is ready, then follows changes note by note, and the day. */
  private async start(): Promise<void> {
    this.indexing.follow(this);
    this.register(this.context.followClock());
    this.registerInterval(this.clock.start());
    this.register(
      this.context.onChange((change) => {
        if (!this.context.settings.digestOnFirstOpen) return;
        const ready = this.context.state.kind === 'ready';
        if (change.kind === 'day' && ready) void this.actions.writeDigest(true);
        if (change.kind === 'state' && ready && !this.digestChecked) {
          this.digestChecked = true;
          void this.actions.writeDigest(true);
        }
      }),
    );
    await this.indexing.reindex();
  }

  /** data.json is read tolerantly: a key that cannot be used keeps its default, and one notice names them all. */
  private async loadSettings(): Promise<GoodwillSettings> {
    const { settings, notice } = await this.settingsFile.load();
    if (notice) new Notice(notice);
    return settings;
  }

  /** The settings tab's save: the context gets a copy of the tab's object, which the tab goes on editing. */
  async saveSettings(): Promise<void> {
    this.saved = structuredClone(this.settings);
    await this.context.replaceSettings(this.saved);
  }

  /** Writes replaced settings to data.json, and reads the vault again with them once the typing stops. */
  private async persist(settings: GoodwillSettings): Promise<void> {
    if (!(await this.settingsFile.save(settings))) {
      new Notice('Goodwill: the settings file is not valid JSON; fix or remove it, then change the setting again. Nothing was saved.');
    }
    this.indexing.reindexSoon();
  }

  /** data.json changed outside the app (the CLI's doctor --write, a sync): its settings take effect at once. */
  async onExternalSettingsChange(): Promise<void> {
    const settings = await this.loadSettings();
    if (JSON.stringify(settings) === JSON.stringify(this.context.settings)) return;
    this.context.adoptSettings(settings);
    await this.indexing.reindex();
  }
}
