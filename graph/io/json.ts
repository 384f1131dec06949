/**
 * graphology JSON
 *
 * The native format: `graph.export()` (options, graph attributes, nodes, edges) written with every
 * object's keys in schema order, so the same graph always gives the same bytes, and read back through
 * the shared validation, so a file that is not a knowledge graph is refused with a clear message.
 */

import { BadFormatError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { EDGE_KEYS, GRAPH_KEYS, NODE_KEYS, ordered } from './_order.ts';
import { type RawGraph, toKnowledgeGraph } from './validate.ts';

/** Options of graphToJSON. */
export interface JsonOptions {
  /** Indent with two spaces (readable, diff-friendly) or write one line. @default true */
  pretty?: boolean;
}

/**
 * The graph as graphology's serialized JSON plus its attributes; deterministic: nodes and edges in
 * insertion order, attributes in schema order, other keys sorted. Ends with a newline.
 */
export function graphToJSON(graph: KnowledgeGraph, options: JsonOptions = {}): string {
  const exported = graph.export();
  const data = {
    options: exported.options,
    attributes: ordered(exported.attributes ?? {}, GRAPH_KEYS),
    nodes: exported.nodes.map((node) => ({
      key: node.key,
      attributes: ordered(node.attributes ?? {}, NODE_KEYS),
    })),
    edges: exported.edges.map((edge) => {
      const attributes = ordered(edge.attributes ?? {}, EDGE_KEYS);
      const base = { key: edge.key, source: edge.source, target: edge.target, attributes };
      return edge.undirected === true ? { ...base, undirected: true } : base;
    }),
  };
  return `${JSON.stringify(data, null, options.pretty === false ? undefined : 2)}\n`;
}

/**
 * Reads graphology JSON written by graphToJSON (or any graphology export carrying our attributes).
 * @throws BadFormatError whose message starts with `source`: not JSON, not a graphology export, or a
 * node / edge that breaks the schema.
 */
export function parseGraphJSON(text: string, source = 'graph.json'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BadFormatError(`${source}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BadFormatError(`${source}: not a knowledge graph: expected an object with "nodes" and "edges"`);
  }
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.nodes))
    throw new BadFormatError(`${source}: not a knowledge graph: no "nodes" array`);
  const edges = record.edges ?? [];
  if (!Array.isArray(edges))
    throw new BadFormatError(`${source}: not a knowledge graph: "edges" is not an array`);
  const attributes = record.attributes ?? {};
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw new BadFormatError(`${source}: not a knowledge graph: "attributes" is not an object`);
  }
  const raw: RawGraph = { attributes: attributes as Record<string, unknown>, nodes: record.nodes, edges };
  return toKnowledgeGraph(raw, source);
}
