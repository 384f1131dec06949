/**
 * The API reference in docs/api is generated from the JSDoc and up to date
 *
 * typedoc (typedoc.json: the entries `kg-builder`, `kg-builder/extract` and `kg-builder/store`) is
 * run into a scratch folder and every page must equal the committed one: after changing an exported
 * signature or its comment, run `npm run docs`.
 */

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratch } from '../cli/helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

function pages(at: string): string[] {
  return readdirSync(at).flatMap((name) => {
    const path = join(at, name);
    return statSync(path).isDirectory() ? pages(path) : [path];
  });
}

describe('docs/api', () => {
  it('equals what typedoc generates from the sources now (else: npm run docs)', () => {
    const out = join(dir, 'api');
    const typedoc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out, '--logLevel', 'Error'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(typedoc.status, typedoc.stdout + typedoc.stderr).toBe(0);
    const committed = join(ROOT, 'docs', 'api');
    const names = (root: string) =>
      pages(root)
        .map((p) => relative(root, p))
        .sort();
    expect(names(out)).toEqual(names(committed));
    for (const name of names(committed)) {
      expect(readFileSync(join(out, name), 'utf8'), `docs/api/${name} is stale: run npm run docs`).toBe(
        readFileSync(join(committed, name), 'utf8'),
      );
    }
    const extract = readFileSync(join(committed, 'kg-builder', 'extract.md'), 'utf8');
    expect(extract).toMatch(/### extract\(\)/);
    expect(extract).toMatch(/### buildGraph\(\)/);
    const store = readFileSync(join(committed, 'kg-builder', 'store.md'), 'utf8');
    for (const fn of ['openStore', 'ingest', 'storedNeighbors', 'storedGraph', 'storeCounts', 'closeStore']) {
      expect(store).toContain(`### ${fn}()`);
    }
    expect(store).toMatch(/### StoreError/);
  }, 120_000);
});
