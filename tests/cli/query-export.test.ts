/**
 * kg query and kg export
 *
 * Builds the sample article once, then asks it questions (neighbors, entity, between, path, as
 * JSON and as a table), exports it to every format and reads each back, and checks the errors for
 * an unknown name and for a file that is not a graph.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../graph/index.ts';
import { fixture, runKg, SAMPLE, scratch, spawnKg, tempFiles } from './helpers.ts';

const { dir, cleanup } = scratch();
const graphFile = join(dir, 'sample.json');
afterAll(cleanup);
beforeAll(async () => {
  const r = await runKg(['build', SAMPLE, '-o', graphFile, '--quiet']);
  expect(r.stderr).toBe('');
});

describe('kg query', () => {
  // Waits on the extraction pipeline: plain compromise finds no relations.
  it('neighbors Khamenei --json lists al-Kazemi (met_with) and the United States (accused)', async () => {
    const r = await runKg(['query', graphFile, 'neighbors', 'Khamenei', '--json']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.entity.kind).toBe('person');
    const rows = answer.neighbors.map((n: { label: string; relation: string }) => `${n.relation} ${n.label}`);
    expect(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^met_with Mustafa al.Kazemi$/i)]));
    expect(rows).toContain('accused United States');
    for (const n of answer.neighbors) expect(n.evidence.length).toBeGreaterThan(0);
  });

  it('prints a table by default', async () => {
    const r = await runKg(['query', graphFile, 'neighbors', 'khamenei']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Neighbors of .*Khamenei \(person/);
    expect(r.stdout).toMatch(/NEIGHBOR\s+KIND\s+RELATION\s+DIR\s+WEIGHT\s+EVIDENCE/);
  });

  // Waits on "Ayatollah Khamenei" being a known name (extraction aliases or findEntity titles).
  it('matches a name with its title, words given unquoted', async () => {
    const r = await runKg(['query', graphFile, 'neighbors', 'ayatollah', 'khamenei']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Neighbors of .*Khamenei \(person/);
  });

  it('entity, between and path answer in JSON', async () => {
    const entity = JSON.parse((await runKg(['query', graphFile, 'entity', 'Al Kazemi', '--json'])).stdout);
    expect(entity.attributes.kind).toBe('person');
    expect(entity.attributes.label).toMatch(/Kazemi/);

    const between = await runKg(['query', graphFile, 'between', 'Khamenei', 'al-Kazemi', '--json']);
    expect(between.code).toBe(0);
    expect(JSON.parse(between.stdout).a.label).toMatch(/Khamenei/);

    const path = await runKg(['query', graphFile, 'path', 'Khamenei', 'Iraq', '--json']);
    expect(path.code).toBe(0);
    const { nodes, edges } = JSON.parse(path.stdout);
    expect(nodes[0].label).toMatch(/Khamenei/);
    expect(nodes.at(-1).label).toBe('Iraq');
    expect(edges).toHaveLength(nodes.length - 1);
  });

  it('between prints each sentence, and who said it where the sentence names a speaker', async () => {
    const r = await runKg(['query', graphFile, 'between', 'Khamenei', 'United States']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/accused/);
    expect(r.stdout).toMatch(/\(reported by [^)]*Khamenei\)/);
  });

  it('--relation filters neighbors', async () => {
    const r = await runKg(['query', graphFile, 'neighbors', 'Khamenei', '--relation', 'met with', '--json']);
    expect(r.code).toBe(0);
    for (const n of JSON.parse(r.stdout).neighbors) expect(n.relation).toBe('met_with');
  });

  it('an unknown name exits 1 with suggestions (real process)', () => {
    const r = spawnKg(['query', graphFile, 'neighbors', 'Khamenie']);
    // "Khamenie" is close enough for the fuzzy match; a name far from everything fails.
    expect([0, 1]).toContain(r.code);
    const miss = spawnKg(['query', graphFile, 'neighbors', 'Bremmer', 'Paulson']);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toMatch(
      /^kg: no entity named "Bremmer Paulson" in .*sample\.json(; did you mean: .+\?)?\n$/,
    );
  });

  it.each([
    ['not-a-graph.json', /not-a-graph\.json: /],
    ['not-a-graph.gexf', /not-a-graph\.gexf: /],
    ['article.txt', /article\.txt: /],
  ])('a file that is not a graph (%s) exits 1 naming it', async (name, message) => {
    const r = await runKg(['query', fixture(name), 'entity', 'Iran']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^kg: .*${message.source}`));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('kg export', () => {
  it.each(['json', 'gexf', 'graphml'])(
    'writes %s that reads back with every node and edge',
    async (format) => {
      const out = join(dir, `export.${format}`);
      const r = await runKg(['export', graphFile, '--format', format, '-o', out]);
      expect(r.code).toBe(0);
      const original = parseGraphFile(readFileSync(graphFile, 'utf8'), graphFile);
      const back = parseGraphFile(readFileSync(out, 'utf8'), out);
      expect(back.order).toBe(original.order);
      expect(back.size).toBe(original.size);
      if (format === 'json') expect(readFileSync(out, 'utf8')).toBe(readFileSync(graphFile, 'utf8'));
    },
  );

  it('writes csv as a folder with nodes.csv and edges.csv', async () => {
    const out = join(dir, 'csv');
    const r = await runKg(['export', graphFile, '--format', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    const nodes = readFileSync(join(out, 'nodes.csv'), 'utf8').trim().split('\n');
    const edges = readFileSync(join(out, 'edges.csv'), 'utf8').trim().split('\n');
    const graph = parseGraphFile(readFileSync(graphFile, 'utf8'), graphFile);
    expect(nodes[0]).toMatch(/^id:ID,label,:LABEL/);
    expect(edges[0]).toMatch(/^:START_ID,:END_ID,:TYPE/);
    expect(nodes.length - 1).toBe(graph.order);
    expect(tempFiles(out)).toEqual([]);
  });

  it('exports from GEXF input, the format taken from the extension', async () => {
    const gexf = join(dir, 'export.gexf');
    await runKg(['export', graphFile, '-o', gexf]);
    const r = await runKg(['export', gexf, '-o', join(dir, 'again.graphml')]);
    expect(r.code).toBe(0);
  });

  it('a file that is not a graph exits 1 and writes nothing', async () => {
    const out = join(dir, 'never.gexf');
    const r = await runKg(['export', fixture('not-a-graph.json'), '--format', 'gexf', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: .*not-a-graph\.json: /);
    expect(() => readFileSync(out)).toThrow();
  });
});
