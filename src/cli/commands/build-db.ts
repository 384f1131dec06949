/**
 * kg build --db
 *
 * The store variant of a build: extraction as for a file, results merged into a PostgreSQL store
 * (PGlite directory or server) in batched transactions instead of one graph written at the end.
 * Several builds may run on one server at once; a PGlite directory is taken by one at a time, the
 * others waiting (KG_DB_WAIT seconds) for it.
 */

import { availableParallelism } from 'node:os';
import { BadInputError, UsageError } from '../../../graph/errors.ts';
import { inputSize } from '../../corpus/input-size.ts';
import { ProgressLine } from '../../corpus/progress.ts';
import { readDocuments } from '../../io/inputs.ts';
import { ingestCorpus, storeCounts, storeSummary, withStore } from '../../store/index.ts';
import { type CliContext, write, writeLine } from '../context.ts';
import type { BuildRequest } from './build.ts';

/** A build into a store: the request's inputs, workers and flags, and the store. */
export interface StoreBuildRequest extends BuildRequest {
  db: string;
  /** Documents per transaction. */
  batch?: number;
}

/**
 * Runs a build into the store `request.db`. Returns the exit code.
 * @throws UsageError with file outputs or --into; StoreError when the store cannot be used;
 *   BadInputError on bad input or a failed document (without skipErrors).
 */
export async function runStoreBuild(request: StoreBuildRequest, ctx: CliContext): Promise<number> {
  if (request.out || request.into || request.gexf || request.graphml || request.csv) {
    throw new UsageError(
      '--db writes to the store: use "kg export --db" for files (no -o, --into, --gexf, --graphml, --csv)',
    );
  }
  const isTTY = Boolean((ctx.stderr as { isTTY?: boolean }).isTTY);
  const progress =
    isTTY && !request.quiet
      ? new ProgressLine(ctx.stderr, { totalBytes: await inputSize(request.inputs) })
      : undefined;
  const skipped: string[] = [];
  const onSkip = (error: BadInputError) => {
    skipped.push(error.message);
    progress?.clear();
    void writeLine(ctx.stderr, `kg: ${error.message} (skipped)`);
  };
  const workers = request.workers ?? availableParallelism();
  const started = performance.now();
  await withStore(request.db, { write: true, env: ctx.env }, async (engine) => {
    let stats: Awaited<ReturnType<typeof ingestCorpus>>;
    try {
      const docs = readDocuments(request.inputs, {
        onError: request.skipErrors ? onSkip : undefined,
        stdin: ctx.stdin,
      });
      stats = await ingestCorpus(engine, docs, {
        workers,
        batch: request.batch,
        skipErrors: request.skipErrors,
        onSkip,
        onProgress:
          progress && ((s) => progress.update({ documents: s.documents, words: s.words, bytes: s.bytes })),
        setup: { throwOn: ctx.env.KG_TEST_THROW_ON, crashOn: ctx.env.KG_TEST_CRASH_ON },
      });
    } finally {
      progress?.clear();
    }
    if (stats.documents === 0) {
      throw new BadInputError(`${request.inputs.join(', ')}: no documents to build a graph from`);
    }
    if (!request.quiet) {
      const counts = await storeCounts(engine);
      const seconds = (performance.now() - started) / 1000;
      await write(ctx.stderr, storeSummary(engine.name, stats, counts, { seconds, skipped }));
    }
  });
  return 0;
}
