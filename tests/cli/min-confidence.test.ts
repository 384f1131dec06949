/**
 * kg build --min-confidence
 *
 * The extraction is wrapped (vi.mock, in-process with --workers 0) so that the sample article's
 * relations carry confidences this test chooses: met_with 0.9, accused 0.4, the first sentence of
 * each leader_of 0.3 and the others 0.8, everything else none (counting as 1). A build then keeps
 * exactly the evidence at or above the minimum, into a file or a store; a bad value is a usage error.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DocGraphInput, KnowledgeGraph } from '../../graph/index.ts';
import { parseGraphJSON } from '../../graph/index.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/extract/confidence.ts';
import { openStore, storedGraph } from '../../src/store/index.ts';
import { runKg, SAMPLE, scratch, spawnKg } from './helpers.ts';

vi.mock('../../src/extract/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/index.ts')>();
  const confidences: Record<string, (i: number) => number | undefined> = {
    met_with: () => 0.9,
    accused: () => 0.4,
    leader_of: (i) => (i === 0 ? 0.3 : 0.8),
  };
  return {
    ...original,
    toGraphInput: (ex: Parameters<typeof original.toGraphInput>[0]): DocGraphInput => {
      const input = original.toGraphInput(ex);
      for (const relation of input.relations) {
        relation.evidence.forEach((e, i) => {
          const c = confidences[relation.relation]?.(i);
          // whatever the extractor says: this test's confidences, or none
          if (c === undefined) delete e.confidence;
          else e.confidence = c;
        });
      }
      return input;
    },
  };
});

const { dir, cleanup } = scratch();
afterAll(cleanup);

async function build(name: string, ...flags: string[]): Promise<KnowledgeGraph> {
  const out = join(dir, `${name}.json`);
  const r = await runKg(['build', SAMPLE, '-o', out, '--workers', '0', '--quiet', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return parseGraphJSON(readFileSync(out, 'utf8'), out);
}

const relationsOf = (graph: KnowledgeGraph) => new Set(graph.mapEdges((_k, a) => a.relation));
const KHAMENEI_LEADS = 'leader_of:person/ali-khamenei->place/iran';

describe('kg build --min-confidence', () => {
  it('keeps everything at the default', async () => {
    expect(DEFAULT_MIN_CONFIDENCE).toBeGreaterThanOrEqual(0);
    const graph = await build('all', '--min-confidence', '0');
    expect(relationsOf(graph)).toContain('accused');
    expect(graph.getEdgeAttribute('accused:person/ali-khamenei->place/united-states', 'confidence')).toBe(
      0.4,
    );
    expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'weight')).toBe(4);
    expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'confidence')).toBe(0.8);
    expect(
      graph.getEdgeAttribute('met_with:person/ali-khamenei--person/mustafa-al-kazemi', 'confidence'),
    ).toBe(0.9);
  });

  it('drops the evidence below the minimum, and the relations left without any', async () => {
    const graph = await build('half', '--min-confidence', '0.5');
    expect(relationsOf(graph)).not.toContain('accused');
    expect(relationsOf(graph)).toContain('met_with');
    // evidence without a confidence counts as 1
    expect(relationsOf(graph)).toContain('attacked');
    expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'weight')).toBe(3);
    expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'evidence').every((e) => e.confidence === 0.8)).toBe(true);
    // the entities stay: they are mentioned whatever is said of them
    expect(graph.hasNode('place/united-states')).toBe(true);
    graph.forEachEdge((_k, a) => expect(a.confidence ?? 1).toBeGreaterThanOrEqual(0.5));
  });

  it('keeps only evidence without a confidence (or at 1) at 1', async () => {
    const graph = await build('one', '--min-confidence=1');
    expect(relationsOf(graph)).not.toContain('met_with');
    expect(relationsOf(graph)).not.toContain('leader_of');
    expect(relationsOf(graph)).toContain('attacked');
  });

  it('applies to a build into a store (--db)', async () => {
    const db = `pglite:${join(dir, 'store')}`;
    const r = await runKg([
      'build',
      SAMPLE,
      '--db',
      db,
      '--workers',
      '0',
      '--quiet',
      '--min-confidence',
      '0.5',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const engine = await openStore(db, { write: false });
    try {
      const graph = await storedGraph(engine);
      expect(relationsOf(graph)).not.toContain('accused');
      expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'weight')).toBe(3);
      expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'confidence')).toBe(0.8);
      expect(graph.getEdgeAttribute(KHAMENEI_LEADS, 'evidence')[0]?.confidence).toBe(0.8);
    } finally {
      await engine.close();
    }
  });

  it.each(['1.5', 'abc', '', 'NaN', '0,5', '-0.1'])('refuses %j as a usage error', async (value) => {
    const r = await runKg(['build', SAMPLE, '-o', join(dir, 'bad.json'), `--min-confidence=${value}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-confidence must be a number 0..1');
  });

  it('exits with 2 and says why (real process)', () => {
    const r = spawnKg(['build', SAMPLE, '-o', join(dir, 'bad.json'), '--min-confidence', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option --min-confidence must be a number 0..1 (got "2")');
  });

  it('is in the help', async () => {
    const r = await runKg(['build', '--help']);
    expect(r.stdout).toMatch(/--min-confidence <x> +leave out evidence whose confidence is below x/);
  });
});
