/**
 * kg build
 *
 * Streams the inputs' documents through a pool of extraction workers (--workers, default: the
 * machine's available parallelism), merges the results in input order into one knowledge graph —
 * a new one, or with --into the graph of an earlier build, whose documents are recognised by id or
 * text hash and not added twice — then serializes every requested output (JSON, GEXF, GraphML,
 * CSV) before writing any, and writes them all atomically. Evidence below --min-confidence (default:
 * src/extract/confidence.ts) is dropped before it is merged, and relations left without evidence. Without --skip-errors the first bad
 * input or failed document stops the build and nothing is written; with it, each is reported and
 * skipped. On a terminal a progress line runs on stderr; a summary follows unless --quiet.
 */

import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { BadInputError, UsageError } from '../../../graph/errors.ts';
import { GraphBuilder, graphToJSON, writeCsv, writeGexf, writeGraphml } from '../../../graph/index.ts';
import { buildCorpus } from '../../corpus/build.ts';
import { buildSummary } from '../../corpus/summary.ts';
import { checkWritable, ensureDirectory, type OutputFile, writeFilesAtomic } from '../../io/atomic.ts';
import { readGraphFile } from '../../io/graph-file.ts';
import { withFileLock } from '../../io/lock.ts';
import { type CliContext, defineCommand, write, writeLine } from '../context.ts';
import { runStoreBuild } from './build-db.ts';
import { MIN_CONFIDENCE_OPTION, startRun } from './build-run.ts';

/** What to build and where to write it. */
export interface BuildRequest {
  inputs: string[];
  /** graphology JSON output. @default the --into file, if any */
  out?: string;
  gexf?: string;
  graphml?: string;
  /** Folder receiving nodes.csv and edges.csv. */
  csv?: string;
  /** An existing graph to add the documents to. */
  into?: string;
  /** Extraction worker threads; 0 extracts in the main thread. @default os.availableParallelism() */
  workers?: number;
  /** Report bad files, lines and documents and go on. @default false */
  skipErrors?: boolean;
  /** No progress line and no summary. @default false */
  quiet?: boolean;
  /**
   * Evidence below this confidence (0–1) is left out, and relations left without evidence.
   * @default DEFAULT_MIN_CONFIDENCE (src/extract/confidence.ts)
   */
  minConfidence?: number;
}

export const buildCommand = defineCommand({
  spec: {
    name: 'build',
    summary: 'Extract entities and relations from text and build a knowledge graph.',
    synopsis:
      'build <inputs...> -o <graph.json> [--into graph.json] [--workers N] [--gexf f] [--graphml f] [--csv dir] [--min-confidence x] [--skip-errors] [--quiet] | --db <store> [--batch N]',
    details: [
      'Inputs: .txt / .md files, folders of them (searched recursively), .jsonl files with one',
      '{"id", "text", "title"?, "url"?, "date"?} object a line, or - for stdin.',
      'With --into, documents already in that graph (same id or same text) are not added again,',
      'and the graph is written back to the same file unless -o says otherwise.',
      'With --db, the documents are merged into a PostgreSQL store (pglite:<dir> or postgres://…).',
      'With --min-confidence x, evidence sentences whose confidence is below x (0–1) are left out,',
      'and relations left without evidence; in a store or --into graph, what is already there stays.',
      'Example: kg build articles/ -o graph.json --gexf graph.gexf',
      '         kg build new-articles/ --into graph.json',
      '         kg build articles/ --db pglite:./kg-db',
    ],
    positionals: {
      min: 1,
      max: Number.POSITIVE_INFINITY,
      description: 'at least one input file, folder or -',
    },
    options: {
      out: {
        type: 'string',
        short: 'o',
        valueName: 'graph.json',
        description: 'write the graph as graphology JSON',
      },
      into: {
        type: 'string',
        valueName: 'graph.json',
        description: 'add the documents to this existing graph (and write it back unless -o)',
      },
      workers: {
        type: 'number',
        short: 'j',
        min: 0,
        max: 256,
        valueName: 'n',
        description: `extraction threads, 0 for none (default: available parallelism, here ${availableParallelism()})`,
      },
      gexf: { type: 'string', valueName: 'file', description: 'also write GEXF 1.3 (Gephi)' },
      graphml: { type: 'string', valueName: 'file', description: 'also write GraphML' },
      csv: {
        type: 'string',
        valueName: 'dir',
        description: 'also write nodes.csv and edges.csv into this folder',
      },
      'skip-errors': {
        type: 'boolean',
        description: 'report bad files, lines and documents on stderr and skip them',
      },
      'min-confidence': MIN_CONFIDENCE_OPTION,
      quiet: { type: 'boolean', short: 'q', description: 'print no progress and no summary' },
      db: {
        type: 'string',
        valueName: 'pglite:dir|postgres://…',
        description: 'merge into a PostgreSQL store instead of writing files (see README, "Store")',
      },
      batch: {
        type: 'number',
        min: 1,
        max: 10000,
        valueName: 'n',
        description: 'documents per store transaction (--db; default: 32)',
      },
    },
  },
  run: ({ positionals, options }, ctx) => {
    if (options.db === undefined && options.batch !== undefined) throw new UsageError('--batch needs --db');
    return (
      options.db === undefined
        ? runBuild
        : (r: BuildRequest, c: CliContext) =>
            runStoreBuild({ ...r, db: options.db!, batch: options.batch }, c)
    )(
      {
        inputs: positionals,
        out: options.out,
        into: options.into,
        workers: options.workers,
        gexf: options.gexf,
        graphml: options.graphml,
        csv: options.csv,
        skipErrors: options['skip-errors'],
        quiet: options.quiet,
        minConfidence: options['min-confidence'],
      },
      ctx,
    );
  },
});

