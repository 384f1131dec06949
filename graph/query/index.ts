/**
 * Query API
 *
 * Lookups over a knowledge graph that return typed results and never print: findEntity, neighbors,
 * relationsBetween, shortestPath, egoGraph, evidenceFor.
 */

export { egoGraph } from './ego-graph.ts';
export { evidenceFor } from './evidence-for.ts';
export { findEntity, resolveEntity } from './find-entity.ts';
export { NEIGHBOR_DEFAULTS, neighbors } from './neighbors.ts';
export { edgeView, relationsBetween } from './relations-between.ts';
export { shortestPath } from './shortest-path.ts';
export type * from './types.ts';
