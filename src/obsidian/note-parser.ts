import { type DailyNoteDating, DateResolver, type GoodwillSettings, type NoteInput, type NoteRecords, readNote } from '../core';

/** Turns notes' texts into their records: on this thread, or elsewhere. */
export interface NoteParser {
  /** How many notes to hand over at once: one on this thread, so that no frame waits for a batch. */
  readonly batch: number;
  /** The records of each note, in the order given. */
  parse(notes: readonly NoteInput[], settings: GoodwillSettings, dating: DailyNoteDating | null): Promise<NoteRecords[]>;
  dispose(): void;
}

/** Parses on the calling thread. */
export class InlineParser implements NoteParser {
  readonly batch = 1;
  private resolver: DateResolver | null = null;
  private language = '';

  parse(notes: readonly NoteInput[], settings: GoodwillSettings, dating: DailyNoteDating | null): Promise<NoteRecords[]> {
    if (this.resolver === null || this.language !== settings.language) {
      this.resolver = new DateResolver(settings.language);
      this.language = settings.language;
    }
    const resolver = this.resolver;
    return Promise.resolve(notes.map((note) => readNote(note, settings, resolver, dating)));
  }

  dispose(): void {}
}
