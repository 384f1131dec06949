/**
 * Same output whatever the number of workers
 *
 * A few dozen generated documents of very different lengths (so the workers finish out of order)
 * are built with one worker thread, with two, and in the main thread: the three JSON files must be
 * byte for byte the same, because results are merged in input order.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../graph/index.ts';
import { textHash } from '../../src/corpus/ordered.ts';
import { kg, newsDocs, scratch, writeJsonl } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

describe('kg build --workers', () => {
  it('writes the same bytes with 1 worker, 2 workers and none', async () => {
    const docs = newsDocs(36, 7);
    const input = join(dir, 'corpus.jsonl');
    writeJsonl(input, docs);
    const outputs: string[] = [];
    for (const workers of ['1', '2', '0']) {
      const out = join(dir, `w${workers}.json`);
      const r = await kg(['build', input, '-o', out, '--workers', workers]);
      expect(r.stderr).toMatch(/^Built 36 documents in/);
      expect(r.code).toBe(0);
      outputs.push(readFileSync(out, 'utf8'));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);

    const graph = parseGraphFile(outputs[0]!, 'w1.json');
    const documents = graph.getAttribute('documents');
    expect(documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect(documents[0]?.hash).toBe(textHash(docs[0]!.text));
    expect(graph.order).toBeGreaterThan(10);
    expect(graph.size).toBeGreaterThan(5);
  });
});
