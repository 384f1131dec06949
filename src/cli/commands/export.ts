/**
 * kg export
 *
 * Converts a saved graph (JSON, GEXF or GraphML) to another format: graphology JSON, GEXF, GraphML,
 * or CSV (a folder receiving nodes.csv and edges.csv, Neo4j bulk-import headers). The format comes
 * from --format, or from the output's extension when that is unambiguous. Written atomically.
 */

import { extname, join } from 'node:path';
import { UsageError } from '../../../graph/errors.ts';
import { graphToJSON, writeCsv, writeGexf, writeGraphml } from '../../../graph/index.ts';
import type { KnowledgeGraph } from '../../../graph/types.ts';
import { checkWritable, ensureDirectory, type OutputFile, writeFilesAtomic } from '../../io/atomic.ts';
import { readGraphFile } from '../../io/graph-file.ts';
import { storedGraph, withStore } from '../../store/index.ts';
import { defineCommand, writeLine } from '../context.ts';
import { parseRelation } from './query.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportCommand = defineCommand({
  spec: {
    name: 'export',
    summary: 'Convert a graph file to JSON, GEXF, GraphML or CSV.',
    synopsis:
      'export <graph.json|gexf|graphml> | --db <store> [--ego name --depth n] [--min-weight w] [--relation r] --format json|gexf|graphml|csv -o <path>',
    details: [
      'With --format csv, -o names a folder that receives nodes.csv and edges.csv.',
      'From a store (--db), the whole graph or the ego graph of one entity (--ego, --depth), keeping',
      'only relations with at least --min-weight evidence sentences and of the --relation type.',
    ],
    positionals: { min: 0, max: 1, description: 'a graph file (or --db)' },
    options: {
      format: { type: 'string', short: 'f', choices: EXPORT_FORMATS, description: 'output format' },
      out: { type: 'string', short: 'o', valueName: 'path', description: 'output file (a folder for csv)' },
      quiet: { type: 'boolean', short: 'q', description: 'print nothing on success' },
      db: {
        type: 'string',
        valueName: 'pglite:dir|postgres://…',
        description: 'export from a PostgreSQL store instead of a graph file',
      },
      ego: {
        type: 'string',
        valueName: 'name',
        description: 'only this entity and its neighbourhood (--db)',
      },
      depth: { type: 'number', min: 0, max: 10, default: 1, description: 'hops of --ego' },
      'min-weight': {
        type: 'number',
        min: 1,
        valueName: 'w',
        description: 'only relations with at least w evidence sentences (--db)',
      },
      relation: {
        type: 'string',
        short: 'r',
        valueName: 'relation',
        description: 'only this relation (--db)',
      },
    },
  },
  async run({ positionals, options }, ctx) {
    const input = positionals[0];
    const db = options.db;
    if ((input === undefined) === (db === undefined)) {
      throw new UsageError('"kg export" needs a graph file or --db <store> (one of them)');
    }
    const selecting =
      options.ego !== undefined || options['min-weight'] !== undefined || options.relation !== undefined;
    if (db === undefined && selecting) throw new UsageError('--ego, --min-weight and --relation need --db');
    const out = options.out;
    if (!out) throw new UsageError('"kg export" needs -o <path>');
    const format = (options.format as ExportFormat | undefined) ?? formatFromPath(out);
    await checkWritable(out, { directory: format === 'csv' });
    const relation = options.relation === undefined ? undefined : parseRelation(options.relation);
    const graph =
      db === undefined
        ? await readGraphFile(input!)
        : await withStore(db, { write: false, env: ctx.env }, (engine) =>
            storedGraph(engine, {
              ego: options.ego,
              depth: options.depth,
              minWeight: options['min-weight'],
              relation,
            }),
          );
    const files = exportFiles(graph, format, out);
    if (format === 'csv') await ensureDirectory(out);
    await writeFilesAtomic(files);
    if (!options.quiet) {
      await writeLine(
        ctx.stderr,
        `Exported ${graph.order} entities and ${graph.size} relations to ${out} (${format})`,
      );
    }
    return 0;
  },
});

/** The files of one export, serialized in memory before anything is written. */
export function exportFiles(graph: KnowledgeGraph, format: ExportFormat, out: string): OutputFile[] {
  switch (format) {
    case 'json':
      return [{ path: out, data: graphToJSON(graph) }];
    case 'gexf':
      return [{ path: out, data: writeGexf(graph) }];
    case 'graphml':
      return [{ path: out, data: writeGraphml(graph) }];
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      return [
        { path: join(out, 'nodes.csv'), data: nodes },
        { path: join(out, 'edges.csv'), data: edges },
      ];
    }
  }
}

function formatFromPath(path: string): ExportFormat {
  const ext = extname(path).toLowerCase().slice(1);
  if (ext === 'json' || ext === 'gexf' || ext === 'graphml') return ext;
  throw new UsageError(`"kg export" needs --format ${EXPORT_FORMATS.join('|')} (cannot tell from "${path}")`);
}
