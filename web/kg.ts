/**
 * Knowledge-graph adapter
 *
 * The one place the view calls graph/ and reaches src/extract: reading a graph file, writing JSON
 * and GEXF, and building a graph from pasted text in one web worker (extract-worker.ts), started
 * on the first extraction and kept, which alone carries the extraction code and the models'
 * weights — most of the bytes of the view. The bundled sample article's graph is prebuilt
 * (web/sample-plugin.ts), so showing it downloads no extraction code. Keeps the rest of web/
 * independent of those modules' shapes.
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

/** An extraction in the worker, waiting for its answer. */
interface Job {
  resolve(graph: KnowledgeGraph): void;
  reject(error: Error): void;
  into: KnowledgeGraph | undefined;
}

/** Answers of extract-worker.ts: the job's graph input, or why it failed. */
interface WorkerAnswer {
  job: number;
  input?: DocGraphInput;
  error?: string;
}

/**
 * The extraction worker, started on the first extraction and kept: its script (the extraction
 * code with the models' weights) is downloaded and the weights decoded once per page, not once per
 * pasted text.
 */
let extractor: Worker | null = null;
const jobs = new Map<number, Job>();
let nextJob = 0;

function extractionWorker(): Worker {
  if (extractor) return extractor;
  const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const { job, input, error } = event.data;
    const waiting = jobs.get(job);
    if (!waiting) return;
    jobs.delete(job);
    if (!input) {
      waiting.reject(new Error(error ?? 'extraction failed'));
      return;
    }
    const builder = new GraphBuilder(waiting.into);
    builder.addDocument(input);
    waiting.resolve(builder.graph);
  };
  // The script failed to load or the worker died: every waiting job fails, and the next
  // extraction starts a new worker.
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (extractor === worker) extractor = null;
    const error = new Error(event.message || 'the extraction worker failed');
    for (const waiting of jobs.values()) waiting.reject(error);
    jobs.clear();
  };
  extractor = worker;
  return worker;
}

/**
 * Extracts entities and relations from `text` in the extraction worker (extract-worker.ts, started
 * on first use) and builds them into a new graph, or into `into` when given. The page stays
 * responsive meanwhile.
 */
export function graphFromText(text: string, id = 'pasted', into?: KnowledgeGraph): Promise<KnowledgeGraph> {
  return new Promise((resolve, reject) => {
    const job = nextJob++;
    jobs.set(job, { resolve, reject, into });
    extractionWorker().postMessage({ job, id, text });
  });
}

/** The bundled sample article's graph, prebuilt at build time (web/sample-plugin.ts). */
export async function sampleGraph(): Promise<KnowledgeGraph> {
  const { default: json } = await import('virtual:kg-sample-graph');
  return readGraph(json, 'iran-iraq-meeting.json');
}
