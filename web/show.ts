/**
 * Showing a graph
 *
 * Replaces the shown graph: disposes of the previous renderer and layout, restores or seeds
 * positions, derives the view, creates sigma with the reducers and the layout controller (which
 * hides the edges while it runs on a large graph), attaches the pointer and camera events, redraws
 * the panels and writes the URL; then starts the layout when positions were seeded, and applies the
 * link's camera or focuses the selection or fits what is visible.
 */

import { type App, DIM_UP_TO, HIDE_EDGES_IN_LAYOUT_FROM } from './app.ts';
import { focusNode, freeArea } from './camera.ts';
import { setDateSteps } from './controls.ts';
import { byId } from './dom.ts';
import { attachDrag } from './drag.ts';
import { indexGraph } from './graph-index.ts';
import type { KnowledgeGraph } from './kg.ts';
import { DRAW_AT_END_FROM, LayoutController, seedPositions } from './layout.ts';
import { countGraph } from './legend.ts';
import { drawDetails, drawFilters, drawLayoutButton, drawLegends, drawOverview } from './panels.ts';
import { loadPositions, savePositions } from './positions.ts';
import { DARK_THEME, type DerivedView, deriveView, LIGHT_THEME } from './reducers.ts';
import { createRenderer, setRendererTheme } from './renderer.ts';
import { buildSearchIndex } from './search.ts';
import { attachRendererEvents, fitVisible } from './selection.ts';
import * as S from './state.ts';
import { attachCameraUrl, writeHash } from './url.ts';
import { datesOf } from './visibility.ts';

export function show(app: App, graph: KnowledgeGraph, name: string, store = false): void {
  const start = performance.now();
  const { container, details, layoutButton } = app.dom;
  if (app.loaded) {
    app.loaded.layout.kill();
    app.loaded.renderer.kill();
    app.state = S.graphReplaced(app.state);
    app.linkCamera = null;
    app.cameraParam = '';
  }
  app.derived = null;
  app.state = S.pruneMissing(
    app.state,
    (k) => graph.hasNode(k),
    (k) => graph.hasEdge(k),
  );
  const restored = loadPositions(graph, name);
  const seeded = !restored && seedPositions(graph);
  const index = indexGraph(graph);
  app.layoutHidesEdges = false;
  let maxEvidence = 1;
  for (const info of index.values()) if (info.weight > maxEvidence) maxEvidence = info.weight;
  app.loaded = null;
  const th = app.theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  app.derived = deriveView(graph, app.state, index, graph.size < DIM_UP_TO, false, { theme: th });
  const renderer = createRenderer(graph, container, () => app.derived as DerivedView);
  setRendererTheme(renderer, app.theme);
  // Sigma renders its first frame inside its constructor.
  performance.mark('kg:first-frame');
  const layout = new LayoutController(graph, {
    onChange: (running) => {
      drawLayoutButton(app, running);
      if (graph.size >= HIDE_EDGES_IN_LAYOUT_FROM && graph.order < DRAW_AT_END_FROM)
        hideEdgesInLayout(app, running);
      if (!running && app.loaded?.graph === graph) {
        savePositions(graph, name);
        fitVisible(app);
      }
    },
    // Large graphs: the layout wrote a batch of positions into the graph without an event; move the
    // nodes and edges (sigma re-indexes from the graph's x / y) without re-running the reducers.
    onPositions: () => renderer.refresh({ partialGraph: { nodes: [] }, skipIndexation: false }),
    onProgress: (iterations) => {
      layoutButton.textContent = `Stop layout (step ${iterations})`;
    },
    noverlap: {
      sizeOf: (node) => (app.derived?.visibility.nodes.has(node) ? (app.derived.sizes.get(node) ?? 3) : 0),
      viewport: () => renderer.getDimensions(),
    },
  });
  app.loaded = { name, graph, renderer, layout, index, counts: countGraph(graph), maxEvidence, store };
  performance.measure('kg:show', { start });
  container.dataset.loaded = name;
  attachRendererEvents(app, renderer);
  attachDrag(renderer, {
    enabled: () => !layout.isRunning(),
    onDrop: () => savePositions(graph, name),
  });
  app.searchIndex = buildSearchIndex(graph);
  app.search.setIndex(app.searchIndex);
  byId('graph-info').textContent = `${name}: ${graph.order} entities, ${graph.size} relations`;
  setDateSteps(datesOf(graph).values());
  drawLegends(app);
  drawFilters(app);
  drawDetails(app);
  drawOverview(app);
  drawLayoutButton(app, false);
  writeHash(app);
  if (seeded) layout.start();
  const sel = app.state.selection;
  if (app.linkCamera) renderer.getCamera().setState(app.linkCamera);
  else if (sel?.type === 'node') void focusNode(renderer, sel.key, freeArea(container, details), false);
  else fitVisible(app, false);
  app.linkCamera = null;
  attachCameraUrl(app, renderer);
}

/**
 * Hides the edges while the layout runs on a large graph, shows them when it stops. The edge
 * reducer runs over every edge (the nodes are untouched); when showing, in a task of its own, so
 * the layout button is repainted first.
 */
function hideEdgesInLayout(app: App, hide: boolean): void {
  if (app.layoutHidesEdges === hide) return;
  app.layoutHidesEdges = hide;
  const shown = app.loaded;
  const apply = () => {
    const current = app.loaded;
    if (!current || current !== shown || app.layoutHidesEdges !== hide) return;
    app.derived = deriveView(current.graph, app.state, current.index, current.graph.size < DIM_UP_TO, hide);
    current.renderer.refresh({
      partialGraph: { edges: current.graph.edges() },
      skipIndexation: true,
      schedule: true,
    });
  };
  if (hide) apply();
  else setTimeout(apply, 0);
}
