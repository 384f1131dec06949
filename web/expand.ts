/**
 * Expanding a neighbourhood
 *
 * Merges an entity's neighbourhood, fetched from the store (`kg view --db`), into the graph the page
 * shows. Both come from the same store, so keys agree: a node already shown keeps its attributes
 * (and its place), a new node is put on a ring around the expanded entity so the layout stays
 * where it was, and a relation already shown gains the evidence it lacked, each sentence once
 * (graph/evidence's identity, as the merge rules count it), its weight at least the evidence count. Pure
 * graphology: no DOM, no sigma (sigma follows the graph's events).
 */

import { cloneDocumentInfo, cloneEvidence, evidenceId } from '../graph/evidence.ts';
import type { DocumentInfo, Evidence, KnowledgeGraph } from '../graph/types.ts';

/** What a merge added. */
export interface Merged {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** Existing relations that gained evidence. */
  readonly extended: readonly string[];
}

/** Typical distance between linked entities: the mean length of (up to 500) edges; 10 when none. */
function edgeLength(graph: KnowledgeGraph): number {
  let total = 0;
  let n = 0;
  for (const { source, target, sourceAttributes: s, targetAttributes: t } of graph.edgeEntries()) {
    if (n >= 500) break;
    const a = s as { x?: number; y?: number };
    const b = t as { x?: number; y?: number };
    if (typeof a.x !== 'number' || typeof b.x !== 'number' || source === target) continue;
    total += Math.hypot(a.x - b.x, (a.y ?? 0) - (b.y ?? 0));
    n++;
  }
  return n > 0 && total > 0 ? total / n : 10;
}

/**
 * Merges `incoming` (an ego graph of `centre`) into `graph`, in place. New nodes are placed around
 * `centre` in key order (golden-angle spiral), so the same expansion always lands the same way.
 */
export function mergeNeighbourhood(graph: KnowledgeGraph, incoming: KnowledgeGraph, centre: string): Merged {
  const at = graph.hasNode(centre) ? (graph.getNodeAttributes(centre) as { x?: number; y?: number }) : {};
  const cx = typeof at.x === 'number' ? at.x : 0;
  const cy = typeof at.y === 'number' ? at.y : 0;
  const radius = edgeLength(graph);
  const nodes = incoming
    .nodes()
    .filter((n) => !graph.hasNode(n))
    .sort();
  nodes.forEach((node, i) => {
    const angle = i * 2.399963229728653;
    const r = radius * (0.8 + 0.4 * ((i % 3) / 2));
    graph.addNode(node, {
      ...incoming.getNodeAttributes(node),
      x: cx + r * Math.cos(angle),
      y: cy + r * Math.sin(angle),
    });
  });
  const edges: string[] = [];
  const extended: string[] = [];
  for (const edge of incoming.edges().sort()) {
    const attrs = incoming.getEdgeAttributes(edge);
    const evidence = Array.isArray(attrs.evidence) ? attrs.evidence : [];
    if (!graph.hasEdge(edge)) {
      const source = incoming.source(edge);
      const target = incoming.target(edge);
      const copy = { ...attrs, evidence: evidence.map(cloneEvidence) };
      if (incoming.isDirected(edge)) graph.addDirectedEdgeWithKey(edge, source, target, copy);
      else graph.addUndirectedEdgeWithKey(edge, source, target, copy);
      edges.push(edge);
      continue;
    }
    const current: Evidence[] = graph.getEdgeAttribute(edge, 'evidence') ?? [];
    const known = new Set(current.map(evidenceId));
    const fresh = evidence.filter((e) => !known.has(evidenceId(e)) && known.add(evidenceId(e)));
    if (fresh.length === 0) continue;
    const union = [...current, ...fresh.map(cloneEvidence)];
    const role = graph.getEdgeAttribute(edge, 'role') === undefined ? attrs.role : undefined;
    const weight = Math.max(
      union.length,
      Number(graph.getEdgeAttribute(edge, 'weight')) || 0,
      Number(attrs.weight) || 0,
    );
    graph.mergeEdgeAttributes(edge, { evidence: union, weight, ...(role ? { role } : {}) });
    extended.push(edge);
  }
  mergeDocuments(graph, incoming.getAttribute('documents'));
  return { nodes, edges, extended };
}

/** Adds the documents `graph` does not list yet (by id), keeping its order. */
function mergeDocuments(graph: KnowledgeGraph, incoming: readonly DocumentInfo[] | undefined): void {
  if (!Array.isArray(incoming) || incoming.length === 0) return;
  const current: DocumentInfo[] = graph.getAttribute('documents') ?? [];
  const ids = new Set(current.map((d) => d.id));
  const fresh = incoming.filter((d) => !ids.has(d.id)).map(cloneDocumentInfo);
  if (fresh.length) graph.setAttribute('documents', [...current, ...fresh]);
}
