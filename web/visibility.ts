/**
 * Visibility
 *
 * Which entities and relations the filters leave, computed once per filter change (never per hover)
 * so the reducers only look a key up. The order matters and is what makes the filters honest:
 * relations pass the relation, confidence, evidence, date, kind and focus filters; then the k-core and the
 * largest component are taken over what passed; then an entity without a visible relation is hidden
 * unless "show unconnected" is on (the selected entity stays, so a search result never vanishes).
 * Last, per entity: "expand" adds its relations that pass the relation, confidence, kind and focus filters (and
 * their other ends) whatever the evidence, k-core, component and unconnected filters say; "hide
 * neighbours" removes its leaf neighbours — those linked to nothing else — and their relations.
 * The counts feed "showing X of Y entities, M of N relations". Pure: no DOM, no sigma.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Evidence } from '../graph/types.ts';
import type { RenderIndex } from './graph-index.ts';
import type { ViewState } from './state.ts';

type AnyGraph = Graph<Attributes, Attributes, Attributes>;

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Entities that pass the kind and focus filters but have no visible relation. */
  readonly unconnected: number;
  /** The selected entity when it is shown only because it is selected (no visible relation). */
  readonly pinned: string | null;
}

/** The state fields visibility depends on; a change of any of them means recomputing it. */
export function sameFilters(a: ViewState, b: ViewState): boolean {
  return (
    a.hiddenKinds === b.hiddenKinds &&
    a.hiddenRelations === b.hiddenRelations &&
    a.minEvidence === b.minEvidence &&
    a.minConfidence === b.minConfidence &&
    a.showUnconnected === b.showUnconnected &&
    a.largestComponent === b.largestComponent &&
    a.kCore === b.kCore &&
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo &&
    a.expanded === b.expanded &&
    a.collapsed === b.collapsed
  );
}

/** Document id → ISO date, from the graph's `documents` attribute. */
export function documentDates(graph: AnyGraph): Map<string, string> {
  const dates = new Map<string, string>();
  const docs: unknown = graph.getAttribute('documents');
  if (!Array.isArray(docs)) return dates;
  for (const d of docs) {
    if (d && typeof d.id === 'string' && typeof d.date === 'string' && d.date.length >= 10)
      dates.set(d.id, d.date.slice(0, 10));
  }
  return dates;
}

const datesCache = new WeakMap<object, Map<string, string>>();

/** documentDates, computed once per graph. */
export function datesOf(graph: AnyGraph): ReadonlyMap<string, string> {
  let dates = datesCache.get(graph);
  if (!dates) {
    dates = documentDates(graph);
    datesCache.set(graph, dates);
  }
  return dates;
}

/** Drops the cached dates of a graph whose documents changed (an expanded neighbourhood). */
export function forgetDates(graph: AnyGraph): void {
  datesCache.delete(graph);
}

/** Evidence sentences of an edge dated inside the state's range (all of them when no range is set). */
export function evidenceInRange(
  state: ViewState,
  evidence: unknown,
  dates: ReadonlyMap<string, string>,
  weight: number,
): number {
  if (state.dateFrom === null && state.dateTo === null) return weight;
  if (!Array.isArray(evidence)) return 0;
  let n = 0;
  for (const ev of evidence as Evidence[]) {
    const date = dates.get(ev.docId);
    if (date === undefined) continue;
    if (state.dateFrom !== null && date < state.dateFrom) continue;
    if (state.dateTo !== null && date > state.dateTo) continue;
    n++;
  }
  return n;
}

/** Peels nodes with fewer than k neighbours (counted over `adjacency`) until none is left: the k-core. */
export function kCore(adjacency: ReadonlyMap<string, ReadonlySet<string>>, k: number): Set<string> {
  const degree = new Map<string, number>();
  const stack: string[] = [];
  for (const [node, nbrs] of adjacency) {
    degree.set(node, nbrs.size);
    if (nbrs.size < k) stack.push(node);
  }
  const removed = new Set<string>();
  while (stack.length) {
    const node = stack.pop() as string;
    if (removed.has(node)) continue;
    removed.add(node);
    for (const other of adjacency.get(node) ?? []) {
      if (removed.has(other)) continue;
      const d = (degree.get(other) ?? 0) - 1;
      degree.set(other, d);
      if (d < k) stack.push(other);
    }
  }
  return new Set([...adjacency.keys()].filter((n) => !removed.has(n)));
}

