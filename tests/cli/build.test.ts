/**
 * kg build and kg extract
 *
 * Builds from every kind of input (a .txt file, a folder searched recursively, a .jsonl file,
 * stdin), checks document ids, the written outputs and the summary, and the line format of
 * `kg extract`. The real process is spawned for the sample article; the rest runs in-process.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../graph/index.ts';
import { fixture, runKg, SAMPLE, scratch, spawnKg, tempFiles } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

const docIds = (path: string) =>
  parseGraphFile(readFileSync(path, 'utf8'), path)
    .getAttribute('documents')
    .map((d) => d.id);

describe('kg build', () => {
  it('builds the sample article into JSON, GEXF, GraphML and CSV (real process)', () => {
    const out = join(dir, 'sample.json');
    const r = spawnKg([
      'build',
      SAMPLE,
      '-o',
      out,
      '--gexf',
      join(dir, 'sample.gexf'),
      '--graphml',
      join(dir, 'sample.graphml'),
      '--csv',
      join(dir, 'csv'),
    ]);
    expect(r.stderr).toMatch(/Built 1 document/);
    expect(r.stderr).toMatch(/entities\s+\d+: .*person \d+/);
    expect(r.code).toBe(0);
    const graph = parseGraphFile(readFileSync(out, 'utf8'), out);
    expect(graph.order).toBeGreaterThan(5);
    expect(docIds(out)).toEqual(['iran-iraq-meeting.txt']);
    for (const f of ['sample.gexf', 'sample.graphml', 'csv/nodes.csv', 'csv/edges.csv']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(readFileSync(join(dir, 'csv', 'nodes.csv'), 'utf8')).toMatch(/^id:ID,/);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('reads a folder recursively, in a stable order, ids relative to the folder', async () => {
    const out = join(dir, 'folder.json');
    const r = await runKg(['build', fixture('corpus'), '-o', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(docIds(out)).toEqual(['a.txt', 'more/b.md']);
  });

  it('reads JSONL records with their ids and metadata, skipping blank lines', async () => {
    const out = join(dir, 'jsonl.json');
    const r = await runKg(['build', fixture('docs.jsonl'), fixture('article.txt'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Built 4 documents/);
    const docs = parseGraphFile(readFileSync(out, 'utf8'), out).getAttribute('documents');
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'article.txt']);
    expect(docs[0]?.title).toBe('Nairobi talks');
    expect(docs[1]?.url).toBe('https://example.org/d2');
  });

  it('reads stdin with - (real process)', () => {
    const out = join(dir, 'stdin.json');
    const r = spawnKg(['build', '-', '-o', out, '--quiet'], {
      input: readFileSync(fixture('article.txt'), 'utf8'),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(docIds(out)).toEqual(['stdin']);
  });

  it('needs an output', async () => {
    const r = await runKg(['build', fixture('article.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kg: .*needs an output/);
  });
});

describe('kg extract', () => {
  it('prints one JSON line per document with entities, mentions and relations', async () => {
    const r = await runKg(['extract', fixture('docs.jsonl')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const texts = readFileSync(fixture('docs.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text as string);
    lines.forEach((line, i) => {
      const record = JSON.parse(line);
      expect(Object.keys(record)).toEqual(['id', 'entities', 'mentions', 'relations']);
      for (const e of record.entities)
        expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'kind', 'label', 'aliases']));
      for (const m of record.mentions) {
        expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'kind', 'entity', 'form']);
        expect(texts[i]!.slice(m.start, m.end)).toBe(m.text);
      }
      for (const rel of record.relations) {
        for (const ev of rel.evidence) {
          expect(ev).toMatchObject({
            start: expect.any(Number),
            end: expect.any(Number),
            trigger: expect.any(String),
          });
          expect(ev.sourceSpan).toHaveLength(2);
          expect(ev.targetSpan).toHaveLength(2);
        }
      }
    });
  });

  it('writes -o atomically', async () => {
    const out = join(dir, 'extract.jsonl');
    const r = await runKg(['extract', fixture('article.txt'), '-o', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).id).toBe('article.txt');
    expect(tempFiles(dir)).toEqual([]);
  });
});
