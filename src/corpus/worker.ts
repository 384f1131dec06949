/**
 * Extraction worker
 *
 * The body of one worker thread: it loads the extraction pipeline once, then answers each job
 * message with the document's DocGraphInput (or the failure's message). Jobs are handled one at a
 * time, in the order received, so the main thread knows which document a crash belongs to: the
 * oldest job it has not answered. It is started through worker.mjs, which registers tsx first.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument, toGraphInput } from '../extract/index.ts';
import type { JobMessage, ReadyMessage, ResultMessage, WorkerSetup } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('src/corpus/worker.ts runs only as a worker thread');
const setup = (workerData ?? {}) as WorkerSetup;

port.on('message', (job: JobMessage) => {
  let answer: ResultMessage;
  try {
    // Test-only hooks (KG_TEST_CRASH_ON, KG_TEST_THROW_ON; see protocol.ts): a crash and a throw.
    if (setup.crashOn !== undefined && job.doc.id === setup.crashOn) process.exit(70);
    if (setup.throwOn !== undefined && job.doc.id === setup.throwOn) {
      throw new Error(`test hook KG_TEST_THROW_ON=${setup.throwOn}`);
    }
    answer = { seq: job.seq, ok: true, input: toGraphInput(extractDocument(job.doc)) };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    answer = { seq: job.seq, ok: false, message };
  }
  port.postMessage(answer);
});

port.postMessage({ ready: true } satisfies ReadyMessage);
