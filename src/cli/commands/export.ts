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
import { defineCommand, writeLine } from '../context.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportCommand = defineCommand({
  spec: {
    name: 'export',
    summary: 'Convert a graph file to JSON, GEXF, GraphML or CSV.',
    synopsis: 'export <graph.json|gexf|graphml> --format json|gexf|graphml|csv -o <path>',
    details: ['With --format csv, -o names a folder that receives nodes.csv and edges.csv.'],
    positionals: { min: 1, max: 1, description: 'a graph file' },
    options: {
      format: { type: 'string', short: 'f', choices: EXPORT_FORMATS, description: 'output format' },
      out: { type: 'string', short: 'o', valueName: 'path', description: 'output file (a folder for csv)' },
      quiet: { type: 'boolean', short: 'q', description: 'print nothing on success' },
    },
  },
  async run({ positionals, options }, ctx) {
    const input = positionals[0]!;
    const out = options.out;
    if (!out) throw new UsageError('"kg export" needs -o <path>');
    const format = (options.format as ExportFormat | undefined) ?? formatFromPath(out);
    await checkWritable(out, { directory: format === 'csv' });
    const graph = await readGraphFile(input);
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
