/**
 * Three `kg build` processes at once on one store: on a server they extract in parallel and merge
 * one batch at a time; on a PGlite directory they take turns. Either way every document ends up in
 * the store once, and the store is exactly the graph a single build makes of the three corpora in
 * the order their batches committed — nothing lost, nothing duplicated.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphJSON } from '../../graph/index.ts';
import { runKg, scratch } from '../cli/helpers.ts';
import { CORPORA, ENGINES, spawnKgAsync, type TestStore } from './helpers.ts';

describe.each(ENGINES)('three concurrent builds on $name', (engine) => {
  let store: TestStore;
  const tmp = scratch();
  beforeAll(async () => {
    store = await engine.make();
  });
  afterAll(async () => {
    await store.drop();
    tmp.cleanup();
  });

  it('store every document once, as one build in commit order would', async () => {
    const runs = await Promise.all(
      CORPORA.map((corpus) => spawnKgAsync(['build', corpus, '--db', store.db, '-j', '0', '-q'])),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);

    const exported = join(tmp.dir, 'store.json');
    const result = await runKg(['export', '--db', store.db, '-o', exported, '-q']);
    expect(result.code, result.stderr).toBe(0);
    const graph = parseGraphJSON(readFileSync(exported, 'utf8'));
    const ids = graph.getAttribute('documents').map((d) => d.id);
    expect([...ids].sort()).toEqual(
      ['east', 'north', 'south'].flatMap((c) => [1, 2, 3, 4].map((n) => `${c}-${n}`)).sort(),
    );

    // each corpus is one batch: the store's document order is the order the batches committed
    const order = [...new Set(ids.map((id) => id.split('-')[0]))];
    const serial = join(tmp.dir, 'serial.json');
    const inputs = order.map((c) => CORPORA.find((p) => p.endsWith(`${c}.jsonl`))!);
    await runKg(['build', ...inputs, '-o', serial, '-j', '0', '-q']);
    expect(readFileSync(exported, 'utf8')).toBe(readFileSync(serial, 'utf8'));
  });
});
