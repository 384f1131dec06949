/**
 * kg build --into
 *
 * Adding documents to an existing graph: documents already there (same id, or same text under
 * another id) are not added twice and are counted in the summary; the graph is written back in
 * place by default, or to -o leaving the original untouched; and adding in two steps gives the
 * same bytes as building everything at once.
 */

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../graph/index.ts';
import { kg, newsDocs, scratch, writeJsonl } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

describe('kg build --into', () => {
  it('adds new documents, skips known ones and matches a one-step build', async () => {
    const docs = newsDocs(10, 11, 2);
    const first = join(dir, 'week1.jsonl');
    const second = join(dir, 'week2.jsonl');
    const all = join(dir, 'all.jsonl');
    writeJsonl(first, docs.slice(0, 6));
    // Week 2 repeats doc-5 (same id) and doc-6's text under a new id, then four new documents.
    writeJsonl(second, [docs[4]!, { ...docs[5]!, id: 'copy-of-6' }, ...docs.slice(6)]);
    writeJsonl(all, docs);

    const graph = join(dir, 'graph.json');
    const once = join(dir, 'once.json');
    // Extracting in this thread (--workers 0) where the pool is not the point keeps the test short.
    expect((await kg(['build', first, '-o', graph, '--workers', '0'])).code).toBe(0);
    copyFileSync(graph, join(dir, 'week1.json'));
    expect((await kg(['build', all, '-o', once, '--workers', '0', '--quiet'])).code).toBe(0);

    // -o elsewhere: the --into file stays as it was.
    const copy = join(dir, 'copy.json');
    const elsewhere = await kg(['build', second, '--into', graph, '-o', copy, '--workers', '1']);
    expect(elsewhere.code).toBe(0);
    expect(readFileSync(graph, 'utf8')).toBe(readFileSync(join(dir, 'week1.json'), 'utf8'));

    const r = await kg(['build', second, '--into', graph, '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Added 4 documents to .*graph\.json \(2 already in the graph\) in/);
    const merged = readFileSync(graph, 'utf8');
    expect(merged).toBe(readFileSync(copy, 'utf8'));
    expect(merged).toBe(readFileSync(once, 'utf8'));
    const ids = parseGraphFile(merged, graph)
      .getAttribute('documents')
      .map((d) => d.id);
    expect(ids).toEqual(docs.map((d) => d.id));

    // Once more: nothing new, still written, still the same.
    const again = await kg(['build', all, '--into', graph, '--workers', '1']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^Added 0 documents to .*\(10 already in the graph\)/);
    expect(readFileSync(graph, 'utf8')).toBe(merged);
  });

  it('names an --into graph that cannot be read, and wants -o for a graph that is not JSON', async () => {
    const missing = await kg(['build', join(dir, 'week1.jsonl'), '--into', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^kg: .*nope\.json: no such file/);
    const gexf = await kg(['build', join(dir, 'week1.jsonl'), '--into', join(dir, 'g.gexf')]);
    expect(gexf.code).toBe(2);
    expect(gexf.stderr).toMatch(/^kg: --into .*g\.gexf: only a \.json graph is written back in place/);
  });
});
