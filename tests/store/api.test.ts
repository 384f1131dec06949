/**
 * The public store API (`kg-builder/store`, src/store/api.ts)
 *
 * On PGlite and on the server: documents ingested through `ingest` make the store `kg build -o`
 * would have written as a file (byte for byte through `storedGraph`), a second ingestion adds
 * nothing, `storedNeighbors` answers as `neighbors` does on the file's graph, an unknown name fails
 * with findEntity's suggestions; and every misuse (bad address, read-only or closed store, bad
 * options, a document without text) is a typed error with its code.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findEntity,
  graphToJSON,
  KgError,
  type KnowledgeGraph,
  NotFoundError,
  neighbors,
  parseGraphJSON,
  UsageError,
} from '../../graph/index.ts';
import {
  closeStore,
  ingest,
  openStore,
  type Store,
  StoreError,
  storeCounts,
  storedGraph,
  storedNeighbors,
} from '../../src/store/api.ts';
import type { SourceDoc } from '../../src/types.ts';
import { runKg, scratch } from '../cli/helpers.ts';
import { CORPORA, ENGINES, type TestStore } from './helpers.ts';

/** The documents of a JSONL corpus fixture. */
function documents(file: string): SourceDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SourceDoc);
}

/** The error `fn` rejects with. */
async function rejection(fn: () => Promise<unknown>): Promise<KgError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return error as KgError;
  }
  throw new Error('expected a rejection');
}

const QUESTIONS: [string, Parameters<typeof neighbors>[2]][] = [
  ['Iran', {}],
  ['Mustafa al-Kadiri', { depth: 2 }],
  ['United States', { direction: 'out' }],
  ['Iraq', { relation: 'supports', direction: 'in' }],
  ['Khorvain', {}],
];

