/**
 * Reading rows back into a graph
 *
 * Turns stored rows into a graphology KnowledgeGraph identical to the one GraphBuilder makes from
 * the same documents: entities in creation order with their sorted aliases, titles and documents,
 * relations in creation order with their evidence in the order it was merged, and each edge's
 * confidence the highest of its evidence's. Queries and exports
 * then run graph/'s own code on what was read.
 */

import { edgeConfidence } from '../../graph/confidence.ts';
import { createGraph } from '../../graph/create.ts';
import type { RelationType } from '../../graph/relations.ts';
import type {
  DocumentInfo,
  EdgeAttributes,
  EntityKind,
  Evidence,
  KnowledgeGraph,
} from '../../graph/types.ts';
import type { SqlEngine } from './engine.ts';

/** A relation row without its evidence. */
export interface RelationRow {
  key: string;
  source: string;
  target: string;
  seq: number;
  relation: RelationType;
  undirected: boolean;
  label: string;
  weight: number;
  role: string | null;
}

export const RELATION_COLUMNS = 'key, source, target, seq, relation, undirected, label, weight, role';

/** Rows as the engines return them: bigint may come as a string. */
export function relationRows(rows: readonly Record<string, unknown>[]): RelationRow[] {
  return rows.map((r) => ({ ...(r as unknown as RelationRow), seq: Number(r.seq) }));
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A graph of the entities `keys` (those that exist) and the relations `relations`, whose endpoints
 * must be among `keys`; with the documents `documents` as its graph attribute.
 */
export async function graphFromRows(
  engine: SqlEngine,
  keys: Iterable<string>,
  relations: readonly RelationRow[],
  documents: DocumentInfo[] = [],
): Promise<KnowledgeGraph> {
  const graph = createGraph();
  graph.setAttribute('documents', documents);
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return graph;
  const nodes = await engine.query<{
    key: string;
    kind: EntityKind;
    label: string;
    aliases: string[];
    titles: string[];
    mentions: number;
    docs: string[] | null;
  }>(
    `SELECT e.key, e.kind, e.label, e.aliases, e.titles, e.mentions,
       (SELECT array_agg(m.doc_id) FROM kg.mentions m WHERE m.entity_key = e.key) AS docs
     FROM kg.entities e WHERE e.key = ANY($1::text[]) ORDER BY e.seq`,
    [wanted],
  );
  for (const n of nodes) {
    graph.addNode(n.key, {
      label: n.label,
      kind: n.kind,
      aliases: n.aliases,
      titles: n.titles,
      mentions: n.mentions,
      docs: [...new Set(n.docs ?? [])].sort(byCodeUnit),
    });
  }
  const evidence = await evidenceOf(engine, relations);
  for (const r of [...relations].sort((a, b) => a.seq - b.seq)) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || graph.hasEdge(r.key)) continue;
    const attributes: EdgeAttributes = {
      relation: r.relation,
      label: r.label,
      weight: r.weight,
      confidence: edgeConfidence(evidence.get(r.key) ?? []),
      evidence: evidence.get(r.key) ?? [],
    };
    if (r.role !== null) attributes.role = r.role;
    if (r.undirected) graph.addUndirectedEdgeWithKey(r.key, r.source, r.target, attributes);
    else graph.addDirectedEdgeWithKey(r.key, r.source, r.target, attributes);
  }
  return graph;
}

/** The evidence of each relation, in merge order. */
async function evidenceOf(
  engine: SqlEngine,
  relations: readonly RelationRow[],
): Promise<Map<string, Evidence[]>> {
  const out = new Map<string, Evidence[]>();
  const unique = [...new Map(relations.map((r) => [r.key, r])).values()];
  if (unique.length === 0) return out;
  const rows = await engine.query<{
    edge_key: string;
    doc_id: string;
    sentence: string;
    start: number;
    end: number;
    trigger: string;
    trigger_start: number;
    trigger_end: number;
    source_start: number;
    source_end: number;
    target_start: number;
    target_end: number;
    negated: boolean;
    hedged: boolean;
    reported: boolean;
    confidence: number | null;
    speaker_start: number | null;
    speaker_end: number | null;
  }>(
    `SELECT v.edge_key, v.doc_id, v.sentence, v.start, v."end", v.trigger, v.trigger_start,
       v.trigger_end, v.source_start, v.source_end, v.target_start, v.target_end,
       v.negated, v.hedged, v.reported, v.confidence, v.speaker_start, v.speaker_end
     FROM unnest($1::text[], $2::text[]) AS w(source, key)
     JOIN kg.evidence v ON v.source = w.source AND v.edge_key = w.key
     ORDER BY v.seq`,
    [unique.map((r) => r.source), unique.map((r) => r.key)],
  );
  for (const v of rows) {
    const e: Evidence = {
      docId: v.doc_id,
      sentence: v.sentence,
      start: v.start,
      end: v.end,
      trigger: v.trigger,
      triggerSpan: [v.trigger_start, v.trigger_end],
      sourceSpan: [v.source_start, v.source_end],
      targetSpan: [v.target_start, v.target_end],
    };
    if (v.negated) e.negated = true;
    if (v.hedged) e.hedged = true;
    if (v.reported) e.reported = true;
    if (v.speaker_start !== null && v.speaker_end !== null) e.speakerSpan = [v.speaker_start, v.speaker_end];
    // double precision comes back as a number (pg and PGlite alike)
    if (v.confidence !== null) e.confidence = Number(v.confidence);
    const list = out.get(v.edge_key);
    if (list === undefined) out.set(v.edge_key, [e]);
    else list.push(e);
  }
  return out;
}

/** Every stored document, in merge order. */
export async function storedDocumentInfo(engine: SqlEngine): Promise<DocumentInfo[]> {
  const rows = await engine.query<{
    id: string;
    hash: string | null;
    title: string | null;
    url: string | null;
    date: string | null;
  }>('SELECT id, hash, title, url, date FROM kg.documents ORDER BY seq');
  return rows.map((r) => {
    const doc: DocumentInfo = { id: r.id };
    if (r.title !== null) doc.title = r.title;
    if (r.url !== null) doc.url = r.url;
    if (r.date !== null) doc.date = r.date;
    if (r.hash !== null) doc.hash = r.hash;
    return doc;
  });
}
