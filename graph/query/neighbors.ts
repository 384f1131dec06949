/**
 * Neighbors of an entity
 *
 * A breadth-first walk from one entity, up to a depth, along the relations and directions asked for,
 * through the kinds asked for. Every edge that reaches a not-yet-seen entity is reported, so two
 * relations between the same pair give two rows. Rows are sorted by depth, relation, label.
 */

import { compareStrings } from '../_sorted.ts';
import { UsageError } from '../errors.ts';
import { isRelationType, type RelationType } from '../relations.ts';
import { ENTITY_KINDS, type EntityKind, type KnowledgeGraph } from '../types.ts';
import { resolveEntity } from './find-entity.ts';
import type { Direction, Neighbor, NeighborOptions } from './types.ts';

/** Defaults of `neighbors`. */
export const NEIGHBOR_DEFAULTS: Readonly<Required<Pick<NeighborOptions, 'direction' | 'depth'>>> = {
  direction: 'both',
  depth: 1,
};

interface Checked {
  relations: ReadonlySet<RelationType> | null;
  direction: Direction;
  depth: number;
  kinds: ReadonlySet<EntityKind> | null;
}

/** Throws UsageError on an unknown relation, direction or kind, or a depth that is not a positive integer. */
function validateNeighborOptions(options: NeighborOptions = {}): Checked {
  const direction = options.direction ?? NEIGHBOR_DEFAULTS.direction;
  const depth = options.depth ?? NEIGHBOR_DEFAULTS.depth;
  if (direction !== 'out' && direction !== 'in' && direction !== 'both') {
    throw new UsageError(`neighbors: direction must be out, in or both (got "${direction}")`);
  }
  if (!Number.isInteger(depth) || depth < 1) {
    throw new UsageError(`neighbors: depth must be a positive integer (got ${depth})`);
  }
  let relations: Set<RelationType> | null = null;
  if (options.relation !== undefined) {
    const list = Array.isArray(options.relation) ? options.relation : [options.relation];
    for (const r of list) if (!isRelationType(r)) throw new UsageError(`neighbors: unknown relation "${r}"`);
    relations = new Set(list);
  }
  let kinds: Set<EntityKind> | null = null;
  if (options.kinds !== undefined) {
    for (const k of options.kinds) {
      if (!ENTITY_KINDS.includes(k)) throw new UsageError(`neighbors: unknown kind "${k}"`);
    }
    kinds = new Set(options.kinds);
  }
  return { relations, direction, depth, kinds };
}

/**
 * Entities within `options.depth` hops of `entity` (a key or a name resolved with findEntity).
 * Undirected edges are followed whatever the direction.
 * @throws NotFoundError when `entity` matches nothing; UsageError on bad options.
 * @example
 *   neighbors(graph, 'Varga', { relation: 'accused', direction: 'out' });
 *   // → [{ label: 'Chile', kind: 'place', relation: 'accused', direction: 'out', weight: 2, depth: 1, … }]
 */
export function neighbors(graph: KnowledgeGraph, entity: string, options?: NeighborOptions): Neighbor[] {
  const checked = validateNeighborOptions(options);
  const start = resolveEntity(graph, entity);
  const seen = new Set<string>([start]);
  const rows: Neighbor[] = [];
  let frontier = [start];

  for (let depth = 1; depth <= checked.depth && frontier.length > 0; depth++) {
    const reached = new Set<string>();
    for (const from of frontier) {
      graph.forEachEdge(from, (edge, attributes, source, target, _sa, _ta, undirected) => {
        if (checked.relations !== null && !checked.relations.has(attributes.relation)) return;
        const outgoing = source === from;
        const direction = undirected ? 'undirected' : outgoing ? 'out' : 'in';
        if (direction === 'out' && checked.direction === 'in') return;
        if (direction === 'in' && checked.direction === 'out') return;
        const other = outgoing ? target : source;
        if (seen.has(other)) return;
        const node = graph.getNodeAttributes(other);
        if (checked.kinds !== null && !checked.kinds.has(node.kind)) return;
        const row: Neighbor = {
          key: other,
          label: node.label,
          kind: node.kind,
          relation: attributes.relation,
          direction,
          edge,
          weight: attributes.weight,
          depth,
        };
        if (depth > 1) row.via = from;
        rows.push(row);
        reached.add(other);
      });
    }
    for (const key of reached) seen.add(key);
    frontier = [...reached];
  }

  return rows.sort(
    (a, b) =>
      a.depth - b.depth ||
      compareStrings(a.relation, b.relation) ||
      compareStrings(a.label, b.label) ||
      compareStrings(a.key, b.key) ||
      compareStrings(a.edge, b.edge),
  );
}
