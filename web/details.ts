/**
 * Details panel
 *
 * Renders the selected entity or relation into `data-testid="details"`, evidence first: an entity's
 * relations are grouped by type and direction, the groups and the relations in them sorted by
 * evidence count, each relation with its first sentence and a "show all N" button for the rest; a
 * hub's long tail of relations and its document list stay folded. A selected relation shows its two
 * ends and all its evidence. Every string from the graph goes in as text; the highlighted trigger
 * and mentions are <mark> elements whose content is a text node.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { speakerText } from '../graph/evidence.ts';
import { RELATION_TYPES, RELATIONS, type RelationType } from '../graph/relations.ts';
import type { Evidence } from '../graph/types.ts';
import { el } from './dom.ts';
import { evidenceSegments } from './highlight.ts';
import { KIND_COLORS, RELATION_COLORS, UNKNOWN_COLOR } from './palette.ts';
import type { Selection } from './state.ts';

type AnyGraph = Graph<Attributes, Attributes, Attributes>;

export interface DetailsActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  close(): void;
  /** Draw the shortest path from the selected entity to the entity this name finds (null: clear). */
  pathTo(name: string | null): void;
  /** Show all of the entity's neighbours (from the store, when the page shows part of one). */
  expand(key: string): void;
  /** Hide (true) or show again (false) the entity's leaf neighbours. */
  hideNeighbours(key: string, hide: boolean): void;
}

/** The selected entity's expand / hide state, for its two buttons. */
export interface NeighbourInfo {
  readonly expanded: boolean;
  readonly collapsed: boolean;
  /** Neighbours linked to nothing else: what "hide neighbours" hides. */
  readonly leaves: number;
}

/** A drawn path: node keys and the edge of each hop; `missing` when no path was found. */
export interface PathInfo {
  target: string;
  list: readonly string[];
  hops: readonly string[];
}

