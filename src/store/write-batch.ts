/**
 * Merging a batch of documents into the store
 *
 * One transaction per batch. It first takes the store's ingest lock (a transaction-level advisory
 * lock), so several `kg build` processes on one server extract in parallel but merge one batch at a
 * time: nothing is lost, no entity is created twice, and sequence numbers follow commit order. Then
 * documents already stored (same id or same text hash) are dropped, each remaining document is
 * merged by graph/merge's rules into the rows it touches, and the rows are written back. A failure
 * rolls the whole batch back.
 */

import { cloneDocumentInfo } from '../../graph/evidence.ts';
import { mergeEntities, mergeRelation, validateInput } from '../../graph/merge.ts';
import type { DocGraphInput, DocumentInfo } from '../../graph/types.ts';
import { BatchTarget } from './batch-target.ts';
import { type SqlEngine, transaction } from './engine.ts';
import { loadEdgeRows, loadEntityRows } from './load-rows.ts';
import { writeRows } from './write-rows.ts';

/** Advisory lock key of ingestion ('kg' 'in'). */
export const INGEST_LOCK = 0x6b67696e;

/** What a batch did with each document: merged, or already in the store. */
export interface BatchResult {
  added: string[];
  known: string[];
}

/**
 * Merges `inputs` (valid extraction results, each doc carrying its text hash) into the store.
 * @throws BadInputError (before writing anything) when an input is malformed; the engine's error
 *   when the database fails (the batch is rolled back).
 */
export async function writeBatch(engine: SqlEngine, inputs: readonly DocGraphInput[]): Promise<BatchResult> {
  for (const input of inputs) validateInput(input);
  return transaction(engine, async () => {
    await engine.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const ids = inputs.map((i) => i.doc.id);
    const hashes = inputs.flatMap((i) => (i.doc.hash === undefined ? [] : [i.doc.hash]));
    const knownIds = new Set(
      (
        await engine.query<{ id: string }>('SELECT id FROM kg.documents WHERE id = ANY($1::text[])', [ids])
      ).map((r) => r.id),
    );
    const knownHashes = new Set(
      (
        await engine.query<{ hash: string }>(
          'SELECT hash FROM kg.document_hashes WHERE hash = ANY($1::text[])',
          [hashes],
        )
      ).map((r) => r.hash),
    );
    const [max] = await engine.query<
      Record<'entity' | 'relation' | 'evidence' | 'document', string | number>
    >(
      `SELECT (SELECT coalesce(max(seq), 0) FROM kg.entities) AS entity,
              (SELECT coalesce(max(seq), 0) FROM kg.relations) AS relation,
              (SELECT coalesce(max(seq), 0) FROM kg.evidence) AS evidence,
              (SELECT coalesce(max(seq), 0) FROM kg.documents) AS document`,
    );
    const target = new BatchTarget({
      entity: Number(max?.entity) + 1,
      relation: Number(max?.relation) + 1,
      evidence: Number(max?.evidence) + 1,
      document: Number(max?.document) + 1,
    });
    const result: BatchResult = { added: [], known: [] };
    const fresh: DocGraphInput[] = [];
    for (const input of inputs) {
      const { doc } = input;
      if (knownIds.has(doc.id) || (doc.hash !== undefined && knownHashes.has(doc.hash))) {
        result.known.push(doc.id);
        continue;
      }
      knownIds.add(doc.id);
      if (doc.hash !== undefined) knownHashes.add(doc.hash);
      fresh.push(input);
    }
    // Every document's entities, then every document's relations, each in document order: the
    // same result as one document after the other (entity merging never reads an edge, and a
    // document's edge keys are fixed once its entities are merged), with the rows loaded once.
    await loadEntityRows(engine, target, fresh);
    const keys = fresh.map((input) => mergeEntities(target, input));
    await loadEdgeRows(engine, target, fresh, keys);
    const documents: { seq: number; doc: DocumentInfo }[] = [];
    fresh.forEach((input, i) => {
      for (const relation of input.relations) mergeRelation(target, relation, keys[i]!);
      documents.push({ seq: target.seq.document++, doc: cloneDocumentInfo(input.doc) });
      result.added.push(input.doc.id);
    });
    await writeRows(engine, target, documents);
    return result;
  });
}
