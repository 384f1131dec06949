/**
 * Plain sigma page (benchmark baseline)
 *
 * The served graph drawn by sigma with its defaults — no reducers, no filters, no layout, no
 * panels — so scripts/bench-web.ts can time the web view against what sigma alone costs on the same
 * graph in the same browser run. Marks `kg:first-frame` when sigma's constructor (which renders the
 * first frame) returns, as main.ts does.
 */

import Graph from 'graphology';
import Sigma from 'sigma';

declare global {
  interface Window {
    __plain?: { renderer: Sigma };
  }
}

async function boot(): Promise<void> {
  const container = document.getElementById('graph') as HTMLElement;
  const response = await fetch('./graph', { cache: 'no-store' });
  const data = await response.json();
  const graph = Graph.from(data);
  const renderer = new Sigma(graph, container, { allowInvalidContainer: true });
  performance.mark('kg:first-frame');
  window.__plain = { renderer };
  container.dataset.loaded = 'plain';
}

void boot();
