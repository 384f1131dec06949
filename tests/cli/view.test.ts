/**
 * kg start and kg view
 *
 * `start --no-serve` builds the bundled sample into out/; `view` serves a graph, prints its
 * address, answers on it and stops cleanly on Ctrl-C (real process); a bad graph file fails
 * before any server starts.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bestConnected } from '../../src/cli/commands/view.ts';
import { fixture, ROOT, runKg, SAMPLE, scratch } from './helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

describe('kg start', () => {
  it('--no-serve builds the sample into out/sample.json and out/sample.gexf', async () => {
    const r = await runKg(['start', '--no-serve']);
    expect(r.stderr).toMatch(/Built 1 document/);
    expect(r.code).toBe(0);
    expect(existsSync(join(ROOT, 'out', 'sample.json'))).toBe(true);
    expect(existsSync(join(ROOT, 'out', 'sample.gexf'))).toBe(true);
  });
});

describe('the example query kg start prints without a web server', () => {
  it("names the graph's best-connected entity", async () => {
    const g = (await import('graphology')).default;
    const graph = new g({ type: 'mixed', multi: true });
    const node = (key: string, label: string) => graph.addNode(key, { label });
    node('person/ana-ruiz', 'Ana Ruiz');
    node('place/chile', 'Chile');
    node('place/peru', 'Peru');
    graph.addDirectedEdge('person/ana-ruiz', 'place/chile');
    graph.addDirectedEdge('place/peru', 'place/chile');
    expect(bestConnected(graph as never)).toBe('Chile');
    expect(bestConnected(new g() as never)).toBe('');
  });
});

describe('kg view', () => {
  it('a file that is not a graph fails before serving', async () => {
    const r = await runKg(['view', fixture('not-a-graph.json'), '--port', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg: .*not-a-graph\.json: /);
  });

  it('serves the graph, prints its address and stops on SIGINT (real process)', async () => {
    const graph = join(dir, 'g.json');
    expect((await runKg(['build', SAMPLE, '-o', graph, '--quiet'])).code).toBe(0);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'view', graph, '--port', '0'],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c) => {
        stdout += String(c);
        const m = /http:\/\/127\.0\.0\.1:\d+\/\n/.exec(stdout);
        if (m) resolve(m[0].trim());
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const response = await fetch(`${url}graph`);
    expect(response.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  }, 120_000);
});
