import { type App, type Component, debounce } from 'obsidian';
import type { LiveContext } from './context';
import { dailyNoteDating } from './vault-writes/daily-note';
import { VaultSource } from './vault-source';

/**
 * Keeps the index in step with the vault: reads it whole at start and after
 * a settings change, then note by note as Obsidian reports changes, and says
 * how far it got through the context's index state.
 */
export class Indexing {
  private readonly source: VaultSource;
  /** Each reading of the whole vault; a newer one cancels those under way. */
  private run = 0;
  /** One change event per burst of note changes. */
  private readonly changedSoon = debounce(() => this.context.indexChanged(), 250, true);
  /** Settings typed in the settings tab: the vault is read again once the typing stops. */
  readonly reindexSoon = debounce(() => void this.reindex(), 800, true);

  constructor(
    private readonly app: App,
    private readonly context: LiveContext,
  ) {
    this.source = new VaultSource(app, context.index, () => this.changedSoon());
  }

  /** Follows the vault's changes while `component` is loaded; unloading it also cancels what is pending. */
  follow(component: Component): void {
    const { metadataCache, vault } = this.app;
    component.registerEvent(metadataCache.on('changed', (file, data, cache) => void this.source.changed(file, data, cache)));
    component.registerEvent(vault.on('rename', (file, oldPath) => void this.source.renamed(file, oldPath)));
    component.registerEvent(vault.on('delete', (file) => this.source.deleted(file)));
    component.register(() => {
      this.run++;
      this.changedSoon.cancel();
      this.reindexSoon.cancel();
    });
  }

  /** Reads every note again with the current settings. */
  async reindex(): Promise<void> {
    const run = ++this.run;
    this.context.setState({ kind: 'indexing', done: 0, total: 0 });
    this.context.index.resetSettings(this.context.settings, await dailyNoteDating(this.app));
    await this.source.indexAll(
      (done, total) => this.context.setState({ kind: 'indexing', done, total }),
      () => run !== this.run,
    );
    if (run !== this.run) return;
    this.context.setState({ kind: 'ready' });
  }
}
