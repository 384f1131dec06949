/**
 * Size budget of the web view's bundles
 *
 * The built page (web/dist, fresh from tests/global-setup.ts) stays within budget: the page's own
 * chunks under vite's 500 kB warning limit (which web/vite.config.ts must not raise); the one
 * extraction chunk, its extraction worker's, loaded only when text is extracted, under 8.4 MB — it
 * carries the trained models' weights as base64 strings (name tagger 1.07 MB, part-of-speech tagger
 * 1.29 MB, dependency parser 4.51 MB and its word classes 0.2 MB: 5.3 MB as gzipped bytes, under
 * the 6 MB the parser issue allows) and the Phoenix actor tables (452 kB without them), so vite does
 * warn about it; each model's weights in that chunk and in no other (the page never bundles them:
 * the sample graph is prebuilt, sample-graph-*.js); all chunks together under 8.9 MB, or 6.0 MB
 * gzipped. The full world-countries package (flags, coordinates,
 * translations) stays out: the page carries the generated src/data/countries.ts.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const ASSETS = join(ROOT, 'web', 'dist', 'assets');

/** Budgets in bytes (kB = 1,000 bytes, as vite counts). */
const BUDGET = { chunk: 500_000, extractChunk: 8_400_000, total: 8_900_000, totalGzip: 6_000_000 };

const chunks = readdirSync(ASSETS)
  .filter((f) => f.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(join(ASSETS, name)) }));

describe('web/dist bundles', () => {
  it('has the page chunks, the sample graph and one extraction chunk, the worker’s', () => {
    const names = chunks.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('extract'))).toEqual([
      expect.stringMatching(/^extract-worker-[\w-]+\.js$/),
    ]);
    expect(names.some((n) => n.startsWith('main-'))).toBe(true);
    expect(names.filter((n) => n.startsWith('sample-graph-'))).toHaveLength(1);
  });

  it.each([
    ['name tagger', 'ner/weights/ner.ts'],
    ['part-of-speech tagger', 'pos/weights/pos.ts'],
    ['dependency parser', 'parse/weights/parser.ts'],
  ])('ships the %s’s weights once, in the extraction worker’s chunk', (_model, file) => {
    const source = readFileSync(join(ROOT, 'src', file), 'utf8');
    const strings = source.split("'").filter((x) => x.length > 10_000);
    expect(strings.length).toBeGreaterThan(0);
    for (const weights of strings) {
      const mark = weights.slice(5000, 5064);
      const carriers = chunks.filter((c) => c.code.includes(mark)).map((c) => c.name);
      expect(carriers).toEqual([expect.stringMatching(/^extract-worker-/)]);
    }
  });

  it.each(chunks.map((c) => [c.name, c.code.length] as const))(
    '%s (%i bytes) is under its chunk budget',
    (name, size) => {
      expect(size).toBeLessThan(name.startsWith('extract') ? BUDGET.extractChunk : BUDGET.chunk);
    },
  );

  it('stays under the total budget, raw and gzipped', () => {
    const total = chunks.reduce((sum, c) => sum + c.code.length, 0);
    const gzip = chunks.reduce((sum, c) => sum + gzipSync(c.code).length, 0);
    const rows = chunks.map((c) => `${c.name} ${c.code.length} (${gzipSync(c.code).length} gzipped)`);
    console.log(`web/dist/assets, ${total} bytes (${gzip} gzipped):\n  ${rows.join('\n  ')}`);
    expect(total).toBeLessThan(BUDGET.total);
    expect(gzip).toBeLessThan(BUDGET.totalGzip);
  });

  it('carries the slim countries table, not the world-countries package', () => {
    const all = chunks.map((c) => c.code.toString('utf8')).join('\n');
    expect(all).toContain('Islamic Republic of Iran');
    expect(all).not.toMatch(/\bcallingCodes\b|\blatlng\b|\bflag\b\s*:\s*"/);
  });

  it('keeps vite’s default chunk-size warning', () => {
    expect(readFileSync(join(ROOT, 'web', 'vite.config.ts'), 'utf8')).not.toMatch(/chunkSizeWarningLimit/);
  });
});
