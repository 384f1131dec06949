/**
 * Knowledge-graph adapter
 *
 * The one place the view calls graph/ and src/extract: reading a graph file, writing JSON and GEXF,
 * and building a graph from text in the browser — pasted text in a web worker (extract-worker.ts),
 * the sample article through extract.ts, loaded on demand because the NLP pipeline is most of the
 * bundle. Keeps the rest of web/ independent of those modules' shapes.
 */

import { GraphBuilder, graphToJSON, parseGraphFile, shortestPath, writeGexf } from '../graph/index.ts';
import type { DocGraphInput, KnowledgeGraph } from '../graph/types.ts';

export type { KnowledgeGraph };

/** A shortest path between two entities (node keys, then the edge of each hop), or null when none. */
export function pathBetween(
  graph: KnowledgeGraph,
  from: string,
  to: string,
): { nodes: string[]; edges: string[] } | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const path = shortestPath(graph, from, to);
  return path ? { nodes: path.nodes, edges: path.edges.map((e) => e.key) } : null;
}

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

/**
 * Extracts entities and relations from `text` in a web worker (extract-worker.ts) and builds them
 * into a new graph, or into `into` when given. The page stays responsive meanwhile.
 */
export function graphFromText(text: string, id = 'pasted', into?: KnowledgeGraph): Promise<KnowledgeGraph> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ input?: DocGraphInput; error?: string }>) => {
      worker.terminate();
      const { input, error } = event.data;
      if (!input) {
        reject(new Error(error ?? 'extraction failed'));
        return;
      }
      const builder = new GraphBuilder(into);
      builder.addDocument(input);
      resolve(builder.graph);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the extraction worker failed'));
    };
    worker.postMessage({ id, text });
  });
}

/** The bundled sample article, built here. */
export async function sampleGraph(): Promise<KnowledgeGraph> {
  const { buildSample } = await import('./extract.ts');
  return buildSample();
}
