/**
 * Legends and filters
 *
 * The kind legend and the relation legend, each entry a toggle button with its colour and count
 * (`aria-pressed` tells whether it is shown), plus the minimum-evidence and focus controls. Built
 * from the graph's counts and the view state; user actions are passed back as callbacks.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { RELATIONS, type RelationType } from '../graph/relations.ts';
import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';
import { el } from './dom.ts';
import { KIND_COLORS, RELATION_COLORS, RELATION_FAMILIES } from './palette.ts';
import type { ViewState } from './state.ts';

export interface Counts {
  kinds: Map<EntityKind, number>;
  relations: Map<RelationType, number>;
}

export function countGraph(graph: Graph<Attributes, Attributes, Attributes>): Counts {
  const kinds = new Map<EntityKind, number>();
  const relations = new Map<RelationType, number>();
  graph.forEachNode((_n, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_e, a) => relations.set(a.relation, (relations.get(a.relation) ?? 0) + 1));
  return { kinds, relations };
}

export interface LegendActions {
  toggleKind(kind: EntityKind): void;
  toggleRelation(relation: RelationType): void;
}

function toggle(
  testid: string,
  color: string,
  name: string,
  count: number,
  shown: boolean,
  onClick: () => void,
) {
  const button = el(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'data-testid': testid,
      'aria-pressed': String(shown),
      title: `Show or hide ${name}`,
    },
    el('span', { class: 'swatch', style: `--c:${color}` }),
    el('span', { class: 'name' }, name),
    el('span', { class: 'count' }, String(count)),
  );
  button.addEventListener('click', onClick);
  return button;
}

export function renderLegends(
  kindsBox: HTMLElement,
  relationsBox: HTMLElement,
  counts: Counts,
  state: ViewState,
  actions: LegendActions,
): void {
  kindsBox.replaceChildren(
    ...ENTITY_KINDS.map((kind) =>
      toggle(
        `kind-${kind}`,
        KIND_COLORS[kind],
        kind,
        counts.kinds.get(kind) ?? 0,
        !state.hiddenKinds.has(kind),
        () => actions.toggleKind(kind),
      ),
    ),
  );
  // Relations under their family (cooperation, dissent, conflict, structure), as coloured.
  const present = (r: RelationType) => (counts.relations.get(r) ?? 0) > 0;
  const items: HTMLElement[] = [];
  for (const family of RELATION_FAMILIES) {
    const shown = family.relations.filter(present);
    if (shown.length === 0) continue;
    items.push(el('p', { class: 'family meta' }, family.name));
    for (const r of shown)
      items.push(
        toggle(
          `relation-${r}`,
          RELATION_COLORS[r],
          RELATIONS[r].label + (RELATIONS[r].symmetric ? '' : ' →'),
          counts.relations.get(r) ?? 0,
          !state.hiddenRelations.has(r),
          () => actions.toggleRelation(r),
        ),
      );
  }
  relationsBox.replaceChildren(...(items.length ? items : [el('p', { class: 'meta' }, 'No relations.')]));
}
