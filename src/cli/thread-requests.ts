import type { DailyNoteDating, GoodwillSettings, NoteBatchReader, NoteInput, NoteRecords } from '../core';
import { type ReadFailure, readNoteFile } from './folder-source';

/** What every parse thread is started with. */
export interface ThreadSetup {
  root: string;
  settings: GoodwillSettings;
  dating: DailyNoteDating | null;
}

/** Notes to read, vault-relative; `id` pairs the request with its reply. */
export interface ThreadRequest {
  id: number;
  paths: string[];
}

/**
 * Each note's records, or why it could not be read, in the request's order;
 * or, when reading threw (which the CLI's own reading reports as a failure
 * of the run), that the notes must be read on the main thread.
 */
export type ThreadReply = { id: number; results: (NoteRecords | ReadFailure)[] } | { id: number; thrown: string };

/** What a parse thread answers to one request: the notes read as indexFolder reads them. */
export function answerThreadRequest(reader: NoteBatchReader, setup: ThreadSetup, request: ThreadRequest): ThreadReply {
  try {
    const read = request.paths.map((rel) => readNoteFile(setup.root, rel));
    const notes = read.filter((r): r is NoteInput => !('message' in r));
    const records = reader.read({ notes, settings: setup.settings, dating: setup.dating });
    let next = 0;
    return { id: request.id, results: read.map((r) => ('message' in r ? r : records[next++])) };
  } catch (err) {
    return { id: request.id, thrown: err instanceof Error ? err.message : String(err) };
  }
}
