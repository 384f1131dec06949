/**
 * CSV for graph databases
 *
 * nodes.csv and edges.csv with Neo4j bulk-import headers (`neo4j-admin database import`): node ids,
 * labels Person / Place / Organization, aliases as a ";"-separated array, relation types in upper
 * case, each edge's weight and confidence; fields quoted per RFC 4180. Symmetric relations are one undirected edge, written once.
 */

import { edgeConfidence } from '../confidence.ts';
import { RELATIONS } from '../relations.ts';
import type { EntityKind, KnowledgeGraph } from '../types.ts';
import { EVIDENCE_SEPARATOR } from './flatten.ts';

/** Header of nodes.csv. */
export const NODES_CSV_HEADER = 'id:ID,label,:LABEL,aliases:string[],mentions:int';
/** Header of edges.csv. */
export const EDGES_CSV_HEADER = ':START_ID,:END_ID,:TYPE,weight:int,confidence:double,evidence';

const NEO4J_LABELS: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
};

/** Neo4j's default array delimiter; it has no escape, so a ";" inside an alias becomes ",". */
const ARRAY_DELIMITER = ';';

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/** The graph as `{ nodes, edges }` CSV texts for Neo4j's bulk importer. */
export function writeCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
  const nodes = [`${NODES_CSV_HEADER}\n`];
  graph.forEachNode((key, a) => {
    const aliases = (a.aliases ?? [])
      .map((alias) => alias.replaceAll(ARRAY_DELIMITER, ','))
      .join(ARRAY_DELIMITER);
    nodes.push(row([key, a.label, NEO4J_LABELS[a.kind] ?? a.kind, aliases, Math.round(a.mentions ?? 0)]));
  });
  const edges = [`${EDGES_CSV_HEADER}\n`];
  graph.forEachEdge((_key, a, source, target) => {
    const type = RELATIONS[a.relation] ? a.relation.toUpperCase() : String(a.relation);
    const evidence = (a.evidence ?? []).map((e) => e.sentence).join(EVIDENCE_SEPARATOR);
    const confidence = a.confidence ?? edgeConfidence(a.evidence ?? []);
    edges.push(row([source, target, type, Math.round(a.weight ?? 0), confidence, evidence]));
  });
  return { nodes: nodes.join(''), edges: edges.join('') };
}
