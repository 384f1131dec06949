/**
 * Camera and selection
 *
 * Selecting an entity and bringing it into the part of the view the details panel leaves free,
 * fitting the camera to what is visible, and the renderer's pointer events: hover (not applied
 * while the camera is dragged) and clicks on entities, relations and the empty stage.
 */

import type Sigma from 'sigma';
import type { App } from './app.ts';
import { fitNodes, focusNode, freeArea, nodeInFreeArea } from './camera.ts';
import { setDrawer } from './shell.ts';
import * as S from './state.ts';

/** How long after a camera move the view is taken as settled. */
const SETTLE_MS = 150;

/** Selects an entity (a new history entry) and brings it into the free part of the view. */
export function select(app: App, key: string): void {
  // On a phone the list that was used (top entities, search) is in the drawer: close it.
  setDrawer(false);
  app.update(S.selectNode(app.state, key), true);
  focusSelection(app);
}

export function focusSelection(app: App): void {
  const sel = app.state.selection;
  if (!app.loaded || sel?.type !== 'node') return;
  const { renderer } = app.loaded;
  const { container, details } = app.dom;
  const key = sel.key;
  const camera = renderer.getCamera();
  // Once the move is done and the panel's layout has settled, place it once more from the settled
  // geometry (the panel's or the sidebar's width can change while the move runs) — unless anything
  // moved the camera since (a zoom, a drag, another selection).
  void focusNode(renderer, key, freeArea(container, details)).then(() => {
    const done = camera.getState();
    setTimeout(() => {
      const now = app.state.selection;
      const still = camera.getState();
      const untouched = still.x === done.x && still.y === done.y && still.ratio === done.ratio;
      if (untouched && app.loaded?.renderer === renderer && now?.type === 'node' && now.key === key)
        void focusNode(renderer, key, freeArea(container, details), false);
    }, SETTLE_MS);
  });
}

/** Fits the camera to what is visible (in the part of the view the details panel leaves free). */
export function fitVisible(app: App, animate = true): void {
  const renderer = app.loaded?.renderer;
  if (!renderer) return;
  // After the next render: sigma's display data (which the fit reads) is up to date only once a
  // scheduled refresh has been processed.
  renderer.once('afterRender', () => {
    const derived = app.derived;
    if (app.loaded?.renderer !== renderer || !derived) return;
    fitNodes(renderer, [...derived.visibility.nodes], freeArea(app.dom.container, app.dom.details), animate);
  });
  renderer.scheduleRender();
}

export function attachRendererEvents(app: App, renderer: Sigma): void {
  const { container, details } = app.dom;
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
    app.update(S.hoverEdge(S.hoverNode(app.state, node), edge));
  };
  captor.on('mouseup', () => {
    if (!skipped) return;
    skipped = false;
    container.style.cursor = '';
    app.update(S.hoverEdge(S.hoverNode(app.state, null), null));
  });
  renderer.on('enterNode', ({ node }) => hover(node, null, 'pointer'));
  renderer.on('leaveNode', () => hover(null, app.state.hoveredEdge, ''));
  renderer.on('enterEdge', ({ edge }) => hover(app.state.hoveredNode, edge, 'pointer'));
  renderer.on('leaveEdge', () => hover(app.state.hoveredNode, null, ''));
  renderer.on('clickNode', ({ node }) => {
    app.update(S.selectNode(app.state, node), true);
    // On a phone the bottom sheet opens over the lower half: keep the tapped entity above it.
    const sel = app.state.selection;
    if (sel?.type === 'node' && !nodeInFreeArea(renderer, sel.key, freeArea(container, details)))
      focusSelection(app);
  });
  renderer.on('clickEdge', ({ edge }) => app.update(S.selectEdge(app.state, edge), true));
  renderer.on('clickStage', () => app.update(S.clearSelection(app.state), true));
}
