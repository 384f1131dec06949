/**
 * kg view --db: the page's `/graph` is the store's most mentioned entities with the relations among
 * them, and `/api/neighbourhood` answers an entity's ego graph as egoGraph cuts it from the file;
 * an unknown entity or path is a 404.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { egoGraph, graphToJSON, parseGraphJSON } from '../../graph/index.ts';
import { type StoreSource, storeSource } from '../../src/cli/commands/view-db.ts';
import { serveView } from '../../src/server/serve.ts';
import { runKg, scratch } from '../cli/helpers.ts';
import { CORPORA, ENGINES, type TestStore } from './helpers.ts';

describe.each(ENGINES)('kg view --db on $name', (engine) => {
  let store: TestStore;
  let source: StoreSource;
  let server: { url: string; close(): Promise<void> };
  const tmp = scratch();
  const fileGraph = join(tmp.dir, 'graph.json');

  beforeAll(async () => {
    store = await engine.make();
    expect((await runKg(['build', ...CORPORA, '-o', fileGraph, '-j', '0', '-q'])).code).toBe(0);
    expect((await runKg(['build', ...CORPORA, '--db', store.db, '-j', '0', '-q'])).code).toBe(0);
    const ctx = { env: {} } as Parameters<typeof storeSource>[2];
    source = await storeSource(store.db, 10, ctx);
    server = await serveView({ source, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await source?.close();
    await store.drop();
    tmp.cleanup();
  });

  it('opens with the most mentioned entities and the relations among them', async () => {
    const response = await fetch(`${server.url}graph`);
    expect(response.status).toBe(200);
    // The page expands entities through /api/neighbourhood when the graph says it is part of a store.
    expect(response.headers.get('X-Graph-Source')).toBe('store');
    const top = parseGraphJSON(await response.text());
    const full = parseGraphJSON(readFileSync(fileGraph, 'utf8'));
    const expected = full
      .nodes()
      .sort(
        (a, b) =>
          full.getNodeAttribute(b, 'mentions') - full.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1),
      )
      .slice(0, 10);
    expect(top.nodes().sort()).toEqual(expected.sort());
    const among = full.filterEdges((_e, _a, s, t) => expected.includes(s) && expected.includes(t));
    expect(top.edges().sort()).toEqual(among.sort());
    expect(top.size).toBeGreaterThan(0);
  });

  it('loads one neighbourhood on demand', async () => {
    const response = await fetch(`${server.url}api/neighbourhood?entity=Kadiri&depth=1`);
    expect(response.status).toBe(200);
    const full = parseGraphJSON(readFileSync(fileGraph, 'utf8'));
    expect(await response.text()).toBe(graphToJSON(egoGraph(full, 'Kadiri', 1)));
  });

  it('answers 404 for an unknown entity or path', async () => {
    expect((await fetch(`${server.url}api/neighbourhood?entity=Nobody%20Atall`)).status).toBe(404);
    expect((await fetch(`${server.url}api/elsewhere`)).status).toBe(404);
  });
});