/** The largest connected component over `adjacency` (ties: the one holding the smallest key). */
export function largestComponent(adjacency: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const seen = new Set<string>();
  let best: string[] = [];
  for (const start of [...adjacency.keys()].sort()) {
    if (seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      for (const other of adjacency.get(component[i] as string) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        component.push(other);
      }
    }
    if (component.length > best.length) best = component;
  }
  return new Set(best);
}

/**
 * What the filters leave of the graph. `focus` is the focus set (null when focus is off); `pinned`
 * is the selected entity, kept when it passes the kind and focus filters.
 */
export function computeVisibility(
  graph: AnyGraph,
  state: ViewState,
  index: RenderIndex,
  dates: ReadonlyMap<string, string>,
  focus: ReadonlySet<string> | null,
  pinned: string | null,
): Visibility {
  const nodeOk = (node: string, kind: unknown) =>
    !state.hiddenKinds.has(kind as never) && (focus === null || focus.has(node));
  const candidates: string[] = [];
  const adjacency = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = adjacency.get(a);
    if (set) set.add(b);
    else adjacency.set(a, new Set([b]));
  };
  const dated = state.dateFrom !== null || state.dateTo !== null;
  for (const [edge, info] of index) {
    if (state.hiddenRelations.has(info.relation) || info.confidence < state.minConfidence) continue;
    if (state.hiddenKinds.has(info.sourceKind) || state.hiddenKinds.has(info.targetKind)) continue;
    if (focus !== null && !(focus.has(info.source) && focus.has(info.target))) continue;
    const weight = dated
      ? evidenceInRange(state, graph.getEdgeAttribute(edge, 'evidence'), dates, info.weight)
      : info.weight;
    if (weight < state.minEvidence || weight === 0) continue;
    candidates.push(edge);
    link(info.source, info.target);
    link(info.target, info.source);
  }
  let kept: Set<string> | null = null;
  if (state.kCore > 1) kept = kCore(adjacency, state.kCore);
  if (state.largestComponent) {
    const sub = kept === null ? adjacency : restrict(adjacency, kept);
    kept = largestComponent(sub);
  }
  const edges = new Set<string>();
  const connected = new Set<string>();
  for (const edge of candidates) {
    const info = index.get(edge);
    if (!info || (kept !== null && !(kept.has(info.source) && kept.has(info.target)))) continue;
    edges.add(edge);
    connected.add(info.source);
    connected.add(info.target);
  }
  const nodes = new Set<string>();
  let unconnected = 0;
  let pinnedOnly: string | null = null;
  graph.forEachNode((node, attrs) => {
    if (!nodeOk(node, attrs.kind)) return;
    if (connected.has(node)) nodes.add(node);
    else {
      if (kept === null) unconnected++;
      if (state.showUnconnected && kept === null) nodes.add(node);
      else if (node === pinned) {
        nodes.add(node);
        pinnedOnly = node;
      }
    }
  });
  for (const centre of state.expanded) {
    if (!graph.hasNode(centre) || !nodeOk(centre, graph.getNodeAttribute(centre, 'kind'))) continue;
    let linked = false;
    graph.forEachEdge(centre, (edge) => {
      const info = index.get(edge);
      if (!info || state.hiddenRelations.has(info.relation) || info.confidence < state.minConfidence) return;
      const other = info.source === centre ? info.target : info.source;
      if (!nodeOk(other, other === info.source ? info.sourceKind : info.targetKind)) return;
      edges.add(edge);
      nodes.add(centre);
      nodes.add(other);
      linked = true;
    });
    if (linked && pinnedOnly === centre) pinnedOnly = null;
  }
  for (const centre of state.collapsed) {
    if (!graph.hasNode(centre)) continue;
    for (const leaf of leafNeighbours(graph, centre)) {
      if (leaf === pinned) continue;
      nodes.delete(leaf);
      graph.forEachEdge(leaf, (edge) => {
        edges.delete(edge);
      });
    }
  }
  return { nodes, edges, unconnected, pinned: pinnedOnly };
}

/** The neighbours of `key` linked to no other entity (sorted): what "hide neighbours" hides. */
export function leafNeighbours(graph: AnyGraph, key: string): string[] {
  return graph
    .neighbors(key)
    .filter((n) => graph.neighbors(n).every((m) => m === key))
    .sort();
}

function restrict(
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  keep: ReadonlySet<string>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [node, nbrs] of adjacency) {
    if (!keep.has(node)) continue;
    out.set(node, new Set([...nbrs].filter((n) => keep.has(n))));
  }
  return out;
}
