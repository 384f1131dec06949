/**
 * Loading the rows a document merges into
 *
 * Before a batch is merged, the batch target needs: the owners of its entities' names, those
 * owners' rows, the entity keys its new entities could collide with (`base`, `base-2`…), and after
 * its entities are merged, the rows of the edges its relations land on with the identities of their
 * evidence from these documents. Each is one query over the keys not loaded yet, for the whole batch.
 */

import { evidenceId } from '../../graph/evidence.ts';
import { nodeKey } from '../../graph/keys.ts';
import { entityIndexKeys, relationEdge } from '../../graph/merge.ts';
import type { RelationType } from '../../graph/relations.ts';
import type { DocGraphInput, EntityKind, Evidence } from '../../graph/types.ts';
import type { BatchTarget } from './batch-target.ts';
import type { SqlEngine } from './engine.ts';

/** Loads what merging the entities of `inputs` reads. */
export async function loadEntityRows(
  engine: SqlEngine,
  target: BatchTarget,
  inputs: readonly DocGraphInput[],
): Promise<void> {
  const entities = inputs.flatMap((input) => input.entities);
  const indexKeys = [...new Set(entities.flatMap(entityIndexKeys))].filter((k) => !target.names.has(k));
  if (indexKeys.length > 0) {
    const rows = await engine.query<{ index_key: string; entity_key: string }>(
      'SELECT index_key, entity_key FROM kg.names WHERE index_key = ANY($1::text[])',
      [indexKeys],
    );
    for (const k of indexKeys) target.names.set(k, null);
    for (const row of rows) target.names.set(row.index_key, row.entity_key);
  }
  const owners = new Set<string>();
  for (const k of indexKeys) {
    const owner = target.names.get(k);
    if (owner && !target.nodes.has(owner)) owners.add(owner);
  }
  if (owners.size > 0) {
    const rows = await engine.query<{
      key: string;
      seq: number | string;
      kind: EntityKind;
      label: string;
      aliases: string[];
      titles: string[];
      mentions: number;
    }>(
      'SELECT key, seq, kind, label, aliases, titles, mentions FROM kg.entities WHERE key = ANY($1::text[])',
      [[...owners]],
    );
    for (const row of rows) {
      target.taken.add(row.key);
      target.nodes.set(row.key, {
        key: row.key,
        seq: Number(row.seq),
        attributes: {
          label: row.label,
          kind: row.kind,
          aliases: row.aliases,
          titles: row.titles,
          mentions: row.mentions,
        },
        isNew: false,
        dirty: false,
      });
    }
  }
  const bases = [...new Set(entities.map((e) => nodeKey(e.kind, e.label.trim())))].filter(
    (b) => !target.probedBases.has(b),
  );
  if (bases.length > 0) {
    // `base` itself and `base-<digits>`: the keys freeKey may try. A bytewise range, then a filter.
    const rows = await engine.query<{ key: string }>(
      `SELECT e.key FROM unnest($1::text[]) AS b(base)
       JOIN kg.entities e ON e.key = b.base
         OR (e.key >= b.base || '-0' AND e.key < b.base || '-:'
             AND substr(e.key, length(b.base) + 2) ~ '^[0-9]+$')`,
      [bases],
    );
    for (const b of bases) target.probedBases.add(b);
    for (const row of rows) target.taken.add(row.key);
  }
}

/**
 * Loads the edges the relations of `inputs` merge into (`keys[i]`: the i-th document's entity ids →
 * node keys).
 */
export async function loadEdgeRows(
  engine: SqlEngine,
  target: BatchTarget,
  inputs: readonly DocGraphInput[],
  keys: readonly ReadonlyMap<string, string>[],
): Promise<void> {
  const wanted = new Map<string, string>();
  inputs.forEach((input, i) => {
    for (const relation of input.relations) {
      const edge = relationEdge(relation, keys[i]!);
      if (edge !== null && !target.edges.has(edge.key)) wanted.set(edge.key, edge.source);
    }
  });
  if (wanted.size === 0) return;
  const sources = [...wanted.values()];
  const edgeKeys = [...wanted.keys()];
  const rows = await engine.query<{
    key: string;
    source: string;
    target: string;
    seq: number | string;
    relation: RelationType;
    undirected: boolean;
    label: string;
    weight: number;
    role: string | null;
  }>(
    `SELECT r.key, r.source, r.target, r.seq, r.relation, r.undirected, r.label, r.weight, r.role
     FROM unnest($1::text[], $2::text[]) AS w(source, key)
     JOIN kg.relations r ON r.source = w.source AND r.key = w.key`,
    [sources, edgeKeys],
  );
  for (const k of edgeKeys) target.edges.set(k, null);
  for (const row of rows) {
    target.edges.set(row.key, {
      key: row.key,
      source: row.source,
      target: row.target,
      relation: row.relation,
      undirected: row.undirected,
      label: row.label,
      seq: Number(row.seq),
      weight: row.weight,
      ...(row.role === null ? {} : { role: row.role }),
      isNew: false,
      dirty: false,
      added: [],
    });
  }
  if (rows.length === 0) return;
  const docIds = [
    ...new Set(inputs.flatMap((input) => input.relations.flatMap((r) => r.evidence.map((e) => e.docId)))),
  ];
  const evidence = await engine.query<{
    edge_key: string;
    doc_id: string;
    start: number;
    trigger_start: number;
    trigger_end: number;
  }>(
    `SELECT v.edge_key, v.doc_id, v.start, v.trigger_start, v.trigger_end
     FROM unnest($1::text[], $2::text[]) AS w(source, key)
     JOIN kg.evidence v ON v.source = w.source AND v.edge_key = w.key
     WHERE v.doc_id = ANY($3::text[])`,
    [rows.map((r) => r.source), rows.map((r) => r.key), docIds],
  );
  for (const row of rows) target.evidence.set(row.key, new Set());
  for (const v of evidence) {
    const stored = { docId: v.doc_id, start: v.start, triggerSpan: [v.trigger_start, v.trigger_end] };
    target.evidence.get(v.edge_key)?.add(evidenceId(stored as Evidence));
  }
}
