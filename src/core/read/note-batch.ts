import { DateResolver } from '../language/dates';
import type { DailyNoteDating } from '../model/daily-notes';
import type { NoteInput } from '../model/note';
import type { GoodwillSettings } from '../model/settings';
import { type NoteRecords, readNote } from './note-records';

/** Notes to read together, with everything their records depend on besides their own texts. */
export interface NoteBatch {
  notes: readonly NoteInput[];
  settings: GoodwillSettings;
  dating: DailyNoteDating | null;
}

/**
 * Reads batches of notes wherever they are read (the interface thread, a web
 * worker, a CLI thread): readNote with one date resolver per language, kept
 * from batch to batch, since chrono-node and the resolver's cache warm up.
 * Settings that arrive as a copy equal to the last ones are taken as the last
 * ones, so that what is compiled from them once is not compiled again.
 */
export class NoteBatchReader {
  private resolver: DateResolver | null = null;
  private language = '';
  private settings: GoodwillSettings | null = null;
  private settingsKey = '';

  read(batch: NoteBatch): NoteRecords[] {
    const settings = this.sameSettings(batch.settings);
    if (this.resolver === null || this.language !== settings.language) {
      this.resolver = new DateResolver(settings.language);
      this.language = settings.language;
    }
    const resolver = this.resolver;
    return batch.notes.map((note) => readNote(note, settings, resolver, batch.dating));
  }

  private sameSettings(settings: GoodwillSettings): GoodwillSettings {
    if (settings === this.settings) return settings;
    const key = JSON.stringify(settings);
    if (this.settings !== null && key === this.settingsKey) return this.settings;
    this.settings = settings;
    this.settingsKey = key;
    return settings;
  }
}
