/**
 * View state
 *
 * Everything the user changes about how the graph is shown — selection, hover, filters, focus, the
 * search box — as one immutable value and pure transitions `(state, …args) => newState`, in the
 * manner of Gephi Lite's actions. The domain graph is never touched: reducers read this state.
 * `stateToHash` / `stateFromHash` put the shareable part (selection, filters, focus, search) in the
 * URL so a link restores the view.
 */

import { isRelationType, RELATION_TYPES, type RelationType } from '../graph/relations.ts';
import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';

/** What the details panel shows: an entity (node key) or a relation (edge key). */
export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

export type FocusDepth = 0 | 1 | 2;

/** What a node's size follows. */
export type SizeBy = 'mentions' | 'degree' | 'pagerank';
export const SIZE_BY: readonly SizeBy[] = ['mentions', 'degree', 'pagerank'];

/** What a node's colour follows: its kind, or its Louvain community. */
export type ColorBy = 'kind' | 'community';
export const COLOR_BY: readonly ColorBy[] = ['kind', 'community'];

/** Camera position restored from a link: x, y (sigma's framed-graph coordinates) and ratio. */
export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export interface ViewState {
  readonly selection: Selection;
  /** Node under the pointer (not in the URL). */
  readonly hoveredNode: string | null;
  /** Edge under the pointer (not in the URL). */
  readonly hoveredEdge: string | null;
  /** Kinds switched off in the legend or the filters. */
  readonly hiddenKinds: ReadonlySet<EntityKind>;
  /** Relations switched off in the legend or the filters. */
  readonly hiddenRelations: ReadonlySet<RelationType>;
  /** Edges with fewer evidence sentences are hidden. @default 1 */
  readonly minEvidence: number;
  /**
   * Edges whose `confidence` (the highest of their evidence's; absent counts as 1) is below this are
   * hidden, 0–1. @default 0
   */
  readonly minConfidence: number;
  /** 0 shows everything; 1 or 2 shows only the selected entity's neighbourhood at that depth. */
  readonly focusDepth: FocusDepth;
  /** Text of the search box. */
  readonly search: string;
  /** Entities without a visible relation are drawn too. @default false (an overview first) */
  readonly showUnconnected: boolean;
  /** Only the largest connected component of what the filters leave. @default false */
  readonly largestComponent: boolean;
  /** Only entities with at least this many visible neighbours within the kept set (k-core); 0 is off. */
  readonly kCore: number;
  readonly sizeBy: SizeBy;
  readonly colorBy: ColorBy;
  /** Only evidence from documents dated in this range (ISO dates, inclusive); null bounds are open. */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  /** Every visible relation shows its name, not only those of the hovered or selected entity. */
  readonly edgeLabels: boolean;
  /** With an entity selected: the entity a shortest path is drawn to. */
  readonly pathTo: string | null;
  /** Entities whose neighbours are shown whatever the evidence, k-core, component and unconnected filters. */
  readonly expanded: ReadonlySet<string>;
  /** Entities whose leaf neighbours (linked to nothing else) are hidden. */
  readonly collapsed: ReadonlySet<string>;
}

export const INITIAL_STATE: ViewState = {
  selection: null,
  hoveredNode: null,
  hoveredEdge: null,
  hiddenKinds: new Set(),
  hiddenRelations: new Set(),
  minEvidence: 1,
  minConfidence: 0,
  focusDepth: 0,
  search: '',
  showUnconnected: false,
  largestComponent: false,
  kCore: 0,
  sizeBy: 'mentions',
  colorBy: 'kind',
  dateFrom: null,
  dateTo: null,
  edgeLabels: false,
  pathTo: null,
  expanded: new Set(),
  collapsed: new Set(),
};

/** Largest k-core the UI and the URL accept. */
export const MAX_K_CORE = 20;

/** Largest minimum-evidence threshold the UI and the URL accept. */
export const MAX_MIN_EVIDENCE = 99;

/** Selects an entity (a path drawn from the previous selection is dropped). */
export function selectNode(state: ViewState, key: string | null): ViewState {
  const selection: Selection = key === null ? null : { type: 'node', key };
  return { ...state, selection, pathTo: null };
}

export function selectEdge(state: ViewState, key: string | null): ViewState {
  const selection: Selection = key === null ? null : { type: 'edge', key };
  return { ...state, selection, pathTo: null };
}

export function clearSelection(state: ViewState): ViewState {
  return state.selection === null ? state : { ...state, selection: null, pathTo: null };
}

/** Draws the shortest path from the selected entity to `key` (null: none). */
export function setPathTo(state: ViewState, key: string | null): ViewState {
  if (state.selection?.type !== 'node') return state.pathTo === null ? state : { ...state, pathTo: null };
  return key === state.pathTo ? state : { ...state, pathTo: key };
}

export function hoverNode(state: ViewState, key: string | null): ViewState {
  return state.hoveredNode === key ? state : { ...state, hoveredNode: key };
}

export function hoverEdge(state: ViewState, key: string | null): ViewState {
  return state.hoveredEdge === key ? state : { ...state, hoveredEdge: key };
}

