import { type App, type CachedMetadata, TFile, type TAbstractFile, getFrontMatterInfo, parseYaml } from 'obsidian';
import { isPersonNote, type NetworkIndex, type NoteInput } from '../core';

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

/**
 * Feeds the vault into the index: all notes once, in slices that yield to the
 * interface, then one note at a time as Obsidian reports changes.
 */
export class VaultSource {
  constructor(
    private readonly app: App,
    private readonly index: NetworkIndex,
    private readonly onChange: () => void,
  ) {}

  async readNote(file: TFile): Promise<void> {
    const text = await this.app.vault.cachedRead(file);
    this.index.upsert(noteInput(file, text, this.app.metadataCache.getFileCache(file)));
  }

  /**
   * Reads every markdown note; reports progress after each slice. People come
   * first: once they are known, every other note updates the resolved network
   * in place, so no single step at the end has to resolve the whole vault.
   */
  async indexAll(progress: (done: number, total: number) => void, cancelled: () => boolean): Promise<void> {
    const all = this.app.vault.getMarkdownFiles();
    const settings = this.index.settings;
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
    const people: TFile[] = [];
    const others: TFile[] = [];
    await nextSlice();
    for (const f of all) {
      (isPerson(f) ? people : others).push(f);
      if (sliceOver()) {
        await nextSlice();
        if (cancelled()) return;
      }
    }
    const files = people.concat(others);
    let resolvedPeople = people.length === 0;
    for (let i = 0; i < files.length; i++) {
      if (cancelled()) return;
      const file = files[i];
      // A note deleted or renamed since the listing is the delete or rename event's business.
      if (this.app.vault.getAbstractFileByPath(file.path) === file) {
        try {
          await this.readNote(file);
        } catch (err) {
          if (this.app.vault.getAbstractFileByPath(file.path) !== file) this.index.remove(file.path);
          else this.index.upsertFailure(file.path, `note could not be read: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (!resolvedPeople && i + 1 >= people.length) {
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
    this.onChange();
  }

  async changed(file: TFile, data: string, cache: CachedMetadata): Promise<void> {
    if (file.extension !== 'md') return;
    this.index.upsert(noteInput(file, data, cache));
    this.onChange();
  }

  async renamed(file: TAbstractFile, oldPath: string): Promise<void> {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    const text = await this.app.vault.cachedRead(file);
    this.index.rename(oldPath, noteInput(file, text, this.app.metadataCache.getFileCache(file)));
    this.onChange();
  }

  deleted(file: TAbstractFile): void {
    this.index.remove(file.path);
    this.onChange();
  }
}
