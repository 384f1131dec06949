/**
 * The graph a question needs
 *
 * For `kg query --db`: resolves the question's names in the store and reads the smallest subgraph on
 * which graph/query gives the answer it gives on the whole graph — the ball of `depth` hops for
 * neighbors, one hop for entity, the pair and their relations for between, and for path the balls of
 * both ends out to their distance.
 */

import type { EntityMatch } from '../../graph/query/types.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import type { SqlEngine } from './engine.ts';
import { graphFromRows, RELATION_COLUMNS, relationRows } from './read-graph.ts';
import { ball, findStoredEntity, walk } from './subgraph.ts';

export type Question = 'neighbors' | 'entity' | 'between' | 'path';

/** A subgraph and the entities the question's names resolved to (in the order of the names). */
export interface QuestionGraph {
  graph: KnowledgeGraph;
  matches: EntityMatch[];
}

/**
 * Reads what `question` about `names` needs (`depth`: hops of neighbors).
 * @throws NotFoundError when a name matches no entity.
 */
export async function questionGraph(
  engine: SqlEngine,
  question: Question,
  names: readonly string[],
  depth: number,
): Promise<QuestionGraph> {
  const found: EntityMatch[] = [];
  for (const name of names) found.push(await findStoredEntity(engine, name));
  const keys = found.map((m) => m.key);
  let graph: KnowledgeGraph;
  if (question === 'neighbors' || question === 'entity') {
    graph = (await ball(engine, keys, question === 'entity' ? 1 : depth)).graph;
  } else if (question === 'between') {
    const [a, b] = keys as [string, string];
    const rows = await engine.query(
      `SELECT ${RELATION_COLUMNS} FROM kg.relations
       WHERE (source = $1 AND target = $2) OR (source = $2 AND target = $1)`,
      [a, b],
    );
    graph = await graphFromRows(engine, [a, b], relationRows(rows));
  } else {
    const [a, b] = keys as [string, string];
    const reach = await walk(engine, [a], Number.POSITIVE_INFINITY, { until: b });
    const hops = reach.distance.get(b);
    // not connected: the pair alone, on which shortestPath answers null
    graph =
      hops === undefined ? await graphFromRows(engine, [a, b], []) : (await ball(engine, [a, b], hops)).graph;
  }
  const matches = found.map((m) => ({ ...m, attributes: graph.getNodeAttributes(m.key) }));
  return { graph, matches };
}
