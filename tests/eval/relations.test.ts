/**
 * Relation scoring
 *
 * The pure scoring of src/eval/relations.ts on hand-written events: type and span overlap, order
 * free for reciprocal events and symmetric relations, one-to-one matching, OTHER not scored.
 */

import { describe, expect, it } from 'vitest';
import {
  type GoldRelation,
  isUnscorable,
  type PredictedRelation,
  type RelationGoldRecord,
  scoreRelationRecord,
} from '../../src/eval/relations.ts';

//           0         1         2         3
//           0123456789012345678901234567890123
const text = 'Iran accused Israel of sabotage.';
const accuse: GoldRelation = { type: 'accused', source: [0, 4], target: [13, 19], reciprocal: false };
const record = (relations: GoldRelation[]): RelationGoldRecord => ({
  id: 'r',
  text,
  relations,
  group: 'r',
  sentenceStart: 0,
  structural: false,
});
const pred = (type: PredictedRelation['type'], source: [number, number], target: [number, number]) => ({
  type,
  source,
  target,
});

describe('scoreRelationRecord', () => {
  it('matches on type and overlapping spans', () => {
    const r = scoreRelationRecord(record([accuse]), [pred('accused', [0, 4], [13, 22])]);
    expect(r.counts).toEqual({ accused: { tp: 1, fp: 0, fn: 0 } });
  });

  it('a reversed directed relation is a false positive and a miss', () => {
    const r = scoreRelationRecord(record([accuse]), [pred('accused', [13, 19], [0, 4])]);
    expect(r.counts).toEqual({ accused: { tp: 0, fp: 1, fn: 1 } });
    expect(r.errors.map((e) => e.bucket)).toEqual(['accused false-positive', 'accused missed']);
  });

  it('accepts either order when the gold event is reciprocal', () => {
    const gold = { ...accuse, reciprocal: true };
    const r = scoreRelationRecord(record([gold]), [pred('accused', [13, 19], [0, 4])]);
    expect(r.counts.accused).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('accepts either order for a symmetric relation', () => {
    const gold: GoldRelation = { type: 'met_with', source: [0, 4], target: [13, 19], reciprocal: false };
    const r = scoreRelationRecord(record([gold]), [pred('met_with', [13, 19], [0, 4])]);
    expect(r.counts.met_with).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('a wrong type counts against both types', () => {
    const r = scoreRelationRecord(record([accuse]), [pred('threatened', [0, 4], [13, 19])]);
    expect(r.counts).toEqual({ threatened: { tp: 0, fp: 1, fn: 0 }, accused: { tp: 0, fp: 0, fn: 1 } });
  });

  it('matches one-to-one and counts identical predictions once', () => {
    const r = scoreRelationRecord(record([accuse]), [
      pred('accused', [0, 4], [13, 19]),
      pred('accused', [0, 4], [13, 19]),
      pred('accused', [0, 3], [13, 19]),
    ]);
    expect(r.counts.accused).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('does not score OTHER events nor predictions on their actors only', () => {
    const other: GoldRelation = { type: null, source: [0, 4], target: [13, 19], reciprocal: false };
    const r = scoreRelationRecord(record([other]), [pred('accused', [13, 19], [0, 4])]);
    expect(r.counts).toEqual({});
    expect(r.ignored).toBe(1);
    expect(r.errors).toEqual([]);
  });
});

describe('gold events with an actor the gold file could not locate', () => {
  const gold: GoldRelation = { type: 'rejected', source: [0, 4], target: null, reciprocal: false };

  it('match nothing under strict scoring (a miss, and the prediction is wrong)', () => {
    const r = scoreRelationRecord(record([gold]), [pred('rejected', [0, 4], [13, 19])]);
    expect(r.counts.rejected).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(isUnscorable(gold)).toBe(true);
    expect(isUnscorable(accuse)).toBe(false);
  });

  it('accept any predicted actor in that role under lenient scoring', () => {
    const r = scoreRelationRecord(record([gold]), [pred('rejected', [0, 4], [13, 19])], { lenient: true });
    expect(r.counts.rejected).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('pronoun ends with a named antecedent', () => {
  //                 0         1         2         3         4
  //                 0123456789012345678901234567890123456789012345
  const two = 'Iran spoke first. It accused Israel of sabotage.';
  const viaPronoun: GoldRelation = {
    type: 'accused',
    source: [18, 20],
    target: [29, 35],
    reciprocal: false,
    sourceAntecedent: [0, 4],
  };
  const rec: RelationGoldRecord = { ...record([viaPronoun]), text: two, sentenceStart: 18 };

  it('a prediction may point at the pronoun or at the antecedent', () => {
    for (const source of [[18, 20] as [number, number], [0, 4] as [number, number]]) {
      const r = scoreRelationRecord(rec, [pred('accused', source, [29, 35])]);
      expect(r.counts.accused).toEqual({ tp: 1, fp: 0, fn: 0 });
    }
  });

  it('but not at another name', () => {
    const r = scoreRelationRecord(rec, [pred('accused', [5, 10], [29, 35])]);
    expect(r.counts.accused).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
