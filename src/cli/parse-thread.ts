/**
 * A parse thread of the CLI (built to dist/parse-thread.js next to the CLI):
 * reads the notes it is sent from the vault folder and answers with their
 * records, by the same folder reading and the same reader as the CLI itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
// eslint-disable-next-line no-restricted-imports -- the reader alone, not the core's public face: a thread starts faster without the answers and their libraries
import { NoteBatchReader } from '../core/read/note-batch';
import { answerThreadRequest, type ThreadRequest, type ThreadSetup } from './thread-requests';

const setup = workerData as ThreadSetup;
const reader = new NoteBatchReader();
parentPort?.on('message', (request: ThreadRequest) => parentPort?.postMessage(answerThreadRequest(reader, setup, request)));
