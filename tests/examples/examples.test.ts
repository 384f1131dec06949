/**
 * The examples in examples/ run, as a user of the package would run them
 *
 * Each example imports `kg-builder`, `kg-builder/extract` and `kg-builder/store` by package name
 * (resolved through the exports map to the compiled dist/, fresh from tests/global-setup.ts) and is
 * run with plain node; the TypeScript example is compiled with tsc against the shipped declarations.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGexf } from '../../graph/index.ts';
import { fixture, ROOT, scratch } from '../cli/helpers.ts';
import { ENGINES } from '../store/helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

function example(name: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'examples', name), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the exports map', () => {
  it('exports the graph core, extraction and the store, never the CLI, with types and sideEffects', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>;
      sideEffects: unknown;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './extract', './package.json', './store']);
    for (const [name, entry] of Object.entries(pkg.exports)) {
      if (typeof entry === 'string') continue;
      expect(existsSync(join(ROOT, entry.types)), `${name} types`).toBe(true);
      expect(existsSync(join(ROOT, entry.default)), `${name} default`).toBe(true);
    }
    expect(JSON.stringify(pkg.exports)).not.toMatch(/\/cli\//);
    expect(pkg.sideEffects).toBeDefined();
    const hidden = spawnSync(process.execPath, ['-e', "import('kg-builder/dist/src/cli/run.js')"], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(hidden.stderr).toMatch(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });
});

describe('examples/', () => {
  it("neighbors.mjs prints Khamenei's neighbours with the sentence behind each", () => {
    const r = example('neighbors.mjs');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^met_with undirected Mustafa al-Kazemi: .*meeting with Iraq's Prime Minister/m);
    // the edge's first sentence calls the United States the enemy ("is the enemy", "is literally the enemy")
    expect(r.stdout).toMatch(/^accused out United States: .*the United States is (literally )?the enemy/m);
  });

  it('extract-article.mjs prints entities and relations found by their offsets', () => {
    const r = example('extract-article.mjs');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^person\tAli Khamenei\t/m);
    expect(r.stdout).toContain('Mustafa al-Kazemi -[leader_of: "Prime Minister"]-> Iraq');
  });

  it('export-gexf.mjs streams a JSONL corpus into one graph and writes GEXF that reads back', () => {
    const out = join(dir, 'docs.gexf');
    const r = example('export-gexf.mjs', fixture('docs.jsonl'), out);
    expect(r.code, r.stderr).toBe(0);
    const graph = parseGexf(readFileSync(out, 'utf8'), out);
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(r.stdout).toContain(`${graph.order} entities, ${graph.size} relations`);
  });

  it("store.mjs ingests the sample into a store and reads Khamenei's neighbours back from it", () => {
    const lines = (text: string) => text.split('\n').filter((l) => l !== '');
    const fromFile = lines(example('neighbors.mjs').stdout);
    expect(fromFile.length).toBeGreaterThan(2);
    // a temporary PGlite directory of its own, removed at the end
    const temporary = () => readdirSync(tmpdir()).filter((n) => n.startsWith('kg-store-example-'));
    const before = temporary();
    const fresh = example('store.mjs');
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(temporary()).toEqual(before);
    expect(lines(fresh.stdout)[0]).toMatch(/^added 1, already stored 0; \d+ entities in pglite:/);
    expect(lines(fresh.stdout).slice(1)).toEqual(fromFile);
  }, 120_000);

  it.each(ENGINES)(
    'store.mjs on a $name store given by address: a second run adds nothing',
    async (engine) => {
      const store = await engine.make();
      try {
        const first = example('store.mjs', store.db);
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout).toMatch(/^added 1, already stored 0;/);
        expect(first.stdout).toContain(`entities in ${store.db.replace(/:[^:/@]*@/, ':***@')}\n`);
        const again = example('store.mjs', store.db);
        expect(again.code, again.stderr).toBe(0);
        expect(again.stdout).toMatch(/^added 0, already stored 1;/);
        expect(again.stdout.split('\n').slice(1)).toEqual(first.stdout.split('\n').slice(1));
        expect(again.stdout).toMatch(/^met_with undirected Mustafa al-Kazemi: /m);
      } finally {
        await store.drop();
      }
    },
    120_000,
  );

  it('export-gexf.mjs without arguments is a usage error', () => {
    expect(example('export-gexf.mjs').code).toBe(2);
  });

  it.each([
    ['Bundler', 'tsconfig.json'],
    ['NodeNext', 'tsconfig.node.json'],
  ])('typed.ts compiles against the shipped declarations (moduleResolution %s)', (_, config) => {
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'examples', config)],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
