import { Notice, Plugin } from 'obsidian';
import { type GoodwillSettings, NetworkIndex, resolveSettings } from '../core';
import { Clock } from './clock';
import { registerCommands } from './commands';
import { LiveContext } from './context';
import { CaptureLink, registerCaptureLink } from './features/capture-link';
import { DeviceSettings } from './device-settings';
import { FigureProperties } from './features/figure-properties';
import { type Features, makeFeatures } from './features/features';
import { ObsidianCli, registerObsidianCli } from './features/obsidian-cli';
import { Indexing } from './indexing';
import { PluginApi } from './plugin-api';
import { recordsStoreOf } from './indexed-records-store';
import { SettingsFile } from './settings-file';
import { GoodwillSettingTab } from './settings-tab';
import { registerGoodwillBasesView } from './ui/bases-view';
import { GoodwillBlock } from './ui/codeblock';
import { GoodwillView } from './ui/goodwill-view';
import { StatusBar } from './ui/status-bar';
import { dailyNoteDating } from './vault-writes/daily-note';
import { WorkerParser } from './worker-parser';
import { VIEW_TYPE } from './workspace';

/** Lifecycle only: everything is registered so that disabling the plugin leaves nothing behind. */
export default class GoodwillPlugin extends Plugin {
  /** What the interface and the features receive instead of the plugin. */
  context!: LiveContext;
  features!: Features;
  /** Settings kept on this device only (writeProperties). */
  device!: DeviceSettings;
  /** What other plugins may ask and do: `app.plugins.plugins.goodwill.api` (see docs/api.md). */
  api!: PluginApi;
  /** Writes the figures into person notes' properties where this device has it on. */
  figureProperties!: FigureProperties;
  /** The current settings, for the settings tab: the context's, never changed in place. */
  settings: Readonly<GoodwillSettings> = resolveSettings({});
  private readonly clock = new Clock();
  private indexing!: Indexing;
  private settingsFile!: SettingsFile;
  private digestChecked = false;

  async onload(): Promise<void> {
    this.settingsFile = new SettingsFile(this);
    const settings = await this.loadSettings();
    const index = new NetworkIndex(settings, await dailyNoteDating(this.app));
    this.context = new LiveContext(this.app, index, this.clock, settings, (next) => this.persist(next));
    const store = recordsStoreOf(this.app);
    this.register(() => store.close());
    // Reading the whole vault parses in a worker; the worker ends with the plugin.
    const parser = new WorkerParser();
    this.register(() => parser.dispose());
    this.indexing = new Indexing(this.app, this.context, store, parser);
    this.features = makeFeatures(this.context);
    this.device = new DeviceSettings(this.app);
    this.figureProperties = new FigureProperties(this.context, this.device);
    this.api = new PluginApi(this.context);
    this.register(this.api.follow(this.app));
    this.settings = settings;
    this.register(
      this.context.onChange((change) => {
        if (change.kind === 'settings') this.settings = change.settings;
      }),
    );

    this.registerView(VIEW_TYPE, (leaf) => new GoodwillView(leaf, this.context, this.features));
    this.registerHoverLinkSource(VIEW_TYPE, { display: 'Goodwill', defaultMod: true });
    this.registerMarkdownCodeBlockProcessor('goodwill', (source, el, ctx) => {
      ctx.addChild(new GoodwillBlock(el, this.context, source));
    });
    // False where Bases is turned off (or the app has no Bases views): the rest works as before.
    registerGoodwillBasesView(this, this.context);
    this.addSettingTab(new GoodwillSettingTab(this.app, this));
    this.addChild(new StatusBar(this.addStatusBarItem(), this.context));
    registerCommands(this, this.context, this.features, { reindex: () => this.indexing.reindex(true) });
    // The Obsidian CLI (1.12.2+): goodwill:followups and the others; an older app has none, and loses nothing.
    registerObsidianCli(this, new ObsidianCli(this.context));
    // obsidian://goodwill?capture=…: capture from a phone's share sheet or a shortcut.
    registerCaptureLink(this, new CaptureLink(this.context, this.features.logging));

    this.app.workspace.onLayoutReady(() => void this.start());
  }

  /** Indexes once the layout is ready, then follows changes note by note, and the day. */
  private async start(): Promise<void> {
    this.indexing.follow(this);
    this.register(this.context.followClock());
    this.register(this.figureProperties.follow());
    this.registerInterval(this.clock.start());
    this.register(
      this.context.onChange((change) => {
        if (!this.context.settings.digestOnFirstOpen) return;
        const ready = this.context.state.kind === 'ready';
        if (change.kind === 'day' && ready) void this.features.digest.writeDigest(true);
        if (change.kind === 'state' && ready && !this.digestChecked) {
          this.digestChecked = true;
          void this.features.digest.writeDigest(true);
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

  /** Replaces the settings with changed ones (the index reads the old ones until it reads the vault again), and saves them. */
  async saveSettings(next: GoodwillSettings): Promise<void> {
    await this.context.replaceSettings(next);
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
