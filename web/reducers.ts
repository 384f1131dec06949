/**
 * Reducers
 *
 * Turn the domain graph plus the view state into what sigma draws, following sigma's guidance:
 * view state stays out of the graph, and reducers map each node and edge to display data. Work that
 * depends only on the state (neighbourhood of the hovered or selected entity, focus set) is done
 * once per state change in `deriveView`, and what never changes per edge is in the render index
 * (graph-index.ts); the reducers only read both, allocating nothing but the object they return. The
 * edge program (`type`) is picked here, never stored in the graph.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { RELATIONS, type RelationType } from '../graph/relations.ts';
import type { EntityKind } from '../graph/types.ts';
import { confidenceOf, type RenderIndex } from './graph-index.ts';
import { communityColor, importanceOf } from './importance.ts';
import { pathBetween } from './kg.ts';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, KIND_COLORS, UNKNOWN_COLOR } from './palette.ts';
import type { ViewState } from './state.ts';
import { computeVisibility, datesOf, sameFilters, type Visibility } from './visibility.ts';

/** How many of the most important visible entities always show their label. */
export const TOP_LABELS = 12;
/** A selected or hovered entity's relations are labelled when it has at most this many. */
export const EDGE_LABELS_UP_TO = 60;

/** Colours that depend on the page theme. */
export interface Theme {
  readonly dimNode: string;
  readonly dimEdge: string;
}

export const LIGHT_THEME: Theme = { dimNode: DIM_NODE_COLOR, dimEdge: DIM_EDGE_COLOR };
export const DARK_THEME: Theme = { dimNode: '#3a3f47', dimEdge: '#2c3037' };

/** What the reducers read, derived from the state and the graph once per change. */
export interface DerivedView {
  readonly state: ViewState;
  /** Nodes to emphasise (hovered or selected entity and its neighbours); null when nothing is. */
  readonly emphasis: ReadonlySet<string> | null;
  /** The node whose edges are emphasised and labelled. */
  readonly centre: string | null;
  /** Nodes kept by "focus"; null when focus is off. */
  readonly focus: ReadonlySet<string> | null;
  /** Per-edge facts computed once per graph (see graph-index.ts). */
  readonly edges: RenderIndex;
  /**
   * Whether what is outside the emphasis is dimmed. Dimming touches every node and edge, so on large
   * graphs the view only highlights, which lets a hover refresh just the items it changes.
   */
  readonly dim: boolean;
  /**
   * Edges not drawn at all: while the layout moves a large graph (like sigma's hideEdgesOnMove
   * while the camera moves), drawing tens of thousands of moving edges costs more than it shows.
   */
  readonly edgesHidden: boolean;
  /** What the filters leave (recomputed only when a filter, the focus or the selection changes). */
  readonly visibility: Visibility;
  /** Node radius by the state's size mode. */
  readonly sizes: ReadonlyMap<string, number>;
  /** Louvain community per node when colouring by community, else null. */
  readonly communities: ReadonlyMap<string, number> | null;
  /** The most important visible entities, whose labels are always drawn. */
  readonly topLabels: ReadonlySet<string>;
  readonly theme: Theme;
  /** Number of relations of the centre (their labels are drawn when few). */
  readonly centreDegree: number;
  /** The shortest path from the selection to `state.pathTo`, drawn whatever the filters; null if none. */
  readonly path: PathView | null;
}

