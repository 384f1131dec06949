/**
 * Query result types
 *
 * The typed answers of graph/query. They carry keys and attributes only; printing them is the job of
 * the CLI and the web view.
 */

import type { RelationType } from '../relations.ts';
import type { EdgeAttributes, EntityKind, NodeAttributes } from '../types.ts';

/** How findEntity recognized the query. */
export type MatchKind = 'key' | 'label' | 'alias' | 'fuzzy';

/** An entity found by name or key. */
export interface EntityMatch {
  key: string;
  attributes: NodeAttributes;
  /** `key`: exact node key; `label` / `alias`: normalized name or one of its words; `fuzzy`: close spelling. */
  matchedBy: MatchKind;
}

/** Which way to follow edges from an entity. Undirected (symmetric) edges are followed in every direction. */
export type Direction = 'out' | 'in' | 'both';

/** Options of `neighbors`. */
export interface NeighborOptions {
  /** Only edges of these relations. @default every relation */
  relation?: RelationType | RelationType[];
  /** @default 'both' */
  direction?: Direction;
  /** How many hops away. @default 1 */
  depth?: number;
  /** Only entities of these kinds (they are neither listed nor walked through otherwise). @default every kind */
  kinds?: EntityKind[];
}

/** One entity next to another, and the edge that joins them. */
export interface Neighbor {
  key: string;
  label: string;
  kind: EntityKind;
  relation: RelationType;
  /** Direction of the edge seen from the entity it was reached from. */
  direction: 'out' | 'in' | 'undirected';
  /** Edge key. */
  edge: string;
  weight: number;
  /** Hops from the queried entity (1 = direct neighbor). */
  depth: number;
  /** At depth > 1: the key of the entity it was reached through. */
  via?: string;
}

/** An edge with its endpoints, as graphology reports it. */
export interface EdgeView {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: EdgeAttributes;
}

/** A shortest path: node keys from start to end, and the edge used for each hop. */
export interface PathResult {
  nodes: string[];
  edges: EdgeView[];
}
