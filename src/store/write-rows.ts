/**
 * Writing a batch's rows
 *
 * One statement per table for the whole batch: the rows travel as one JSON array each and are
 * expanded by jsonb_to_recordset, so a batch of fifty documents costs a handful of round trips.
 * Entities and relations are upserted (their merged fields replace the stored ones), names keep
 * their first owner, mentions add up, evidence and aliases are inserted once.
 */

import { normalizeName } from '../../graph/keys.ts';
import type { DocumentInfo } from '../../graph/types.ts';
import type { BatchTarget, EdgeRow } from './batch-target.ts';
import type { SqlEngine } from './engine.ts';

/** Writes the documents and every row the batch changed. */
export async function writeRows(
  engine: SqlEngine,
  target: BatchTarget,
  documents: readonly { seq: number; doc: DocumentInfo }[],
): Promise<void> {
  const run = async (sql: string, rows: readonly unknown[]) => {
    if (rows.length > 0) await engine.query(sql, [JSON.stringify(rows)]);
  };
  await run(
    `INSERT INTO kg.documents (id, seq, hash, title, url, date)
     SELECT id, seq, hash, title, url, date FROM jsonb_to_recordset($1::jsonb)
       AS x(id text, seq bigint, hash text, title text, url text, date text)`,
    documents.map(({ seq, doc }) => ({ seq, ...doc })),
  );
  await run(
    `INSERT INTO kg.document_hashes (hash, doc_id)
     SELECT hash, doc_id FROM jsonb_to_recordset($1::jsonb) AS x(hash text, doc_id text)
     ON CONFLICT (hash) DO NOTHING`,
    documents.filter((d) => d.doc.hash !== undefined).map((d) => ({ hash: d.doc.hash, doc_id: d.doc.id })),
  );
  const nodes = [...target.nodes.values()].filter((n) => n.dirty);
  await run(
    `INSERT INTO kg.entities (key, seq, kind, label, aliases, titles, mentions)
     SELECT key, seq, kind, label, aliases, titles, mentions FROM jsonb_to_recordset($1::jsonb)
       AS x(key text, seq bigint, kind text, label text, aliases text[], titles text[], mentions integer)
     ON CONFLICT (key) DO UPDATE SET label = EXCLUDED.label, aliases = EXCLUDED.aliases,
       titles = EXCLUDED.titles, mentions = EXCLUDED.mentions`,
    nodes.map((n) => ({ key: n.key, seq: n.seq, ...n.attributes })),
  );
  await run(
    `INSERT INTO kg.aliases (entity_key, norm, words)
     SELECT entity_key, norm, words FROM jsonb_to_recordset($1::jsonb)
       AS x(entity_key text, norm text, words text[])
     ON CONFLICT (entity_key, norm) DO NOTHING`,
    nodes.flatMap((n) =>
      [...new Set([n.attributes.label, ...n.attributes.aliases].map(normalizeName))]
        .filter((norm) => norm !== '')
        .map((norm) => ({ entity_key: n.key, norm, words: [...new Set(norm.split(' '))] })),
    ),
  );
  await run(
    `INSERT INTO kg.names (index_key, entity_key)
     SELECT index_key, entity_key FROM jsonb_to_recordset($1::jsonb) AS x(index_key text, entity_key text)
     ON CONFLICT (index_key) DO NOTHING`,
    target.newNames.map(([index_key, entity_key]) => ({ index_key, entity_key })),
  );
  await run(
    `INSERT INTO kg.mentions (entity_key, doc_id, count)
     SELECT entity_key, doc_id, count FROM jsonb_to_recordset($1::jsonb)
       AS x(entity_key text, doc_id text, count integer)
     ON CONFLICT (entity_key, doc_id) DO UPDATE SET count = kg.mentions.count + EXCLUDED.count`,
    [...target.mentions.values()].map((m) => ({ entity_key: m.entity, doc_id: m.doc, count: m.count })),
  );
  const edges = [...target.edges.values()].filter((e): e is EdgeRow => e?.dirty === true);
  await run(
    `INSERT INTO kg.relations (source, key, seq, relation, target, undirected, label, weight, role)
     SELECT source, key, seq, relation, target, undirected, label, weight, role
     FROM jsonb_to_recordset($1::jsonb) AS x(source text, key text, seq bigint, relation text,
       target text, undirected boolean, label text, weight integer, role text)
     ON CONFLICT (source, key) DO UPDATE SET weight = EXCLUDED.weight, role = EXCLUDED.role`,
    edges.map((e) => ({
      source: e.source,
      key: e.key,
      seq: e.seq,
      relation: e.relation,
      target: e.target,
      undirected: e.undirected,
      label: e.label,
      weight: e.weight,
      role: e.role ?? null,
    })),
  );
  await run(
    `INSERT INTO kg.evidence (source, edge_key, seq, doc_id, sentence, start, "end", trigger,
       trigger_start, trigger_end, source_start, source_end, target_start, target_end,
       negated, hedged, reported, confidence, speaker_start, speaker_end)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(source text, edge_key text, seq bigint,
       doc_id text, sentence text, start integer, "end" integer, trigger text, trigger_start integer,
       trigger_end integer, source_start integer, source_end integer, target_start integer,
       target_end integer, negated boolean, hedged boolean, reported boolean, confidence double precision,
       speaker_start integer, speaker_end integer)
     ON CONFLICT DO NOTHING`,
    edges.flatMap((e) =>
      e.added.map(({ seq, evidence: v }) => ({
        source: e.source,
        edge_key: e.key,
        seq,
        doc_id: v.docId,
        sentence: v.sentence,
        start: v.start,
        end: v.end,
        trigger: v.trigger,
        trigger_start: v.triggerSpan[0],
        trigger_end: v.triggerSpan[1],
        source_start: v.sourceSpan[0],
        source_end: v.sourceSpan[1],
        target_start: v.targetSpan[0],
        target_end: v.targetSpan[1],
        negated: v.negated === true,
        hedged: v.hedged === true,
        reported: v.reported === true,
        confidence: v.confidence ?? null,
        speaker_start: v.speakerSpan?.[0] ?? null,
        speaker_end: v.speakerSpan?.[1] ?? null,
      })),
    ),
  );
}
