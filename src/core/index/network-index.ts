import { DateResolver } from '../language/dates';
import { Network, type NetworkOptions } from './network';
import type { NoteInput } from '../model/note';
import { type NoteRecords, type Warning, readNote } from '../read/note-records';
import { isExcluded } from '../read/conventions';
import type { GoodwillSettings } from '../model/settings';
import { type DailyNoteDating, dailyNoteDay } from '../model/daily-notes';
import type { Day } from '../model/day';
import { SharedRecords } from './shared-records';

/**
 * The index of a vault: what each note contributed, keyed by path. A changed
 * note replaces only its own records; the resolved Network is rebuilt lazily
 * from the stored records, without reading any text again.
 */
export class NetworkIndex {
  private readonly notes = new Map<string, NoteRecords>();
  private resolver: DateResolver;
  private network: Network | null = null;
  private revision = 0;
  private readonly shared = new SharedRecords();

  /** `dating`: how the vault names its daily notes, so that a note named by that format has its day (see readNote). */
  constructor(
    private settingsValue: GoodwillSettings,
    private dating: DailyNoteDating | null = null,
  ) {
    this.resolver = new DateResolver(settingsValue.language);
  }

  get settings(): GoodwillSettings {
    return this.settingsValue;
  }

  /** How the vault names its daily notes, as the records were read with it. */
  get dailyNoteDating(): DailyNoteDating | null {
    return this.dating;
  }

  /** Changes the settings. Records depend on them, so the caller must feed every note again. */
  resetSettings(settings: GoodwillSettings, dating: DailyNoteDating | null = this.dating): void {
    this.settingsValue = settings;
    this.dating = dating;
    this.resolver = new DateResolver(settings.language);
    this.notes.clear();
    this.touch();
  }

  /** Adds or replaces a note. Notes outside markdown or in excluded folders are ignored. */
  upsert(input: NoteInput): void {
    if (!input.path.toLowerCase().endsWith('.md') || isExcluded(input.path, this.settingsValue)) {
      this.remove(input.path);
      return;
    }
    const next = this.shared.share(readNote(input, this.settingsValue, this.resolver, this.dating));
    const previous = this.notes.get(input.path);
    this.notes.set(input.path, next);
    this.changed(previous, next);
  }

  /**
   * Adds or replaces a note by records read earlier with the same settings
   * (the CLI keeps them between runs): what upsert stores, without reading
   * the text again.
   */
  putRecords(records: NoteRecords): void {
    const next = this.shared.share(records);
    const previous = this.notes.get(records.path);
    this.notes.set(records.path, next);
    this.changed(previous, next);
  }

  /** Records a note that could not be read at all, so that `check` names it. */
  upsertFailure(path: string, message: string): void {
    const next: NoteRecords = {
      path,
      noteDate: null,
      person: null,
      attendees: [],
      attendeeNames: [],
      meeting: false,
      personTags: [],
      mentions: [],
      draft: null,
      lines: [],
      warnings: [{ file: path, line: 1, message }],
    };
    const previous = this.notes.get(path);
    this.notes.set(path, next);
    this.changed(previous, next);
  }

  remove(path: string): void {
    const previous = this.notes.get(path);
    if (!previous) return;
    this.notes.delete(path);
    this.changed(previous, undefined);
  }

  rename(oldPath: string, input: NoteInput): void {
    this.remove(oldPath);
    this.upsert(input);
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  records(path: string): NoteRecords | undefined {
    return this.notes.get(path);
  }

  /** The notes dated `day`, daily notes left out, by path: where the people met that day are listed. */
  notesOn(day: Day): NoteRecords[] {
    const out: NoteRecords[] = [];
    for (const n of this.notes.values()) {
      if (n.noteDate !== day) continue;
      if (this.dating !== null && dailyNoteDay(this.dating, n.path, this.settingsValue.language) !== null) continue;
      out.push(n);
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
    if (!this.network) this.network = Network.of(this.notes.values(), this.networkOptions());
    return this.network;
  }

  /**
   * Resolves the vault step by step (the generator pauses every few hundred
   * notes), for callers that must not block for the whole build. A change
   * while it runs makes the result stale: it is then not kept.
   */
  *resolveInSteps(): Generator<void, Network> {
    if (this.network) return this.network;
    const revision = this.revision;
    const network = yield* Network.inSteps(this.notes.values(), this.networkOptions());
    if (this.revision === revision) this.network = network;
    return network;
  }

  private networkOptions(): NetworkOptions {
    return { paths: () => this.notes.keys(), me: this.settingsValue.me };
  }

  private touch(): void {
    this.revision += 1;
    this.network = null;
  }

  /** Keeps the resolved network when only a non-person note changed. */
  private changed(previous: NoteRecords | undefined, next: NoteRecords | undefined): void {
    this.revision += 1;
    if (this.network && !this.network.replaceNote(previous, next)) this.network = null;
  }
}
