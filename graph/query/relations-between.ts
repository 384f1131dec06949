/**
 * Relations between two entities
 *
 * Every edge joining two entities, whichever way it points, as EdgeViews sorted by relation and key.
 */

import { compareStrings } from '../_sorted.ts';
import type { KnowledgeGraph } from '../types.ts';
import { resolveEntity } from './find-entity.ts';
import type { EdgeView } from './types.ts';

/** The edge `key` as an EdgeView. */
export function edgeView(graph: KnowledgeGraph, key: string): EdgeView {
  return {
    key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    attributes: graph.getEdgeAttributes(key),
  };
}

/** Keys of the edges joining the nodes `a` and `b`, whichever way they point. */
export function edgesJoining(graph: KnowledgeGraph, a: string, b: string): string[] {
  return [
    ...new Set([...graph.directedEdges(a, b), ...graph.directedEdges(b, a), ...graph.undirectedEdges(a, b)]),
  ];
}

/**
 * Edges between `a` and `b` (keys or names resolved with findEntity), in either direction.
 * @throws NotFoundError when either name matches nothing.
 * @example
 *   relationsBetween(graph, 'Varga', 'al-Nuri').map((e) => e.attributes.relation); // → ['met_with']
 */
export function relationsBetween(graph: KnowledgeGraph, a: string, b: string): EdgeView[] {
  const first = resolveEntity(graph, a);
  const second = resolveEntity(graph, b);
  if (first === second) return [];
  return edgesJoining(graph, first, second)
    .map((key) => edgeView(graph, key))
    .sort(
      (x, y) => compareStrings(x.attributes.relation, y.attributes.relation) || compareStrings(x.key, y.key),
    );
}
