/**
 * Parallel edge curvature
 *
 * A knowledge graph often holds several relations between the same two entities (A met with B, A
 * supports B, B accused A). Drawn straight they would overlap, so each group of parallel edges is
 * fanned out with a curvature per edge. The result is a Map kept by the view, never written into the
 * graph (unlike @sigma/edge-curve's `indexParallelEdgesIndex`, which stores attributes on edges).
 */

import type Graph from 'graphology';

/** Curvature step between two neighbouring parallel edges. */
export const CURVATURE_STEP = 0.35;

/**
 * Curvature of every edge that shares its two extremities with another edge. Edges alone between
 * their nodes are absent from the map (draw them straight). Curvature is relative to the edge's
 * own source → target direction, so edges stored in opposite directions are fanned consistently.
 */
export function parallelCurvatures(graph: Graph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    const mid = (edges.length - 1) / 2;
    edges.forEach((edge, i) => {
      const offset = i - mid;
      // An even group has no straight middle edge; keep its two central edges apart.
      const c = offset * CURVATURE_STEP;
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      if (c !== 0) curvatures.set(edge, c * flip);
    });
  }
  return curvatures;
}
