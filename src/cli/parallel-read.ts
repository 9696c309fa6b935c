import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type DailyNoteDating, type GoodwillSettings, NoteBatchReader, type NoteRecords } from '../core';
import type { ReadFailure } from './folder-source';
import { answerThreadRequest, type ThreadReply, type ThreadRequest, type ThreadSetup } from './thread-requests';

/**
 * From how many notes to read a cold run reads and parses them in threads
 * (measured: see docs/performance.md). Below it, starting the threads and
 * warming up chrono-node in each costs more than it saves.
 * GOODWILL_THREAD_THRESHOLD overrides it; 0 uses threads for any vault.
 */
export const THREAD_THRESHOLD = 10_000;
/** More threads than this gain little: the main thread's share and its merging become the limit. */
const MAX_THREADS = 4;
/** Notes per request: small enough to share the work evenly, large enough that messages cost little. */
const CHUNK = 250;

/** The parse thread's code, built next to the CLI's; absent when the CLI runs from its sources (tests). */
function threadFile(): string | null {
  const file = fileURLToPath(new URL('./parse-thread.js', import.meta.url));
  return existsSync(file) ? file : null;
}

/** How many threads to read `notes` notes with besides the main thread: none on one core, or below the threshold. */
export function threadsFor(notes: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = env.GOODWILL_THREAD_THRESHOLD;
  const threshold = set !== undefined && /^\d+$/.test(set) ? Number(set) : THREAD_THRESHOLD;
  const cores = availableParallelism();
  if (cores < 2 || notes === 0 || notes < threshold) return 0;
  return Math.min(cores - 1, MAX_THREADS, Math.ceil(notes / CHUNK) - 1) || 1;
}

/**
 * Reads and parses the notes at `paths` in threads and on the main thread, each note as the main
 * thread would (folder-source's reading, the core's reader): its records, or
 * why it could not be read. Null when threads are not worth it or cannot
 * start; notes a thread could not answer for are left out of the map, for the
 * caller to read itself.
 */
export async function readInThreads(
  root: string,
  paths: string[],
  settings: GoodwillSettings,
  dating: DailyNoteDating | null,
  file: string | null = threadFile(),
): Promise<Map<string, NoteRecords | ReadFailure> | null> {
  const count = threadsFor(paths.length);
  if (count === 0 || file === null) return null;
  const results = new Map<string, NoteRecords | ReadFailure>();
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += CHUNK) chunks.push(paths.slice(i, i + CHUNK));
  let next = 0;
  const setup: ThreadSetup = { root, settings, dating };
  const thread = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(file, { workerData: setup });
      } catch {
        resolve();
        return;
      }
      const send = () => {
        if (next >= chunks.length) {
          void worker.terminate();
          resolve();
          return;
        }
        const request: ThreadRequest = { id: next, paths: chunks[next++] };
        worker.postMessage(request);
      };
      worker.on('message', (reply: ThreadReply) => {
        if ('results' in reply) chunks[reply.id].forEach((rel, i) => results.set(rel, reply.results[i]));
        send();
      });
      // A thread that stops leaves its notes to the main thread.
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
      send();
    });
  // The main thread reads its share too, between the threads' replies.
  const here = async () => {
    const reader = new NoteBatchReader();
    while (next < chunks.length) {
      const id = next++;
      const reply = answerThreadRequest(reader, setup, { id, paths: chunks[id] });
      if ('results' in reply) chunks[id].forEach((rel, i) => results.set(rel, reply.results[i]));
      await setImmediate();
    }
  };
  await Promise.all([...Array.from({ length: count }, thread), here()]);
  return results;
}
