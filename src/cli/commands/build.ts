/**
 * kg build
 *
 * Reads the inputs as a stream of documents, extracts each one and merges it into one knowledge
 * graph, then serializes every requested output (JSON, GEXF, GraphML, CSV) before writing any, and
 * writes them all atomically. Without --skip-errors the first bad input stops the build and
 * nothing is written; with it, bad files and lines are reported and skipped. A summary (documents,
 * entities by kind, relations by type) goes to stderr.
 */

import { join } from 'node:path';
import { BadInputError, UsageError } from '../../../graph/errors.ts';
import { GraphBuilder, graphToJSON, writeCsv, writeGexf, writeGraphml } from '../../../graph/index.ts';
import type { KnowledgeGraph } from '../../../graph/types.ts';
import { checkWritable, ensureDirectory, type OutputFile, writeFilesAtomic } from '../../io/atomic.ts';
import { readDocuments } from '../../io/inputs.ts';
import { type CliContext, defineCommand, write, writeLine } from '../context.ts';
import { countBy, plural } from '../format.ts';

/** What to build and where to write it. */
export interface BuildRequest {
  inputs: string[];
  /** graphology JSON output. */
  out?: string;
  gexf?: string;
  graphml?: string;
  /** Folder receiving nodes.csv and edges.csv. */
  csv?: string;
  /** Report bad files and lines and go on. @default false */
  skipErrors?: boolean;
  /** No summary. @default false */
  quiet?: boolean;
}

export const buildCommand = defineCommand({
  spec: {
    name: 'build',
    summary: 'Extract entities and relations from text and build a knowledge graph.',
    synopsis:
      'build <inputs...> -o <graph.json> [--gexf f] [--graphml f] [--csv dir] [--skip-errors] [--quiet]',
    details: [
      'Inputs: .txt / .md files, folders of them (searched recursively), .jsonl files with one',
      '{"id", "text", "title"?, "url"?, "date"?} object a line, or - for stdin.',
      'Example: kg build article.txt -o graph.json --gexf graph.gexf',
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
      gexf: { type: 'string', valueName: 'file', description: 'also write GEXF 1.3 (Gephi)' },
      graphml: { type: 'string', valueName: 'file', description: 'also write GraphML' },
      csv: {
        type: 'string',
        valueName: 'dir',
        description: 'also write nodes.csv and edges.csv into this folder',
      },
      'skip-errors': { type: 'boolean', description: 'report bad files and lines on stderr and skip them' },
      quiet: { type: 'boolean', short: 'q', description: 'print no summary' },
    },
  },
  run: ({ positionals, options }, ctx) =>
    runBuild(
      {
        inputs: positionals,
        out: options.out,
        gexf: options.gexf,
        graphml: options.graphml,
        csv: options.csv,
        skipErrors: options['skip-errors'],
        quiet: options.quiet,
      },
      ctx,
    ),
});

/**
 * Runs a build: checks the outputs can be written, streams and merges the documents, writes every
 * output atomically and prints the summary. Returns the exit code.
 * @throws KgError on bad input (without skipErrors) or an output that cannot be written.
 */
export async function runBuild(request: BuildRequest, ctx: CliContext): Promise<number> {
  const { out, gexf, graphml, csv } = request;
  if (!out && !gexf && !graphml && !csv) {
    throw new UsageError('"kg build" needs an output: -o <graph.json> (or --gexf, --graphml, --csv)');
  }
  // Fail before the work, not after it, when an output cannot be written.
  for (const path of [out, gexf, graphml]) if (path) await checkWritable(path);
  if (csv) await checkWritable(csv, { directory: true });

  const skipped: BadInputError[] = [];
  const onError = request.skipErrors
    ? (error: BadInputError) => {
        skipped.push(error);
        void writeLine(ctx.stderr, `kg: ${error.message} (skipped)`);
      }
    : undefined;
  // Loaded here, not at the top: compromise takes seconds to load and `kg query` never needs it.
  const { extractDocument, toGraphInput } = await import('../../extract/index.ts');
  const builder = new GraphBuilder();
  const progress = Boolean((ctx.stderr as { isTTY?: boolean }).isTTY) && !request.quiet;
  let documents = 0;
  let repeated = 0;
  const started = performance.now();
  for await (const doc of readDocuments(request.inputs, { onError, stdin: ctx.stdin })) {
    const added = builder.addDocument(toGraphInput(extractDocument(doc)));
    if (added) documents++;
    else repeated++;
    if (progress && documents % 10 === 0) await write(ctx.stderr, `\r${plural(documents, 'document')}…`);
  }
  if (progress) await write(ctx.stderr, '\r\x1b[K');
  if (documents === 0) {
    throw new BadInputError(`${request.inputs.join(', ')}: no documents to build a graph from`);
  }

  const graph = builder.graph;
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

  if (!request.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const written = [out, gexf, graphml, csv && `${csv}/`].filter(Boolean).join(', ');
    const notes = [
      skipped.length > 0 ? `${skipped.length} skipped` : '',
      repeated > 0 ? `${repeated} already in the graph` : '',
    ].filter(Boolean);
    await write(ctx.stderr, graphSummary(graph, documents, notes, written, seconds));
  }
  return 0;
}

/** The few lines printed after a build: documents, entities by kind, relations by type, files. */
export function graphSummary(
  graph: KnowledgeGraph,
  documents: number,
  notes: string[],
  written: string,
  seconds: number,
): string {
  const kinds = countBy(graph.nodeEntries(), (n) => n.attributes.kind);
  const relations = countBy(graph.edgeEntries(), (e) => e.attributes.relation);
  const list = (pairs: [string, number][]) => pairs.map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const extra = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return [
    `Built ${plural(documents, 'document')}${extra} in ${seconds.toFixed(1)} s`,
    `  entities   ${graph.order}: ${list(kinds)}`,
    `  relations  ${graph.size}: ${list(relations)}`,
    `  wrote      ${written}`,
    '',
  ].join('\n');
}
