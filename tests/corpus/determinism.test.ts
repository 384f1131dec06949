/**
 * Same output whatever the number of workers
 *
 * A few dozen generated documents of very different lengths (so the workers finish out of order)
 * are built with one worker thread and with two: the JSON files must be byte for byte the same,
 * because results are merged in input order (into.test.ts compares no worker thread with one). And the reorder window
 * really bounds how far reading runs ahead of merging.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../graph/index.ts';
import { extractInOrder, textHash } from '../../src/corpus/ordered.ts';
import { ExtractionPool } from '../../src/corpus/pool.ts';
import { kg, newsDocs, scratch, writeJsonl } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

describe('kg build --workers', () => {
  it('writes the same bytes with 1 worker and with 2', { timeout: 120_000 }, async () => {
    const docs = newsDocs(24, 7);
    const input = join(dir, 'corpus.jsonl');
    writeJsonl(input, docs);
    const outputs: string[] = [];
    for (const workers of ['1', '2']) {
      const out = join(dir, `w${workers}.json`);
      const r = await kg(['build', input, '-o', out, '--workers', workers]);
      expect(r.stderr).toMatch(/^Built 24 documents in/);
      expect(r.code).toBe(0);
      outputs.push(readFileSync(out, 'utf8'));
    }
    expect(outputs[1]).toBe(outputs[0]);

    const graph = parseGraphFile(outputs[0]!, 'w1.json');
    const documents = graph.getAttribute('documents');
    expect(documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect(documents[0]?.hash).toBe(textHash(docs[0]!.text));
    expect(graph.order).toBeGreaterThan(10);
    expect(graph.size).toBeGreaterThan(5);
  });
});

describe('extractInOrder', () => {
  it('reads no more than the window ahead of the consumer, and yields in input order', async () => {
    const docs = newsDocs(16, 9, 3);
    let read = 0;
    async function* source() {
      for (const doc of docs) {
        read++;
        yield doc;
      }
    }
    const pool = new ExtractionPool({ workers: 2 });
    const ahead: number[] = [];
    const ids: string[] = [];
    try {
      for await (const result of extractInOrder(source(), pool, { window: 3 })) {
        ahead.push(read - ids.length);
        ids.push(result.id);
        expect(result.known).toBe(false);
        if (!result.known) expect(result.outcome.ok).toBe(true);
      }
    } finally {
      await pool.close();
    }
    expect(ids).toEqual(docs.map((d) => d.id));
    expect(Math.max(...ahead)).toBeLessThanOrEqual(3);
  });
});
