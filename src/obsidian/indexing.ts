import { type App, type Component, debounce } from 'obsidian';
import type { LiveContext } from './context';
import { dailyNoteDating } from './vault-writes/daily-note';
import { InlineParser, type NoteParser } from './note-parser';
import { NoStore, type RecordsStore, recordsFingerprint } from './records-store';
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
  /** The notes changed since the last change event. */
  private readonly changedPaths = new Set<string>();
  /** One change event per burst of note changes. */
  private readonly changedSoon = debounce(
    () => {
      const paths = [...this.changedPaths];
      this.changedPaths.clear();
      this.context.indexChanged(paths);
    },
    250,
    true,
  );
  /** Settings typed in the settings tab: the vault is read again once the typing stops. */
  readonly reindexSoon = debounce(() => void this.reindex(), 800, true);

  constructor(
    private readonly app: App,
    private readonly context: LiveContext,
    private readonly store: RecordsStore = new NoStore(),
    parser: NoteParser = new InlineParser(),
  ) {
    this.source = new VaultSource(
      app,
      context.index,
      (paths) => {
        for (const path of paths) this.changedPaths.add(path);
        this.changedSoon();
      },
      store,
      parser,
    );
    context.rereadWith((path) => this.reread(path));
  }

  /** Reads one note again, and redraws what shows answers now rather than after the burst of changes settles. */
  async reread(path: string): Promise<void> {
    // A note gone since is the vault's delete event to handle.
    const file = this.app.vault.getFileByPath(path);
    if (file) await this.source.changed(file, await this.app.vault.read(file), this.app.metadataCache.getFileCache(file));
    this.changedSoon.cancel();
    const paths = [...this.changedPaths, path];
    this.changedPaths.clear();
    this.context.indexChanged(paths);
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

  /**
   * Reads every note again with the current settings; notes unchanged since
   * the store kept their records come from it, unless `fromScratch` (the
   * "Re-read all notes" command) empties it first.
   */
  async reindex(fromScratch = false): Promise<void> {
    const run = ++this.run;
    this.context.setState({ kind: 'indexing', done: 0, total: 0 });
    if (fromScratch) await this.store.clear();
    const dating = await dailyNoteDating(this.app);
    this.context.index.resetSettings(this.context.settings, dating);
    await this.source.indexAll(
      (done, total) => this.context.setState({ kind: 'indexing', done, total }),
      () => run !== this.run,
      recordsFingerprint(this.context.settings, dating),
    );
    if (run !== this.run) return;
    this.context.setState({ kind: 'ready' });
  }
}
