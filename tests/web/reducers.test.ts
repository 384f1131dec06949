/**
 * Reducer tests
 *
 * What sigma would draw for the fixture graph under various view states: colours and sizes, filters,
 * hover dimming, focus, edge programs (arrows only on directed relations, curves only on parallel
 * edges), and that nothing is written into the graph.
 */

import { describe, expect, it } from 'vitest';
import { parallelCurvatures } from '../../web/curvature.ts';
import { indexGraph } from '../../web/graph-index.ts';
import { DIM_NODE_COLOR, KIND_COLORS, RELATION_COLORS } from '../../web/palette.ts';
import {
  changedItems,
  createReducers,
  type DerivedView,
  deriveView,
  neighbourhood,
} from '../../web/reducers.ts';
import * as S from '../../web/state.ts';
import { fixtureGraph } from './fixture.ts';

const KHORVANI = 'person/ali-khorvani';
const KADIRI = 'person/mustafa-al-kadiri';
const MET = 'met_with:person/ali-khorvani--person/mustafa-al-kadiri';
const ACCUSED = 'accused:person/ali-khorvani->place/united-states';
const SUPPORTS_OUT = 'supports:person/ali-khorvani->place/iraq';
const SUPPORTS_IN = 'supports:place/iraq->person/ali-khorvani';

function setup(state: S.ViewState = S.INITIAL_STATE) {
  const graph = fixtureGraph();
  const index = indexGraph(graph);
  let view: DerivedView = deriveView(graph, state, index);
  const { nodeReducer, edgeReducer } = createReducers(() => view);
  const node = (key: string) => nodeReducer(key, { ...graph.getNodeAttributes(key) });
  const edge = (key: string) => edgeReducer(key, { ...graph.getEdgeAttributes(key) });
  const set = (next: S.ViewState) => {
    view = deriveView(graph, next, index);
  };
  return { graph, node, edge, set };
}

describe('node reducer', () => {
  it('colours by kind and sizes by mentions', () => {
    const { node } = setup();
    expect(node(KHORVANI).color).toBe(KIND_COLORS.person);
    expect(node('place/iraq').color).toBe(KIND_COLORS.place);
    expect(node('organization/iran-pulse').color).toBe(KIND_COLORS.organization);
    expect(node('place/iraq').size!).toBeGreaterThan(node('organization/iran-pulse').size!);
    expect(node(KHORVANI).label).toBe('Ali Khorvani');
    expect(node(KHORVANI).hidden).toBe(false);
  });

  it('hides a kind switched off, with the edges that touch it', () => {
    const { node, edge } = setup(S.toggleKind(S.INITIAL_STATE, 'place'));
    expect(node('place/iraq').hidden).toBe(true);
    expect(node(KHORVANI).hidden).toBe(false);
    expect(edge(ACCUSED).hidden).toBe(true);
    expect(edge(MET).hidden).toBe(false);
  });

  it('dims all but the hovered node and its neighbours', () => {
    const { node, edge } = setup(S.hoverNode(S.INITIAL_STATE, KADIRI));
    expect(node(KADIRI).highlighted).toBe(true);
    expect(node(KHORVANI).color).toBe(KIND_COLORS.person);
    expect(node('organization/iran-pulse').color).toBe(DIM_NODE_COLOR);
    expect(node('organization/iran-pulse').label).toBe('');
    expect(edge(MET).label).toBe('met with');
    expect(edge(ACCUSED).label).toBeNull();
    expect(edge(ACCUSED).color).not.toBe(RELATION_COLORS.accused);
  });

  it('keeps only the neighbourhood of the selection when focused', () => {
    const { node, set } = setup(S.setFocusDepth(S.selectNode(S.INITIAL_STATE, KADIRI), 1));
    expect(node(KHORVANI).hidden).toBe(false);
    expect(node('place/iraq').hidden).toBe(false);
    expect(node('place/united-states').hidden).toBe(true);
    set(S.setFocusDepth(S.selectNode(S.INITIAL_STATE, KADIRI), 2));
    expect(node('place/united-states').hidden).toBe(false);
    expect(node('organization/iran-pulse').hidden).toBe(true);
  });
});

describe('edge reducer', () => {
  it('colours by relation, labels only on hover or selection', () => {
    const { edge, set } = setup();
    expect(edge(ACCUSED).color).toBe(RELATION_COLORS.accused);
    expect(edge(ACCUSED).label).toBeNull();
    set(S.hoverEdge(S.INITIAL_STATE, ACCUSED));
    expect(edge(ACCUSED).label).toBe('accused');
    expect(edge(ACCUSED).forceLabel).toBe(true);
    set(S.selectEdge(S.INITIAL_STATE, MET));
    expect(edge(MET).label).toBe('met with');
  });

  it('draws arrows for directed relations only, curves for parallel edges only', () => {
    const { edge } = setup();
    expect(edge(MET).type).toBe('line');
    expect(edge(ACCUSED).type).toBe('arrow');
    expect(edge(SUPPORTS_OUT).type).toBe('curvedArrow');
    expect(edge(SUPPORTS_IN).type).toBe('curvedArrow');
  });

  it('filters by relation and by minimum evidence', () => {
    const { edge, set } = setup(S.toggleRelation(S.INITIAL_STATE, 'met_with'));
    expect(edge(MET).hidden).toBe(true);
    expect(edge(ACCUSED).hidden).toBe(false);
    set(S.setMinEvidence(S.INITIAL_STATE, 2));
    expect(edge(ACCUSED).hidden).toBe(true);
    expect(edge(SUPPORTS_OUT).hidden).toBe(false);
  });

  it('never writes view data into the graph', () => {
    const { graph, node, edge, set } = setup(S.hoverNode(S.selectNode(S.INITIAL_STATE, KHORVANI), KADIRI));
    const before = JSON.stringify(graph.export());
    graph.forEachNode((n) => node(n));
    graph.forEachEdge((e) => edge(e));
    set(S.toggleKind(S.INITIAL_STATE, 'person'));
    graph.forEachEdge((e) => edge(e));
    expect(JSON.stringify(graph.export())).toBe(before);
    graph.forEachEdge((_e, a) => expect(a).not.toHaveProperty('type'));
  });
});

