/**
 * ForceAtlas2 internals that web/layout.ts relies on
 *
 * web/layout.ts's BatchedSupervisor subclasses graphology-layout-forceatlas2's worker supervisor
 * and reads its internals: the node matrix (PPN attributes per node, x and y first, in graph
 * order), the `running` and `matrices` fields, `askForIterations`, and the `handleMessage` method
 * that the base constructor binds and registers with the worker. So the package is pinned to one
 * exact version, and this test fails loudly, naming what to re-check, as soon as the installed
 * files differ from the ones that code was written against.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const require = createRequire(join(ROOT, 'package.json'));
const DIR = dirname(require.resolve('graphology-layout-forceatlas2'));
const PINNED = '0.10.1';
const source = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** SHA-256 of the files web/layout.ts was checked against (graphology-layout-forceatlas2 0.10.1). */
const CHECKED = {
  'worker.js': '404c085d78a2bce1398036b24e9f17ece7dad15a58b669b3b1108374852ed15e',
  'iterate.js': 'a20b1bbc2e5dfb94fc09f8ce75acf600974893a658a5e188bb2e429598cd2276',
  'helpers.js': '5973958b9d2aafcd7a3274ef9e3c06c8367a7fb3f9b76f3e39571c727c3d3807',
  'webworker.js': '795f263e2b17c18f3bfeb1a06e3aebbd4aa3bfe34a647b5df2a5505a07009195',
};

const RECHECK =
  'graphology-layout-forceatlas2 changed: re-check web/layout.ts (BatchedSupervisor: PPN, handleMessage, ' +
  'running, matrices.nodes, askForIterations), then update the pin in package.json and the hashes here';

describe('graphology-layout-forceatlas2 internals', () => {
  it('is pinned to one exact version, and that version is installed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies['graphology-layout-forceatlas2'], 'pin it exactly (no ^ or ~)').toBe(PINNED);
    expect(JSON.parse(source('package.json')).version, RECHECK).toBe(PINNED);
  });

  it.each(Object.entries(CHECKED))('%s is the file web/layout.ts was written against', (file, hash) => {
    expect(createHash('sha256').update(source(file)).digest('hex'), `${file}: ${RECHECK}`).toBe(hash);
  });

  it('keeps PPN attributes per node, x and y first, as web/layout.ts assumes', () => {
    const iterate = source('iterate.js');
    const ppn = Number(/var PPN = (\d+);/.exec(iterate)?.[1]);
    expect(/var NODE_X = 0;/.test(iterate) && /var NODE_Y = 1;/.test(iterate), RECHECK).toBe(true);
    const layout = readFileSync(join(ROOT, 'web', 'layout.ts'), 'utf8');
    expect(Number(/const PPN = (\d+);/.exec(layout)?.[1]), RECHECK).toBe(ppn);

    // the matrix the supervisor sends to its worker: PPN numbers per node, in graph order
    const helpers = require('graphology-layout-forceatlas2/helpers.js') as {
      graphToByteArrays(graph: Graph, getEdgeWeight: () => number): { nodes: Float32Array };
    };
    const graph = new Graph();
    graph.addNode('a', { x: 1, y: 2 });
    graph.addNode('b', { x: 3, y: 4 });
    graph.addEdge('a', 'b');
    const { nodes } = helpers.graphToByteArrays(graph, () => 1);
    expect(nodes.length).toBe(2 * ppn);
    expect([nodes[0], nodes[1], nodes[ppn], nodes[ppn + 1]]).toEqual([1, 2, 3, 4]);
  });

  it('binds handleMessage in the constructor and calls askForIterations on the prototype', () => {
    const worker = source('worker.js');
    for (const needle of [
      'this.handleMessage = this.handleMessage.bind(this);',
      "this.worker.addEventListener('message', this.handleMessage);",
      'FA2LayoutSupervisor.prototype.handleMessage = function (event) {',
      'FA2LayoutSupervisor.prototype.askForIterations = function (withEdges) {',
      'this.matrices = helpers.graphToByteArrays(',
      'this.running = true;',
    ]) {
      expect(worker.includes(needle), `${needle} — ${RECHECK}`).toBe(true);
    }
  });
});
