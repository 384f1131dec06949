/**
 * Overview panel
 *
 * The sidebar parts that tell what is shown and what matters: "showing X of Y entities, M of N
 * relations", the "show N unconnected" toggle, the empty state, the size legend (three reference
 * discs with the scores they stand for) and the "top entities" list (click to select). Built from
 * the derived view; every label goes in as text.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { el } from './dom.ts';
import { type Importance, MAX_NODE_SIZE, sizeFor } from './importance.ts';
import { KIND_COLORS, UNKNOWN_COLOR } from './palette.ts';
import type { SizeBy } from './state.ts';
import type { Visibility } from './visibility.ts';

type AnyGraph = Graph<Attributes, Attributes, Attributes>;

/** Entries of the "top entities" list. */
export const TOP_LIST = 10;

const SIZE_WORDS: Record<SizeBy, string> = {
  mentions: 'mentions',
  degree: 'relations',
  pagerank: 'PageRank',
};

/** "showing X of Y entities, M of N relations". */
export function showingText(vis: Visibility, graph: AnyGraph): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `Showing ${n(vis.nodes.size)} of ${n(graph.order)} entities, ${n(vis.edges.size)} of ${n(graph.size)} relations`;
}

export function renderShowing(
  showing: HTMLElement,
  unconnected: HTMLButtonElement,
  empty: HTMLElement,
  vis: Visibility,
  graph: AnyGraph,
  showUnconnected: boolean,
): void {
  showing.textContent = showingText(vis, graph);
  unconnected.hidden = vis.unconnected === 0;
  unconnected.setAttribute('aria-pressed', String(showUnconnected));
  unconnected.textContent = showUnconnected
    ? `Hide ${vis.unconnected.toLocaleString('en-US')} unconnected`
    : `Show ${vis.unconnected.toLocaleString('en-US')} unconnected`;
  empty.hidden = !(graph.order > 0 && vis.nodes.size === 0);
}

function formatScore(by: SizeBy, v: number): string {
  if (by === 'pagerank') return v.toPrecision(2);
  return String(Math.round(v));
}

/** Three discs (the largest score, a quarter, a twentieth) drawn at the size they get on the graph. */
export function renderSizeLegend(box: HTMLElement, importance: Importance, by: SizeBy): void {
  const max = importance.maxScore(by);
  const items = max > 0 ? [max, max / 4, max / 20] : [];
  box.replaceChildren(
    ...items.map((v) => {
      // Discs at 40 % of their size on the graph, so the largest fits the 24 px column.
      const d = 2 * sizeFor(v, max) * (12 / MAX_NODE_SIZE);
      return el(
        'span',
        { class: 'size-item', 'data-score': v },
        el(
          'span',
          { class: 'disc-box' },
          el('span', { class: 'disc', style: `width:${d.toFixed(1)}px;height:${d.toFixed(1)}px` }),
        ),
        `${formatScore(by, v)} ${SIZE_WORDS[by]}`,
      );
    }),
  );
}

/** The most important entities that are shown, each a button that selects it. */
export function renderTopEntities(
  list: HTMLElement,
  graph: AnyGraph,
  importance: Importance,
  by: SizeBy,
  vis: Visibility,
  select: (key: string) => void,
): void {
  const scores = importance.scores(by);
  const items: HTMLElement[] = [];
  for (const key of importance.ranked(by)) {
    if (items.length >= TOP_LIST) break;
    if (!vis.nodes.has(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    const color = KIND_COLORS[attrs.kind as keyof typeof KIND_COLORS] ?? UNKNOWN_COLOR;
    const button = el(
      'button',
      { type: 'button', class: 'link', 'data-key': key, 'data-testid': 'top-entity' },
      String(attrs.label ?? key),
    );
    button.addEventListener('click', () => select(key));
    items.push(
      el(
        'li',
        {},
        el('span', { class: 'swatch', style: `--c:${color}` }),
        button,
        el('span', { class: 'count' }, formatScore(by, scores.get(key) ?? 0)),
      ),
    );
  }
  list.replaceChildren(...items);
}
