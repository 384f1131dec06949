/**
 * Web view entry point
 *
 * Wires the pieces: loads the server's graph (`/graph`) or builds the bundled sample article in the
 * browser, hands the graph to sigma with the reducers, runs the layout, and routes every user action
 * through a pure state transition (state.ts), after which the reducers' derived view is recomputed,
 * sigma refreshed without reindexing, the panels redrawn and the URL hash updated.
 */

import type Sigma from 'sigma';
import { fitNodes, focusNode, freeArea, nodeInFreeArea } from './camera.ts';
import { attachControls, drawControls, setDateSteps } from './controls.ts';
import { renderDetails } from './details.ts';
import { byId } from './dom.ts';
import { attachDrag } from './drag.ts';
import { mergeNeighbourhood } from './expand.ts';
import { downloadCanvas, graphToExport, legendFor, pngCanvas, withDisplayAttributes } from './export.ts';
import { attachFileOpen, attachPaste, download, MAX_FILE_BYTES } from './files.ts';
import { indexGraph, type RenderIndex } from './graph-index.ts';
import { forgetImportance, importanceOf } from './importance.ts';
import { graphFromText, type KnowledgeGraph, readGraph, sampleGraph, toGexfText, toJSONText } from './kg.ts';
import { DRAW_AT_END_FROM, LayoutController, seedPositions } from './layout.ts';
import { type Counts, countGraph, renderLegends } from './legend.ts';
import { renderShowing, renderSizeLegend, renderTopEntities } from './overview.ts';
import { loadPositions, savePositions } from './positions.ts';
import { changedItems, DARK_THEME, type DerivedView, deriveView, LIGHT_THEME } from './reducers.ts';
import { createRenderer, HIDE_EDGES_ON_MOVE_FROM, setRendererTheme } from './renderer.ts';
import { buildSearchIndex, type SearchEntry, searchEntities } from './search.ts';
import { attachSearchBox } from './search-box.ts';
import { alertUser, attachShell, describe, setDrawer, withProgress } from './shell.ts';
import * as S from './state.ts';
import { applyTheme, initialTheme, type ThemeName } from './theme.ts';
import { datesOf, forgetDates, leafNeighbours, sameFilters } from './visibility.ts';

interface Loaded {
  name: string;
  graph: KnowledgeGraph;
  renderer: Sigma;
  layout: LayoutController;
  index: RenderIndex;
  counts: Counts;
  /** Largest evidence count of a relation: the minimum-evidence slider's bound. */
  maxEvidence: number;
  /** Part of a store (`kg view --db`): "expand" fetches a neighbourhood from `/api/neighbourhood`. */
  store: boolean;
}

