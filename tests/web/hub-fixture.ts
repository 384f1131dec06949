/**
 * A hub graph for browser tests
 *
 * The corpus-like graph (corpus-fixture.ts) with 30 more relations from its hub (accusations of
 * 1 to 3 evidence sentences), so the hub has 34 relations, and with positions already set (seeded),
 * so the page shows it without running the layout.
 */

import { seededRandom } from '../../graph/random.ts';
import { corpusGraph, HUB } from './corpus-fixture.ts';
import { evidence } from './fixture.ts';

/** The corpus graph, laid out at random, with 30 more accusations from the hub. */
export function hubGraph() {
  const g = corpusGraph();
  for (let i = 5; i < 35; i++) {
    const target = g.nodes().find((n) => n.endsWith(`/u${i}`)) as string;
    const weight = 1 + (i % 3);
    g.addDirectedEdgeWithKey(`accused:${HUB}->${target}`, HUB, target, {
      relation: 'accused',
      label: 'accused',
      weight,
      evidence: Array.from({ length: weight }, () => evidence('blamed', 'Ali Khorvani', 'United States')),
    });
  }
  const rnd = seededRandom(7);
  g.forEachNode((n) => g.mergeNodeAttributes(n, { x: rnd() * 100, y: rnd() * 100 }));
  return g;
}
