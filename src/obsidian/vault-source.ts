import { type App, type CachedMetadata, TFile, type TAbstractFile, getFrontMatterInfo, parseYaml } from 'obsidian';
import { isExcluded, isPersonNote, mayConcernPeople, type NetworkIndex, type NoteInput, type NoteOutline, unreadRecords } from '../core';
import { InlineParser, type NoteParser } from './note-parser';
import { NoStore, type RecordsStore } from './records-store';

/** Indexing yields to the interface after this much work, so no frame waits long. */
const SLICE_MS = 12;

/** One note as the core wants it, with frontmatter from Obsidian's metadata cache (no YAML parsing here). */
export function noteInput(file: TFile, text: string, cache: CachedMetadata | null): NoteInput {
  const fm = cache?.frontmatter;
  if (fm && typeof fm === 'object' && !Array.isArray(fm)) return { path: file.path, text, frontmatter: { ...fm } };
  if (cache && !text.startsWith('---')) return { path: file.path, text, frontmatter: null };
  return { path: file.path, ...frontmatterFromText(text) };
}

/**
 * Obsidian's own YAML reader, for the moments the metadata cache has nothing
 * yet (a note just renamed or created) or could not read the block.
 */
function frontmatterFromText(text: string): Pick<NoteInput, 'text' | 'frontmatter' | 'frontmatterError'> {
  const info = getFrontMatterInfo(text);
  if (!info.exists) return { text, frontmatter: null };
  try {
    const data: unknown = parseYaml(info.frontmatter);
    if (data === null || data === undefined) return { text, frontmatter: null };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { text, frontmatter: null, frontmatterError: 'frontmatter is not a list of key: value pairs' };
    }
    return { text, frontmatter: data as Record<string, unknown> };
  } catch (err) {
    return { text, frontmatter: null, frontmatterError: err instanceof Error ? err.message.split('\n')[0] : 'unreadable YAML' };
  }
}

const nextFrame = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/** A markdown link's target with a scheme (`https:`, `mailto:`): a web link, which the reader never takes for a person. */
const WEB_ADDRESS = /^[a-z][a-z0-9+.-]*:/i;

/** What the metadata cache knows of a note without its body (see mayConcernPeople); nothing when Obsidian has not read it yet. */
export function noteOutline(file: TFile, cache: CachedMetadata | null): NoteOutline {
  const fm = cache?.frontmatter;
  return {
    path: file.path,
    // Frontmatter the cache could not take is read from the text, by the reader; a note with text has blocks.
    known:
      cache !== null &&
      (cache.frontmatter !== undefined || cache.frontmatterPosition === undefined) &&
      (cache.sections !== undefined || file.stat.size === 0),
    frontmatter: fm && typeof fm === 'object' && !Array.isArray(fm) ? { ...fm } : null,
    links: cache?.links?.filter((l) => l.original.startsWith('[[') || !WEB_ADDRESS.test(l.link)).length ?? 0,
    tags: cache?.tags?.map((t) => t.tag) ?? [],
    blocks: cache?.sections?.map((s) => s.type) ?? [],
  };
}

/**
 * Feeds the vault into the index: all notes once, in slices that yield to the
 * interface, then one note at a time as Obsidian reports changes. At start,
 * a note unchanged since its records were stored comes from the store; a note
 * whose outline shows it cannot concern anyone is not read at all; the rest
 * are read and handed to the parser in batches.
 */
export class VaultSource {
  constructor(
    private readonly app: App,
    private readonly index: NetworkIndex,
    /** Called after each change with the paths of the notes changed (none after a whole reading). */
    private readonly onChange: (paths: readonly string[]) => void,
    private readonly store: RecordsStore = new NoStore(),
    private readonly parser: NoteParser = new InlineParser(),
  ) {}

  async readNote(file: TFile): Promise<void> {
    const text = await this.app.vault.cachedRead(file);
    this.index.upsert(noteInput(file, text, this.app.metadataCache.getFileCache(file)));
  }