declare global {
  interface Window {
    /** Read-only handle for tests and the benchmark. */
    __kgView?: {
      readonly renderer: Sigma | null;
      readonly graph: KnowledgeGraph | null;
      readonly state: S.ViewState;
      /** Whether ForceAtlas2 runs, and how many iterations reached the page (large graphs). */
      readonly layout: {
        readonly running: boolean;
        readonly iterations: number;
        readonly overlapsRemoved: number;
      } | null;
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
const themeButton = byId<HTMLButtonElement>('theme');
const exportShown = byId<HTMLInputElement>('export-visible');
let theme: ThemeName = initialTheme();

let loaded: Loaded | null = null;
let state: S.ViewState = S.stateFromHash(location.hash);
/** Camera from the link the page was opened with, applied once to the first graph shown. */
let linkCamera: S.CameraView | null = S.cameraFromHash(location.hash);
let derived: DerivedView | null = null;
/**
 * Edges are hidden while the layout runs on a graph with this many edges (see DerivedView.edgesHidden)
 * and fewer than DRAW_AT_END_FROM nodes (above, nothing is drawn until the layout stops).
 */
const HIDE_EDGES_IN_LAYOUT_FROM = HIDE_EDGES_ON_MOVE_FROM;
let layoutHidesEdges = false;
let writtenHash = location.hash.replace(/^#/, '');
let searchIndex: SearchEntry[] = [];

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
    return layout
      ? {
          running: layout.isRunning(),
          iterations: layout.iterations(),
          overlapsRemoved: layout.overlapsRemoved,
        }
      : null;
  },
};

const search = attachSearchBox(
  byId<HTMLInputElement>('search'),
  byId('suggestions'),
  (key) => select(key),
  (text) => update(S.setSearch(state, text)),
);

/** How long after a camera move the view is taken as settled. */
const SETTLE_MS = 150;

/** Selects an entity (a new history entry) and brings it into the free part of the view. */
function select(key: string): void {
  // On a phone the list that was used (top entities, search) is in the drawer: close it.
  setDrawer(false);
  update(S.selectNode(state, key), true);
  focusSelection();
}

function focusSelection(): void {
  const sel = state.selection;
  if (!loaded || sel?.type !== 'node') return;
  const { renderer } = loaded;
  const key = sel.key;
  const camera = renderer.getCamera();
  // Once the move is done and the panel's layout has settled, place it once more from the settled
  // geometry (the panel's or the sidebar's width can change while the move runs) — unless anything
  // moved the camera since (a zoom, a drag, another selection).
  void focusNode(renderer, key, freeArea(container, details)).then(() => {
    const done = camera.getState();
    setTimeout(() => {
      const now = state.selection;
      const still = camera.getState();
      const untouched = still.x === done.x && still.y === done.y && still.ratio === done.ratio;
      if (untouched && loaded?.renderer === renderer && now?.type === 'node' && now.key === key)
        void focusNode(renderer, key, freeArea(container, details), false);
    }, SETTLE_MS);
  });
}

/** Fits the camera to what is visible (in the part of the view the details panel leaves free). */
function fitVisible(animate = true): void {
  const renderer = loaded?.renderer;
  if (!renderer) return;
  // After the next render: sigma's display data (which the fit reads) is up to date only once a
  // scheduled refresh has been processed.
  renderer.once('afterRender', () => {
    if (loaded?.renderer !== renderer || !derived) return;
    fitNodes(renderer, [...derived.visibility.nodes], freeArea(container, details), animate);
  });
  renderer.scheduleRender();
}

function derive(next: S.ViewState): DerivedView | null {
  if (!loaded) return null;
  const g = loaded.graph;
  const th = theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  return deriveView(g, next, loaded.index, g.size < DIM_UP_TO, layoutHidesEdges, {
    previous: derived,
    theme: th,
  });
}

/**
 * Applies a new state: recompute derived view, refresh sigma, redraw what changed, write the URL
 * (`push`: as a new history entry, so Back returns to the previous selection).
 */
function update(next: S.ViewState, push = false): void {
  const prev = state;
  if (next === prev) return;
  state = next;
  if (!loaded) return;
  const before = derived;
  derived = derive(state);
  // A selection the filters hide is dropped, not left selected with the graph dimmed around nothing.
  const sel = state.selection;
  if (
    derived &&
    sel &&
    !(sel.type === 'node' ? derived.visibility.nodes : derived.visibility.edges).has(sel.key)
  ) {
    state = S.clearSelection(state);
    derived = derive(state);
  }
  if (!derived) return;
  // Display data is recomputed now; the render waits for the next frame, so several changes in one
  // frame (leave one node, enter the next) cost one render. On a large graph a hover or selection
  // refreshes only the items it changes.
  const partial = before ? changedItems(loaded.graph, before, derived) : null;
  if (partial) loaded.renderer.refresh({ partialGraph: partial, skipIndexation: true, schedule: true });
  else loaded.renderer.refresh({ skipIndexation: true, schedule: true });
  if (
    prev.selection !== state.selection ||
    prev.pathTo !== state.pathTo ||
    prev.expanded !== state.expanded ||
    prev.collapsed !== state.collapsed
  )
    drawDetails();
  if (prev.hiddenKinds !== state.hiddenKinds || prev.hiddenRelations !== state.hiddenRelations) drawLegends();
  if (before?.visibility !== derived.visibility || prev.sizeBy !== state.sizeBy) drawOverview();
  drawFilters();
  writeHash(push && prev.selection !== state.selection);
  const refit =
    !sameFilters(prev, state) ||
    prev.focusDepth !== state.focusDepth ||
    (state.focusDepth > 0 && prev.selection !== state.selection);
  if (refit) fitVisible();
}

/** The camera's URL value, kept from the opening link until the camera moves. */
let cameraParam = linkCamera ? S.cameraToParam(linkCamera) : '';

function hashNow(): string {
  const hash = S.stateToHash(state);
  return cameraParam ? (hash ? `${hash}&cam=${cameraParam}` : `cam=${cameraParam}`) : hash;
}

function writeHash(push = false): void {
  const hash = hashNow();
  if (hash === writtenHash) return;
  writtenHash = hash;
  const url = hash ? `#${hash}` : `${location.pathname}${location.search}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function drawDetails(): void {
  if (!loaded) return;
  const p = derived?.path;
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
    details,
    loaded.graph,
    state.selection,
    {
      selectNode: (key) => select(key),
      selectEdge: (key) => update(S.selectEdge(state, key), true),
      close: () => update(S.clearSelection(state), true),
      pathTo: (name) => {
        const key = name === null ? null : (searchEntities(searchIndex, name, 1)[0]?.key ?? null);
        if (name !== null && key === null) {
          alertUser(`Path: no entity called "${name}".`);
          return;
        }
        update(S.setPathTo(state, key), true);
        if (derived?.path) fitNodes(loaded!.renderer, [...derived.path.nodes], freeArea(container, details));
      },
      expand: (key) => void expand(key),
      hideNeighbours: (key, hide) =>
        update(hide ? S.hideNeighbours(state, key) : S.showNeighbours(state, key), true),
    },
    path,
    neighbours,
  );
}

function drawLegends(): void {
  if (!loaded) return;
  renderLegends(byId('legend-kinds'), byId('legend-relations'), loaded.counts, state, {
    toggleKind: (kind) => update(S.toggleKind(state, kind)),
    toggleRelation: (relation) => update(S.toggleRelation(state, relation)),
  });
}

function drawOverview(): void {
  if (!loaded || !derived) return;
  const vis = derived.visibility;
  const importance = importanceOf(loaded.graph);
  renderShowing(
    byId('showing'),
    byId<HTMLButtonElement>('unconnected'),
    byId('empty'),
    vis,
    loaded.graph,
    state.showUnconnected,
  );
  renderSizeLegend(byId('size-legend'), importance, state.sizeBy);
  renderTopEntities(byId('top-entities'), loaded.graph, importance, state.sizeBy, vis, (key) => select(key));
}

function drawFilters(): void {
  drawControls(state, loaded ? loaded.maxEvidence : 1);
  search.setText(state.search);
}

function drawLayoutButton(running: boolean): void {
  const overlaps = loaded?.layout.removingOverlaps() === true;
  layoutButton.textContent = running
    ? overlaps
      ? 'Stop layout (removing overlaps)'
      : 'Stop layout'
    : 'Start layout';
  layoutButton.setAttribute('aria-pressed', String(running));
  layoutButton.dataset.running = String(running);
}

/**
 * Shows all of an entity's neighbours: from a store, its neighbourhood is fetched and merged into
 * the graph first; from a file (the whole graph is here), the view state alone reveals them.
 */
async function expand(key: string, push = true): Promise<void> {
  const current = loaded;
  if (!current) return;
  if (current.store) {
    try {
      const response = await fetch(`./api/neighbourhood?entity=${encodeURIComponent(key)}&depth=1`, {
        cache: 'no-store',
      });
      if (!response.ok) throw new Error(`the store answered ${response.status}`);
      const incoming = readGraph(await response.text(), 'neighbourhood.json');
      if (loaded !== current || !current.graph.hasNode(key)) return;
      const merged = mergeNeighbourhood(current.graph, incoming, key);
      if (merged.nodes.length || merged.edges.length || merged.extended.length) graphGrew(current);
    } catch (error) {
      alertUser(`Expand neighbours: ${describe(error)}`);
      return;
    }
  }
  update(S.expandNeighbours(state, key), push);
}

/**
 * A link to a store's view names the entities that were expanded: fetch their neighbourhoods again
 * (in rounds, since one may have been brought in by another's expansion).
 */
async function expandFromLink(): Promise<void> {
  const pending = new Set(state.expanded);
  let progress = true;
  while (pending.size && progress && loaded) {
    progress = false;
    for (const key of [...pending].sort()) {
      if (!loaded.graph.hasNode(key)) continue;
      pending.delete(key);
      progress = true;
      await expand(key, false);
    }
  }
}

/** After nodes or edges were merged into the shown graph: re-index it and redraw what counts them. */
function graphGrew(current: Loaded): void {
  const graph = current.graph;
  current.index = indexGraph(graph);
  current.counts = countGraph(graph);
  current.maxEvidence = 1;
  for (const info of current.index.values())
    if (info.weight > current.maxEvidence) current.maxEvidence = info.weight;
  forgetImportance(graph);
  forgetDates(graph);
  derived = null;
  derived = derive(state);
  current.renderer.refresh();
  searchIndex = buildSearchIndex(graph);
  search.setIndex(searchIndex);
  byId('graph-info').textContent = `${current.name}: ${graph.order} entities, ${graph.size} relations`;
  setDateSteps(datesOf(graph).values());
  drawLegends();
  drawFilters();
  drawDetails();
  drawOverview();
  savePositions(graph, current.name);
}

/** Replaces the shown graph; the previous renderer and layout are disposed. */
function show(graph: KnowledgeGraph, name: string, store = false): void {
  const start = performance.now();
  if (loaded) {
    loaded.layout.kill();
    loaded.renderer.kill();
    state = S.graphReplaced(state);
    linkCamera = null;
    cameraParam = '';
  }
  derived = null;
  state = S.pruneMissing(
    state,
    (k) => graph.hasNode(k),
    (k) => graph.hasEdge(k),
  );
  const restored = loadPositions(graph, name);
  const seeded = !restored && seedPositions(graph);
  const index = indexGraph(graph);
  layoutHidesEdges = false;
  let maxEvidence = 1;
  for (const info of index.values()) if (info.weight > maxEvidence) maxEvidence = info.weight;
  loaded = null;
  const th = theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  derived = deriveView(graph, state, index, graph.size < DIM_UP_TO, false, { theme: th });
  const renderer = createRenderer(graph, container, () => derived as DerivedView);
  setRendererTheme(renderer, theme);
  // Sigma renders its first frame inside its constructor.
  performance.mark('kg:first-frame');
  const layout = new LayoutController(graph, {
    onChange: (running) => {
      drawLayoutButton(running);
      if (graph.size >= HIDE_EDGES_IN_LAYOUT_FROM && graph.order < DRAW_AT_END_FROM)
        hideEdgesInLayout(running);
      if (!running && loaded?.graph === graph) {
        savePositions(graph, name);
        fitVisible();
      }
    },
    // Large graphs: the layout wrote a batch of positions into the graph without an event; move the
    // nodes and edges (sigma re-indexes from the graph's x / y) without re-running the reducers.
    onPositions: () => renderer.refresh({ partialGraph: { nodes: [] }, skipIndexation: false }),
    onProgress: (iterations) => {
      layoutButton.textContent = `Stop layout (step ${iterations})`;
    },
    noverlap: {
      sizeOf: (node) => (derived?.visibility.nodes.has(node) ? (derived.sizes.get(node) ?? 3) : 0),
      viewport: () => renderer.getDimensions(),
    },
  });
  loaded = { name, graph, renderer, layout, index, counts: countGraph(graph), maxEvidence, store };
  performance.measure('kg:show', { start });
  container.dataset.loaded = name;
  attachRendererEvents(renderer);
  attachDrag(renderer, {
    enabled: () => !layout.isRunning(),
    onDrop: () => savePositions(graph, name),
  });
  searchIndex = buildSearchIndex(graph);
  search.setIndex(searchIndex);
  byId('graph-info').textContent = `${name}: ${graph.order} entities, ${graph.size} relations`;
  setDateSteps(datesOf(graph).values());
  drawLegends();
  drawFilters();
  drawDetails();
  drawOverview();
  drawLayoutButton(false);
  writeHash();
  if (seeded) layout.start();
  const sel = state.selection;
  if (linkCamera) renderer.getCamera().setState(linkCamera);
  else if (sel?.type === 'node') void focusNode(renderer, sel.key, freeArea(container, details), false);
  else fitVisible(false);
  linkCamera = null;
  attachCameraUrl(renderer);
}

/** Keeps the camera in the URL (replaceState, once the camera rests), so a link restores the view. */
function attachCameraUrl(renderer: Sigma): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  renderer.getCamera().on('updated', (camera) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (loaded?.renderer !== renderer) return;
      cameraParam = S.cameraToParam(camera);
      writeHash();
    }, 300);
  });
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
  renderer.on('clickNode', ({ node }) => {
    update(S.selectNode(state, node), true);
    // On a phone the bottom sheet opens over the lower half: keep the tapped entity above it.
    const sel = state.selection;
    if (sel?.type === 'node' && !nodeInFreeArea(renderer, sel.key, freeArea(container, details)))
      focusSelection();
  });
  renderer.on('clickEdge', ({ edge }) => update(S.selectEdge(state, edge), true));
  renderer.on('clickStage', () => update(S.clearSelection(state), true));
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
    const words = (text.match(/\S+/g) ?? []).length.toLocaleString('en-US');
    const graph = await withProgress(
      `Extracting entities and relations from ${words} words…`,
      graphFromText(text, 'pasted', into),
    );
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

function attachUi(): void {
  layoutButton.addEventListener('click', () => loaded?.layout.toggle());
  attachControls((transition) => update(transition(state)));
  attachShell(container, {
    renderer: () => loaded?.renderer ?? null,
    fit: () => fitVisible(),
    closeDetails: () => {
      if (state.selection) update(S.clearSelection(state), true);
    },
  });
  themeButton.addEventListener('click', () => setTheme(theme === 'dark' ? 'light' : 'dark'));
  const exported = () =>
    loaded && derived ? graphToExport(loaded.graph, derived, exportShown.checked) : null;
  byId('export-json').addEventListener('click', () => {
    const graph = exported();
    if (graph) download(`${baseName()}.json`, toJSONText(graph), 'application/json');
  });
  byId('export-gexf').addEventListener('click', () => {
    const graph = exported();
    if (graph && derived)
      download(`${baseName()}.gexf`, toGexfText(withDisplayAttributes(graph, derived)), 'application/xml');
  });
  byId('export-png').addEventListener('click', () => {
    if (!loaded || !derived) return;
    const style = getComputedStyle(document.body);
    const legend = legendFor(loaded.graph, loaded.index, derived);
    pngCanvas(loaded.renderer, legend, style.backgroundColor, style.color)
      .then((canvas) => downloadCanvas(canvas, `${baseName()}.png`))
      .catch((e) => alertUser(`PNG export: ${describe(e)}`));
  });
  attachFileOpen((file) => void openFile(file));
  attachPaste((text, merge) => void buildFromText(text, merge));
  // Back / Forward (pushState entries) and links edited by hand.
  const fromUrl = () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === writtenHash) return;
    writtenHash = hash;
    const next = S.stateFromHash(hash, state);
    update(next);
    focusSelection();
  };
  window.addEventListener('popstate', fromUrl);
  window.addEventListener('hashchange', fromUrl);
}

function setTheme(next: ThemeName): void {
  theme = next;
  applyTheme(next, themeButton);
  if (!loaded) return;
  setRendererTheme(loaded.renderer, next);
  derived = derive(state);
  loaded.renderer.refresh({ skipIndexation: true });
}

/** The server's graph when there is one, else the sample article built here. */
async function boot(): Promise<void> {
  // Focusable, so the camera keys work from the keyboard (set here: the markup linter forbids it on a div).
  container.tabIndex = 0;
  applyTheme(theme, themeButton, false);
  attachUi();
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
        const store = response.headers.get('X-Graph-Source') === 'store';
        show(graph, filename, store);
        if (store) await expandFromLink();
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
