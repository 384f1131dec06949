/**
 * The store answers as the graph file does: a corpus merged into PGlite or a server, in two runs and
 * small batches, exports byte for byte the graph one `kg build -o` makes of it; `kg query --db`
 * prints what `kg query graph.json` prints; a second build of the same documents adds nothing;
 * ego, weight and relation exports select what egoGraph and the filters select.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { egoGraph, graphToJSON, parseGraphJSON } from '../../graph/index.ts';
import { runKg, scratch } from '../cli/helpers.ts';
import { CORPORA, ENGINES, PG_URL, type TestStore } from './helpers.ts';

const QUESTIONS: string[][] = [
  ['neighbors', 'Iran'],
  ['neighbors', 'Kadiri', '--depth', '2'],
  ['neighbors', 'United', 'States', '--direction', 'out'],
  ['neighbors', 'Iraq', '--relation', 'supports', '--direction', 'in'],
  ['neighbors', 'Khorvain'],
  ['entity', 'Zarif'],
  ['entity', 'place/iraq'],
  ['between', 'Iran', 'United States'],
  ['between', 'Kadiri', 'Khorvani'],
  ['path', 'Pompeo', 'Dronov'],
  ['path', 'Basra', 'Haddad'],
  ['path', 'Egypt', 'Dronov'],
];

/** The store as messages show it (password hidden). */
const shown = (db: string) => db.replace(/:[^:/@]*@/, ':***@');

describe('the server suite', () => {
  it('runs wherever CI runs (KG_TEST_PG_URL is set by .ci/run)', () => {
    if (process.env.CI) expect(PG_URL, 'KG_TEST_PG_URL must be set in CI').toBeTruthy();
    else if (!PG_URL) console.warn('KG_TEST_PG_URL is not set: the store suites run on PGlite only');
    expect(ENGINES.map((e) => e.name)).toEqual(PG_URL ? ['pglite', 'postgres'] : ['pglite']);
  });
});

describe.each(ENGINES)('store on $name', (engine) => {
  let store: TestStore;
  const tmp = scratch();
  const fileGraph = join(tmp.dir, 'graph.json');
  let order = 0;
  let size = 0;

  beforeAll(async () => {
    store = await engine.make();
    const json = await runKg(['build', ...CORPORA, '-o', fileGraph, '-j', '0', '-q']);
    expect(json.stderr).toBe('');
    // two runs, in batches of three documents: the store must still equal one build
    const first = await runKg(['build', CORPORA[0]!, '--db', store.db, '-j', '0', '--batch', '3', '-q']);
    expect(first.stderr).toBe('');
    const rest = await runKg([
      'build',
      CORPORA[1]!,
      CORPORA[2]!,
      '--db',
      store.db,
      '-j',
      '0',
      '--batch',
      '3',
    ]);
    expect(rest.code, rest.stderr).toBe(0);
    const file = parseGraphJSON(readFileSync(fileGraph, 'utf8'));
    order = file.order;
    size = file.size;
    expect(order).toBeGreaterThan(20);
    expect(rest.stderr).toMatch(
      new RegExp(`Stored 8 documents in [\\s\\S]* 12 documents, ${order} entities, ${size} relations`),
    );
  });
  afterAll(async () => {
    await store.drop();
    tmp.cleanup();
  });

  it('exports the same graph, byte for byte, as a build to a file', async () => {
    const out = join(tmp.dir, 'from-store.json');
    const result = await runKg(['export', '--db', store.db, '-o', out, '-q']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(fileGraph, 'utf8'));
  });

  it.each(QUESTIONS)('answers query %s %s… as the file does', async (...question) => {
    for (const json of [['--json'], []]) {
      const fromFile = await runKg(['query', fileGraph, ...question, ...json]);
      const fromStore = await runKg(['query', '--db', store.db, ...question, ...json]);
      expect(fromStore.code, fromStore.stderr).toBe(fromFile.code);
      expect(fromStore.stdout).toBe(fromFile.stdout);
      expect(fromStore.stderr.replace(shown(store.db), 'FILE')).toBe(
        fromFile.stderr.replace(fileGraph, 'FILE'),
      );
    }
    const plain = await runKg(['query', fileGraph, ...question]);
    expect(plain.stdout + plain.stderr).not.toBe('');
  });

  it('fails on an unknown name as the file does, with the same suggestions', async () => {
    const fromFile = await runKg(['query', fileGraph, 'entity', 'Zarifff', 'Javadd']);
    const fromStore = await runKg(['query', '--db', store.db, 'entity', 'Zarifff', 'Javadd']);
    expect(fromStore.code).toBe(1);
    expect(fromStore.stderr.replace(shown(store.db), 'FILE')).toBe(
      fromFile.stderr.replace(fileGraph, 'FILE'),
    );
  });

  it('adds nothing when the same documents come again (by id or by text)', async () => {
    const again = await runKg(['build', CORPORA[0]!, '--db', store.db, '-j', '0']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/Stored 0 documents [^\n]*\(4 already in the store\)/);
    expect(again.stderr).toMatch(new RegExp(`12 documents, ${order} entities, ${size} relations`));
    // the same texts under other ids
    const renamed = join(tmp.dir, 'renamed.jsonl');
    writeFileSync(renamed, readFileSync(CORPORA[1]!, 'utf8').replaceAll('"id":"south-', '"id":"other-'));
    const other = await runKg(['build', renamed, '--db', store.db, '-j', '0']);
    expect(other.stderr).toMatch(/Stored 0 documents [^\n]*\(4 already in the store\)/);
  });

  it('exports an ego graph as egoGraph cuts it from the file', async () => {
    const out = join(tmp.dir, 'ego.json');
    const result = await runKg([
      'export',
      '--db',
      store.db,
      '--ego',
      'Iraq',
      '--depth',
      '1',
      '-o',
      out,
      '-q',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const full = parseGraphJSON(readFileSync(fileGraph, 'utf8'));
    const expected = graphToJSON(egoGraph(full, 'Iraq', 1));
    expect(readFileSync(out, 'utf8')).toBe(expected);
    expect(parseGraphJSON(expected).order).toBeGreaterThan(5);
    expect(parseGraphJSON(expected).order).toBeLessThan(full.order);
  });

  it('keeps only the relations of the weight and type asked for', async () => {
    const out = join(tmp.dir, 'heavy.json');
    const full = parseGraphJSON(readFileSync(fileGraph, 'utf8'));
    const heavy = full.filterEdges((_e, a) => a.weight >= 2);
    expect(heavy.length).toBeGreaterThan(0);
    await runKg(['export', '--db', store.db, '--min-weight', '2', '-o', out, '-q']);
    const graph = parseGraphJSON(readFileSync(out, 'utf8'));
    expect(graph.edges().sort()).toEqual(heavy.sort());
    const ends = new Set(heavy.flatMap((e) => full.extremities(e)));
    expect(graph.nodes().sort()).toEqual([...ends].sort());

    const meetings = full.filterEdges((_e, a) => a.relation === 'met_with');
    await runKg(['export', '--db', store.db, '--relation', 'met with', '-o', out, '-q']);
    expect(parseGraphJSON(readFileSync(out, 'utf8')).edges().sort()).toEqual(meetings.sort());
  });

  it('writes the other formats from the store', async () => {
    const csv = join(tmp.dir, 'csv');
    const result = await runKg(['export', '--db', store.db, '--format', 'csv', '-o', csv]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(`Exported ${order} entities and ${size} relations`);
    expect(readFileSync(join(csv, 'edges.csv'), 'utf8').trim().split('\n')).toHaveLength(size + 1);
  });
});
