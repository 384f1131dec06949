/**
 * Reading and writing a graph in one call each
 *
 * `readGraph` and `writeGraph` are the package's one-function-per-job entries for graph files:
 * `readGraph` takes the file's text (or bytes, decoded as UTF-8) and picks the reader by the name's
 * extension or by the content; `writeGraph` writes the named format. Both run in Node and in the
 * browser; reading the file from disk is the caller's (`readFileSync`, `fetch`, a file picker).
 */

import { UsageError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { graphToJSON } from './json.ts';
import { parseGraphFile } from './parse-file.ts';

/** The formats writeGraph writes (CSV is two files: see writeCsv). */
export type GraphFormat = 'json' | 'gexf' | 'graphml';

/**
 * Reads a knowledge graph from the text of a graphology JSON, GEXF or GraphML file.
 *
 * @param content the file's text, or its bytes (UTF-8).
 * @param name the file's name, used to pick the reader (by extension) and in error messages.
 *   @default 'graph' (the reader is then picked by the content)
 * @returns a fresh, validated graph.
 * @throws BadFormatError naming `name` and the problem when the content is no graph this library reads.
 * @example
 *   const graph = readGraph(readFileSync('graph.gexf'), 'graph.gexf');
 */
export function readGraph(content: string | Uint8Array, name = 'graph'): KnowledgeGraph {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  return parseGraphFile(text, name);
}

/**
 * Writes a knowledge graph as graphology JSON (lossless, deterministic), GEXF 1.3 or GraphML.
 *
 * @param graph the graph to write.
 * @param format 'json', 'gexf' or 'graphml'. @default 'json'
 * @returns the file's text.
 * @throws UsageError on another format.
 * @example
 *   writeFileSync('graph.gexf', writeGraph(graph, 'gexf'));
 */
export function writeGraph(graph: KnowledgeGraph, format: GraphFormat = 'json'): string {
  if (format === 'json') return graphToJSON(graph);
  if (format === 'gexf') return writeGexf(graph);
  if (format === 'graphml') return writeGraphml(graph);
  throw new UsageError(`writeGraph: unknown format "${String(format)}" (json, gexf or graphml)`);
}
