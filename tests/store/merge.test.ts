/**
 * The store merges as GraphBuilder does: a synthetic corpus in which half of every document's
 * entities were seen before (the graph benchmark's), written in batches of several sizes, reads back
 * as exactly the graph GraphBuilder makes of it, evidence and edge confidences included.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder, graphToJSON } from '../../graph/index.ts';
import type { DocGraphInput } from '../../graph/types.ts';
import { generatedDocuments } from '../../scripts/bench/graphs.ts';
import { openStore, type SqlEngine, storedGraph, writeBatch } from '../../src/store/index.ts';
import { ENGINES, type TestStore } from './helpers.ts';

// two of every three evidence records carry a confidence, the third none (as rows stored before
// confidences), so evidence and edge confidences are compared too
let count = 0;
const inputs: DocGraphInput[] = [...generatedDocuments(1500, 3)].map((input) => ({
  ...input,
  relations: input.relations.map((r) => ({
    ...r,
    evidence: r.evidence.map((e) => (++count % 3 === 0 ? e : { ...e, confidence: (count % 20) / 20 })),
  })),
}));
const builder = new GraphBuilder();
for (const input of inputs) builder.addDocument(structuredClone(input));
const expected = graphToJSON(builder.graph);

describe.each(ENGINES)('merging into the store on $name', (engine) => {
  let store: TestStore;
  let db: SqlEngine;
  beforeAll(async () => {
    store = await engine.make();
    db = await openStore(store.db, { write: true });
  });
  afterAll(async () => {
    await db?.close();
    await store.drop();
  });

  it('gives GraphBuilder’s graph, whatever the batch sizes', async () => {
    expect(inputs.length).toBeGreaterThan(100);
    let at = 0;
    for (const size of [1, 7, 50, 1000]) {
      const batch: DocGraphInput[] = inputs.slice(at, at + size).map((i) => structuredClone(i));
      const result = await writeBatch(db, batch);
      expect(result.added).toHaveLength(batch.length);
      at += size;
    }
    expect(at).toBeGreaterThanOrEqual(inputs.length);
    const stored = await storedGraph(db);
    expect(graphToJSON(stored)).toBe(expected);
    expect(stored.someEdge((_k, a) => (a.confidence ?? 1) < 1)).toBe(true);
    // the same documents again: nothing changes
    const again = await writeBatch(db, inputs.slice(0, 20));
    expect(again).toEqual({ added: [], known: inputs.slice(0, 20).map((i) => i.doc.id) });
    expect(graphToJSON(await storedGraph(db))).toBe(expected);
  });
});
