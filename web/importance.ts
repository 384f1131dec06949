/**
 * Importance
 *
 * Per-graph scores that say which entities matter — mentions, degree, PageRank (graphology-metrics)
 * — turned into node sizes on one scale (area proportional to the score, so the biggest hub is the
 * biggest disc and few reach the cap), Louvain communities (graphology-communities-louvain, over an
 * undirected, simple copy since it refuses mixed graphs) turned into colours, and the ranked "top
 * entities". Computed lazily, once per graph and mode, and never written into the graph.
 */

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Attributes } from 'graphology-types';
import { seededRandom } from '../graph/random.ts';
import { COMMUNITY_COLORS, UNKNOWN_COLOR } from './palette.ts';
import type { SizeBy } from './state.ts';

type AnyGraph = Graph<Attributes, Attributes, Attributes>;

/** Smallest and largest node radius, in pixels. */
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 30;

export interface Importance {
  /** Score of every node for a mode (mentions, degree or PageRank). */
  scores(by: SizeBy): ReadonlyMap<string, number>;
  /** Node radius for a mode. */
  sizes(by: SizeBy): ReadonlyMap<string, number>;
  /** The largest score of a mode (for the size legend). */
  maxScore(by: SizeBy): number;
  /** Louvain community of every node, numbered by decreasing size (0 is the largest). */
  communities(): ReadonlyMap<string, number>;
  /** Node keys by decreasing score, ties by label. */
  ranked(by: SizeBy): readonly string[];
}

/** Radius for a score: area proportional to score / max, between MIN and MAX_NODE_SIZE. */
export function sizeFor(score: number, max: number): number {
  if (!(max > 0) || !(score > 0)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.min(1, score / max));
}

export function communityColor(community: number | undefined): string {
  if (community === undefined) return UNKNOWN_COLOR;
  return COMMUNITY_COLORS[community] ?? UNKNOWN_COLOR;
}

/** The graph as an undirected simple graph, parallel edges merged with their weights summed. */
function undirectedSimple(graph: AnyGraph): Graph {
  const out = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => {
    out.addNode(node);
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    if (source === target) return;
    const w = typeof attrs.weight === 'number' ? attrs.weight : 1;
    out.updateUndirectedEdge(source, target, (a) => ({ weight: ((a.weight as number) ?? 0) + w }));
  });
  return out;
}

export function createImportance(graph: AnyGraph, seed = 42): Importance {
  const scoreCache = new Map<SizeBy, Map<string, number>>();
  const sizeCache = new Map<SizeBy, Map<string, number>>();
  const maxCache = new Map<SizeBy, number>();
  const rankCache = new Map<SizeBy, string[]>();
  let communityCache: Map<string, number> | null = null;

  function scores(by: SizeBy): Map<string, number> {
    let map = scoreCache.get(by);
    if (map) return map;
    map = new Map();
    if (by === 'pagerank') {
      const pr = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
      graph.forEachNode((n) => map?.set(n, pr[n] ?? 0));
    } else if (by === 'degree') {
      graph.forEachNode((n) => map?.set(n, graph.degree(n)));
    } else {
      graph.forEachNode((n, a) => map?.set(n, typeof a.mentions === 'number' ? a.mentions : 0));
    }
    scoreCache.set(by, map);
    return map;
  }

  function maxScore(by: SizeBy): number {
    let max = maxCache.get(by);
    if (max === undefined) {
      max = 0;
      for (const v of scores(by).values()) if (v > max) max = v;
      maxCache.set(by, max);
    }
    return max;
  }

  function sizes(by: SizeBy): Map<string, number> {
    let map = sizeCache.get(by);
    if (map) return map;
    const max = maxScore(by);
    map = new Map();
    for (const [n, v] of scores(by)) map.set(n, sizeFor(v, max));
    sizeCache.set(by, map);
    return map;
  }

  function ranked(by: SizeBy): string[] {
    let list = rankCache.get(by);
    if (list) return list;
    const s = scores(by);
    // Labels read once, compared by code unit: localeCompare on every tie (most entities share a
    // score) cost more than the rest of loading a corpus graph.
    const rows = graph.mapNodes((n, a) => ({ n, score: s.get(n) ?? 0, label: String(a.label ?? n) }));
    rows.sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    list = rows.map((r) => r.n);
    rankCache.set(by, list);
    return list;
  }

  function communities(): Map<string, number> {
    if (communityCache) return communityCache;
    const raw = graph.size > 0 ? louvain(undirectedSimple(graph), { rng: seededRandom(seed) }) : {};
    // Renumber by decreasing size so the largest communities get the first (most distinct) colours.
    const counts = new Map<number, number>();
    for (const c of Object.values(raw)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const order = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
    const rank = new Map(order.map((c, i) => [c, i]));
    communityCache = new Map();
    graph.forEachNode((n) => {
      const c = raw[n];
      // A node without relations is a community of its own: no colour of a group.
      communityCache?.set(n, c === undefined || graph.degree(n) === 0 ? -1 : (rank.get(c) ?? -1));
    });
    return communityCache;
  }

  return { scores, sizes, maxScore, communities, ranked };
}

const cache = new WeakMap<object, Importance>();

/** The importance of a graph, created on first use and kept as long as the graph lives. */
export function importanceOf(graph: AnyGraph): Importance {
  let imp = cache.get(graph);
  if (!imp) {
    imp = createImportance(graph);
    cache.set(graph, imp);
  }
  return imp;
}

/** Drops the cached importance of a graph whose nodes or edges changed (an expanded neighbourhood). */
export function forgetImportance(graph: AnyGraph): void {
  cache.delete(graph);
}
