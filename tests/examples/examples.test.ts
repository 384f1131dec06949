/**
 * The examples in examples/ run, as a user of the package would run them
 *
 * Each example imports `kg-builder` and `kg-builder/extract` by package name (resolved through the
 * exports map to the compiled dist/, fresh from tests/global-setup.ts) and is run with plain node;
 * the TypeScript example is compiled with tsc against the shipped declarations.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGexf } from '../../graph/index.ts';
import { fixture, ROOT, scratch } from '../cli/helpers.ts';

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
  it('exports the graph core and extraction, never the CLI, with types and sideEffects', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>;
      sideEffects: unknown;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './extract', './package.json']);
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
    expect(r.stdout).toMatch(/^accused out United States: .*the United States is the enemy/m);
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
