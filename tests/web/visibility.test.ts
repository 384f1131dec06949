/**
 * Visibility, importance and the new view state
 *
 * What the filters leave of the fixture graph (unconnected entities hidden by default, nodes left
 * without a visible relation hidden, k-core, largest component, date range, the selected entity
 * kept), the importance scores and sizes (mentions, degree, PageRank; Louvain communities), and the
 * URL round trip of the new state fields and of the camera.
 */

import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../web/graph-index.ts';
import { createImportance, MAX_NODE_SIZE, MIN_NODE_SIZE, sizeFor } from '../../web/importance.ts';
import * as S from '../../web/state.ts';
import { computeVisibility, documentDates, kCore, largestComponent } from '../../web/visibility.ts';
import { fixtureGraph } from './fixture.ts';

const KHORVANI = 'person/ali-khorvani';
const KADIRI = 'person/mustafa-al-kadiri';
const PRESS = 'organization/iran-pulse';
const US = 'place/united-states';
const IRAQ = 'place/iraq';

function visible(state: S.ViewState, graph = fixtureGraph()) {
  const index = indexGraph(graph);
  const pinned = state.selection?.type === 'node' ? state.selection.key : null;
  return computeVisibility(graph, state, index, documentDates(graph), null, pinned);
}

const adjacency = (pairs: [string, string][]) => {
  const m = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (!m.has(a)) m.set(a, new Set());
    if (!m.has(b)) m.set(b, new Set());
    m.get(a)?.add(b);
    m.get(b)?.add(a);
  }
  return m;
};

