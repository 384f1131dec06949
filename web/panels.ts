/**
 * Panels
 *
 * Redraws the parts of the page around the graph from the app's state: the details panel (the
 * selected entity or relation, a path, the neighbour buttons), the kind and relation legends, the
 * overview (what is shown, the size legend, the top entities), the filter controls and the layout
 * button. Each reads the app and routes the user's clicks back through its actions.
 */

import type { App } from './app.ts';
import { fitNodes, freeArea } from './camera.ts';
import { drawControls } from './controls.ts';
import { renderDetails } from './details.ts';
import { byId } from './dom.ts';
import { importanceOf } from './importance.ts';
import { renderLegends } from './legend.ts';
import { renderShowing, renderSizeLegend, renderTopEntities } from './overview.ts';
import { searchEntities } from './search.ts';
import { alertUser } from './shell.ts';
import * as S from './state.ts';
import { leafNeighbours } from './visibility.ts';

export function drawDetails(app: App): void {
  const loaded = app.loaded;
  if (!loaded) return;
  const state = app.state;
  const p = app.derived?.path;
  const path = state.pathTo ? { target: state.pathTo, list: p?.list ?? [], hops: p?.hops ?? [] } : null;
  const sel = state.selection;
  const graph = loaded.graph;
  const neighbours =
    sel?.type === 'node' && graph.hasNode(sel.key)
      ? {
          expanded: state.expanded.has(sel.key),
          collapsed: state.collapsed.has(sel.key),
          leaves: leafNeighbours(graph, sel.key).length,
        }
      : null;
  renderDetails(
    app.dom.details,
    loaded.graph,
    state.selection,
    {
      selectNode: (key) => app.select(key),
      selectEdge: (key) => app.update(S.selectEdge(app.state, key), true),
      close: () => app.update(S.clearSelection(app.state), true),
      pathTo: (name) => {
        const key = name === null ? null : (searchEntities(app.searchIndex, name, 1)[0]?.key ?? null);
        if (name !== null && key === null) {
          alertUser(`Path: no entity called "${name}".`);
          return;
        }
        app.update(S.setPathTo(app.state, key), true);
        const found = app.derived?.path;
        if (found)
          fitNodes(app.loaded!.renderer, [...found.nodes], freeArea(app.dom.container, app.dom.details));
      },
      expand: (key) => void app.expand(key),
      hideNeighbours: (key, hide) =>
        app.update(hide ? S.hideNeighbours(app.state, key) : S.showNeighbours(app.state, key), true),
    },
    path,
    neighbours,
  );
}

export function drawLegends(app: App): void {
  if (!app.loaded) return;
  renderLegends(byId('legend-kinds'), byId('legend-relations'), app.loaded.counts, app.state, {
    toggleKind: (kind) => app.update(S.toggleKind(app.state, kind)),
    toggleRelation: (relation) => app.update(S.toggleRelation(app.state, relation)),
  });
}

export function drawOverview(app: App): void {
  const { loaded, derived } = app;
  if (!loaded || !derived) return;
  const vis = derived.visibility;
  const importance = importanceOf(loaded.graph);
  renderShowing(
    byId('showing'),
    byId<HTMLButtonElement>('unconnected'),
    byId('empty'),
    vis,
    loaded.graph,
    app.state.showUnconnected,
  );
  renderSizeLegend(byId('size-legend'), importance, app.state.sizeBy);
  renderTopEntities(byId('top-entities'), loaded.graph, importance, app.state.sizeBy, vis, (key) =>
    app.select(key),
  );
}

export function drawFilters(app: App): void {
  drawControls(app.state, app.loaded ? app.loaded.maxEvidence : 1);
  app.search.setText(app.state.search);
}

export function drawLayoutButton(app: App, running: boolean): void {
  const button = app.dom.layoutButton;
  const overlaps = app.loaded?.layout.removingOverlaps() === true;
  button.textContent = running
    ? overlaps
      ? 'Stop layout (removing overlaps)'
      : 'Stop layout'
    : 'Start layout';
  button.setAttribute('aria-pressed', String(running));
  button.dataset.running = String(running);
}
