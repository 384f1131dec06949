/**
 * Extraction pool
 *
 * A pool of worker threads (node:worker_threads) that extract documents. Workers start lazily, one
 * more only when every running one is busy, up to the size asked for, so a one-document build pays
 * for one worker. Each worker holds at most `depth` jobs and answers them in the order received;
 * when a worker dies (it crashed, exited or ran out of memory) its oldest unanswered job is the
 * document that killed it: that job fails with the reason, its other jobs go back to the queue and
 * a fresh worker takes over. A worker that dies before it is ready means the pipeline cannot load at
 * all: every job then fails as `fatal`. With `workers: 0` documents are extracted in the calling
 * thread, which is what profiling wants. `extract` never rejects: it resolves to an Outcome.
 */

import { Worker } from 'node:worker_threads';
import type { DocGraphInput } from '../../graph/types.ts';
import type { SourceDoc } from '../types.ts';
import type { JobMessage, ReadyMessage, ResultMessage, WorkerSetup } from './protocol.ts';

/** What became of one document. `fatal`: the pool itself is broken, not this document. */
export type Outcome = { ok: true; input: DocGraphInput } | { ok: false; message: string; fatal?: boolean };

/** Options of ExtractionPool. */
export interface PoolOptions {
  /** Number of worker threads; 0 extracts in the calling thread. */
  workers: number;
  /**
   * Jobs handed to one worker before it answers: 2 keeps it busy while the main thread merges.
   * @default 2
   */
  depth?: number;
  /** Passed to each worker as its workerData (test-only hooks). @default {} */
  setup?: WorkerSetup;
}

interface Job {
  seq: number;
  doc: SourceDoc;
  resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered, oldest first. */
  jobs: Job[];
  ready: boolean;
  /** The error the worker reported before exiting, if any. */
  error?: Error;
}

// From the sources: worker.mjs registers tsx, then loads worker.ts. Compiled (dist/): worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

/** Extracts documents on a pool of worker threads. Call `close` when done. */
export class ExtractionPool {
  readonly size: number;
  readonly #depth: number;
  readonly #setup: WorkerSetup;
  readonly #slots: Slot[] = [];
  /** Jobs not yet sent to a worker, in submission order. */
  readonly #queue: Job[] = [];
  #seq = 0;
  #closed = false;
  #broken: string | undefined;
  #inline: Promise<(doc: SourceDoc) => DocGraphInput> | undefined;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 0) {
      throw new RangeError(`ExtractionPool: workers must be an integer >= 0 (got ${options.workers})`);
    }
    this.size = options.workers;
    this.#depth = Math.max(1, options.depth ?? 2);
    this.#setup = options.setup ?? {};
  }

  /** Worker threads started so far (replacements included). */
  started = 0;

  /** Extracts one document. Resolves to its outcome; never rejects. */
  extract(doc: SourceDoc): Promise<Outcome> {
    if (this.#closed) return Promise.resolve({ ok: false, message: 'extraction pool closed', fatal: true });
    if (this.#broken !== undefined) return Promise.resolve({ ok: false, message: this.#broken, fatal: true });
    if (this.size === 0) return this.#extractInline(doc);
    return new Promise<Outcome>((resolve) => {
      this.#queue.push({ seq: this.#seq++, doc, resolve });
      this.#dispatch();
    });
  }

  /** Stops every worker. Jobs still waiting resolve as failed. */
  async close(): Promise<void> {
    this.#closed = true;
    const waiting = [...this.#queue.splice(0), ...this.#slots.flatMap((s) => s.jobs.splice(0))];
    for (const job of waiting) job.resolve({ ok: false, message: 'extraction pool closed', fatal: true });
    await Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
  }

  async #extractInline(doc: SourceDoc): Promise<Outcome> {
    this.#inline ??= import('../extract/index.ts').then(
      (m) => (d: SourceDoc) => m.toGraphInput(m.extractDocument(d)),
    );
    const run = await this.#inline;
    try {
      return { ok: true, input: run(doc) };
    } catch (error) {
      return {
        ok: false,
        message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
  }

  /** Hands queued jobs to idle workers first, then to new workers, then to workers with room. */
  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#closed) {
      let slot = this.#slots.find((s) => s.jobs.length === 0);
      if (!slot && this.#slots.length < this.size) slot = this.#spawn();
      slot ??= this.#slots
        .filter((s) => s.jobs.length < this.#depth)
        .sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (!slot) return;
      const job = this.#queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ seq: job.seq, doc: job.doc } satisfies JobMessage);
    }
  }

  #spawn(): Slot {
    // execArgv: [] — worker.mjs registers tsx itself; inheriting tsx's own flags would load it twice.
    // The compiled worker.js needs no loader at all.
    const worker = new Worker(WORKER_URL, { workerData: this.#setup, execArgv: [] });
    const slot: Slot = { worker, jobs: [], ready: false };
    this.started++;
    worker.on('message', (message: ResultMessage | ReadyMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const index = slot.jobs.findIndex((j) => j.seq === message.seq);
      const job = index === -1 ? undefined : slot.jobs.splice(index, 1)[0];
      if (!job) return;
      job.resolve(message.ok ? { ok: true, input: message.input } : { ok: false, message: message.message });
      this.#dispatch();
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.#onExit(slot, code));
    this.#slots.push(slot);
    return slot;
  }

  #onExit(slot: Slot, code: number): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1 || this.#closed) return;
    this.#slots.splice(index, 1);
    const reason = slot.error ? `${slot.error.name}: ${slot.error.message}` : `exit code ${code}`;
    if (!slot.ready) {
      // The pipeline did not even load: no document is to blame and no worker will do better.
      this.#broken = `extraction worker failed to start (${reason})`;
      const jobs = [...slot.jobs, ...this.#queue.splice(0), ...this.#slots.flatMap((s) => s.jobs.splice(0))];
      for (const job of jobs) job.resolve({ ok: false, message: this.#broken, fatal: true });
      void this.close();
      return;
    }
    const [culprit, ...others] = slot.jobs;
    this.#queue.unshift(...others);
    culprit?.resolve({ ok: false, message: `worker crashed (${reason})` });
    this.#dispatch();
  }
}
