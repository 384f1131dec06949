/**
 * Exporting from the store
 *
 * The graph `kg export --db` writes: the whole store, or the ego graph of one entity (the entities
 * within `depth` hops and the relations among them, as graph/query's egoGraph makes), keeping only
 * the relations of at least `minWeight` evidence and of one type when asked. Without a filter every
 * entity is kept; with one, the entities the kept relations join.
 */

import type { RelationType } from '../../graph/relations.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import type { SqlEngine } from './engine.ts';
import { graphFromRows, RELATION_COLUMNS, relationRows, storedDocumentInfo } from './read-graph.ts';
import { findStoredEntity, relationsTouching, walk } from './subgraph.ts';

/** What to export. */
export interface ExportSelection {
  /** An entity's name: export its ego graph. */
  ego?: string;
  /** Hops of the ego graph. @default 1 */
  depth?: number;
  /** Only relations with at least this many evidence sentences. @default 0 */
  minWeight?: number;
  /** Only this relation type. */
  relation?: RelationType;
}

/**
 * Reads the selected part of the store as a graph.
 * @throws NotFoundError when `ego` matches no entity.
 */
export async function storedGraph(
  engine: SqlEngine,
  selection: ExportSelection = {},
): Promise<KnowledgeGraph> {
  const filter = { minWeight: selection.minWeight, relation: selection.relation };
  const filtered = selection.minWeight !== undefined || selection.relation !== undefined;
  const documents = await storedDocumentInfo(engine);
  if (selection.ego !== undefined) {
    const centre = (await findStoredEntity(engine, selection.ego)).key;
    const { distance } = await walk(engine, [centre], selection.depth ?? 1, { filter });
    const inside = [...distance.keys()];
    const relations = (await relationsTouching(engine, inside, filter)).filter(
      (r) => distance.has(r.source) && distance.has(r.target),
    );
    const graph = await graphFromRows(engine, inside, relations);
    const docIds = new Set(graph.mapNodes((_k, a) => a.docs).flat());
    graph.setAttribute(
      'documents',
      documents.filter((d) => docIds.has(d.id)),
    );
    return graph;
  }
  const relations = relationRows(
    await engine.query(
      `SELECT ${RELATION_COLUMNS} FROM kg.relations
       WHERE weight >= $1 AND ($2::text IS NULL OR relation = $2::text)`,
      [filter.minWeight ?? 0, filter.relation ?? null],
    ),
  );
  const keys = filtered
    ? relations.flatMap((r) => [r.source, r.target])
    : (await engine.query<{ key: string }>('SELECT key FROM kg.entities')).map((r) => r.key);
  return graphFromRows(engine, keys, relations, documents);
}
