/**
 * Empty knowledge graph
 *
 * The one place that fixes the graph's options: a mixed multi graph (symmetric relations are
 * undirected edges, the others directed; several relations may join one pair) without self loops,
 * carrying the schema version, the documents it was built from and its creator.
 */

import Graph from 'graphology';
import {
  type EdgeAttributes,
  type GraphAttributes,
  type KnowledgeGraph,
  type NodeAttributes,
  SCHEMA_VERSION,
} from './types.ts';

/** Name written to the `createdBy` graph attribute. */
export const CREATED_BY = 'kg-builder';

/** A new empty knowledge graph with the graph attributes `{ schema, documents: [], createdBy }`. */
export function createGraph(): KnowledgeGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    multi: true,
    type: 'mixed',
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ schema: SCHEMA_VERSION, documents: [], createdBy: CREATED_BY });
  return graph;
}
