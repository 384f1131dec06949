/**
 * kg build --db
 *
 * The store variant of a build: extraction as for a file, results merged into a PostgreSQL store
 * (PGlite directory or server) in batched transactions instead of one graph written at the end.
 * Several builds may run on one server at once; a PGlite directory is taken by one at a time, the
 * others waiting (KG_DB_WAIT seconds) for it.
 */

import { BadInputError, UsageError } from '../../../graph/errors.ts';
import { ingestCorpus, storeCounts, storeSummary, withStore } from '../../store/index.ts';
import { type CliContext, write } from '../context.ts';
import type { BuildRequest } from './build.ts';
import { startRun } from './build-run.ts';

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
  const run = await startRun(request, ctx);
  await withStore(request.db, { write: true, env: ctx.env }, async (engine) => {
    const stats = await run.stream((docs, options) =>
      ingestCorpus(engine, docs, { ...options, batch: request.batch }),
    );
    if (stats.documents === 0) {
      throw new BadInputError(`${request.inputs.join(', ')}: no documents to build a graph from`);
    }
    if (!request.quiet) {
      const counts = await storeCounts(engine);
      const seconds = (performance.now() - run.started) / 1000;
      await write(ctx.stderr, storeSummary(engine.name, stats, counts, { seconds, skipped: run.skipped }));
    }
  });
  return 0;
}