  /**
   * Reads every markdown note; reports progress after each slice. People come
   * first: once they are known, every other note updates the resolved network
   * in place, so no single step at the end has to resolve the whole vault.
   * `fingerprint` names everything else the records depend on (see the store).
   */
  async indexAll(progress: (done: number, total: number) => void, cancelled: () => boolean, fingerprint: string): Promise<void> {
    const all = this.app.vault.getMarkdownFiles();
    const settings = this.index.settings;
    const dating = this.index.dailyNoteDating;
    const isPerson = (f: TFile) => {
      const cache = this.app.metadataCache.getFileCache(f);
      return isPersonNote(
        f.path,
        cache?.frontmatter ?? null,
        settings,
        cache?.tags?.map((t) => t.tag),
      );
    };
    let sliceStart = 0;
    const sliceOver = () => performance.now() - sliceStart >= SLICE_MS;
    const nextSlice = async () => {
      await nextFrame();
      sliceStart = performance.now();
    };
    const stored = await this.store.load(fingerprint);
    const people: TFile[] = [];
    const others: TFile[] = [];
    await nextSlice();
    for (const f of all) {
      if (!isExcluded(f.path, settings)) (isPerson(f) ? people : others).push(f);
      if (sliceOver()) {
        await nextSlice();
        if (cancelled()) return;
      }
    }
    const files = people.concat(others);
    const present = new Set<string>();
    let pending: TFile[] = [];
    const parsePending = async () => {
      const batch = pending.filter((file) => this.app.vault.getAbstractFileByPath(file.path) === file);
      pending = [];
      const inputs: NoteInput[] = [];
      const read: TFile[] = [];
      for (const file of batch) {
        try {
          const text = await this.app.vault.cachedRead(file);
          inputs.push(noteInput(file, text, this.app.metadataCache.getFileCache(file)));
          read.push(file);
        } catch (err) {
          // A note deleted or renamed since the listing is the delete or rename event's business.
          if (this.app.vault.getAbstractFileByPath(file.path) !== file) this.index.remove(file.path);
          else this.index.upsertFailure(file.path, `note could not be read: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (cancelled()) return;
      const records = await this.parser.parse(inputs, settings, dating);
      if (cancelled()) return;
      records.forEach((r, i) => {
        const file = read[i];
        // A note changed while it was parsed is the change event's business.
        if (this.app.vault.getAbstractFileByPath(file.path) !== file) return;
        this.index.putRecords(r);
        this.store.put(file.path, { stamp: { mtime: file.stat.mtime, size: file.stat.size }, records: r });
      });
    };
    let resolvedPeople = people.length === 0;
    for (let i = 0; i < files.length; i++) {
      if (cancelled()) return;
      const file = files[i];
      present.add(file.path);
      const kept = stored.get(file.path);
      if (kept && kept.stamp.mtime === file.stat.mtime && kept.stamp.size === file.stat.size) {
        this.index.putRecords(kept.records);
      } else if (mayConcernPeople(noteOutline(file, this.app.metadataCache.getFileCache(file)), settings, dating)) {
        pending.push(file);
      } else {
        // Unread, the note is still a note: a link to it finds no one rather than a name.
        this.index.putRecords(unreadRecords(file.path));
      }
      const lastPerson = !resolvedPeople && i + 1 >= people.length;
      if (pending.length >= this.parser.batch || lastPerson || i === files.length - 1) await parsePending();
      if (cancelled()) return;
      if (lastPerson) {
        // Resolving the people is itself spread over frames.
        const steps = this.index.resolveInSteps();
        for (let step = steps.next(); !step.done; step = steps.next()) {
          if (sliceOver()) {
            await nextSlice();
            if (cancelled()) return;
          }
        }
        resolvedPeople = true;
      }
      if (sliceOver() || i === files.length - 1) {
        progress(i + 1, files.length);
        await nextSlice();
      }
    }
    const gone = [...stored.keys()].filter((p) => !present.has(p));
    if (gone.length > 0) this.store.drop(gone);
    // The store writes in the background: the answers need not wait for it (closing the plugin writes what is left).
    void this.store.flush();
    this.onChange([]);
  }

  async changed(file: TFile, data: string, cache: CachedMetadata | null): Promise<void> {
    if (file.extension !== 'md') return;
    this.index.upsert(noteInput(file, data, cache));
    this.keep(file);
    this.onChange([file.path]);
  }

  async renamed(file: TAbstractFile, oldPath: string): Promise<void> {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    const text = await this.app.vault.cachedRead(file);
    this.index.rename(oldPath, noteInput(file, text, this.app.metadataCache.getFileCache(file)));
    // The renamed note is read again at the next start: the metadata cache may not know it under its new path yet.
    this.store.drop([oldPath, file.path]);
    this.onChange([oldPath, file.path]);
  }

  deleted(file: TAbstractFile): void {
    this.index.remove(file.path);
    this.store.drop([file.path]);
    this.onChange([file.path]);
  }

  /** The store follows the index, so that the next start does not read a note changed now. */
  private keep(file: TFile): void {
    const records = this.index.records(file.path);
    if (records) this.store.put(file.path, { stamp: { mtime: file.stat.mtime, size: file.stat.size }, records });
    else this.store.drop([file.path]);
  }
}