function toggled<T>(set: ReadonlySet<T>, value: T, hidden?: boolean): ReadonlySet<T> {
  const next = new Set(set);
  const hide = hidden ?? !set.has(value);
  if (hide) next.add(value);
  else next.delete(value);
  return next;
}

/** Shows or hides a kind; without `hidden`, flips it. */
export function toggleKind(state: ViewState, kind: EntityKind, hidden?: boolean): ViewState {
  return { ...state, hiddenKinds: toggled(state.hiddenKinds, kind, hidden) };
}

/** Shows or hides a relation; without `hidden`, flips it. */
export function toggleRelation(state: ViewState, relation: RelationType, hidden?: boolean): ViewState {
  return { ...state, hiddenRelations: toggled(state.hiddenRelations, relation, hidden) };
}

export function setMinEvidence(state: ViewState, value: number): ViewState {
  const n = Number.isFinite(value) ? Math.min(MAX_MIN_EVIDENCE, Math.max(1, Math.floor(value))) : 1;
  return n === state.minEvidence ? state : { ...state, minEvidence: n };
}

/** Steps of the minimum-confidence filter (the slider's and the URL's): hundredths. */
const CONFIDENCE_STEPS = 100;

/** Sets the minimum confidence, clamped to 0–1 and rounded to hundredths; not a number: 0. */
export function setMinConfidence(state: ViewState, value: number): ViewState {
  const n = Number.isFinite(value)
    ? Math.round(Math.min(1, Math.max(0, value)) * CONFIDENCE_STEPS) / CONFIDENCE_STEPS
    : 0;
  return n === state.minConfidence ? state : { ...state, minConfidence: n };
}

export function setFocusDepth(state: ViewState, depth: number): ViewState {
  const d: FocusDepth = depth >= 2 ? 2 : depth >= 1 ? 1 : 0;
  return d === state.focusDepth ? state : { ...state, focusDepth: d };
}

export function setSearch(state: ViewState, text: string): ViewState {
  return text === state.search ? state : { ...state, search: text };
}

export function setShowUnconnected(state: ViewState, show: boolean): ViewState {
  return show === state.showUnconnected ? state : { ...state, showUnconnected: show };
}

export function setEdgeLabels(state: ViewState, on: boolean): ViewState {
  return on === state.edgeLabels ? state : { ...state, edgeLabels: on };
}

export function setLargestComponent(state: ViewState, on: boolean): ViewState {
  return on === state.largestComponent ? state : { ...state, largestComponent: on };
}

export function setKCore(state: ViewState, k: number): ViewState {
  const n = Number.isFinite(k) ? Math.min(MAX_K_CORE, Math.max(0, Math.floor(k))) : 0;
  return n === state.kCore ? state : { ...state, kCore: n };
}

export function setSizeBy(state: ViewState, by: string): ViewState {
  const next = (SIZE_BY as readonly string[]).includes(by) ? (by as SizeBy) : 'mentions';
  return next === state.sizeBy ? state : { ...state, sizeBy: next };
}