describe('visibility', () => {
  it('hides unconnected entities by default and counts them', () => {
    const v = visible(S.INITIAL_STATE);
    expect(v.nodes.has(PRESS)).toBe(false);
    expect(v.unconnected).toBe(1);
    expect(v.nodes.size).toBe(4);
    expect(v.edges.size).toBe(5);
    const all = visible(S.setShowUnconnected(S.INITIAL_STATE, true));
    expect(all.nodes.has(PRESS)).toBe(true);
    expect(all.nodes.size).toBe(5);
  });

  it('hides an entity left without a visible relation by the evidence filter', () => {
    // Only supports Khorvani → Iraq has 3 sentences.
    const v = visible(S.setMinEvidence(S.INITIAL_STATE, 2));
    expect([...v.edges]).toEqual(['supports:person/ali-khorvani->place/iraq']);
    expect([...v.nodes].sort()).toEqual([KHORVANI, IRAQ]);
    expect(v.unconnected).toBe(3);
  });

  it('hides the edges below the minimum confidence; an edge without one counts as 1', () => {
    const graph = fixtureGraph();
    const edges = graph.edges();
    const [low, high] = edges as [string, string];
    graph.setEdgeAttribute(low, 'confidence', 0.2);
    graph.setEdgeAttribute(high, 'confidence', 0.7);
    for (const edge of edges.slice(2)) graph.removeEdgeAttribute(edge, 'confidence');
    expect(visible(S.INITIAL_STATE, graph).edges.size).toBe(edges.length);
    const half = visible(S.setMinConfidence(S.INITIAL_STATE, 0.5), graph);
    expect([...half.edges].sort()).toEqual(edges.filter((e) => e !== low).sort());
    const sure = visible(S.setMinConfidence(S.INITIAL_STATE, 1), graph);
    expect([...sure.edges].sort()).toEqual(edges.slice(2).sort());
    // "expand" does not bring back an edge the confidence filter hides (as for relation types)
    const source = graph.source(low);
    const expanded = visible(S.expandNeighbours(S.setMinConfidence(S.INITIAL_STATE, 0.5), source), graph);
    expect(expanded.edges.has(low)).toBe(false);
  });

  it('can leave nothing, and keeps a selected entity that has no visible relation', () => {
    const none = visible(S.setMinEvidence(S.INITIAL_STATE, 9));
    expect(none.nodes.size).toBe(0);
    expect(none.edges.size).toBe(0);
    const pinned = visible(S.selectNode(S.setMinEvidence(S.INITIAL_STATE, 9), US));
    expect([...pinned.nodes]).toEqual([US]);
    expect(pinned.pinned).toBe(US);
  });

  it('keeps the k-core and the largest component of what passed', () => {
    expect(
      [
        ...kCore(
          adjacency([
            ['a', 'b'],
            ['b', 'c'],
            ['c', 'a'],
            ['c', 'd'],
          ]),
          2,
        ),
      ].sort(),
    ).toEqual(['a', 'b', 'c']);
    const lcc = largestComponent(
      adjacency([
        ['a', 'b'],
        ['c', 'd'],
        ['d', 'e'],
      ]),
    );
    expect([...lcc].sort()).toEqual(['c', 'd', 'e']);
    // Fixture: Khorvani, al-Kadiri and Iraq form a triangle; the United States hangs on Khorvani.
    const core = visible(S.setKCore(S.INITIAL_STATE, 2));
    expect([...core.nodes].sort()).toEqual([KHORVANI, KADIRI, IRAQ]);
    expect(core.edges.has('accused:person/ali-khorvani->place/united-states')).toBe(false);
    const graph = fixtureGraph();
    graph.addNode('place/a', {
      label: 'A',
      kind: 'place',
      aliases: [],
      titles: [],
      mentions: 1,
      docs: [],
      x: 0,
      y: 0,
    });
    graph.addNode('place/b', {
      label: 'B',
      kind: 'place',
      aliases: [],
      titles: [],
      mentions: 1,
      docs: [],
      x: 0,
      y: 0,
    });
    graph.addDirectedEdgeWithKey('located_in:place/a->place/b', 'place/a', 'place/b', {
      relation: 'located_in',
      label: 'located in',
      weight: 1,
      evidence: [],
    });
    expect(visible(S.INITIAL_STATE, graph).nodes.has('place/a')).toBe(true);
    expect(visible(S.setLargestComponent(S.INITIAL_STATE, true), graph).nodes.has('place/a')).toBe(false);
  });

  it('counts only evidence from documents dated inside the range', () => {
    const graph = fixtureGraph();
    graph.setAttribute('documents', [{ id: 'doc-1', date: '2020-07-21' }]);
    expect(visible(S.setDateRange(S.INITIAL_STATE, '2020-07-01', '2020-07-31'), graph).edges.size).toBe(5);
    const after = visible(S.setDateRange(S.INITIAL_STATE, '2021-01-01', null), graph);
    expect(after.edges.size).toBe(0);
    expect(after.nodes.size).toBe(0);
  });
});

describe('importance', () => {
  it('sizes by mentions, degree and PageRank on one scale, the top score at the cap', () => {
    const graph = fixtureGraph();
    const imp = createImportance(graph);
    expect(imp.sizes('mentions').get(IRAQ)).toBe(MAX_NODE_SIZE);
    expect(imp.ranked('degree')[0]).toBe(KHORVANI);
    expect(imp.sizes('degree').get(KHORVANI)).toBe(MAX_NODE_SIZE);
    expect(imp.sizes('degree').get(PRESS)).toBe(MIN_NODE_SIZE);
    const pr = imp.scores('pagerank');
    expect((pr.get(IRAQ) ?? 0) > (pr.get(PRESS) ?? 0)).toBe(true);
    expect(sizeFor(25, 100)).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2);
  });

  it('finds Louvain communities on the mixed multigraph, none for an unconnected entity', () => {
    const c = createImportance(fixtureGraph()).communities();
    expect(c.get(PRESS)).toBe(-1);
    expect(c.get(KHORVANI)).toBeGreaterThanOrEqual(0);
    expect(createImportance(fixtureGraph()).communities()).toEqual(c);
  });
});

