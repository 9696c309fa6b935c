/**
 * The parse worker's entry: built on its own into a string that the plugin
 * bundle carries (see esbuild.config.mjs and parse-worker-source.ts), and
 * started from a Blob URL. It runs no Obsidian code and no Node code, only the
 * pure reader.
 */
// eslint-disable-next-line no-restricted-imports -- the reader alone, not the core's public face: the worker carries no answers, formats or their libraries
import { NoteBatchReader } from '../core/read/note-batch';
import { answerParseRequest, type ParseRequest } from './parse-requests';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const reader = new NoteBatchReader();
scope.onmessage = (event) => scope.postMessage(answerParseRequest(reader, event.data));
