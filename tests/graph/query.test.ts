/**
 * Query API
 *
 * findEntity's matching ladder and its suggestions, neighbors with every option, relations between
 * two entities, shortest paths, ego graphs and evidence, on the fixture graph.
 */

import { describe, expect, it } from 'vitest';
import {
  egoGraph,
  evidenceFor,
  findEntity,
  NotFoundError,
  neighbors,
  relationsBetween,
  shortestPath,
  UsageError,
} from '../../graph/index.ts';
import { buildFixtureGraph } from './fixture.ts';

const graph = buildFixtureGraph();
const KHORVANI = 'person/ali-khorvani';
const KADIRI = 'person/mustafa-al-kadiri';
const FRONT = 'organization/front-img-src-x-onerror-alert-1-partners';

describe('findEntity', () => {
  it.each([
    ['person/ali-khorvani', KHORVANI, 'key'],
    ['Person/Ali Khorvani', KHORVANI, 'key'],
    ['Ali Khorvani', KHORVANI, 'label'],
    ['ali khorvani', KHORVANI, 'label'],
    ['ALI-KHORVANI', KHORVANI, 'label'],
    ['Mustafa al Kadiri', KADIRI, 'label'],
    ['mustafa al-kádiri', KADIRI, 'label'],
    ['ayatollah ali khorvani', KHORVANI, 'alias'],
    ['Al Kadiri', KADIRI, 'alias'],
    ['al-kadiri', KADIRI, 'alias'],
    ['AL KÁDIRI', KADIRI, 'alias'],
    ['مصطفى القديري', KADIRI, 'alias'],
    ['supreme leader', KHORVANI, 'alias'],
    ['Khorvani', KHORVANI, 'alias'],
    ['Kadiri', KADIRI, 'label'],
    ['the United States', 'place/united-states', 'label'],
    ['Khovrani', KHORVANI, 'fuzzy'],
    ['Tehraan', 'place/tehran', 'fuzzy'],
    ['Mustafa al-Kadhemi', KADIRI, 'fuzzy'],
    [`Front <img src=x onerror=alert(1)> & "Partners"`, FRONT, 'label'],
  ] as const)('%s → %s (%s)', (query, key, matchedBy) => {
    const match = findEntity(graph, query);
    expect(match.key).toBe(key);
    expect(match.matchedBy).toBe(matchedBy);
    expect(match.attributes).toBe(graph.getNodeAttributes(key));
  });

  it('prefers the most mentioned entity on a tie', () => {
    const copy = graph.copy();
    copy.addNode('person/sayyid-khorvani', {
      label: 'Sayyid Khorvani',
      kind: 'person',
      aliases: ['Sayyid Khorvani'],
      titles: [],
      mentions: 1,
      docs: [],
    });
    expect(findEntity(copy, 'Khorvani').key).toBe(KHORVANI);
  });

  it.each([
    ['Halvorsen', []],
    ['', []],
    ['Tehrann Province', []],
  ])('throws NotFoundError for %j', (query) => {
    expect(() => findEntity(graph, query)).toThrow(NotFoundError);
  });

  it('suggests the closest labels when nothing fits', () => {
    let error: unknown;
    try {
      findEntity(graph, 'Iraqq Republic');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.code).toBe('NOT_FOUND');
    expect(notFound.suggestions[0]).toBe('Iraq');
    expect(notFound.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('sees changes to the graph made after an earlier lookup', () => {
    const copy = graph.copy();
    expect(() => findEntity(copy, 'Hadi al-Amiri')).toThrow(NotFoundError);
    copy.addNode('person/hadi-al-amiri', {
      label: 'Hadi al-Amiri',
      kind: 'person',
      aliases: ['Hadi al-Amiri'],
      titles: [],
      mentions: 1,
      docs: [],
    });
    expect(findEntity(copy, 'Hadi al Amiri').key).toBe('person/hadi-al-amiri');
    copy.mergeNodeAttributes('person/hadi-al-amiri', { aliases: ['Abu Hassan', 'Hadi al-Amiri'] });
    expect(findEntity(copy, 'abu hassan').matchedBy).toBe('alias');
    copy.dropNode('person/hadi-al-amiri');
    expect(() => findEntity(copy, 'Hadi al-Amiri')).toThrow(NotFoundError);
  });

  it('does not match on a particle alone', () => {
    expect(() => findEntity(graph, 'al')).toThrow(NotFoundError);
  });
});

describe('neighbors', () => {
  it('lists direct neighbors in both directions, sorted by depth, relation, label', () => {
    const rows = neighbors(graph, 'Khorvani');
    expect(rows.map((r) => [r.relation, r.key, r.direction, r.weight, r.depth])).toEqual([
      ['accused', 'place/united-states', 'out', 2, 1],
      ['met_with', KADIRI, 'undirected', 2, 1],
    ]);
    expect(rows[0]?.edge).toBe('accused:person/ali-khorvani->place/united-states');
    expect(rows[0]).not.toHaveProperty('via');
  });

  it.each([
    ['Iraq', 'in', [KADIRI]],
    ['Iraq', 'out', []],
    ['United States', 'in', [KHORVANI]],
    ['United States', 'out', []],
    ['Khorvani', 'out', ['place/united-states', KADIRI]],
    ['Khorvani', 'in', [KADIRI]],
  ] as const)('from %s, direction %s', (entity, direction, keys) => {
    expect(neighbors(graph, entity, { direction }).map((r) => r.key)).toEqual(keys);
  });

  it('follows undirected edges in every direction', () => {
    expect(neighbors(graph, KADIRI, { direction: 'out' }).map((r) => [r.relation, r.key])).toEqual([
      ['leader_of', 'place/iraq'],
      ['met_with', KHORVANI],
    ]);
    expect(neighbors(graph, KADIRI, { direction: 'in' }).map((r) => [r.relation, r.key])).toEqual([
      ['met_with', KHORVANI],
      ['supports', FRONT],
    ]);
  });

  it('filters by relation (one or several)', () => {
    expect(neighbors(graph, KADIRI, { relation: 'met_with' }).map((r) => r.key)).toEqual([KHORVANI]);
    expect(neighbors(graph, KADIRI, { relation: ['supports', 'leader_of'] }).map((r) => r.key)).toEqual([
      'place/iraq',
      FRONT,
    ]);
  });

  it('walks deeper with via, without revisiting', () => {
    const rows = neighbors(graph, 'United States', { depth: 3 });
    expect(rows.map((r) => [r.depth, r.key, r.via])).toEqual([
      [1, KHORVANI, undefined],
      [2, KADIRI, KHORVANI],
      [3, 'place/iraq', KADIRI],
      [3, FRONT, KADIRI],
    ]);
  });

  it('keeps only the kinds asked for, and walks only through them', () => {
    expect(neighbors(graph, KADIRI, { kinds: ['place'] }).map((r) => r.key)).toEqual(['place/iraq']);
    expect(neighbors(graph, 'United States', { depth: 3, kinds: ['place'] })).toEqual([]);
  });

  it.each([
    [{ depth: 0 }],
    [{ depth: 1.5 }],
    [{ direction: 'up' as never }],
    [{ relation: 'likes' as never }],
    [{ kinds: ['animal' as never] }],
  ])('rejects bad options %j with UsageError', (options) => {
    expect(() => neighbors(graph, KADIRI, options)).toThrow(UsageError);
  });

  it('throws NotFoundError for an unknown entity', () => {
    expect(() => neighbors(graph, 'Nobody At All')).toThrow(NotFoundError);
  });
});

describe('relationsBetween', () => {
  it('returns the edges joining two entities, whichever way they point', () => {
    const views = relationsBetween(graph, 'Al Kadiri', 'Khorvani');
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      key: 'met_with:person/ali-khorvani--person/mustafa-al-kadiri',
      undirected: true,
      attributes: { relation: 'met_with', weight: 2 },
    });
    expect(relationsBetween(graph, 'United States', 'Khorvani').map((v) => [v.source, v.target])).toEqual([
      [KHORVANI, 'place/united-states'],
    ]);
    expect(relationsBetween(graph, 'Iran', 'Iraq')).toEqual([]);
  });
});

describe('shortestPath', () => {
  it('finds the fewest hops, edges taken either way', () => {
    const path = shortestPath(graph, 'United States', 'Iraq');
    expect(path?.nodes).toEqual(['place/united-states', KHORVANI, KADIRI, 'place/iraq']);
    expect(path?.edges.map((e) => e.attributes.relation)).toEqual(['accused', 'met_with', 'leader_of']);
  });

  it('returns null when not connected, and a single node for the same entity', () => {
    expect(shortestPath(graph, 'Tehran', 'Iraq')).toBeNull();
    expect(shortestPath(graph, 'Iraq', 'place/iraq')).toEqual({ nodes: ['place/iraq'], edges: [] });
  });
});

describe('egoGraph', () => {
  it('copies the neighborhood with its edges and documents', () => {
    const ego = egoGraph(graph, 'Khorvani', 1);
    expect(ego.nodes()).toEqual([KHORVANI, KADIRI, 'place/united-states']);
    expect(ego.edges()).toEqual([
      'met_with:person/ali-khorvani--person/mustafa-al-kadiri',
      'accused:person/ali-khorvani->place/united-states',
    ]);
    expect(ego.getAttribute('documents').map((d) => d.id)).toEqual(['irna-2020-07-22', 'reuters-2020-07-23']);
    ego.getNodeAttributes(KHORVANI).aliases.push('changed');
    expect(graph.getNodeAttributes(KHORVANI).aliases).not.toContain('changed');
  });

  it('grows with depth and is just the entity at depth 0', () => {
    expect(egoGraph(graph, 'Khorvani', 2).order).toBe(5);
    expect(egoGraph(graph, 'Khorvani', 0).nodes()).toEqual([KHORVANI]);
    expect(() => egoGraph(graph, 'Khorvani', -1)).toThrow(UsageError);
  });
});

describe('evidenceFor', () => {
  it('returns copies of the evidence, in merge order', () => {
    const evidence = evidenceFor(graph, 'accused:person/ali-khorvani->place/united-states');
    expect(evidence.map((e) => e.sentence)).toEqual([
      'Khorvani accused the United States of occupying Iraq.',
      'Supreme Leader Khorvani accused the United States & its allies of "<b>sabotage</b>".',
    ]);
    const [first] = evidence;
    expect(
      first?.sentence.slice(first.triggerSpan[0] - first.start, first.triggerSpan[1] - first.start),
    ).toBe('accused');
    evidence.pop();
    expect(evidenceFor(graph, 'accused:person/ali-khorvani->place/united-states')).toHaveLength(2);
  });

  it('throws NotFoundError with similar edge keys', () => {
    try {
      evidenceFor(graph, 'accused:person/ali-khorvani->place/iraq');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).suggestions).toEqual([
        'accused:person/ali-khorvani->place/united-states',
      ]);
    }
  });
});
