/**
 * State transitions applied
 *
 * Every user action goes through a pure state transition (state.ts); `update` then recomputes the
 * derived view (dropping a selection the filters hide), refreshes sigma without reindexing (only
 * the items that changed, on a large graph), redraws the panels that depend on what changed, writes
 * the URL and refits the camera when the filters or the focus changed.
 */

import { type App, derive } from './app.ts';
import { drawDetails, drawFilters, drawLegends, drawOverview } from './panels.ts';
import { changedItems } from './reducers.ts';
import { fitVisible } from './selection.ts';
import * as S from './state.ts';
import { writeHash } from './url.ts';
import { sameFilters } from './visibility.ts';

export function update(app: App, next: S.ViewState, push = false): void {
  const prev = app.state;
  if (next === prev) return;
  app.state = next;
  const loaded = app.loaded;
  if (!loaded) return;
  const before = app.derived;
  app.derived = derive(app, app.state);
  // A selection the filters hide is dropped, not left selected with the graph dimmed around nothing.
  const sel = app.state.selection;
  if (
    app.derived &&
    sel &&
    !(sel.type === 'node' ? app.derived.visibility.nodes : app.derived.visibility.edges).has(sel.key)
  ) {
    app.state = S.clearSelection(app.state);
    app.derived = derive(app, app.state);
  }
  const derived = app.derived;
  if (!derived) return;
  const state = app.state;
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
    drawDetails(app);
  if (prev.hiddenKinds !== state.hiddenKinds || prev.hiddenRelations !== state.hiddenRelations)
    drawLegends(app);
  if (before?.visibility !== derived.visibility || prev.sizeBy !== state.sizeBy) drawOverview(app);
  drawFilters(app);
  writeHash(app, push && prev.selection !== state.selection);
  const refit =
    !sameFilters(prev, state) ||
    prev.focusDepth !== state.focusDepth ||
    (state.focusDepth > 0 && prev.selection !== state.selection);
  if (refit) fitVisible(app);
}
