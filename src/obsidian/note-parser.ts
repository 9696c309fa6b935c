import { type DailyNoteDating, type GoodwillSettings, NoteBatchReader, type NoteInput, type NoteRecords } from '../core';

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
  private readonly reader = new NoteBatchReader();

  parse(notes: readonly NoteInput[], settings: GoodwillSettings, dating: DailyNoteDating | null): Promise<NoteRecords[]> {
    return Promise.resolve(this.reader.read({ notes, settings, dating }));
  }

  dispose(): void {}
}