export interface PathView {
  /** Node keys from the selection to the target. */
  readonly list: readonly string[];
  /** The edge of each hop, in order. */
  readonly hops: readonly string[];
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface DeriveOptions {
  /** The previous view of the same graph: its visibility is reused when no filter changed. */
  previous?: DerivedView | null;
  theme?: Theme;
}

type AnyGraph = Graph<Attributes, Attributes, Attributes>;

/** True when the edge passes the relation, evidence and confidence filters. */
export function edgePassesFilters(state: ViewState, attrs: Attributes): boolean {
  const weight = typeof attrs.weight === 'number' ? attrs.weight : 1;
  return (
    !state.hiddenRelations.has(attrs.relation as RelationType) &&
    weight >= state.minEvidence &&
    confidenceOf(attrs) >= state.minConfidence
  );
}

function nodePassesFilters(state: ViewState, graph: AnyGraph, node: string): boolean {
  return !state.hiddenKinds.has(graph.getNodeAttribute(node, 'kind') as EntityKind);
}

/** Nodes within `depth` steps of the start nodes, following only edges and nodes that pass the filters. */
export function neighbourhood(
  graph: AnyGraph,
  state: ViewState,
  starts: readonly string[],
  depth: number,
): Set<string> {
  const seen = new Set(starts.filter((n) => graph.hasNode(n)));
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attrs, source, target) => {
        if (!edgePassesFilters(state, attrs)) return;
        const other = source === node ? target : source;
        if (seen.has(other) || !nodePassesFilters(state, graph, other)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}

/** Computes what the reducers need for this state. */
export function deriveView(
  graph: AnyGraph,
  state: ViewState,
  edges: RenderIndex,
  dim = true,
  edgesHidden = false,
  options: DeriveOptions = {},
): DerivedView {
  const sel = state.selection;
  const selected: string[] = [];
  if (sel?.type === 'node' && graph.hasNode(sel.key)) selected.push(sel.key);
  if (sel?.type === 'edge' && graph.hasEdge(sel.key))
    selected.push(graph.source(sel.key), graph.target(sel.key));

  let centre: string | null = null;
  let emphasis: ReadonlySet<string> | null = null;
  if (state.hoveredNode !== null && graph.hasNode(state.hoveredNode)) {
    centre = state.hoveredNode;
    emphasis = neighbourhood(graph, state, [centre], 1);
  } else if (state.hoveredEdge !== null && graph.hasEdge(state.hoveredEdge)) {
    emphasis = new Set([graph.source(state.hoveredEdge), graph.target(state.hoveredEdge)]);
  } else if (sel?.type === 'node' && selected.length) {
    centre = sel.key;
    // With focus on, everything the focus keeps is emphasised (depth 2 used to be grey discs).
    emphasis = state.focusDepth > 0 ? null : neighbourhood(graph, state, [sel.key], 1);
  } else if (selected.length) {
    emphasis = new Set(selected);
  }
  const prev = options.previous ?? null;
  const pinned = sel?.type === 'node' && graph.hasNode(sel.key) ? sel.key : null;
  // The visibility of the previous view still holds when no filter changed and the selection either
  // did not change or does not matter (no focus, and no entity shown only because it is selected).
  const reuse =
    prev !== null &&
    prev.edges === edges &&
    sameFilters(prev.state, state) &&
    prev.state.focusDepth === state.focusDepth &&
    (prev.state.selection === state.selection ||
      (state.focusDepth === 0 &&
        (prev.visibility.pinned === null || prev.visibility.pinned === pinned) &&
        (pinned === null || prev.visibility.nodes.has(pinned))));
  const focus = reuse
    ? prev.focus
    : state.focusDepth > 0 && selected.length
      ? neighbourhood(graph, state, selected, state.focusDepth)
      : null;
  if (emphasis === null && centre !== null && focus !== null) emphasis = focus;
  let path: PathView | null = null;
  if (pinned !== null && state.pathTo !== null) {
    if (prev?.path && prev.state.pathTo === state.pathTo && prev.state.selection === state.selection)
      path = prev.path;
    else {
      const found = pathBetween(graph as never, pinned, state.pathTo);
      if (found)
        path = {
          list: found.nodes,
          hops: found.edges,
          nodes: new Set(found.nodes),
          edges: new Set(found.edges),
        };
    }
    if (path && state.hoveredNode === null && state.hoveredEdge === null) emphasis = path.nodes;
  }
  const visibility = reuse
    ? prev.visibility
    : computeVisibility(graph, state, edges, datesOf(graph), focus, pinned);
  const importance = importanceOf(graph);
  const sizes = importance.sizes(state.sizeBy);
  const communities = state.colorBy === 'community' ? importance.communities() : null;
  let topLabels: ReadonlySet<string>;
  if (reuse && prev.state.sizeBy === state.sizeBy) topLabels = prev.topLabels;
  else {
    const top = new Set<string>();
    for (const n of importance.ranked(state.sizeBy)) {
      if (top.size >= TOP_LABELS) break;
      if (visibility.nodes.has(n)) top.add(n);
    }
    topLabels = top;
  }
  const theme = options.theme ?? prev?.theme ?? LIGHT_THEME;
  return {
    state,
    emphasis,
    centre,
    focus,
    edges,
    dim,
    edgesHidden,
    visibility,
    sizes,
    communities,
    topLabels,
    theme,
    centreDegree: centre === null ? 0 : graph.degree(centre),
    path,
  };
}

/**
 * The nodes and edges whose display differs between two derived views of the same graph, when that
 * can be known without looking at everything: only hover or selection changed and nothing is dimmed.
 * Null means "refresh everything".
 */
export function changedItems(
  graph: AnyGraph,
  before: DerivedView,
  after: DerivedView,
): { nodes: string[]; edges: string[] } | null {
  const a = before.state;
  const b = after.state;
  if (before.dim || after.dim || before.edges !== after.edges || before.edgesHidden !== after.edgesHidden)
    return null;
  if (before.visibility !== after.visibility || before.theme !== after.theme) return null;
  if (before.path !== after.path) return null;
  if (before.sizes !== after.sizes || before.communities !== after.communities) return null;
  if (a.focusDepth !== b.focusDepth || a.edgeLabels !== b.edgeLabels) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addNode = (n: string | null) => {
    if (n !== null && graph.hasNode(n)) nodes.add(n);
  };
  const addEdge = (e: string | null) => {
    if (e !== null && graph.hasEdge(e)) edges.add(e);
  };
  for (const v of [before, after]) {
    v.emphasis?.forEach(addNode);
    addNode(v.centre);
    addNode(v.state.hoveredNode);
    addEdge(v.state.hoveredEdge);
    const sel = v.state.selection;
    if (sel?.type === 'node') addNode(sel.key);
    if (sel?.type === 'edge') addEdge(sel.key);
    if (v.centre !== null && graph.hasNode(v.centre)) graph.forEachEdge(v.centre, (e) => edges.add(e));
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** Sigma's nodeReducer and edgeReducer over a derived view that the caller swaps on each change. */
export function createReducers(view: () => DerivedView) {
  function nodeReducer(node: string, attrs: Attributes): Partial<NodeDisplayData> {
    const v = view();
    const { state, emphasis } = v;
    const kind = attrs.kind as EntityKind;
    const sel = state.selection;
    const isSelected = sel !== null && sel.type === 'node' && sel.key === node;
    const onPath = v.path?.nodes.has(node) === true;
    const hidden = !v.visibility.nodes.has(node) && !onPath;
    const emphasised = emphasis?.has(node) === true;
    const dimmed = v.dim && emphasis !== null && !emphasised;
    const color = v.communities
      ? communityColor(v.communities.get(node))
      : (KIND_COLORS[kind] ?? UNKNOWN_COLOR);
    return {
      x: attrs.x as number,
      y: attrs.y as number,
      label: dimmed ? '' : (attrs.label as string),
      size: v.sizes.get(node) ?? 3,
      color: dimmed ? v.theme.dimNode : color,
      hidden,
      forceLabel:
        isSelected ||
        (emphasised && (emphasis?.size ?? 0) <= 40) ||
        onPath ||
        (emphasis === null && v.topLabels.has(node)),
      highlighted: isSelected || node === state.hoveredNode,
      zIndex: dimmed ? 0 : isSelected ? 2 : 1,
    };
  }

  function edgeReducer(edge: string, attrs: Attributes): Partial<EdgeDisplayData> & { curvature: number } {
    const v = view();
    const { state, emphasis, centre } = v;
    const info = v.edges.get(edge);
    if (info === undefined) return { hidden: true, curvature: 0 };
    // Same program (type) as when shown, so showing them again needs no re-indexing.
    if (v.edgesHidden) return { hidden: true, type: info.type, curvature: info.curvature };
    const { source, target } = info;
    const onPath = v.path?.edges.has(edge) === true;
    const hidden = !v.visibility.edges.has(edge) && !onPath;
    const sel = state.selection;
    const isSelected = sel !== null && sel.type === 'edge' && sel.key === edge;
    const isHovered = state.hoveredEdge === edge || onPath;
    const touchesCentre = centre !== null && (source === centre || target === centre);
    const dimmed =
      v.dim &&
      emphasis !== null &&
      !isHovered &&
      !isSelected &&
      !touchesCentre &&
      !(emphasis.has(source) && emphasis.has(target));
    const showLabel =
      state.edgeLabels ||
      isHovered ||
      isSelected ||
      (touchesCentre && centre !== null && v.centreDegree <= EDGE_LABELS_UP_TO);
    return {
      label: showLabel
        ? (attrs.label as string) || (RELATIONS[info.relation]?.label ?? String(info.relation))
        : null,
      forceLabel: showLabel,
      size: isHovered || isSelected ? info.size * 2 : info.size,
      color: dimmed ? v.theme.dimEdge : info.color,
      hidden,
      zIndex: dimmed ? 0 : 1,
      type: info.type,
      curvature: info.curvature,
    };
  }

  return { nodeReducer, edgeReducer };
}