/**
 * Runs a build: checks the outputs can be written, loads the --into graph, streams and merges the
 * documents, writes every output atomically and prints the summary. Returns the exit code. With
 * --into, the whole run holds a lock on that graph (src/io/lock.ts; KG_LOCK_WAIT_SECONDS bounds
 * the wait for another run, 600 s by default).
 * @throws KgError on bad input or a failed document (without skipErrors), an unreadable --into
 *   graph, or an output that cannot be written.
 */
export async function runBuild(request: BuildRequest, ctx: CliContext): Promise<number> {
  // --into reads, merges and writes back one graph: its lock is held throughout (no lost updates)
  if (request.into === undefined) return buildUnlocked(request, ctx);
  const wait = ctx.env.KG_LOCK_WAIT_SECONDS;
  return withFileLock(request.into, () => buildUnlocked(request, ctx), {
    waitSeconds: wait === undefined || wait === '' ? undefined : Number(wait),
    onWait: (message) => void writeLine(ctx.stderr, message),
  });
}

async function buildUnlocked(request: BuildRequest, ctx: CliContext): Promise<number> {
  const { gexf, graphml, csv, into } = request;
  let out = request.out;
  if (into !== undefined && out === undefined) {
    if (extname(into).toLowerCase() !== '.json') {
      throw new UsageError(
        `--into ${into}: only a .json graph is written back in place; give -o <graph.json>`,
      );
    }
    out = into;
  }
  if (!out && !gexf && !graphml && !csv) {
    throw new UsageError('"kg build" needs an output: -o <graph.json> (or --gexf, --graphml, --csv, --into)');
  }
  // Fail before the work, not after it, when an output cannot be written.
  for (const path of [out, gexf, graphml]) if (path) await checkWritable(path);
  if (csv) await checkWritable(csv, { directory: true });
  const builder = new GraphBuilder(into === undefined ? undefined : await readGraphFile(into));

  const run = await startRun(request, ctx);
  const { workers, started, skipped } = run;
  const stats = await run.stream((docs, options) => buildCorpus(docs, builder, options));
  const graph = builder.graph;
  if ((graph.getAttribute('documents') ?? []).length === 0) {
    throw new BadInputError(`${request.inputs.join(', ')}: no documents to build a graph from`);
  }

  const writeStarted = performance.now();
  const files: OutputFile[] = [];
  if (out) files.push({ path: out, data: graphToJSON(graph) });
  if (gexf) files.push({ path: gexf, data: writeGexf(graph) });
  if (graphml) files.push({ path: graphml, data: writeGraphml(graph) });
  if (csv) {
    const tables = writeCsv(graph);
    files.push(
      { path: join(csv, 'nodes.csv'), data: tables.nodes },
      { path: join(csv, 'edges.csv'), data: tables.edges },
    );
    await ensureDirectory(csv);
  }
  await writeFilesAtomic(files);
  const writeSeconds = (performance.now() - writeStarted) / 1000;

  if (!request.quiet) {
    const summary = buildSummary(graph, {
      stats,
      skipped,
      into,
      written: [out, gexf, graphml, csv && `${csv}/`].filter((p): p is string => Boolean(p)),
      seconds: (performance.now() - started) / 1000,
      writeSeconds,
      workers: workers === 0 ? 0 : Math.min(workers, stats.workersStarted),
    });
    await write(ctx.stderr, summary);
  }
  return 0;
}
