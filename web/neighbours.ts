/**
 * Expanding an entity's neighbours
 *
 * "Expand neighbours" shows all of an entity's neighbours: from a store (`kg view --db`), its
 * neighbourhood is fetched from `/api/neighbourhood` and merged into the graph first, then the shown
 * graph is re-indexed and what counts it redrawn; from a file (the whole graph is here), the view
 * state alone reveals them. A link to a store's view fetches the expansions it names again.
 */

import { type App, derive, type Loaded } from './app.ts';
import { setDateSteps } from './controls.ts';
import { byId } from './dom.ts';
import { mergeNeighbourhood } from './expand.ts';
import { indexGraph } from './graph-index.ts';
import { forgetImportance } from './importance.ts';
import { readGraph } from './kg.ts';
import { countGraph } from './legend.ts';
import { drawDetails, drawFilters, drawLegends, drawOverview } from './panels.ts';
import { savePositions } from './positions.ts';
import { buildSearchIndex } from './search.ts';
import { alertUser, describe } from './shell.ts';
import * as S from './state.ts';
import { datesOf, forgetDates } from './visibility.ts';

/**
 * Shows all of an entity's neighbours: from a store, its neighbourhood is fetched and merged into
 * the graph first; from a file (the whole graph is here), the view state alone reveals them.
 */
export async function expand(app: App, key: string, push = true): Promise<void> {
  const current = app.loaded;
  if (!current) return;
  if (current.store) {
    try {
      const response = await fetch(`./api/neighbourhood?entity=${encodeURIComponent(key)}&depth=1`, {
        cache: 'no-store',
      });
      if (!response.ok) throw new Error(`the store answered ${response.status}`);
      const incoming = readGraph(await response.text(), 'neighbourhood.json');
      if (app.loaded !== current || !current.graph.hasNode(key)) return;
      const merged = mergeNeighbourhood(current.graph, incoming, key);
      if (merged.nodes.length || merged.edges.length || merged.extended.length) graphGrew(app, current);
    } catch (error) {
      alertUser(`Expand neighbours: ${describe(error)}`);
      return;
    }
  }
  app.update(S.expandNeighbours(app.state, key), push);
}

/**
 * A link to a store's view names the entities that were expanded: fetch their neighbourhoods again
 * (in rounds, since one may have been brought in by another's expansion).
 */
export async function expandFromLink(app: App): Promise<void> {
  const pending = new Set(app.state.expanded);
  let progress = true;
  while (pending.size && progress && app.loaded) {
    progress = false;
    for (const key of [...pending].sort()) {
      if (!app.loaded.graph.hasNode(key)) continue;
      pending.delete(key);
      progress = true;
      await expand(app, key, false);
    }
  }
}

/** After nodes or edges were merged into the shown graph: re-index it and redraw what counts them. */
function graphGrew(app: App, current: Loaded): void {
  const graph = current.graph;
  current.index = indexGraph(graph);
  current.counts = countGraph(graph);
  current.maxEvidence = 1;
  for (const info of current.index.values())
    if (info.weight > current.maxEvidence) current.maxEvidence = info.weight;
  forgetImportance(graph);
  forgetDates(graph);
  app.derived = null;
  app.derived = derive(app, app.state);
  current.renderer.refresh();
  app.searchIndex = buildSearchIndex(graph);
  app.search.setIndex(app.searchIndex);
  byId('graph-info').textContent = `${current.name}: ${graph.order} entities, ${graph.size} relations`;
  setDateSteps(datesOf(graph).values());
  drawLegends(app);
  drawFilters(app);
  drawDetails(app);
  drawOverview(app);
  savePositions(graph, current.name);
}
