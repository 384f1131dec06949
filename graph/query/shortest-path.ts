/**
 * Shortest path between two entities
 *
 * The fewest hops from one entity to another, edges taken in either direction (a chain of
 * accusations links its ends as much as a chain of meetings). graphology-shortest-path runs on an
 * undirected projection of the graph; each hop then reports its heaviest edge.
 */

import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { compareStrings } from '../_sorted.ts';
import type { KnowledgeGraph } from '../types.ts';
import { resolveEntity } from './find-entity.ts';
import { edgesJoining, edgeView } from './relations-between.ts';
import type { EdgeView, PathResult } from './types.ts';

/**
 * A shortest path from `a` to `b` (keys or names resolved with findEntity), or null when they are
 * not connected. On each hop, the edge with the most evidence (then the smallest key) is reported.
 * @throws NotFoundError when either name matches nothing.
 * @example
 *   shortestPath(graph, 'Varga', 'Ana Ruiz')?.nodes; // node keys from the first entity to the last
 */
export function shortestPath(graph: KnowledgeGraph, a: string, b: string): PathResult | null {
  const from = resolveEntity(graph, a);
  const to = resolveEntity(graph, b);
  if (from === to) return { nodes: [from], edges: [] };

  const projection = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((key) => {
    projection.addNode(key);
  });
  graph.forEachEdge((_key, _attributes, source, target) => {
    projection.mergeEdge(source, target);
  });

  const nodes = bidirectional(projection, from, to);
  if (nodes === null) return null;
  const edges: EdgeView[] = [];
  for (let i = 1; i < nodes.length; i++) edges.push(heaviestEdge(graph, nodes[i - 1]!, nodes[i]!));
  return { nodes, edges };
}

function heaviestEdge(graph: KnowledgeGraph, a: string, b: string): EdgeView {
  const keys = edgesJoining(graph, a, b);
  keys.sort(
    (x, y) =>
      graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight') || compareStrings(x, y),
  );
  return edgeView(graph, keys[0]!);
}
