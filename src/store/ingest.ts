/**
 * Ingesting a corpus into the store
 *
 * `ingestCorpus` streams documents through the extraction pool (corpus/run.ts, the loop buildCorpus
 * uses for a graph file) and writes the results to the store in batches, each batch one transaction (write-batch.ts).
 * Documents already stored are recognised by id or text hash and not extracted again; a document
 * repeated within the run is merged once. Failed documents stop the run, or with `skipErrors` are
 * reported and left out; batches committed before a failure stay, each one whole.
 */

import type { BadInputError } from '../../graph/errors.ts';
import { validateInput } from '../../graph/merge.ts';
import type { DocGraphInput } from '../../graph/types.ts';
import type { DocMeta } from '../corpus/ordered.ts';
import type { WorkerSetup } from '../corpus/protocol.ts';
import { type CorpusStats, emptyStats, runCorpus } from '../corpus/run.ts';
import type { SourceDoc } from '../types.ts';
import type { SqlEngine } from './engine.ts';
import { writeBatch } from './write-batch.ts';

/** Documents per transaction by default. */
export const DEFAULT_BATCH = 32;

/** Options of ingestCorpus. */
export interface IngestOptions {
  /** Worker threads; 0 extracts in this thread. */
  workers: number;
  /** Documents per transaction. @default DEFAULT_BATCH */
  batch?: number;
  skipErrors?: boolean;
  onSkip?: (error: BadInputError) => void;
  onProgress?: (stats: Readonly<CorpusStats>) => void;
  /** Test-only worker hooks. @default {} */
  setup?: WorkerSetup;
  /** Evidence below this confidence is not stored, nor relations left without evidence. @default 0 */
  minConfidence?: number;
}

/** Refreshes the planner's statistics of the store's tables (after a large ingestion). */
export async function analyzeStore(engine: SqlEngine): Promise<void> {
  await engine.exec('ANALYZE kg.entities, kg.relations, kg.evidence, kg.aliases, kg.names, kg.documents');
}

/** Documents and hashes stored before the run, so they are not extracted again. */
async function storedDocuments(engine: SqlEngine): Promise<{ ids: Set<string>; hashes: Set<string> }> {
  const ids = new Set((await engine.query<{ id: string }>('SELECT id FROM kg.documents')).map((r) => r.id));
  const hashes = new Set(
    (await engine.query<{ hash: string }>('SELECT hash FROM kg.document_hashes')).map((r) => r.hash),
  );
  return { ids, hashes };
}

/**
 * Extracts `docs` and merges them into the store, in input order.
 * @throws BadInputError naming a failed document (without skipErrors); the engine's error when the
 *   database fails.
 */
export async function ingestCorpus(
  engine: SqlEngine,
  docs: AsyncIterable<SourceDoc>,
  options: IngestOptions,
): Promise<CorpusStats> {
  const stats = emptyStats();
  const stored = await storedDocuments(engine);
  const seenIds = new Set<string>();
  const seenHashes = new Set<string>();
  const size = Math.max(1, options.batch ?? DEFAULT_BATCH);
  let batch: DocGraphInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const start = performance.now();
    const result = await writeBatch(engine, batch);
    stats.mergeSeconds += (performance.now() - start) / 1000;
    stats.added += result.added.length;
    // stored meanwhile by another process: counted as known
    stats.known += result.known.length;
    batch = [];
  };
  return runCorpus(
    docs,
    options,
    {
      isKnown: (meta: DocMeta) => stored.ids.has(meta.id) || stored.hashes.has(meta.hash),
      isRepeated: (meta: DocMeta) => seenIds.has(meta.id) || seenHashes.has(meta.hash),
      merge: (input, meta) => {
        // the merge's own check, before the batch: a bad document is skipped alone
        validateInput(input);
        seenIds.add(meta.id);
        seenHashes.add(meta.hash);
        batch.push(input);
      },
      afterDocument: async () => {
        if (batch.length >= size) await flush();
      },
      finish: async () => {
        await flush();
        // fresh planner statistics, so lookups keep using the key indexes as the tables grow
        if (stats.added > 0)
          await engine.exec('ANALYZE kg.entities, kg.relations, kg.evidence, kg.aliases, kg.names');
      },
    },
    stats,
  );
}
