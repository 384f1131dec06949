/**
 * Expand and hide neighbours
 *
 * The view-state transitions and their URL round trip, what "expand" reveals through the filters and
 * what "hide neighbours" removes (leaf neighbours only), and the merge of a store's neighbourhood
 * into the shown graph: existing attributes kept, new nodes placed near the expanded entity, no
 * duplicate relations, evidence unioned each sentence once, a second merge a no-op.
 */

import { describe, expect, it } from 'vitest';
import { graphToJSON, parseGraphJSON } from '../../graph/index.ts';
import { mergeNeighbourhood } from '../../web/expand.ts';
import { indexGraph } from '../../web/graph-index.ts';
import * as S from '../../web/state.ts';
import { computeVisibility, documentDates, leafNeighbours, sameFilters } from '../../web/visibility.ts';
import { evidence, fixtureGraph } from './fixture.ts';

const KHORVANI = 'person/ali-khorvani';
const KADIRI = 'person/mustafa-al-kadiri';
const US = 'place/united-states';
const IRAQ = 'place/iraq';
const ACCUSED = 'accused:person/ali-khorvani->place/united-states';
const MET = 'met_with:person/ali-khorvani--person/mustafa-al-kadiri';
const SUPPORTS = 'supports:person/ali-khorvani->place/iraq';
const LEADER = 'leader_of:person/mustafa-al-kadiri->place/iraq';

function visible(state: S.ViewState, graph = fixtureGraph()) {
  const pinned = state.selection?.type === 'node' ? state.selection.key : null;
  return computeVisibility(graph, state, indexGraph(graph), documentDates(graph), null, pinned);
}

describe('expand / hide state', () => {
  it('expanding undoes hiding and back, and both are filters', () => {
    const hidden = S.hideNeighbours(S.INITIAL_STATE, KHORVANI);
    expect([...hidden.collapsed]).toEqual([KHORVANI]);
    expect(sameFilters(hidden, S.INITIAL_STATE)).toBe(false);
    const expanded = S.expandNeighbours(hidden, KHORVANI);
    expect([...expanded.expanded]).toEqual([KHORVANI]);
    expect(expanded.collapsed.size).toBe(0);
    expect(S.expandNeighbours(expanded, KHORVANI)).toBe(expanded);
    expect(S.showNeighbours(expanded, KHORVANI)).toBe(expanded);
    expect(S.showNeighbours(hidden, KHORVANI).collapsed.size).toBe(0);
    expect(S.graphReplaced(expanded).expanded.size).toBe(0);
  });

  it('round-trips through the URL, keys with commas included', () => {
    let s = S.expandNeighbours(S.INITIAL_STATE, 'place/a,b');
    s = S.expandNeighbours(s, KADIRI);
    s = S.hideNeighbours(s, KHORVANI);
    const hash = S.stateToHash(s);
    const back = S.stateFromHash(hash);
    expect([...back.expanded].sort()).toEqual([KADIRI, 'place/a,b'].sort());
    expect([...back.collapsed]).toEqual([KHORVANI]);
    expect(S.stateToHash(back)).toBe(hash);
    expect(S.stateFromHash('').expanded.size).toBe(0);
  });
});