describe.each(ENGINES)('kg-builder/store on $name', (engine) => {
  let made: TestStore;
  let store: Store;
  let file: KnowledgeGraph;
  let fileJson: string;
  const tmp = scratch();

  beforeAll(async () => {
    made = await engine.make();
    const out = join(tmp.dir, 'graph.json');
    const built = await runKg(['build', ...CORPORA, '-o', out, '-j', '0', '-q']);
    expect(built.stderr).toBe('');
    fileJson = readFileSync(out, 'utf8');
    file = parseGraphJSON(fileJson);
    store = await openStore(made.db, { write: true });
  });
  afterAll(async () => {
    await closeStore(store);
    await made.drop();
    tmp.cleanup();
  });

  it('ingests a corpus into what kg build -o writes, byte for byte', async () => {
    expect(store).toMatchObject({ kind: engine.name, writable: true });
    expect(store.name).not.toMatch(/kgpass/);
    const seen: number[] = [];
    // an async source for the first corpus, an array for the others; small batches
    async function* first() {
      yield* documents(CORPORA[0]!);
    }
    const a = await ingest(store, first(), {
      workers: 0,
      batch: 3,
      onProgress: (p) => seen.push(p.documents),
    });
    expect(a).toEqual({ documents: 4, added: 4, known: 0, repeated: 0, failed: 0, words: a.words });
    expect(a.words).toBeGreaterThan(100);
    expect(seen).toEqual([1, 2, 3, 4]);
    const rest = [...documents(CORPORA[1]!), ...documents(CORPORA[2]!)];
    const b = await ingest(store, rest, { workers: 1, batch: 5 });
    expect(b).toMatchObject({ documents: 8, added: 8, known: 0 });
    expect(graphToJSON(await storedGraph(store))).toBe(fileJson);
    expect(await storeCounts(store)).toEqual({
      documents: 12,
      entities: file.order,
      relations: file.size,
      evidence: file.reduceEdges((n, _e, attributes) => n + attributes.evidence.length, 0),
    });
  });

  it('adds nothing when the same documents come again, or within one call', async () => {
    const docs = documents(CORPORA[1]!);
    const again = await ingest(store, [...docs, { ...docs[0]!, id: 'same-text-new-id' }], { workers: 0 });
    expect(again).toMatchObject({ documents: 5, added: 0, known: 5 });
    const fresh = await ingest(store, ['Egypt accused Israel.', 'Egypt accused Israel.'], { workers: 0 });
    expect(fresh).toMatchObject({ documents: 2, added: 1, repeated: 1 });
    const ids = (await storedGraph(store)).getAttribute('documents').map((d) => d.id);
    expect(ids.slice(-1)).toEqual(['doc-1']);
    expect((await storeCounts(store)).documents).toBe(13);
  });

  it.each(QUESTIONS)('storedNeighbors(%s) answers as neighbors does on the file', async (name, options) => {
    const answer = await storedNeighbors(store, name, options);
    const match = findEntity(file, name);
    expect(answer.entity.key).toBe(match.key);
    expect(answer.entity.matchedBy).toBe(match.matchedBy);
    const rows = neighbors(file, match.key, options);
    expect(rows.length).toBeGreaterThan(0);
    expect(answer.neighbors).toEqual(rows);
    // the evidence of each row is in the subgraph returned with it
    for (const n of answer.neighbors) {
      expect(answer.graph.getEdgeAttribute(n.edge, 'evidence')).toEqual(
        file.getEdgeAttribute(n.edge, 'evidence'),
      );
    }
  });

  it('fails on an unknown name with the suggestions findEntity gives', async () => {
    const error = await rejection(() => storedNeighbors(store, 'Zarifff Javadd'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('NOT_FOUND');
    let expected: NotFoundError | undefined;
    try {
      findEntity(file, 'Zarifff Javadd');
    } catch (e) {
      expected = e as NotFoundError;
    }
    expect(expected).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(expected!.message);
    expect((error as NotFoundError).suggestions).toEqual(expected!.suggestions);
  });

  it('reads an ego graph and a weight cut', async () => {
    const ego = await storedGraph(store, { ego: 'Iraq', depth: 1 });
    const iraq = findEntity(file, 'Iraq').key;
    expect(ego.hasNode(iraq)).toBe(true);
    expect(ego.order).toBe(file.neighbors(iraq).length + 1);
    const heavy = await storedGraph(store, { minWeight: 2 });
    expect(heavy.size).toBeGreaterThan(0);
    heavy.forEachEdge((_e, attributes) => expect(attributes.weight).toBeGreaterThanOrEqual(2));
    expect(heavy.size).toBeLessThan(file.size);
  });

  it('refuses bad options, documents without text, and a read-only or closed store', async () => {
    const bad = [
      () => ingest(store, [{ id: 'x' } as SourceDoc], { workers: 0 }),
      () => ingest(store, [{ text: 'No id.' } as SourceDoc], { workers: 0 }),
      () => ingest(store, [], { batch: 0 }),
      () => ingest(store, [], { workers: -1 }),
      () => storedNeighbors(store, 'Iran', { depth: 0 }),
      () => storedGraph(store, { relation: 'likes' as 'accused' }),
    ];
    for (const call of bad) expect((await rejection(call)).code).toBe('USAGE');
  });

  it('opens read-only by default: it answers, and refuses to ingest', async () => {
    const other = await engine.make();
    try {
      const writer = await openStore(other.db, { write: true });
      await ingest(writer, ['Iran accused Iraq.'], { workers: 0 });
      await closeStore(writer);
      const reader = await openStore(other.db);
      try {
        expect(reader.writable).toBe(false);
        const error = await rejection(() => ingest(reader, ['Iran accused Egypt.'], { workers: 0 }));
        expect(error).toBeInstanceOf(UsageError);
        expect(error.message).toMatch(/read-only/);
        const near = await storedNeighbors(reader, 'Iran');
        expect(near.neighbors.map((n) => [n.relation, n.label])).toEqual([['accused', 'Iraq']]);
      } finally {
        await closeStore(reader);
      }
    } finally {
      await other.drop();
    }
  });

  it('closes once; a closed store is a usage error', async () => {
    const other = await engine.make();
    try {
      const s = await openStore(other.db, { write: true });
      await closeStore(s);
      await closeStore(s);
      const error = await rejection(() => storeCounts(s));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(/closed/);
      // closed means released: it opens again, read-only now, and is empty
      const again = await openStore(other.db);
      expect(await storeCounts(again)).toEqual({ documents: 0, entities: 0, relations: 0, evidence: 0 });
      await closeStore(again);
    } finally {
      await other.drop();
    }
  });
});

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-api-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an address that is no store address, and bad options (USAGE)', async () => {
    for (const address of ['mysql://localhost/kg', 'pglite:', './kg-db']) {
      const error = await rejection(() => openStore(address));
      expect(error).toBeInstanceOf(UsageError);
    }
    expect((await rejection(() => openStore(`pglite:${dir}/a`, { waitSeconds: -1 }))).code).toBe('USAGE');
  });

  it('finds no store where there is none, without creating one (NOT_FOUND)', async () => {
    const error = await rejection(() => openStore(`pglite:${join(dir, 'missing')}`));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('NOT_FOUND');
    expect(() => readFileSync(join(dir, 'missing', 'PG_VERSION'))).toThrow();
  });

  it('names an unreachable server without its password (IO)', async () => {
    const error = await rejection(() => openStore('postgres://kg:secret@127.0.0.1:1/kg'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('IO');
    expect(error.message).toContain('postgres://kg:***@127.0.0.1:1/kg');
    expect(error.message).not.toContain('secret');
  });

  it('waits for a PGlite directory another Store holds, then fails naming it (IO)', async () => {
    const db = `pglite:${join(dir, 'held')}`;
    const holder = await openStore(db, { write: true });
    try {
      const error = await rejection(() => openStore(db, { waitSeconds: 0 }));
      expect(error).toBeInstanceOf(StoreError);
      expect(error.code).toBe('IO');
      expect(error.message).toContain(db);
    } finally {
      await closeStore(holder);
    }
  });
});
