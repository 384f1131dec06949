/**
 * Knowledge-graph adapter
 *
 * The one place the view calls graph/ and src/extract: reading a graph file, building a graph from
 * pasted text (extraction runs in the browser, no server call), and writing JSON and GEXF. Keeps the
 * rest of web/ independent of those modules' exact shapes.
 */

import { GraphBuilder, graphToJSON, parseGraphFile, writeGexf } from '../graph/index.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { extractDocument, toGraphInput } from '../src/extract/index.ts';

export type { KnowledgeGraph };

/** Parses a JSON, GEXF or GraphML graph; throws a KgError (BadFormatError) naming `filename`. */
export function readGraph(text: string, filename: string): KnowledgeGraph {
  return parseGraphFile(text, filename);
}

/** Extracts entities and relations from `text` into a new graph, or into `into` when given. */
export function graphFromText(text: string, id = 'pasted', into?: KnowledgeGraph): KnowledgeGraph {
  const builder = new GraphBuilder(into);
  builder.addDocument(toGraphInput(extractDocument({ id, text })));
  return builder.graph;
}

export function toJSONText(graph: KnowledgeGraph): string {
  return graphToJSON(graph);
}

export function toGexfText(graph: KnowledgeGraph): string {
  return writeGexf(graph);
}