describe('expand / hide visibility', () => {
  it('expanding reveals the relations the evidence filter hid, and their other ends', () => {
    const strict = S.setMinEvidence(S.INITIAL_STATE, 2);
    expect([...visible(strict).nodes].sort()).toEqual([KHORVANI, IRAQ]);
    const v = visible(S.expandNeighbours(strict, KHORVANI));
    expect([...v.nodes].sort()).toEqual([KHORVANI, KADIRI, IRAQ, US].sort());
    expect(v.edges.has(ACCUSED)).toBe(true);
    expect(v.edges.has(MET)).toBe(true);
    // Only the expanded entity's relations: al-Kadiri → Iraq still has too little evidence.
    expect(v.edges.has(LEADER)).toBe(false);
  });

  it('expanding still follows the relation and kind filters', () => {
    const strict = S.toggleRelation(S.setMinEvidence(S.INITIAL_STATE, 2), 'accused', true);
    const v = visible(S.expandNeighbours(S.toggleKind(strict, 'person', false), KHORVANI));
    expect(v.nodes.has(US)).toBe(false);
    const noPeople = visible(S.expandNeighbours(S.toggleKind(S.INITIAL_STATE, 'person', true), KHORVANI));
    expect(noPeople.nodes.has(KHORVANI)).toBe(false);
    expect(noPeople.edges.has(ACCUSED)).toBe(false);
  });

  it('hiding neighbours removes only the leaves, and showing brings them back', () => {
    expect(leafNeighbours(fixtureGraph(), KHORVANI)).toEqual([US]);
    expect(leafNeighbours(fixtureGraph(), IRAQ)).toEqual([]);
    const hidden = visible(S.hideNeighbours(S.INITIAL_STATE, KHORVANI));
    expect(hidden.nodes.has(US)).toBe(false);
    expect(hidden.edges.has(ACCUSED)).toBe(false);
    expect([...hidden.nodes].sort()).toEqual([KHORVANI, KADIRI, IRAQ].sort());
    expect(hidden.edges.size).toBe(4);
    const shown = visible(S.showNeighbours(S.hideNeighbours(S.INITIAL_STATE, KHORVANI), KHORVANI));
    expect(shown.nodes.has(US)).toBe(true);
    // A selected leaf stays.
    const selected = visible(S.selectNode(S.hideNeighbours(S.INITIAL_STATE, KHORVANI), US));
    expect(selected.nodes.has(US)).toBe(true);
  });
});

describe('mergeNeighbourhood', () => {
  /** What the page shows: Khorvani and Iraq, one of the relation's sentences, a label of its own. */
  function shown() {
    const graph = fixtureGraph();
    graph.dropNode(KADIRI);
    graph.dropNode(US);
    graph.dropNode('organization/iran-pulse');
    graph.mergeNodeAttributes(KHORVANI, { label: 'Khorvani (shown)', x: 100, y: 50 });
    graph.mergeNodeAttributes(IRAQ, { x: 110, y: 50 });
    return graph;
  }
  /** What the store answers: the whole fixture, read back from its JSON, one sentence more. */
  function fetched() {
    const full = fixtureGraph();
    full.updateEdgeAttribute(SUPPORTS, 'evidence', (ev) => [
      ...(ev ?? []),
      evidence('meeting', 'Ali Khorvani', 'Iraq'),
    ]);
    return parseGraphJSON(graphToJSON(full));
  }

  it('adds new nodes near the expanded entity, keeps existing ones, unions evidence', () => {
    const graph = shown();
    const merged = mergeNeighbourhood(graph, fetched(), KHORVANI);
    expect([...merged.nodes]).toEqual(['organization/iran-pulse', KADIRI, US].sort());
    expect(merged.edges).toContain(ACCUSED);
    expect(merged.extended).toEqual([SUPPORTS]);
    expect(graph.getNodeAttribute(KHORVANI, 'label')).toBe('Khorvani (shown)');
    expect(graph.getNodeAttribute(KHORVANI, 'x')).toBe(100);
    for (const node of merged.nodes) {
      const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
      expect(Math.hypot(x - 100, y - 50)).toBeLessThan(20);
    }
    expect(graph.getEdgeAttribute(SUPPORTS, 'evidence')).toHaveLength(2);
    expect(graph.getEdgeAttribute(SUPPORTS, 'weight')).toBe(3);
    expect(graph.isDirected(ACCUSED)).toBe(true);
    expect(graph.isDirected(MET)).toBe(false);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5);
  });

  it('is a no-op the second time', () => {
    const graph = shown();
    mergeNeighbourhood(graph, fetched(), KHORVANI);
    const before = graphToJSON(graph);
    const again = mergeNeighbourhood(graph, fetched(), KHORVANI);
    expect(again).toEqual({ nodes: [], edges: [], extended: [] });
    expect(graphToJSON(graph)).toBe(before);
  });
});
