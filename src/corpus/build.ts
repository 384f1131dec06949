/**
 * Building a graph from a corpus
 *
 * `buildCorpus` streams documents through the extraction pool and merges each result into a
 * GraphBuilder in input order, so the graph is the same byte for byte whatever the number of
 * workers. Documents already in the builder's graph (same id or same text hash, e.g. when adding
 * to an existing graph) are counted and not extracted again; each merged document carries its
 * text's hash so the next build recognises it. A document whose extraction fails stops the build
 * with a BadInputError naming it, or, with `skipErrors`, is reported and left out.
 */

import { BadInputError, KgError } from '../../graph/errors.ts';
import type { GraphBuilder } from '../../graph/index.ts';
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

/** Options of buildCorpus. */
export interface CorpusOptions {
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
}

/**
 * Extracts `docs` on a worker pool and merges them into `builder`, in input order.
 * @throws BadInputError `<doc id>: extraction failed (…)` when a document fails (without
 *   skipErrors); the errors of `docs` itself propagate; Error when the workers cannot start.
 */
export async function buildCorpus(
  docs: AsyncIterable<SourceDoc>,
  builder: GraphBuilder,
  options: CorpusOptions,
): Promise<CorpusStats> {
  const stats: CorpusStats = {
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
  const ids = new Set<string>();
  const hashes = new Set<string>();
  for (const doc of builder.graph.getAttribute('documents') ?? []) {
    ids.add(doc.id);
    if (doc.hash !== undefined) hashes.add(doc.hash);
  }
  const isKnown = (meta: DocMeta) => ids.has(meta.id) || hashes.has(meta.hash);
  const fail = (meta: DocMeta, problem: string, cause?: unknown) => {
    const error = new BadInputError(`${meta.id}: ${problem}`, { cause });
    if (!options.skipErrors) throw error;
    stats.failed++;
    options.onSkip?.(error);
  };

  const pool = new ExtractionPool({ workers: options.workers, setup: options.setup });
  try {
    const results = extractInOrder(docs, pool, { window: options.window, isKnown });
    for await (const result of results) {
      stats.documents++;
      stats.words += result.words;
      stats.bytes += result.bytes;
      if (result.known) stats.known++;
      else if (!result.outcome.ok) {
        if (result.outcome.fatal) throw new Error(result.outcome.message);
        fail(result, `extraction failed (${result.outcome.message})`);
      } else {
        const input = result.outcome.input;
        input.doc.hash = result.hash;
        const start = performance.now();
        try {
          if (builder.addDocument(input)) stats.added++;
          else stats.repeated++;
        } catch (error) {
          if (!(error instanceof KgError)) throw error;
          fail(result, `cannot merge the extraction (${error.message})`, error);
        } finally {
          stats.mergeSeconds += (performance.now() - start) / 1000;
        }
      }
      stats.workersStarted = pool.started;
      options.onProgress?.(stats);
    }
  } finally {
    stats.workersStarted = pool.started;
    await pool.close();
  }
  return stats;
}
