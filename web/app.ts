/**
 * The view's shared state
 *
 * The view's mutable state in one object that every part of the view is handed (app.ts defines
 * it, main.ts creates it): the graph shown with its renderer and layout, the
 * view state and its derived view, what the URL and the camera were last written as, the theme, the
 * page's fixed elements, and the actions (update, select, expand, show) that main.ts wires to the
 * modules implementing them, so those modules call each other through the object and never import
 * each other in a circle.
 */

import type Sigma from 'sigma';
import type { RenderIndex } from './graph-index.ts';
import type { KnowledgeGraph } from './kg.ts';
import type { LayoutController } from './layout.ts';
import type { Counts } from './legend.ts';
import { DARK_THEME, type DerivedView, deriveView, LIGHT_THEME } from './reducers.ts';
import { HIDE_EDGES_ON_MOVE_FROM } from './renderer.ts';
import type { SearchEntry } from './search.ts';
import type { SearchBox } from './search-box.ts';
import type * as S from './state.ts';
import type { ThemeName } from './theme.ts';

export interface Loaded {
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

/** The page's fixed elements the view drives. */
export interface Elements {
  container: HTMLElement;
  details: HTMLElement;
  layoutButton: HTMLButtonElement;
  themeButton: HTMLButtonElement;
  exportShown: HTMLInputElement;
}

export interface App {
  readonly dom: Elements;
  loaded: Loaded | null;
  state: S.ViewState;
  derived: DerivedView | null;
  theme: ThemeName;
  /** Camera from the link the page was opened with, applied once to the first graph shown. */
  linkCamera: S.CameraView | null;
  /** The camera's URL value, kept from the opening link until the camera moves. */
  cameraParam: string;
  /** The hash last written (or read), so a hashchange the page caused is not applied again. */
  writtenHash: string;
  /** Whether the edges are hidden while the layout runs on a large graph (see hideEdgesInLayout). */
  layoutHidesEdges: boolean;
  searchIndex: SearchEntry[];
  search: SearchBox;
  /**
   * Applies a new state: recompute derived view, refresh sigma, redraw what changed, write the URL
   * (`push`: as a new history entry, so Back returns to the previous selection).
   */
  update(next: S.ViewState, push?: boolean): void;
  /** Selects an entity (a new history entry) and brings it into the free part of the view. */
  select(key: string): void;
  /** Shows all of an entity's neighbours (fetched first from a store). */
  expand(key: string, push?: boolean): Promise<void>;
  /** Replaces the shown graph; the previous renderer and layout are disposed. */
  show(graph: KnowledgeGraph, name: string, store?: boolean): void;
}

/**
 * Up to this many edges, hovering or selecting dims everything outside the neighbourhood; above,
 * it only highlights the neighbourhood, so the change touches a few items instead of all of them.
 */
export const DIM_UP_TO = 5_000;

/**
 * Edges are hidden while the layout runs on a graph with this many edges (see DerivedView.edgesHidden)
 * and fewer than DRAW_AT_END_FROM nodes (above, nothing is drawn until the layout stops).
 */
export const HIDE_EDGES_IN_LAYOUT_FROM = HIDE_EDGES_ON_MOVE_FROM;

/** The derived view of `next` on the shown graph (null when none is shown). */
export function derive(app: App, next: S.ViewState): DerivedView | null {
  const loaded = app.loaded;
  if (!loaded) return null;
  const g = loaded.graph;
  const th = app.theme === 'dark' ? DARK_THEME : LIGHT_THEME;
  return deriveView(g, next, loaded.index, g.size < DIM_UP_TO, app.layoutHidesEdges, {
    previous: app.derived,
    theme: th,
  });
}
