/**
 * Subgraphs of the store
 *
 * The parts of the stored graph a question needs, read into graphology so that graph/query answers
 * it with the same code as for a file: the entities a name could mean (findStoredEntity), and the
 * ball of entities within some hops of one or more centres with every relation of the entities
 * inside it (ball). A breadth-first walk over that ball sees exactly what it would see in the whole
 * graph, in the same order, so the answers are the same.
 */

import { NotFoundError } from '../../graph/errors.ts';
import { nodeKey, normalizeName } from '../../graph/keys.ts';
import { findEntity } from '../../graph/query/find-entity.ts';
import type { EntityMatch } from '../../graph/query/types.ts';
import type { RelationType } from '../../graph/relations.ts';
import { ENTITY_KINDS, type EntityKind, type KnowledgeGraph } from '../../graph/types.ts';
import type { SqlEngine } from './engine.ts';
import { graphFromRows, RELATION_COLUMNS, type RelationRow, relationRows } from './read-graph.ts';

/** Which relations count: at least this weight, only this relation type. */
export interface RelationFilter {
  minWeight?: number;
  relation?: RelationType;
}

/** Every relation with an end among `keys` (that passes `filter`). */
export async function relationsTouching(
  engine: SqlEngine,
  keys: readonly string[],
  filter: RelationFilter = {},
): Promise<RelationRow[]> {
  if (keys.length === 0) return [];
  // only the conditions asked for: a constant-true weight test would lure the planner to the weight index
  const params: unknown[] = [keys];
  let where = '';
  if (filter.minWeight !== undefined) {
    params.push(filter.minWeight);
    where += ` AND weight >= $${params.length}`;
  }
  if (filter.relation !== undefined) {
    params.push(filter.relation);
    where += ` AND relation = $${params.length}`;
  }
  const rows = await engine.query(
    `SELECT ${RELATION_COLUMNS} FROM kg.relations WHERE source = ANY($1::text[])${where}
     UNION ALL
     SELECT ${RELATION_COLUMNS} FROM kg.relations WHERE target = ANY($1::text[])${where}`,
    params,
  );
  // a relation with both ends among `keys` comes twice
  return [...new Map(relationRows(rows).map((r) => [r.key, r])).values()];
}

/** What a breadth-first walk over the store reached. */
export interface Walk {
  /** Entity → hops from the nearest centre. */
  distance: Map<string, number>;
  /** Every relation of the entities nearer than the depth. */
  relations: Map<string, RelationRow>;
}

/**
 * Walks from `centres` up to `depth` hops, edges taken either way. With `until`, stops at the first
 * level that reaches that entity.
 */
export async function walk(
  engine: SqlEngine,
  centres: readonly string[],
  depth: number,
  options: { until?: string; filter?: RelationFilter } = {},
): Promise<Walk> {
  const distance = new Map<string, number>(centres.map((c) => [c, 0]));
  const relations = new Map<string, RelationRow>();
  let frontier = [...new Set(centres)];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    if (options.until !== undefined && distance.has(options.until)) break;
    const next: string[] = [];
    for (const r of await relationsTouching(engine, frontier, options.filter)) {
      relations.set(r.key, r);
      for (const end of [r.source, r.target]) {
        if (!distance.has(end)) {
          distance.set(end, level + 1);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  return { distance, relations };
}

/** A ball read from the store, with each entity's distance from the nearest centre. */
export interface Ball {
  graph: KnowledgeGraph;
  distance: Map<string, number>;
}

/**
 * The entities within `depth` hops of `centres` (edges taken either way) and every relation of the
 * entities nearer than `depth`, as a graph.
 */
export async function ball(engine: SqlEngine, centres: readonly string[], depth: number): Promise<Ball> {
  const { distance, relations } = await walk(engine, centres, depth);
  const graph = await graphFromRows(engine, distance.keys(), [...relations.values()]);
  return { graph, distance };
}

/** The entities whose label or an alias is `wanted` or holds all of its words, or whose key it is. */
async function candidates(engine: SqlEngine, query: string): Promise<string[]> {
  const wanted = normalizeName(query);
  const keys = [query];
  const slash = query.indexOf('/');
  if (slash > 0) {
    const kind = query.slice(0, slash).toLowerCase();
    if ((ENTITY_KINDS as readonly string[]).includes(kind))
      keys.push(nodeKey(kind as EntityKind, query.slice(slash + 1)));
  }
  const exact = await engine.query<{ key: string }>(
    `SELECT key FROM kg.entities WHERE key = ANY($1::text[])
     UNION ALL
     SELECT entity_key FROM kg.aliases WHERE norm = $2`,
    [keys, wanted],
  );
  // a key, label or alias equal to the query outranks every match by words (findEntity's ranks)
  if (exact.length > 0) return exact.map((r) => r.key);
  const rows = await engine.query<{ key: string }>(
    'SELECT DISTINCT entity_key AS key FROM kg.aliases WHERE words @> $1::text[]',
    [wanted === '' ? ['\u0000'] : [...new Set(wanted.split(' '))]],
  );
  return rows.map((r) => r.key);
}

/**
 * findEntity over the store: the same answer (and the same suggestions) as over the whole graph.
 * The candidates sharing a name or every word with the query are read first; only a close spelling
 * or a miss needs every entity's names.
 * @throws NotFoundError as findEntity does.
 */
export async function findStoredEntity(engine: SqlEngine, query: string): Promise<EntityMatch> {
  const near = await graphFromRows(engine, await candidates(engine, query), []);
  try {
    const match = findEntity(near, query);
    if (match.matchedBy !== 'fuzzy') return match;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  return findEntity(await everyEntity(engine), query);
}

/** Every entity, without documents or relations: what a fuzzy search reads. */
async function everyEntity(engine: SqlEngine): Promise<KnowledgeGraph> {
  const graph = await graphFromRows(engine, [], []);
  const rows = await engine.query<{
    key: string;
    kind: EntityKind;
    label: string;
    aliases: string[];
    titles: string[];
    mentions: number;
  }>('SELECT key, kind, label, aliases, titles, mentions FROM kg.entities ORDER BY seq');
  for (const n of rows) graph.addNode(n.key, { ...n, docs: [] });
  return graph;
}