export function renderDetails(
  panel: HTMLElement,
  graph: AnyGraph,
  selection: Selection,
  actions: DetailsActions,
  path: PathInfo | null = null,
  neighbours: NeighbourInfo | null = null,
) {
  panel.replaceChildren();
  if (selection === null) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close details' }, '×');
  close.addEventListener('click', () => actions.close());
  panel.append(close);
  if (selection.type === 'node' && graph.hasNode(selection.key))
    nodeDetails(panel, graph, selection.key, actions, path, neighbours);
  else if (selection.type === 'edge' && graph.hasEdge(selection.key))
    edgeDetails(panel, graph, selection.key, actions);
  else panel.append(el('p', {}, 'Nothing selected.'));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function kindBadge(kind: unknown) {
  const k = String(kind ?? 'unknown');
  const color = KIND_COLORS[k as keyof typeof KIND_COLORS] ?? UNKNOWN_COLOR;
  return el('span', { class: 'badge', style: `--c:${color}`, 'data-testid': 'details-kind' }, k);
}

function nodeButton(graph: AnyGraph, key: string, actions: DetailsActions) {
  const label = String(graph.getNodeAttribute(key, 'label') ?? key);
  const button = el(
    'button',
    { type: 'button', class: 'link', 'data-testid': 'neighbour', 'data-key': key },
    label,
  );
  button.addEventListener('click', () => actions.selectNode(key));
  return button;
}

/** "Expand neighbours" and "Hide neighbours" / "Show neighbours". */
function neighbourButtons(key: string, actions: DetailsActions, info: NeighbourInfo): HTMLElement {
  const expand = el(
    'button',
    { type: 'button', 'data-testid': 'expand-neighbours', 'aria-pressed': String(info.expanded) },
    'Expand neighbours',
  );
  expand.addEventListener('click', () => actions.expand(key));
  const hide = el(
    'button',
    {
      type: 'button',
      'data-testid': info.collapsed ? 'show-neighbours' : 'hide-neighbours',
      title: `${info.leaves} neighbour${info.leaves === 1 ? '' : 's'} linked to nothing else`,
    },
    info.collapsed ? 'Show neighbours' : 'Hide neighbours',
  );
  hide.disabled = !info.collapsed && info.leaves === 0;
  hide.addEventListener('click', () => actions.hideNeighbours(key, !info.collapsed));
  return el('div', { class: 'neighbour-actions', 'data-testid': 'neighbour-actions' }, expand, ' ', hide);
}

/** "Path to…": a name field, and the path drawn (or "no path") with each hop's relation. */
function pathSection(graph: AnyGraph, actions: DetailsActions, path: PathInfo | null): HTMLElement {
  const input = el('input', {
    type: 'search',
    'data-testid': 'path-to',
    placeholder: 'Path to… (a name)',
    'aria-label': 'Shortest path to another entity',
  });
  const form = el('form', { class: 'path-form' }, input, el('button', { type: 'submit' }, 'Go'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.pathTo(input.value.trim() || null);
  });
  const box = el('div', { class: 'path', 'data-testid': 'path' }, form);
  if (!path) return box;
  if (path.list.length === 0) {
    box.append(
      el(
        'p',
        { class: 'meta' },
        `No path to ${String(graph.getNodeAttribute(path.target, 'label') ?? path.target)}.`,
      ),
    );
    return box;
  }
  const steps = el('p', { class: 'path-steps', 'data-testid': 'path-steps' });
  path.list.forEach((node, i) => {
    if (i > 0) {
      const hop = path.hops[i - 1];
      const words = hop
        ? (RELATIONS[graph.getEdgeAttribute(hop, 'relation') as RelationType]?.label ?? '')
        : '';
      steps.append(` — ${words} — `);
    }
    steps.append(nodeButton(graph, node, actions));
  });
  const clear = el('button', { type: 'button', class: 'link small' }, 'clear path');
  clear.addEventListener('click', () => actions.pathTo(null));
  box.append(steps, clear);
  return box;
}

function nodeDetails(
  panel: HTMLElement,
  graph: AnyGraph,
  key: string,
  actions: DetailsActions,
  path: PathInfo | null,
  neighbours: NeighbourInfo | null,
) {
  const a = graph.getNodeAttributes(key);
  const label = String(a.label ?? key);
  const titles = strings(a.titles);
  // Titles are also aliases in the graph; list each once, under "Described as".
  const aliases = strings(a.aliases).filter((x) => x !== label && !titles.includes(x));
  panel.append(
    el('h2', { 'data-testid': 'details-label' }, label),
    el('p', { class: 'meta' }, kindBadge(a.kind), ` ${Number(a.mentions) || 0} mentions`),
  );
  if (aliases.length) panel.append(el('h3', {}, 'Also called'), list(aliases, 'details-aliases'));
  if (titles.length) panel.append(el('h3', {}, 'Described as'), list(titles));
  if (neighbours) panel.append(neighbourButtons(key, actions, neighbours));
  panel.append(pathSection(graph, actions, path));

  // Group edges by relation and direction; groups by their strongest relation, relations by evidence.
  const groups = new Map<string, { edges: string[]; weight: number }>();
  graph.forEachEdge(key, (edge, attrs, source) => {
    const dir = !graph.isDirected(edge) ? 'both' : source === key ? 'out' : 'in';
    const id = `${attrs.relation}|${dir}`;
    const group = groups.get(id) ?? { edges: [], weight: 0 };
    group.edges.push(edge);
    group.weight = Math.max(group.weight, evidenceOf(graph, edge).length);
    groups.set(id, group);
  });
  const order = (id: string) => {
    const [rel, dir] = id.split('|');
    const r = RELATION_TYPES.indexOf(rel as RelationType);
    return (r < 0 ? 99 : r) * 3 + (dir === 'out' ? 0 : dir === 'both' ? 1 : 2);
  };
  const weightOf = (id: string) => groups.get(id)?.weight ?? 0;
  const ids = [...groups.keys()].sort((x, y) => weightOf(y) - weightOf(x) || order(x) - order(y));
  const total = [...groups.values()].reduce((n, g) => n + g.edges.length, 0);
  panel.append(el('h3', {}, ids.length ? `Relations (${total})` : 'No relations'));
  let shown = 0;
  const folded: HTMLElement[] = [];
  for (const id of ids) {
    const [rel = '', dir] = id.split('|');
    const words = RELATIONS[rel as RelationType]?.label ?? rel;
    const heading = dir === 'out' ? `${words} →` : dir === 'in' ? `← ${words}` : words;
    const section = el(
      'section',
      { class: 'relation-group', 'data-relation': rel, 'data-direction': dir },
      el('h4', { style: `--c:${RELATION_COLORS[rel as RelationType] ?? UNKNOWN_COLOR}` }, heading),
    );
    const edges = (groups.get(id)?.edges ?? []).sort(
      (x, y) => evidenceOf(graph, y).length - evidenceOf(graph, x).length || (x < y ? -1 : 1),
    );
    let visibleRows = 0;
    for (const edge of edges) {
      const row = relationRow(graph, key, edge, actions);
      if (shown >= RELATIONS_SHOWN) {
        row.hidden = true;
        folded.push(row);
      } else visibleRows++;
      shown++;
      section.append(row);
    }
    if (visibleRows === 0) {
      section.hidden = true;
      folded.push(section);
    }
    panel.append(section);
  }
  if (folded.length) {
    const more = el(
      'button',
      { type: 'button', class: 'link more', 'data-testid': 'more-relations' },
      `Show all ${total} relations`,
    );
    more.addEventListener('click', () => {
      for (const item of folded) item.hidden = false;
      more.remove();
    });
    panel.append(more);
  }
  const docs = strings(a.docs);
  if (docs.length)
    panel.append(
      el(
        'details',
        { class: 'docs', 'data-testid': 'details-docs' },
        el('summary', {}, `${docs.length} document${docs.length === 1 ? '' : 's'}`),
        el('p', { class: 'meta' }, docs.join(', ')),
      ),
    );
}

/** Relations of an entity listed before "show all". */
export const RELATIONS_SHOWN = 25;

function evidenceOf(graph: AnyGraph, edge: string): Evidence[] {
  const ev = graph.getEdgeAttribute(edge, 'evidence');
  return Array.isArray(ev) ? (ev as Evidence[]) : [];
}

/** One relation of an entity: the other end, the evidence count, the first sentence, "show all N". */
function relationRow(graph: AnyGraph, key: string, edge: string, actions: DetailsActions): HTMLElement {
  const other = graph.opposite(key, edge);
  const evidence = evidenceOf(graph, edge);
  const open = el('button', { type: 'button', class: 'link small', 'data-testid': 'edge-link' }, 'evidence');
  open.addEventListener('click', () => actions.selectEdge(edge));
  const row = el(
    'div',
    { class: 'relation', 'data-edge': edge, 'data-evidence': evidence.length },
    el('div', { class: 'relation-head' }, nodeButton(graph, other, actions), ` (${evidence.length}) `, open),
    evidenceList(evidence.slice(0, 1)),
  );
  if (evidence.length > 1) {
    const all = el(
      'button',
      { type: 'button', class: 'link small more', 'data-testid': 'show-all-evidence' },
      `show all ${evidence.length}`,
    );
    all.addEventListener('click', () => {
      row.replaceChild(evidenceList(evidence), row.children[1] as Element);
      all.remove();
    });
    row.append(all);
  }
  return row;
}

function edgeDetails(panel: HTMLElement, graph: AnyGraph, edge: string, actions: DetailsActions) {
  const a = graph.getEdgeAttributes(edge);
  const rel = String(a.relation ?? '');
  const words = RELATIONS[rel as RelationType]?.label ?? String(a.label ?? rel);
  const arrow = graph.isDirected(edge) ? ' → ' : ' — ';
  panel.append(
    el('h2', { 'data-testid': 'details-label' }, words),
    el(
      'p',
      { class: 'ends' },
      nodeButton(graph, graph.source(edge), actions),
      arrow,
      nodeButton(graph, graph.target(edge), actions),
    ),
  );
  if (typeof a.role === 'string' && a.role) panel.append(el('p', { class: 'meta' }, `Role: ${a.role}`));
  if (typeof a.confidence === 'number' && Number.isFinite(a.confidence)) {
    panel.append(
      el('p', { class: 'meta', 'data-testid': 'edge-confidence' }, `Best ${confidenceText(a.confidence)}`),
    );
  }
  const evidence = (a.evidence ?? []) as Evidence[];
  panel.append(el('h3', {}, `Evidence (${evidence.length})`), evidenceList(evidence));
}

function list(items: string[], testid?: string) {
  return el('ul', { class: 'plain', 'data-testid': testid }, ...items.map((x) => el('li', {}, x)));
}

/** "confidence 0.84": two decimals at most. */
function confidenceText(value: number): string {
  return `confidence ${Math.round(value * 100) / 100}`;
}

/** The evidence sentences, trigger, mentions and speaker marked, negated / hedged / reported (by whom) flagged, with their confidence. */
export function evidenceList(evidence: readonly Evidence[]) {
  const ul = el('ul', { class: 'evidence' });
  for (const ev of Array.isArray(evidence) ? evidence : []) {
    const quote = el('blockquote', { 'data-testid': 'evidence' });
    for (const seg of evidenceSegments(ev)) {
      quote.append(seg.mark ? el('mark', { class: seg.mark }, seg.text) : document.createTextNode(seg.text));
    }
    // "reported by <speaker>" where the sentence names who says it (text of the sentence, as text)
    const speaker = ev.reported === true ? speakerText(ev) : undefined;
    const flags = (['negated', 'hedged', 'reported'] as const)
      .filter((f) => ev[f])
      .map((f) => (f === 'reported' && speaker ? `reported by ${speaker}` : f));
    const doc = typeof ev.docId === 'string' ? ev.docId : '';
    const sure = typeof ev.confidence === 'number' && Number.isFinite(ev.confidence);
    ul.append(
      el(
        'li',
        {},
        quote,
        el('span', { class: 'meta' }, [doc, ...flags].filter(Boolean).join(' · ')),
        // absent on evidence made before confidences (counted as 1 by the filter): nothing shown
        sure &&
          el(
            'span',
            { class: 'meta', 'data-testid': 'evidence-confidence' },
            ` · ${confidenceText(ev.confidence as number)}`,
          ),
      ),
    );
  }
  return ul;
}
