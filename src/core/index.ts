import { DateResolver } from './dates';
import { Network } from './network';
import type { NoteInput } from './note';
import { type NoteRecords, type Warning, readNote } from './note-records';
import { isExcluded } from './people';
import type { GoodwillSettings } from './settings';

/**
 * The index of a vault: what each note contributed, keyed by path. A changed
 * note replaces only its own records; the resolved Network is rebuilt lazily
 * from the stored records, without reading any text again.
 */
export class NetworkIndex {
  private readonly notes = new Map<string, NoteRecords>();
  private readonly resolver = new DateResolver();
  private network: Network | null = null;
  private revision = 0;

  constructor(private settingsValue: GoodwillSettings) {}

  get settings(): GoodwillSettings {
    return this.settingsValue;
  }

  /** Changes the settings. Records depend on them, so the caller must feed every note again. */
  resetSettings(settings: GoodwillSettings): void {
    this.settingsValue = settings;
    this.notes.clear();
    this.touch();
  }

  /** Adds or replaces a note. Notes outside markdown or in excluded folders are ignored. */
  upsert(input: NoteInput): void {
    if (!input.path.toLowerCase().endsWith('.md') || isExcluded(input.path, this.settingsValue)) {
      this.remove(input.path);
      return;
    }
    this.notes.set(input.path, readNote(input, this.settingsValue, this.resolver));
    this.touch();
  }

  /** Records a note that could not be read at all, so that `check` names it. */
  upsertFailure(path: string, message: string): void {
    this.notes.set(path, { path, noteDate: null, person: null, attendees: [], lines: [], warnings: [{ file: path, line: 1, message }] });
    this.touch();
  }

  remove(path: string): void {
    if (this.notes.delete(path)) this.touch();
  }

  rename(oldPath: string, input: NoteInput): void {
    this.notes.delete(oldPath);
    this.upsert(input);
    this.touch();
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  records(path: string): NoteRecords | undefined {
    return this.notes.get(path);
  }

  get size(): number {
    return this.notes.size;
  }

  /** Increases with every change; views compare it to skip work. */
  get version(): number {
    return this.revision;
  }

  /** Every problem found: per note while reading, and across notes while resolving. */
  warnings(): Warning[] {
    const out: Warning[] = [];
    for (const n of this.notes.values()) out.push(...n.warnings);
    out.push(...this.resolve().warnings);
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  }

  /** The vault resolved against its people, rebuilt only after a change. */
  resolve(): Network {
    if (!this.network) this.network = new Network(this.notes.values());
    return this.network;
  }

  private touch(): void {
    this.revision += 1;
    this.network = null;
  }
}
