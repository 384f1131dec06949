/**
 * Knowledge-graph adapter
 *
 * The one place the view calls graph/ and src/extract: reading a graph file, writing JSON and GEXF,
 * and — loaded on demand, because the NLP pipeline is most of the bundle — building a graph from
 * text in the browser (extract.ts). Keeps the rest of web/ independent of those modules' shapes.
 */

import { graphToJSON, parseGraphFile, writeGexf } from '../graph/index.ts';
import type { KnowledgeGraph } from '../graph/types.ts';

export type { KnowledgeGraph };

/** Parses a JSON, GEXF or GraphML graph; throws a KgError (BadFormatError) naming `filename`. */
export function readGraph(text: string, filename: string): KnowledgeGraph {
  return parseGraphFile(text, filename);
}

export function toJSONText(graph: KnowledgeGraph): string {
  return graphToJSON(graph);
}

export function toGexfText(graph: KnowledgeGraph): string {
  return writeGexf(graph);
}

/** Extracts entities and relations from `text` into a new graph, or into `into` when given. */
export async function graphFromText(
  text: string,
  id = 'pasted',
  into?: KnowledgeGraph,
): Promise<KnowledgeGraph> {
  const { buildFromText } = await import('./extract.ts');
  return buildFromText(text, id, into);
}

/** The bundled sample article, built here. */
export async function sampleGraph(): Promise<KnowledgeGraph> {
  const { buildSample } = await import('./extract.ts');
  return buildSample();
}