describe('parallel edges and neighbourhoods', () => {
  it('curves the two sides of a parallel pair apart and leaves single edges straight', () => {
    const graph = fixtureGraph();
    const c = parallelCurvatures(graph);
    expect(c.has(MET)).toBe(false);
    expect(c.has(ACCUSED)).toBe(false);
    const side = (e: string) => (c.get(e) ?? 0) * (graph.source(e) < graph.target(e) ? 1 : -1);
    expect(side(SUPPORTS_OUT)).not.toBe(0);
    expect(Math.sign(side(SUPPORTS_OUT))).toBe(-Math.sign(side(SUPPORTS_IN)));
  });

  it('gives three parallel edges three distinct curves, the middle one straight', () => {
    const graph = fixtureGraph();
    graph.addDirectedEdgeWithKey('accused:place/iraq->person/ali-khorvani', 'place/iraq', KHORVANI, {
      relation: 'accused',
      label: 'accused',
      weight: 1,
      evidence: [],
    });
    const c = parallelCurvatures(graph);
    const sides = ['accused:place/iraq->person/ali-khorvani', SUPPORTS_OUT, SUPPORTS_IN].map(
      (e) => (c.get(e) ?? 0) * (graph.source(e) < graph.target(e) ? 1 : -1),
    );
    expect(new Set(sides).size).toBe(3);
    expect(sides).toContain(0);
  });

  it('walks only edges and nodes that pass the filters', () => {
    const graph = fixtureGraph();
    expect([...neighbourhood(graph, S.INITIAL_STATE, [KADIRI], 1)].sort()).toEqual([
      KHORVANI,
      KADIRI,
      'place/iraq',
    ]);
    const noMeet = S.toggleRelation(S.INITIAL_STATE, 'met_with');
    expect([...neighbourhood(graph, noMeet, [KADIRI], 1)].sort()).toEqual([KADIRI, 'place/iraq']);
  });
});

describe('partial refresh on large graphs', () => {
  const graph = fixtureGraph();
  const index = indexGraph(graph);
  const view = (state: S.ViewState, dim: boolean, previous?: DerivedView) =>
    deriveView(graph, state, index, dim, false, { previous });

  it('lists only the items a hover changes when nothing is dimmed', () => {
    const before = view(S.INITIAL_STATE, false);
    const after = view(S.hoverNode(S.INITIAL_STATE, KADIRI), false, before);
    // No filter changed: the visibility is reused, not recomputed.
    expect(after.visibility).toBe(before.visibility);
    const changed = changedItems(graph, before, after);
    expect(changed?.nodes.sort()).toEqual([KHORVANI, KADIRI, 'place/iraq']);
    expect(changed?.edges.sort()).toEqual(['leader_of:person/mustafa-al-kadiri->place/iraq', MET]);
    const { nodeReducer } = createReducers(() => after);
    const far = nodeReducer('organization/iran-pulse', {
      ...graph.getNodeAttributes('organization/iran-pulse'),
    });
    expect(far.color).toBe(KIND_COLORS.organization);
    expect(far.label).toBe('Iran Pulse');
    // Iran Pulse has no relation: hidden until "show unconnected".
    expect(far.hidden).toBe(true);
  });

  it.each([
    ['dimming is on', S.INITIAL_STATE, S.hoverNode(S.INITIAL_STATE, KADIRI), true],
    ['a filter changed', S.INITIAL_STATE, S.toggleKind(S.INITIAL_STATE, 'place'), false],
    [
      'focus follows a new selection',
      S.setFocusDepth(S.INITIAL_STATE, 1),
      S.setFocusDepth(S.selectNode(S.INITIAL_STATE, KADIRI), 1),
      false,
    ],
  ])('asks for a full refresh when %s', (_name, a, b, dim) => {
    const before = view(a, dim);
    expect(changedItems(graph, before, view(b, dim, before))).toBeNull();
  });
});

describe('focus', () => {
  it('labels and colours everything a depth-2 focus keeps instead of dimming it', () => {
    const graph = fixtureGraph();
    const index = indexGraph(graph);
    const state = S.setFocusDepth(S.selectNode(S.INITIAL_STATE, KADIRI), 2);
    const view = deriveView(graph, state, index);
    const { nodeReducer } = createReducers(() => view);
    // United States is two steps from al-Kadiri (through Khorvani).
    const us = nodeReducer('place/united-states', { ...graph.getNodeAttributes('place/united-states') });
    expect(us.hidden).toBe(false);
    expect(us.color).toBe(KIND_COLORS.place);
    expect(us.label).toBe('United States');
    expect(us.forceLabel).toBe(true);
  });
});
