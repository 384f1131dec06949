/**
 * View state tests
 *
 * The pure transitions of web/state.ts and the URL round trip, table-driven.
 */

import { describe, expect, it } from 'vitest';
import * as S from '../../web/state.ts';

describe('view state transitions', () => {
  it('selects a node, an edge, and clears', () => {
    let s = S.selectNode(S.INITIAL_STATE, 'person/a');
    expect(s.selection).toEqual({ type: 'node', key: 'person/a' });
    s = S.selectEdge(s, 'e1');
    expect(s.selection).toEqual({ type: 'edge', key: 'e1' });
    s = S.clearSelection(s);
    expect(s.selection).toBeNull();
    expect(S.clearSelection(s)).toBe(s);
  });

  it('never mutates the previous state', () => {
    const before = S.INITIAL_STATE;
    const after = S.toggleKind(before, 'place');
    expect(before.hiddenKinds.size).toBe(0);
    expect(after.hiddenKinds.has('place')).toBe(true);
    expect(S.toggleKind(after, 'place').hiddenKinds.has('place')).toBe(false);
    expect(S.toggleKind(after, 'place', true).hiddenKinds.has('place')).toBe(true);
  });

  it('returns the same object when nothing changes', () => {
    const s = S.hoverNode(S.INITIAL_STATE, 'a');
    expect(S.hoverNode(s, 'a')).toBe(s);
    expect(S.setSearch(s, '')).toBe(s);
    expect(S.setMinEvidence(s, 1)).toBe(s);
    expect(S.setFocusDepth(s, 0)).toBe(s);
  });

  it.each([
    [0, 1],
    [1, 1],
    [2.7, 2],
    [Number.NaN, 1],
    [1000, S.MAX_MIN_EVIDENCE],
  ])('clamps minimum evidence %s to %s', (input, expected) => {
    expect(S.setMinEvidence(S.INITIAL_STATE, input).minEvidence).toBe(expected);
  });

  it.each([
    [-1, 0],
    [0, 0],
    [1, 1],
    [2, 2],
    [5, 2],
  ])('clamps focus depth %s to %s', (input, expected) => {
    expect(S.setFocusDepth(S.INITIAL_STATE, input).focusDepth).toBe(expected);
  });

  it('drops selection and hover that point into a replaced or changed graph', () => {
    const s = S.hoverEdge(S.hoverNode(S.selectNode(S.INITIAL_STATE, 'gone'), 'gone'), 'e');
    const kept = S.toggleRelation(s, 'accused');
    const replaced = S.graphReplaced(kept);
    expect(replaced.selection).toBeNull();
    expect(replaced.hoveredNode).toBeNull();
    expect(replaced.hiddenRelations.has('accused')).toBe(true);
    const pruned = S.pruneMissing(
      s,
      () => false,
      () => true,
    );
    expect(pruned.selection).toBeNull();
    expect(pruned.hoveredNode).toBeNull();
    expect(pruned.hoveredEdge).toBe('e');
  });
});

describe('view state in the URL', () => {
  it('writes nothing for the initial state', () => {
    expect(S.stateToHash(S.INITIAL_STATE)).toBe('');
  });

  it('round-trips selection, filters, focus and search', () => {
    let s = S.selectNode(S.INITIAL_STATE, 'person/mustafa-al-kadiri');
    s = S.toggleKind(s, 'organization');
    s = S.toggleKind(s, 'place');
    s = S.toggleRelation(s, 'met_with');
    s = S.setMinEvidence(s, 2);
    s = S.setFocusDepth(s, 2);
    s = S.setSearch(s, 'al Kadiri & co');
    const hash = S.stateToHash(s);
    expect(hash).toBe(
      'node=person%2Fmustafa-al-kadiri&hideKinds=place%2Corganization&hideRelations=met_with&minEvidence=2&focus=2&q=al+Kadiri+%26+co',
    );
    const back = S.stateFromHash(`#${hash}`);
    expect(back.selection).toEqual(s.selection);
    expect([...back.hiddenKinds].sort()).toEqual(['organization', 'place']);
    expect([...back.hiddenRelations]).toEqual(['met_with']);
    expect(back.minEvidence).toBe(2);
    expect(back.focusDepth).toBe(2);
    expect(back.search).toBe('al Kadiri & co');
    expect(S.stateToHash(back)).toBe(hash);
  });

  it('round-trips an edge selection', () => {
    const s = S.selectEdge(S.INITIAL_STATE, 'accused:person/a->place/b');
    expect(S.stateFromHash(S.stateToHash(s)).selection).toEqual(s.selection);
  });

  it.each([
    ['hideKinds=robot,place', { kinds: ['place'] }],
    ['hideRelations=loves,accused', { relations: ['accused'] }],
    ['minEvidence=abc&focus=zz', { min: 1, focus: 0 }],
    ['minEvidence=-5&focus=9', { min: 1, focus: 2 }],
  ])('ignores bad values in %s', (hash, expected) => {
    const s = S.stateFromHash(hash);
    if ('kinds' in expected) expect([...s.hiddenKinds]).toEqual(expected.kinds);
    if ('relations' in expected) expect([...s.hiddenRelations]).toEqual(expected.relations);
    if ('min' in expected) expect(s.minEvidence).toBe(expected.min);
    if ('focus' in expected) expect(s.focusDepth).toBe(expected.focus);
  });

  it.each([
    [0.3, 0.3],
    [0.333, 0.33],
    [-1, 0],
    [7, 1],
    [Number.NaN, 0],
  ])('clamps minimum confidence %s to %s', (input, expected) => {
    expect(S.setMinConfidence(S.INITIAL_STATE, input).minConfidence).toBe(expected);
  });

  it('keeps minimum confidence in the URL (left out at 0), and resets it with the filters', () => {
    const s = S.setMinConfidence(S.INITIAL_STATE, 0.45);
    expect(S.stateToHash(s)).toBe('minConfidence=0.45');
    expect(S.stateToHash(S.INITIAL_STATE)).toBe('');
    expect(S.stateFromHash(S.stateToHash(s)).minConfidence).toBe(0.45);
    expect(S.stateFromHash('minConfidence=abc').minConfidence).toBe(0);
    expect(S.stateFromHash('minConfidence=2').minConfidence).toBe(1);
    expect(S.resetFilters(s).minConfidence).toBe(0);
    expect(S.setMinConfidence(S.INITIAL_STATE, 0)).toBe(S.INITIAL_STATE);
  });

  it('keeps hover from the base state', () => {
    const base = S.hoverNode(S.INITIAL_STATE, 'x');
    expect(S.stateFromHash('node=y', base).hoveredNode).toBe('x');
  });
});
