import type { DailyNoteDating, GoodwillSettings, NoteInput, NoteRecords } from '../core';
import { InlineParser, type NoteParser } from './note-parser';
import type { ParseReply, ParseRequest } from './parse-requests';
import { PARSE_WORKER_PACKED } from './parse-worker-source';

/** A request sent and not yet answered: enough to read its notes here instead. */
interface Waiting {
  notes: readonly NoteInput[];
  settings: GoodwillSettings;
  dating: DailyNoteDating | null;
  resolve: (records: NoteRecords[]) => void;
  reject: (err: unknown) => void;
}

/**
 * Parses in a web worker started from the code the bundle carries, so that
 * the interface thread only hands over texts and merges records. Where a
 * worker cannot start (no Worker, no Blob URLs, a policy that refuses them)
 * or fails later, the notes not yet parsed are read on the interface thread,
 * and the console says so once.
 */
export class WorkerParser implements NoteParser {
  /**
   * To the worker: enough notes that a message is worth its cost, few enough
   * that merging their records fits in a frame. On this thread: one at a time.
   */
  get batch(): number {
    return this.worker === null && this.starting === null ? this.inline.batch : 200;
  }
  private readonly inline = new InlineParser();
  private worker: Worker | null = null;
  private url: string | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failed = false;

  /** Until the worker's code is unpacked: requests wait for it. */
  private starting: Promise<void> | null = null;
  private disposed = false;

  /** `source`: the worker's code, or a promise of it (the bundle's code is unpacked first). */
  constructor(source: string | Promise<string> | null = unpackedWorkerCode()) {
    if (source === null) return;
    if (typeof source === 'string') {
      this.start(source);
      return;
    }
    this.starting = source.then(
      (code) => {
        this.starting = null;
        if (!this.disposed) this.start(code);
      },
      (err: unknown) => {
        this.starting = null;
        this.fail(err instanceof Error ? err.message : String(err));
      },
    );
  }

  private start(source: string): void {
    try {
      this.url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(this.url);
      worker.onmessage = (event: MessageEvent<ParseReply>) => this.answered(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(event.message || 'the worker stopped');
      };
      worker.onmessageerror = () => this.fail('a reply could not be read');
      this.worker = worker;
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err));
    }
  }

  parse(notes: readonly NoteInput[], settings: GoodwillSettings, dating: DailyNoteDating | null): Promise<NoteRecords[]> {
    if (this.starting !== null) return this.starting.then(() => this.parse(notes, settings, dating));
    const worker = this.worker;
    if (worker === null) return this.inline.parse(notes, settings, dating);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { notes, settings, dating, resolve, reject });
      const request: ParseRequest = { id, batch: { notes, settings, dating } };
      try {
        worker.postMessage(request);
      } catch (err) {
        this.fail(err instanceof Error ? err.message : String(err));
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
    this.waiting.clear();
  }

  private answered(reply: ParseReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    if ('failure' in reply) {
      this.fail(reply.failure);
      return;
    }
    this.waiting.delete(reply.id);
    waiting.resolve(reply.records);
  }

  /** From now on, notes are read here: those sent and not answered, and all that follow. */
  private fail(reason: string): void {
    if (!this.failed) console.warn(`Goodwill: notes are read on the interface thread (no worker: ${reason})`);
    this.failed = true;
    this.stop();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) {
      new Promise<NoteRecords[]>((resolve) => resolve(this.inline.parse(w.notes, w.settings, w.dating))).then(w.resolve, w.reject);
    }
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.url !== null) URL.revokeObjectURL(this.url);
    this.url = null;
  }
}

/** The bundle's worker code, unpacked; null where the bundle carries none (tests, the source as it stands). */
function unpackedWorkerCode(): Promise<string> | null {
  if (PARSE_WORKER_PACKED === null) return null;
  return gunzipBase64(PARSE_WORKER_PACKED);
}

/** Base64 of gzip to text; rejects where the app has no DecompressionStream (then notes are read inline). */
async function gunzipBase64(packed: string): Promise<string> {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
