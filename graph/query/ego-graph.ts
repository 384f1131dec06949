/**
 * Ego graph
 *
 * The neighborhood of one entity as a graph of its own: every entity within `depth` hops (edges
 * taken in either direction) and every edge among them, with copies of their attributes and the
 * records of the documents they come from. Handy for a focused export or view.
 */

import { createGraph } from '../create.ts';
import { UsageError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { resolveEntity } from './find-entity.ts';

/**
 * A new graph of the entities within `depth` hops of `entity` (a key or a name) and the edges among
 * them. Node and edge order follow the source graph.
 * @throws NotFoundError when `entity` matches nothing; UsageError when depth is not an integer ≥ 0.
 * @example
 *   const around = egoGraph(graph, 'Varga', 2); // write it with graphToJSON or writeGexf
 */
export function egoGraph(graph: KnowledgeGraph, entity: string, depth = 1): KnowledgeGraph {
  if (!Number.isInteger(depth) || depth < 0) {
    throw new UsageError(`egoGraph: depth must be a non-negative integer (got ${depth})`);
  }
  const start = resolveEntity(graph, entity);
  const inside = new Set<string>([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (other) => {
        if (inside.has(other)) return;
        inside.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }

  const ego = createGraph();
  const docIds = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (!inside.has(key)) return;
    ego.addNode(key, structuredClone(attributes));
    for (const doc of attributes.docs) docIds.add(doc);
  });
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (!inside.has(source) || !inside.has(target)) return;
    if (undirected) ego.addUndirectedEdgeWithKey(key, source, target, structuredClone(attributes));
    else ego.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
  });
  ego.mergeAttributes({
    schema: graph.getAttribute('schema'),
    createdBy: graph.getAttribute('createdBy'),
    documents: (graph.getAttribute('documents') ?? []).filter((d) => docIds.has(d.id)).map((d) => ({ ...d })),
  });
  return ego;
}
