/**
 * Render index
 *
 * What the edge reducer needs about every edge and never changes while a graph is shown — its
 * ends, their kinds, whether it is directed, its confidence, colour, thickness and curvature — computed once
 * when a graph is loaded, so the reducer does one Map lookup per edge instead of several graphology
 * calls (it runs for every edge on every hover).
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { RelationType } from '../graph/relations.ts';
import type { EntityKind } from '../graph/types.ts';
import { parallelCurvatures } from './curvature.ts';
import { edgeSize, RELATION_COLORS, UNKNOWN_COLOR } from './palette.ts';

export interface EdgeInfo {
  readonly source: string;
  readonly target: string;
  readonly sourceKind: EntityKind;
  readonly targetKind: EntityKind;
  readonly relation: RelationType;
  readonly weight: number;
  /** The edge's `confidence` attribute; 1 when it has none (graphs made before confidences). */
  readonly confidence: number;
  readonly directed: boolean;
  /** 0 for a straight edge. */
  readonly curvature: number;
  readonly color: string;
  readonly size: number;
  /** Sigma program: line, arrow, curved or curvedArrow. */
  readonly type: string;
}

export type RenderIndex = ReadonlyMap<string, EdgeInfo>;

/** An edge's confidence: its `confidence` attribute when that is a number, else 1. */
export function confidenceOf(attrs: Attributes): number {
  return typeof attrs.confidence === 'number' && Number.isFinite(attrs.confidence) ? attrs.confidence : 1;
}

export function indexGraph(graph: Graph<Attributes, Attributes, Attributes>): RenderIndex {
  const curvatures = parallelCurvatures(graph);
  const index = new Map<string, EdgeInfo>();
  graph.forEachEdge((edge, attrs, source, target, sourceAttrs, targetAttrs, undirected) => {
    const relation = attrs.relation as RelationType;
    const curvature = curvatures.get(edge) ?? 0;
    const directed = !undirected;
    index.set(edge, {
      source,
      target,
      sourceKind: sourceAttrs.kind as EntityKind,
      targetKind: targetAttrs.kind as EntityKind,
      relation,
      weight: typeof attrs.weight === 'number' ? attrs.weight : 1,
      confidence: confidenceOf(attrs),
      directed,
      curvature,
      color: RELATION_COLORS[relation] ?? UNKNOWN_COLOR,
      size: edgeSize(attrs.weight),
      type: curvature !== 0 ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line',
    });
  });
  return index;
}
