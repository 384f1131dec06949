/**
 * Web view entry point
 *
 * Wires the pieces: loads the server's graph (`/graph`) or builds the bundled sample article in the
 * browser, hands the graph to sigma with the reducers, runs the layout, and routes every user action
 * through a pure state transition (state.ts), after which the reducers' derived view is recomputed,
 * sigma refreshed without reindexing, the panels redrawn and the URL hash updated.
 */

import type Sigma from 'sigma';
import { renderDetails } from './details.ts';
import { byId } from './dom.ts';
import { attachFileOpen, attachPaste, download, downloadPNG, MAX_FILE_BYTES } from './files.ts';
import { indexGraph, type RenderIndex } from './graph-index.ts';
import { graphFromText, type KnowledgeGraph, readGraph, sampleGraph, toGexfText, toJSONText } from './kg.ts';
import { DRAW_AT_END_FROM, LayoutController, seedPositions } from './layout.ts';
import { type Counts, countGraph, renderLegends } from './legend.ts';
import { changedItems, type DerivedView, deriveView } from './reducers.ts';
import { createRenderer, focusCamera, HIDE_EDGES_ON_MOVE_FROM } from './renderer.ts';
import { buildSearchIndex } from './search.ts';
import { attachSearchBox } from './search-box.ts';
import * as S from './state.ts';

interface Loaded {
  name: string;
  graph: KnowledgeGraph;
  renderer: Sigma;
  layout: LayoutController;
  index: RenderIndex;
  counts: Counts;
}

declare global {
  interface Window {
    /** Read-only handle for tests and the benchmark. */
    __kgView?: {
      readonly renderer: Sigma | null;
      readonly graph: KnowledgeGraph | null;
      readonly state: S.ViewState;
      /** Whether ForceAtlas2 runs, and how many iterations reached the page (large graphs). */
      readonly layout: { readonly running: boolean; readonly iterations: number } | null;
    };
  }
}

/**
 * Up to this many edges, hovering or selecting dims everything outside the neighbourhood; above,
 * it only highlights the neighbourhood, so the change touches a few items instead of all of them.
 */
const DIM_UP_TO = 5_000;

const container = byId('graph');
const details = byId('details');
const layoutButton = byId<HTMLButtonElement>('layout');
const minEvidence = byId<HTMLInputElement>('min-evidence');
const focusSelect = byId<HTMLSelectElement>('focus');

let loaded: Loaded | null = null;
let state: S.ViewState = S.stateFromHash(location.hash);
let derived: DerivedView | null = null;
/**
 * Edges are hidden while the layout runs on a graph with this many edges (see DerivedView.edgesHidden)
 * and fewer than DRAW_AT_END_FROM nodes (above, nothing is drawn until the layout stops).
 */