describe('state in the URL', () => {
  it('round-trips the overview, importance and date fields', () => {
    let s = S.setShowUnconnected(S.INITIAL_STATE, true);
    s = S.setLargestComponent(s, true);
    s = S.setKCore(s, 3);
    s = S.setSizeBy(s, 'pagerank');
    s = S.setColorBy(s, 'community');
    s = S.setDateRange(s, '2020-01-01', 'nonsense');
    const hash = S.stateToHash(s);
    expect(hash).toBe('unconnected=1&lcc=1&k=3&size=pagerank&color=community&from=2020-01-01');
    const back = S.stateFromHash(hash);
    expect(S.stateToHash(back)).toBe(hash);
    expect(back.dateTo).toBeNull();
    expect(S.stateToHash(S.resetFilters(back))).toBe('unconnected=1&size=pagerank&color=community');
  });

  it('reads the camera from the hash and rejects a malformed one', () => {
    const cam = { x: 0.51234567, y: 0.25, ratio: 0.3 };
    const param = S.cameraToParam(cam);
    expect(param).toBe('0.5123,0.25,0.3');
    expect(S.cameraFromHash(`node=a&cam=${param}`)).toEqual({ x: 0.5123, y: 0.25, ratio: 0.3 });
    expect(S.cameraFromHash('cam=1,2')).toBeNull();
    expect(S.cameraFromHash('cam=1,2,-1')).toBeNull();
    expect(S.cameraFromHash('cam=a,b,c')).toBeNull();
  });
});

describe('start positions', () => {
  it('are seeded and shuffled: the same every time, and no kind starts as a pie slice', async () => {
    const { seedPositions } = await import('../../web/layout.ts');
    const { corpusGraph } = await import('./corpus-fixture.ts');
    const a = corpusGraph();
    const b = corpusGraph();
    expect(seedPositions(a)).toBe(true);
    seedPositions(b);
    expect(a.getNodeAttributes('person/a0').x).toBe(b.getNodeAttributes('person/a0').x);
    expect(seedPositions(a)).toBe(false);
    // Keys sort by kind, so a circle in key order put each kind in one third of the disc: its mean
    // position sat far from the centre. Shuffled, every kind's mean is near the centre.
    let radius = 0;
    a.forEachNode((_n, at) => {
      radius = Math.max(radius, Math.hypot(at.x as number, at.y as number));
    });
    for (const kind of ['person', 'place', 'organization']) {
      const nodes = a.filterNodes((_n, at) => at.kind === kind);
      const mx = nodes.reduce((s, n) => s + (a.getNodeAttribute(n, 'x') as number), 0) / nodes.length;
      const my = nodes.reduce((s, n) => s + (a.getNodeAttribute(n, 'y') as number), 0) / nodes.length;
      expect(Math.hypot(mx, my)).toBeLessThan(radius * 0.2);
    }
  });
});

describe('relation palette', () => {
  it('puts every relation in exactly one family, with distinct colours', async () => {
    const { RELATION_FAMILIES, RELATION_COLORS } = await import('../../web/palette.ts');
    const { RELATION_TYPES } = await import('../../graph/relations.ts');
    const listed = RELATION_FAMILIES.flatMap((f) => f.relations);
    expect([...listed].sort()).toEqual([...RELATION_TYPES].sort());
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(RELATION_TYPES.length);
  });
});

describe('path state', () => {
  it('needs a selected entity, is dropped with the selection, and lives in the URL', () => {
    expect(S.setPathTo(S.INITIAL_STATE, 'place/iraq').pathTo).toBeNull();
    const s = S.setPathTo(S.selectNode(S.INITIAL_STATE, KHORVANI), IRAQ);
    expect(s.pathTo).toBe(IRAQ);
    expect(S.stateToHash(s)).toBe('node=person%2Fali-khorvani&path=place%2Firaq');
    expect(S.stateFromHash(S.stateToHash(s)).pathTo).toBe(IRAQ);
    expect(S.selectNode(s, KADIRI).pathTo).toBeNull();
    expect(S.clearSelection(s).pathTo).toBeNull();
    expect(S.stateFromHash('path=place%2Firaq').pathTo).toBeNull();
  });
});
