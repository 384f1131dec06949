/**
 * The corpus loop shared by every build
 *
 * `runCorpus` is what a build into a graph (build.ts) and an ingestion into the store
 * (store/ingest.ts) have in common: start the extraction pool, stream the documents through it in
 * input order, keep the running counts, skip what the target already holds, turn a failed document
 * into a BadInputError naming it (or, with `skipErrors`, report it and go on), hand each extracted
 * document — carrying its text hash, without the evidence below `minConfidence` — to the target's
 * `merge`, and close the pool whatever happens.
 * What differs, how a document is merged and what is done at the end, comes in as a CorpusSink.
 */

import { keepConfident } from '../../graph/confidence.ts';
import { BadInputError, KgError } from '../../graph/errors.ts';
import type { DocGraphInput } from '../../graph/types.ts';
import type { SourceDoc } from '../types.ts';
import { type DocMeta, extractInOrder } from './ordered.ts';
import { ExtractionPool } from './pool.ts';
import type { WorkerSetup } from './protocol.ts';

/** What a corpus build did. */
export interface CorpusStats {
  /** Documents read (merged, known, repeated or failed). */
  documents: number;
  /** Documents merged into the graph. */
  added: number;
  /** Documents already in the graph before the build (same id or same text hash): not extracted. */
  known: number;
  /** Documents whose text appeared earlier in this build under another id. */
  repeated: number;
  /** Documents whose extraction failed (only with skipErrors). */
  failed: number;
  words: number;
  bytes: number;
  /** Worker threads started (replacements of crashed ones included). */
  workersStarted: number;
  /** Time spent merging results into the graph (GraphBuilder), in seconds. */
  mergeSeconds: number;
}

/** Counts of a run that has not started. */
export function emptyStats(): CorpusStats {
  return {
    documents: 0,
    added: 0,
    known: 0,
    repeated: 0,
    failed: 0,
    words: 0,
    bytes: 0,
    workersStarted: 0,
    mergeSeconds: 0,
  };
}

/** How a run extracts and reports: the options every build shares. */
export interface RunOptions {
  /** Worker threads; 0 extracts in this thread. */
  workers: number;
  /** Report a document that fails and go on, instead of throwing. @default false */
  skipErrors?: boolean;
  /** Receives each skipped document's error (with skipErrors). */
  onSkip?: (error: BadInputError) => void;
  /** Called after each document, with the running counts. */
  onProgress?: (stats: Readonly<CorpusStats>) => void;
  /** Documents between reading and merging at most. @default 4 × workers, at least 4 */
  window?: number;
  /** Test-only worker hooks. @default {} */
  setup?: WorkerSetup;
  /**
   * Evidence below this confidence is dropped before the merge, and relations left without
   * evidence (graph/confidence.ts keepConfident). @default 0 (everything kept)
   */
  minConfidence?: number;
}

/** Where a run's documents go. Each hook may update the run's counts. */
export interface CorpusSink {
  /** True for a document the target held before the run: it is counted as known, not extracted. */
  isKnown(meta: DocMeta): boolean;
  /**
   * True for a document this run already merged under another id or as the same text: counted as
   * repeated, whatever its extraction gave. @default never (merge decides)
   */
  isRepeated?(meta: DocMeta): boolean;
  /** Merges one extraction. A KgError it throws fails that document alone. */
  merge(input: DocGraphInput, meta: DocMeta): void | Promise<void>;
  /** After each document, before the progress report. */
  afterDocument?(): Promise<void>;
  /** After the last document, before the pool closes. */
  finish?(): Promise<void>;
}

/**
 * Extracts `docs` on a worker pool and hands each result to `sink`, in input order; returns `stats`.
 * @throws BadInputError `<doc id>: extraction failed (…)` or `<doc id>: cannot merge the extraction
 *   (…)` when a document fails (without skipErrors); the errors of `docs` and of the sink's hooks
 *   (other than a merge's KgError) propagate; Error when the workers cannot start.
 */
export async function runCorpus(
  docs: AsyncIterable<SourceDoc>,
  options: RunOptions,
  sink: CorpusSink,
  stats: CorpusStats = emptyStats(),
): Promise<CorpusStats> {
  const fail = (meta: DocMeta, problem: string, cause?: unknown) => {
    const error = new BadInputError(`${meta.id}: ${problem}`, { cause });
    if (!options.skipErrors) throw error;
    stats.failed++;
    options.onSkip?.(error);
  };
  const pool = new ExtractionPool({ workers: options.workers, setup: options.setup });
  try {
    const isKnown = (meta: DocMeta) => sink.isKnown(meta);
    for await (const result of extractInOrder(docs, pool, { window: options.window, isKnown })) {
      stats.documents++;
      stats.words += result.words;
      stats.bytes += result.bytes;
      if (result.known) stats.known++;
      else if (sink.isRepeated?.(result)) stats.repeated++;
      else if (!result.outcome.ok) {
        if (result.outcome.fatal) throw new Error(result.outcome.message);
        fail(result, `extraction failed (${result.outcome.message})`);
      } else {
        const input = keepConfident(result.outcome.input, options.minConfidence ?? 0);
        input.doc.hash = result.hash;
        try {
          await sink.merge(input, result);
        } catch (error) {
          if (!(error instanceof KgError)) throw error;
          fail(result, `cannot merge the extraction (${error.message})`, error);
        }
      }
      await sink.afterDocument?.();
      stats.workersStarted = pool.started;
      options.onProgress?.(stats);
    }
    await sink.finish?.();
  } finally {
    stats.workersStarted = pool.started;
    await pool.close();
  }
  return stats;
}
