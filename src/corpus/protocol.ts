/**
 * Worker messages
 *
 * What the main thread and an extraction worker say to each other. A job carries one document;
 * the answer carries what graph/build merges (a DocGraphInput: entities, relations, evidence) and
 * never the tokens or mentions, so messages stay small and structured cloning stays cheap. Failures
 * travel as plain text, because an Error's class does not survive the thread boundary.
 */

import type { DocGraphInput } from '../../graph/types.ts';
import type { SourceDoc } from '../types.ts';

/** Main thread → worker: extract this document. `seq` is the job's number, unique per pool. */
export interface JobMessage {
  seq: number;
  doc: SourceDoc;
}

/** Worker → main thread: the job's result, or why it failed. */
export type ResultMessage =
  | { seq: number; ok: true; input: DocGraphInput }
  | { seq: number; ok: false; message: string };

/** Worker → main thread, once, when its modules are loaded and it takes jobs. */
export interface ReadyMessage {
  ready: true;
}

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  /**
   * Test-only hooks, taken from the environment variables KG_TEST_THROW_ON and KG_TEST_CRASH_ON:
   * the worker throws while extracting the document with this id, or exits abruptly (as a crash
   * would) when it receives it. Never set in normal use.
   */
  throwOn?: string;
  crashOn?: string;
}