const HIDE_EDGES_IN_LAYOUT_FROM = HIDE_EDGES_ON_MOVE_FROM;
let layoutHidesEdges = false;
let writtenHash = location.hash.replace(/^#/, '');

window.__kgView = {
  get renderer() {
    return loaded?.renderer ?? null;
  },
  get graph() {
    return loaded?.graph ?? null;
  },
  get state() {
    return state;
  },
  get layout() {
    const layout = loaded?.layout;
    return layout ? { running: layout.isRunning(), iterations: layout.iterations() } : null;
  },
};

const search = attachSearchBox(
  byId<HTMLInputElement>('search'),
  byId('suggestions'),
  (key) => {
    update(S.selectNode(state, key));
    if (loaded) focusCamera(loaded.renderer, key);
  },
  (text) => update(S.setSearch(state, text)),
);

/** Applies a new state: recompute derived view, refresh sigma, redraw what changed, write the URL. */
function update(next: S.ViewState): void {
  const prev = state;
  if (next === prev) return;
  state = next;
  if (!loaded) return;
  const before = derived;
  derived = deriveView(loaded.graph, state, loaded.index, loaded.graph.size < DIM_UP_TO, layoutHidesEdges);
  // Display data is recomputed now; the render waits for the next frame, so several changes in one
  // frame (leave one node, enter the next) cost one render. On a large graph a hover or selection
  // refreshes only the items it changes.
  const partial = before ? changedItems(loaded.graph, before, derived) : null;
  if (partial) loaded.renderer.refresh({ partialGraph: partial, skipIndexation: true, schedule: true });
  else loaded.renderer.refresh({ skipIndexation: true, schedule: true });
  if (prev.selection !== state.selection) drawDetails();
  if (prev.hiddenKinds !== state.hiddenKinds || prev.hiddenRelations !== state.hiddenRelations) drawLegends();
  drawFilters();
  writeHash();
}

function writeHash(): void {
  const hash = S.stateToHash(state);
  if (hash === writtenHash) return;
  writtenHash = hash;
  history.replaceState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
}

function drawDetails(): void {
  if (!loaded) return;
  renderDetails(details, loaded.graph, state.selection, {
    selectNode: (key) => {
      update(S.selectNode(state, key));
      if (loaded) focusCamera(loaded.renderer, key);
    },
    selectEdge: (key) => update(S.selectEdge(state, key)),
    close: () => update(S.clearSelection(state)),
  });
}

function drawLegends(): void {
  if (!loaded) return;
  renderLegends(byId('legend-kinds'), byId('legend-relations'), loaded.counts, state, {
    toggleKind: (kind) => update(S.toggleKind(state, kind)),
    toggleRelation: (relation) => update(S.toggleRelation(state, relation)),
  });
}

function drawFilters(): void {
  if (minEvidence.value !== String(state.minEvidence)) minEvidence.value = String(state.minEvidence);
  if (focusSelect.value !== String(state.focusDepth)) focusSelect.value = String(state.focusDepth);
  search.setText(state.search);
}

function drawLayoutButton(running: boolean): void {
  layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
  layoutButton.setAttribute('aria-pressed', String(running));
  layoutButton.dataset.running = String(running);
}

/** Replaces the shown graph; the previous renderer and layout are disposed. */
function show(graph: KnowledgeGraph, name: string): void {
  const start = performance.now();
  if (loaded) {
    loaded.layout.kill();
    loaded.renderer.kill();
    state = S.graphReplaced(state);
  }
  state = S.pruneMissing(
    state,
    (k) => graph.hasNode(k),
    (k) => graph.hasEdge(k),
  );
  const seeded = seedPositions(graph);
  const index = indexGraph(graph);
  layoutHidesEdges = false;
  derived = deriveView(graph, state, index, graph.size < DIM_UP_TO);
  const renderer = createRenderer(graph, container, () => derived as DerivedView);
  // Sigma renders its first frame inside its constructor.
  performance.mark('kg:first-frame');
  const layout = new LayoutController(graph, {
    onChange: (running) => {
      drawLayoutButton(running);
      if (graph.size >= HIDE_EDGES_IN_LAYOUT_FROM && graph.order < DRAW_AT_END_FROM)
        hideEdgesInLayout(running);
    },
    // Large graphs: the layout wrote a batch of positions into the graph without an event; move the
    // nodes and edges (sigma re-indexes from the graph's x / y) without re-running the reducers.
    onPositions: () => renderer.refresh({ partialGraph: { nodes: [] }, skipIndexation: false }),
    onProgress: (iterations) => {
      layoutButton.textContent = `Stop layout (step ${iterations})`;
    },
  });
  loaded = { name, graph, renderer, layout, index, counts: countGraph(graph) };
  performance.measure('kg:show', { start });
  container.dataset.loaded = name;
  attachRendererEvents(renderer);
  search.setIndex(buildSearchIndex(graph));
  byId('graph-info').textContent = `${name}: ${graph.order} entities, ${graph.size} relations`;
  drawLegends();
  drawFilters();
  drawDetails();
  drawLayoutButton(false);
  writeHash();
  if (seeded) layout.start();
  const sel = state.selection;
  if (sel?.type === 'node') focusCamera(renderer, sel.key);
}

/**
 * Hides the edges while the layout runs on a large graph, shows them when it stops. The edge
 * reducer runs over every edge (the nodes are untouched); when showing, in a task of its own, so
 * the layout button is repainted first.
 */
function hideEdgesInLayout(hide: boolean): void {
  if (layoutHidesEdges === hide) return;
  layoutHidesEdges = hide;
  const shown = loaded;
  const apply = () => {
    const current = loaded;
    if (!current || current !== shown || layoutHidesEdges !== hide) return;
    derived = deriveView(current.graph, state, current.index, current.graph.size < DIM_UP_TO, hide);
    current.renderer.refresh({
      partialGraph: { edges: current.graph.edges() },
      skipIndexation: true,
      schedule: true,
    });
  };
  if (hide) apply();
  else setTimeout(apply, 0);
}

function attachRendererEvents(renderer: Sigma): void {
  // While the camera is dragged, hover changes are not applied: each one re-runs the reducers over
  // the whole graph. The pointer's real state is restored when the drag ends.
  const captor = renderer.getMouseCaptor();
  let skipped = false;
  const dragging = () => captor.isMouseDown && captor.draggedEvents > 0;
  const hover = (node: string | null, edge: string | null, cursor: string) => {
    if (dragging()) {
      skipped = true;
      return;
    }
    container.style.cursor = cursor;
    update(S.hoverEdge(S.hoverNode(state, node), edge));
  };
  captor.on('mouseup', () => {
    if (!skipped) return;
    skipped = false;
    container.style.cursor = '';
    update(S.hoverEdge(S.hoverNode(state, null), null));
  });
  renderer.on('enterNode', ({ node }) => hover(node, null, 'pointer'));
  renderer.on('leaveNode', () => hover(null, state.hoveredEdge, ''));
  renderer.on('enterEdge', ({ edge }) => hover(state.hoveredNode, edge, 'pointer'));
  renderer.on('leaveEdge', () => hover(state.hoveredNode, null, ''));
  renderer.on('clickNode', ({ node }) => update(S.selectNode(state, node)));
  renderer.on('clickEdge', ({ edge }) => update(S.selectEdge(state, edge)));
  renderer.on('clickStage', () => update(S.clearSelection(state)));
}

function alertUser(message: string | null): void {
  byId('alert-text').textContent = message ?? '';
  byId('alert').hidden = message === null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens a file; a bad one leaves the current graph in place and says why. */
async function openFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    alertUser(`${file.name}: too large (${Math.round(file.size / 1e6)} MB; the limit is 200 MB)`);
    return;
  }
  try {
    const graph = readGraph(await file.text(), file.name);
    alertUser(null);
    show(graph, file.name);
  } catch (error) {
    const message = describe(error);
    alertUser(message.includes(file.name) ? message : `${file.name}: ${message}`);
  }
}

