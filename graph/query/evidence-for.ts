/**
 * Evidence of an edge
 *
 * The sentences behind one edge, in the order they were merged.
 */

import { NotFoundError } from '../errors.ts';
import type { Evidence, KnowledgeGraph } from '../types.ts';

/**
 * Copies of the evidence records of the edge `edgeKey`.
 * @throws NotFoundError when there is no such edge (suggestions: edges of the same relation that share an endpoint's key text).
 * @example
 *   evidenceFor(graph, 'accused:person/tomas-varga->place/chile')[0]?.sentence;
 */
export function evidenceFor(graph: KnowledgeGraph, edgeKey: string): Evidence[] {
  if (!graph.hasEdge(edgeKey)) {
    throw new NotFoundError(`evidenceFor: no edge "${edgeKey}"`, similarEdges(graph, edgeKey));
  }
  return structuredClone(graph.getEdgeAttribute(edgeKey, 'evidence'));
}

/** Up to five edge keys with the same relation prefix whose key shares most characters with `key`. */
function similarEdges(graph: KnowledgeGraph, key: string): string[] {
  const prefix = key.slice(0, key.indexOf(':') + 1);
  if (prefix === '') return [];
  const parts = key.slice(prefix.length).split(/->|--/);
  return graph
    .filterEdges(
      (edge) => edge.startsWith(prefix) && parts.some((part) => part !== '' && edge.includes(part)),
    )
    .slice(0, 5);
}
