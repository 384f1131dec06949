/**
 * What kg build and kg build --db share
 *
 * Both read the request's inputs the same way and hand them to their own loop (buildCorpus into a
 * graph, ingestCorpus into a store) with the same options: the worker count (default: the machine's
 * available parallelism), a progress line on a terminal unless --quiet, each skipped input or
 * document reported on stderr and kept for the summary, the minimum evidence confidence (default:
 * src/extract/confidence.ts), the test-only worker hooks from the environment. `startRun` sets this up (and starts the clock of the summary); `stream` reads the
 * inputs, runs the loop and clears the progress line whatever happens.
 */

import { availableParallelism } from 'node:os';
import type { BadInputError } from '../../../graph/errors.ts';
import { inputSize } from '../../corpus/input-size.ts';
import { ProgressLine } from '../../corpus/progress.ts';
import type { RunOptions } from '../../corpus/run.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../extract/confidence.ts';
import { readDocuments } from '../../io/inputs.ts';
import type { SourceDoc } from '../../types.ts';
import type { NumberOption } from '../args.ts';
import { type CliContext, writeLine } from '../context.ts';
import type { BuildRequest } from './build.ts';

/** --min-confidence of kg build (and kg build --db): 0–1, default src/extract/confidence.ts's. */
export const MIN_CONFIDENCE_OPTION = {
  type: 'number',
  integer: false,
  min: 0,
  max: 1,
  default: DEFAULT_MIN_CONFIDENCE,
  valueName: 'x',
  description: 'leave out evidence whose confidence is below x (0–1), and relations left without any',
} as const satisfies NumberOption;

/** A build's run, set up and not yet streaming. */
export interface BuildRun {
  /** Worker threads asked for. */
  workers: number;
  /** performance.now() when the run was set up. */
  started: number;
  /** The messages of skipped inputs and documents, in order. */
  skipped: string[];
  /** Reads the inputs and runs `loop` on them with the run's options; clears the progress line. */
  stream<S>(loop: (docs: AsyncIterable<SourceDoc>, options: RunOptions) => Promise<S>): Promise<S>;
}

/** Sets up the progress line, the skip reports and the worker count of `request`. */
export async function startRun(request: BuildRequest, ctx: CliContext): Promise<BuildRun> {
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
  return {
    workers,
    started,
    skipped,
    async stream(loop) {
      try {
        const docs = readDocuments(request.inputs, {
          onError: request.skipErrors ? onSkip : undefined,
          stdin: ctx.stdin,
        });
        return await loop(docs, {
          workers,
          skipErrors: request.skipErrors,
          onSkip,
          onProgress:
            progress && ((s) => progress.update({ documents: s.documents, words: s.words, bytes: s.bytes })),
          setup: { throwOn: ctx.env.KG_TEST_THROW_ON, crashOn: ctx.env.KG_TEST_CRASH_ON },
          minConfidence: request.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
        });
      } finally {
        progress?.clear();
      }
    },
  };
}
