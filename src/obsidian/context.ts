import type { App } from 'obsidian';
import { DateResolver, type Day, type GoodwillSettings, type NetworkIndex } from '../core';
import type { Clock } from './clock';
import { NoteWriter } from './vault-writes/writer';

/** How far the index has read the vault: nothing yet, a reading under way (n of N notes), or all of it. */
export type IndexState =
  { readonly kind: 'cold' } | { readonly kind: 'indexing'; readonly done: number; readonly total: number } | { readonly kind: 'ready' };

/** What the interface may ask of the index; only the plugin's indexing changes it. */
export type IndexReader = Pick<NetworkIndex, 'version' | 'resolve' | 'records' | 'has' | 'size' | 'warnings' | 'notesOn'>;

/** One change the interface may want to follow; it reads what it needs from the context again. */
export type ContextChange =
  /** `paths`: the notes changed, added, renamed (both paths) or deleted since the last such event; none after a whole reading. */
  | { readonly kind: 'index'; readonly revision: number; readonly paths?: readonly string[] }
  | { readonly kind: 'day'; readonly today: Day }
  | { readonly kind: 'settings'; readonly settings: Readonly<GoodwillSettings> }
  | { readonly kind: 'state'; readonly state: IndexState };

/**
 * What the view, the blocks, the dialogs and the features receive instead of
 * the plugin: the index, the current settings, today, one typed change event,
 * and the note writer.
 */
export interface GoodwillContext {
  readonly app: App;
  readonly index: IndexReader;
  /** Never changed in place: settings change by replacing the object (replaceSettings). */
  readonly settings: Readonly<GoodwillSettings>;
  readonly state: IndexState;
  /** Reads dates written in words ("next monday"). */
  readonly resolver: DateResolver;
  readonly writer: NoteWriter;
  today(): Day;
  /** Calls `listener` at every change until the returned function is called. */
  onChange(listener: (change: ContextChange) => void): () => void;
  /** Saves new settings, and reads the vault again with them. */
  replaceSettings(next: GoodwillSettings): Promise<void>;
}

/** Resolves once the index has read the whole vault (at once when it has): an answer from half the notes would mislead. */
export function indexReady(context: Pick<GoodwillContext, 'state' | 'onChange'>): Promise<void> {
  if (context.state.kind === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = context.onChange((change) => {
      if (change.kind !== 'state' || change.state.kind !== 'ready') return;
      stop();
      resolve();
    });
  });
}

/** The plugin's context: the plugin and its indexing are the only ones to call what is not in GoodwillContext. */
export class LiveContext implements GoodwillContext {
  readonly resolver = new DateResolver();
  readonly writer: NoteWriter;
  private current: GoodwillSettings;
  private indexState: IndexState = { kind: 'cold' };
  private readonly listeners = new Set<(change: ContextChange) => void>();
  /** Reads one note again now (set by the indexing once it exists). */
  private rereadNote: (path: string) => Promise<void> = () => Promise.resolve();

  constructor(
    readonly app: App,
    readonly index: NetworkIndex,
    private readonly clock: Clock,
    settings: GoodwillSettings,
    /** Writes replaced settings where they are kept, and has the vault read again. */
    private readonly persist: (settings: GoodwillSettings) => Promise<void>,
  ) {
    this.current = settings;
    this.writer = new NoteWriter(
      app,
      () => this.current,
      (path) => this.rereadNote(path),
    );
  }

  /** How a note is read again now, when a write finds it changed since it was read. */
  rereadWith(reread: (path: string) => Promise<void>): void {
    this.rereadNote = reread;
  }

  get settings(): Readonly<GoodwillSettings> {
    return this.current;
  }

  get state(): IndexState {
    return this.indexState;
  }

  today(): Day {
    return this.clock.today();
  }

  onChange(listener: (change: ContextChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async replaceSettings(next: GoodwillSettings): Promise<void> {
    this.adoptSettings(next);
    await this.persist(next);
  }

  /** Settings changed where they are kept (data.json rewritten outside the app): taken as they are, not written back. */
  adoptSettings(next: GoodwillSettings): void {
    this.current = next;
    this.emit({ kind: 'settings', settings: next });
  }

  setState(state: IndexState): void {
    this.indexState = state;
    this.emit({ kind: 'state', state });
  }

  /** The index changed (one event per burst of note changes, with the notes' paths). */
  indexChanged(paths: readonly string[] = []): void {
    this.emit({ kind: 'index', revision: this.index.version, paths });
  }

  /** Tells the listeners that the day turned; returns what stops following the clock. */
  followClock(): () => void {
    return this.clock.onDayChange((today) => this.emit({ kind: 'day', today }));
  }

  private emit(change: ContextChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
