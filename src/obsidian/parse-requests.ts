import type { NoteBatch, NoteBatchReader, NoteRecords } from '../core';

/** A batch of notes sent to the parse worker; `id` pairs it with its reply. */
export interface ParseRequest {
  id: number;
  batch: NoteBatch;
}

/** The records of a request's notes, in its order; or why they could not be read there. */
export type ParseReply = { id: number; records: NoteRecords[] } | { id: number; failure: string };

/** What the parse worker answers to one request: the same reading as on the interface thread. */
export function answerParseRequest(reader: NoteBatchReader, request: ParseRequest): ParseReply {
  try {
    return { id: request.id, records: reader.read(request.batch) };
  } catch (err) {
    return { id: request.id, failure: err instanceof Error ? err.message : String(err) };
  }
}
