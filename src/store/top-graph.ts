/**
 * The overview of a store
 *
 * What `kg view --db` opens with: the most mentioned entities (ties by key) and the relations among
 * them, with the documents they come from — a graph a browser can draw whatever the store's size.
 * The user's expansions then load ego graphs (export-graph.ts) one entity at a time.
 */

import type { KnowledgeGraph } from '../../graph/types.ts';
import type { SqlEngine } from './engine.ts';
import { graphFromRows, RELATION_COLUMNS, relationRows, storedDocumentInfo } from './read-graph.ts';

/** Entities in the overview by default. */
export const DEFAULT_TOP = 300;

/** The `limit` most mentioned entities and the relations among them. */
export async function topGraph(engine: SqlEngine, limit = DEFAULT_TOP): Promise<KnowledgeGraph> {
  const keys = (
    await engine.query<{ key: string }>('SELECT key FROM kg.entities ORDER BY mentions DESC, key LIMIT $1', [
      limit,
    ])
  ).map((r) => r.key);
  const relations = relationRows(
    await engine.query(
      `SELECT ${RELATION_COLUMNS} FROM kg.relations
       WHERE source = ANY($1::text[]) AND target = ANY($1::text[])`,
      [keys],
    ),
  );
  const graph = await graphFromRows(engine, keys, relations);
  const docIds = new Set(graph.mapNodes((_k, a) => a.docs).flat());
  graph.setAttribute(
    'documents',
    (await storedDocumentInfo(engine)).filter((d) => docIds.has(d.id)),
  );
  return graph;
}