export function setColorBy(state: ViewState, by: string): ViewState {
  const next = (COLOR_BY as readonly string[]).includes(by) ? (by as ColorBy) : 'kind';
  return next === state.colorBy ? state : { ...state, colorBy: next };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Sets the date range; anything but a YYYY-MM-DD date is an open bound. */
export function setDateRange(state: ViewState, from: string | null, to: string | null): ViewState {
  const f = from && ISO_DATE.test(from) ? from : null;
  const t = to && ISO_DATE.test(to) ? to : null;
  return f === state.dateFrom && t === state.dateTo ? state : { ...state, dateFrom: f, dateTo: t };
}

/** Shows all of an entity's neighbours (and undoes "hide neighbours" for it). */
export function expandNeighbours(state: ViewState, key: string): ViewState {
  if (state.expanded.has(key) && !state.collapsed.has(key)) return state;
  return {
    ...state,
    expanded: toggled(state.expanded, key, true),
    collapsed: toggled(state.collapsed, key, false),
  };
}

/** Hides an entity's leaf neighbours (and undoes "expand" for it). */
export function hideNeighbours(state: ViewState, key: string): ViewState {
  if (state.collapsed.has(key) && !state.expanded.has(key)) return state;
  return {
    ...state,
    collapsed: toggled(state.collapsed, key, true),
    expanded: toggled(state.expanded, key, false),
  };
}

/** Undoes "hide neighbours" for an entity. */
export function showNeighbours(state: ViewState, key: string): ViewState {
  return state.collapsed.has(key) ? { ...state, collapsed: toggled(state.collapsed, key, false) } : state;
}

/** Back to the default filters (kinds, relations, evidence, confidence, core, component, dates, focus). */
export function resetFilters(state: ViewState): ViewState {
  return {
    ...state,
    hiddenKinds: new Set(),
    hiddenRelations: new Set(),
    minEvidence: 1,
    minConfidence: 0,
    kCore: 0,
    largestComponent: false,
    dateFrom: null,
    dateTo: null,
    focusDepth: 0,
  };
}

/** Keeps filters and search, drops what pointed into the previous graph (selection, hover, expansions). */
export function graphReplaced(state: ViewState): ViewState {
  return {
    ...state,
    selection: null,
    hoveredNode: null,
    hoveredEdge: null,
    expanded: new Set(),
    collapsed: new Set(),
  };
}

/** Drops a selection or hover whose key no longer exists in the graph. */
export function pruneMissing(
  state: ViewState,
  hasNode: (key: string) => boolean,
  hasEdge: (key: string) => boolean,
): ViewState {
  let next = state;
  const sel = state.selection;
  if (sel && !(sel.type === 'node' ? hasNode(sel.key) : hasEdge(sel.key))) next = clearSelection(next);
  if (next.hoveredNode !== null && !hasNode(next.hoveredNode)) next = hoverNode(next, null);
  if (next.hoveredEdge !== null && !hasEdge(next.hoveredEdge)) next = hoverEdge(next, null);
  return next;
}

/**
 * The shareable part of the state as a URL hash (without `#`), keys in a fixed order and defaults
 * left out so the same view always gives the same address.
 */
export function stateToHash(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.selection) p.set(state.selection.type === 'node' ? 'node' : 'edge', state.selection.key);
  const kinds = ENTITY_KINDS.filter((k) => state.hiddenKinds.has(k));
  if (kinds.length) p.set('hideKinds', kinds.join(','));
  const rels = RELATION_TYPES.filter((r) => state.hiddenRelations.has(r));
  if (rels.length) p.set('hideRelations', rels.join(','));
  if (state.minEvidence > 1) p.set('minEvidence', String(state.minEvidence));
  if (state.minConfidence > 0) p.set('minConfidence', String(state.minConfidence));
  if (state.focusDepth > 0) p.set('focus', String(state.focusDepth));
  if (state.search) p.set('q', state.search);
  if (state.showUnconnected) p.set('unconnected', '1');
  if (state.largestComponent) p.set('lcc', '1');
  if (state.kCore > 0) p.set('k', String(state.kCore));
  if (state.sizeBy !== 'mentions') p.set('size', state.sizeBy);
  if (state.colorBy !== 'kind') p.set('color', state.colorBy);
  if (state.dateFrom) p.set('from', state.dateFrom);
  if (state.dateTo) p.set('to', state.dateTo);
  if (state.edgeLabels) p.set('labels', '1');
  if (state.pathTo && state.selection?.type === 'node') p.set('path', state.pathTo);
  // One parameter per key: keys are free text, so no separator is safe.
  for (const key of [...state.expanded].sort()) p.append('expand', key);
  for (const key of [...state.collapsed].sort()) p.append('collapse', key);
  return p.toString();
}

/** Reads a hash written by `stateToHash`; unknown or malformed values fall back to the defaults. */
export function stateFromHash(hash: string, base: ViewState = INITIAL_STATE): ViewState {
  const p = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const node = p.get('node');
  const edge = p.get('edge');
  const selection: Selection = node ? { type: 'node', key: node } : edge ? { type: 'edge', key: edge } : null;
  const list = (name: string) => (p.get(name) ?? '').split(',').filter(Boolean);
  const hiddenKinds = new Set(list('hideKinds').filter((k): k is EntityKind => isEntityKind(k)));
  const hiddenRelations = new Set(list('hideRelations').filter(isRelationType));
  let state: ViewState = { ...base, selection, hiddenKinds, hiddenRelations, search: p.get('q') ?? '' };
  state = setMinEvidence({ ...state, minEvidence: 1 }, Number(p.get('minEvidence') ?? 1));
  state = setMinConfidence({ ...state, minConfidence: 0 }, Number(p.get('minConfidence') ?? 0));
  state = setFocusDepth({ ...state, focusDepth: 0 }, Number(p.get('focus') ?? 0));
  state = {
    ...state,
    showUnconnected: p.get('unconnected') === '1',
    largestComponent: p.get('lcc') === '1',
    edgeLabels: p.get('labels') === '1',
    kCore: 0,
    sizeBy: 'mentions',
    colorBy: 'kind',
  };
  state = setKCore(state, Number(p.get('k') ?? 0));
  state = setSizeBy(state, p.get('size') ?? 'mentions');
  state = setColorBy(state, p.get('color') ?? 'kind');
  state = setDateRange({ ...state, dateFrom: null, dateTo: null }, p.get('from'), p.get('to'));
  state = setPathTo({ ...state, pathTo: null }, p.get('path'));
  const expanded = new Set(p.getAll('expand').filter(Boolean));
  const collapsed = new Set(p.getAll('collapse').filter((k) => k && !expanded.has(k)));
  return { ...state, expanded, collapsed };
}

function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** The camera as a compact URL value: `x,y,ratio` with a few decimals. */
export function cameraToParam(camera: CameraView): string {
  const r = (v: number, d: number) => Number(v.toFixed(d));
  return `${r(camera.x, 4)},${r(camera.y, 4)},${r(camera.ratio, 4)}`;
}

/** The `cam` value of a hash, or null when absent or malformed. */
export function cameraFromHash(hash: string): CameraView | null {
  const value = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get('cam');
  const parts = (value ?? '').split(',').map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null;
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}