async function buildFromText(text: string, merge: boolean): Promise<void> {
  try {
    const into = merge && loaded ? loaded.graph.copy() : undefined;
    const graph = await graphFromText(text, 'pasted', into);
    if (graph.order === 0) {
      alertUser('No people, places or organizations found in the pasted text.');
      return;
    }
    alertUser(null);
    show(graph, merge && loaded ? `${loaded.name} + pasted text` : 'pasted text');
  } catch (error) {
    alertUser(`Pasted text: ${describe(error)}`);
  }
}

function baseName(): string {
  return (loaded?.name ?? 'graph').replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '-') || 'graph';
}

function attachControls(): void {
  layoutButton.addEventListener('click', () => loaded?.layout.toggle());
  minEvidence.addEventListener('change', () => update(S.setMinEvidence(state, Number(minEvidence.value))));
  focusSelect.addEventListener('change', () => update(S.setFocusDepth(state, Number(focusSelect.value))));
  byId('alert-close').addEventListener('click', () => alertUser(null));
  byId('export-json').addEventListener('click', () => {
    if (loaded) download(`${baseName()}.json`, toJSONText(loaded.graph), 'application/json');
  });
  byId('export-gexf').addEventListener('click', () => {
    if (loaded) download(`${baseName()}.gexf`, toGexfText(loaded.graph), 'application/xml');
  });
  byId('export-png').addEventListener('click', () => {
    if (loaded)
      downloadPNG(loaded.renderer, baseName()).catch((e) => alertUser(`PNG export: ${describe(e)}`));
  });
  attachFileOpen((file) => void openFile(file));
  attachPaste((text, merge) => void buildFromText(text, merge));
  window.addEventListener('hashchange', () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === writtenHash) return;
    writtenHash = hash;
    const next = S.stateFromHash(hash, state);
    update(next);
    if (next.selection?.type === 'node' && loaded) focusCamera(loaded.renderer, next.selection.key);
  });
}

/** The server's graph when there is one, else the sample article built here. */
async function boot(): Promise<void> {
  attachControls();
  try {
    const response = await fetch('./graph', { cache: 'no-store' });
    const name = response.headers.get('X-Graph-Name');
    if (response.ok && name !== null) {
      const filename = decodeURIComponent(name);
      try {
        const text = await response.text();
        const parseStart = performance.now();
        const graph = readGraph(text, filename);
        performance.measure('kg:parse', { start: parseStart });
        show(graph, filename);
        return;
      } catch (error) {
        alertUser(describe(error));
      }
    }
  } catch {
    // No server graph (vite dev server, static hosting): fall through to the sample.
  }
  try {
    show(await sampleGraph(), 'sample: iran-iraq-meeting.txt');
  } catch (error) {
    alertUser(`Sample: ${describe(error)}`);
  }
}

void boot();
