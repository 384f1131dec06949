/**
 * Printing query answers
 *
 * Turns graph/query's typed results into the tables and JSON `kg query` prints. Tables show one
 * row per edge with the first evidence sentence shortened; JSON carries the full evidence, so a
 * script can trace every answer to its sentences.
 */

import { speakerText } from '../../../graph/evidence.ts';
import type { EdgeView, EntityMatch, Neighbor, PathResult } from '../../../graph/index.ts';
import type { EdgeAttributes, KnowledgeGraph } from '../../../graph/types.ts';
import { type Align, evidenceExcerpt, formatTable, plural, shorten } from '../../format.ts';

const ARROW = { out: '→', in: '←', undirected: '—' } as const;
const SENTENCE_WIDTH = 90;

function firstSentence(attributes: EdgeAttributes | undefined, width = SENTENCE_WIDTH): string {
  const ev = attributes?.evidence[0];
  return ev ? evidenceExcerpt(ev, width) : '';
}

function title(match: EntityMatch): string {
  return `${match.attributes.label} (${match.attributes.kind}, ${match.key})`;
}

/** The neighbors table. */
export function formatNeighbors(graph: KnowledgeGraph, match: EntityMatch, rows: Neighbor[]): string {
  const head = `Neighbors of ${title(match)}: ${rows.length}`;
  if (rows.length === 0) return head;
  const deep = rows.some((r) => r.depth > 1);
  const headers = [
    'NEIGHBOR',
    'KIND',
    'RELATION',
    'DIR',
    'WEIGHT',
    ...(deep ? ['DEPTH', 'VIA'] : []),
    'EVIDENCE',
  ];
  const body = rows.map((r) => [
    r.label,
    r.kind,
    r.relation,
    ARROW[r.direction],
    String(r.weight),
    ...(deep ? [String(r.depth), r.via ? labelOf(graph, r.via) : ''] : []),
    firstSentence(graph.hasEdge(r.edge) ? graph.getEdgeAttributes(r.edge) : undefined),
  ]);
  const align = headers.map((h): Align => (h === 'WEIGHT' || h === 'DEPTH' ? 'right' : 'left'));
  return `${head}\n\n${formatTable(headers, body, align)}`;
}

/** The neighbors answer as JSON: the entity, then each neighbor with its edge's evidence. */
export function neighborJson(graph: KnowledgeGraph, match: EntityMatch, rows: Neighbor[]) {
  return {
    entity: { key: match.key, label: match.attributes.label, kind: match.attributes.kind },
    neighbors: rows.map((r) => ({
      ...r,
      evidence: graph.hasEdge(r.edge) ? graph.getEdgeAttribute(r.edge, 'evidence') : [],
    })),
  };
}

/** Everything about one entity: names, documents and a count of its relations. */
export function formatEntity(graph: KnowledgeGraph, match: EntityMatch): string {
  const a = match.attributes;
  const lines = [
    `${a.label}`,
    `  key        ${match.key}`,
    `  kind       ${a.kind}`,
    `  aliases    ${a.aliases.join(', ') || '-'}`,
    `  titles     ${(a.titles ?? []).join(', ') || '-'}`,
    `  mentions   ${a.mentions}`,
    `  documents  ${plural(a.docs.length, 'document')}: ${shorten(a.docs.join(', '), 100)}`,
  ];
  const edges = edgesOf(graph, match.key);
  lines.push(`  relations  ${edges.length}`);
  if (edges.length > 0) {
    const rows = edges.map((e) => [
      e.attributes.relation,
      ARROW[e.direction],
      labelOf(graph, e.other),
      String(e.attributes.weight),
      firstSentence(e.attributes, 70),
    ]);
    const align: Align[] = ['left', 'left', 'left', 'right', 'left'];
    lines.push('', formatTable(['RELATION', 'DIR', 'WITH', 'WEIGHT', 'EVIDENCE'], rows, align));
  }
  return lines.join('\n');
}

/** The entity answer as JSON. */
export function entityJson(graph: KnowledgeGraph, match: EntityMatch) {
  return {
    key: match.key,
    matchedBy: match.matchedBy,
    attributes: match.attributes,
    relations: edgesOf(graph, match.key).map((e) => ({
      edge: e.key,
      relation: e.attributes.relation,
      direction: e.direction,
      other: e.other,
      otherLabel: labelOf(graph, e.other),
      weight: e.attributes.weight,
    })),
  };
}

/** The relations between two entities, each with all its evidence sentences. */
export function formatBetween(
  graph: KnowledgeGraph,
  a: EntityMatch,
  b: EntityMatch,
  edges: EdgeView[],
): string {
  const head = `Relations between ${title(a)} and ${title(b)}: ${edges.length}`;
  if (edges.length === 0) return head;
  const lines = [head];
  for (const e of edges) lines.push('', edgeLine(graph, e), ...evidenceLines(e.attributes));
  return lines.join('\n');
}

/** The shortest path, hop by hop, each with its first evidence sentence. */
export function formatPath(graph: KnowledgeGraph, path: PathResult): string {
  const lines = [
    `Path of ${plural(path.edges.length, 'hop')}: ${path.nodes.map((n) => labelOf(graph, n)).join(' → ')}`,
  ];
  for (const e of path.edges) lines.push('', edgeLine(graph, e), ...evidenceLines(e.attributes, 1));
  return lines.join('\n');
}

/** The path answer as JSON. */
export function pathJson(graph: KnowledgeGraph, path: PathResult) {
  return {
    nodes: path.nodes.map((key) => ({
      key,
      label: labelOf(graph, key),
      kind: graph.getNodeAttribute(key, 'kind'),
    })),
    edges: path.edges,
  };
}

function edgeLine(graph: KnowledgeGraph, e: EdgeView): string {
  const arrow = e.undirected ? '—' : '→';
  const role = e.attributes.role ? ` (${e.attributes.role})` : '';
  return `${labelOf(graph, e.source)} ${arrow}${e.attributes.relation}${arrow} ${labelOf(graph, e.target)}${role}  weight ${e.attributes.weight}`;
}

function evidenceLines(attributes: EdgeAttributes, max = Number.POSITIVE_INFINITY): string[] {
  const shown = attributes.evidence.slice(0, max);
  const lines = shown.map((ev) => {
    const speaker = ev.reported ? speakerText(ev) : undefined;
    return `  [${ev.docId}] ${evidenceExcerpt(ev, 160)}${speaker ? `  (reported by ${speaker})` : ''}`;
  });
  const more = attributes.evidence.length - shown.length;
  if (more > 0) lines.push(`  … ${plural(more, 'more sentence')}`);
  return lines;
}

function labelOf(graph: KnowledgeGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

interface EntityEdge {
  key: string;
  other: string;
  direction: 'out' | 'in' | 'undirected';
  attributes: EdgeAttributes;
}

/** Every edge touching `key`, sorted by relation, then the other entity's label. */
function edgesOf(graph: KnowledgeGraph, key: string): EntityEdge[] {
  const out: EntityEdge[] = [];
  graph.forEachEdge(key, (edge, attributes, source, target, _s, _t, undirected) => {
    const other = source === key ? target : source;
    const direction = undirected ? 'undirected' : source === key ? 'out' : 'in';
    out.push({ key: edge, other, direction, attributes });
  });
  return out.sort(
    (x, y) =>
      x.attributes.relation.localeCompare(y.attributes.relation) ||
      labelOf(graph, x.other).localeCompare(labelOf(graph, y.other)),
  );
}
