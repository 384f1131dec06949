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

import type { GraphBuilder } from '../../graph/index.ts';
import type { SourceDoc } from '../types.ts';
import type { DocMeta } from './ordered.ts';
import { type CorpusStats, emptyStats, type RunOptions, runCorpus } from './run.ts';

export type { CorpusStats } from './run.ts';

/** Options of buildCorpus. */
export type CorpusOptions = RunOptions;

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
  const stats = emptyStats();
  const ids = new Set<string>();
  const hashes = new Set<string>();
  for (const doc of builder.graph.getAttribute('documents') ?? []) {
    ids.add(doc.id);
    if (doc.hash !== undefined) hashes.add(doc.hash);
  }
  return runCorpus(
    docs,
    options,
    {
      isKnown: (meta: DocMeta) => ids.has(meta.id) || hashes.has(meta.hash),
      merge: (input) => {
        const start = performance.now();
        try {
          if (builder.addDocument(input)) stats.added++;
          else stats.repeated++;
        } finally {
          stats.mergeSeconds += (performance.now() - start) / 1000;
        }
      },
    },
    stats,
  );
}
