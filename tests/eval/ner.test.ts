/**
 * NER scoring
 *
 * The pure scoring of src/eval/ner.ts and metrics.ts on hand-written spans: exact against lenient
 * matching, one-to-one, MISC not scored, error buckets, and the P/R/F1 arithmetic.
 */

import { describe, expect, it } from 'vitest';
import { microCounts, scores } from '../../src/eval/metrics.ts';
import { type LabeledSpan, type NerGoldDoc, scoreNerDocument } from '../../src/eval/ner.ts';

//           0         1         2         3         4
//           0123456789012345678901234567890123456789012345
const text = 'Mr. Angela Merkel met the World Bank in Paris.';
const gold: NerGoldDoc = {
  id: 'g',
  text,
  entities: [
    { start: 4, end: 17, kind: 'person' }, // Angela Merkel
    { start: 26, end: 36, kind: 'organization' }, // World Bank
    { start: 40, end: 45, kind: 'place' }, // Paris
  ],
  ignored: [],
  tokens: 10,
};
const span = (start: number, end: number, kind: LabeledSpan['kind']): LabeledSpan => ({ start, end, kind });

describe('scoreNerDocument', () => {
  it('counts exact and lenient matches per kind', () => {
    const r = scoreNerDocument(gold, [
      span(0, 17, 'person'), // "Mr. Angela Merkel": boundary error, lenient match
      span(26, 36, 'organization'), // exact
      span(40, 45, 'person'), // wrong kind
    ]);
    expect(r.exact).toEqual({
      person: { tp: 0, fp: 2, fn: 1 },
      organization: { tp: 1, fp: 0, fn: 0 },
      place: { tp: 0, fp: 0, fn: 1 },
    });
    expect(r.lenient).toEqual({
      person: { tp: 1, fp: 1, fn: 0 },
      organization: { tp: 1, fp: 0, fn: 0 },
      place: { tp: 0, fp: 0, fn: 1 },
    });
    expect(r.errors.map((e) => e.bucket).sort()).toEqual(['boundary person', 'wrong-kind place→person']);
  });

  it('matches one-to-one: two predictions inside one gold span give one lenient match', () => {
    const r = scoreNerDocument(gold, [span(4, 10, 'person'), span(11, 17, 'person')]);
    expect(r.lenient.person).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.exact.person).toEqual({ tp: 0, fp: 2, fn: 1 });
  });

  it('lists misses and spurious predictions', () => {
    const r = scoreNerDocument(gold, [span(18, 21, 'organization')]);
    expect(r.errors.map((e) => e.bucket).sort()).toEqual([
      'missed organization',
      'missed person',
      'missed place',
      'spurious organization',
    ]);
  });

  it('does not score predictions on MISC spans, and counts duplicates once', () => {
    const doc: NerGoldDoc = {
      id: 'm',
      text: 'German exports to Japan rose.',
      entities: [{ start: 18, end: 23, kind: 'place' }],
      ignored: [[0, 6]],
      tokens: 5,
    };
    const r = scoreNerDocument(doc, [
      span(0, 6, 'place'),
      span(0, 14, 'organization'),
      span(18, 23, 'place'),
      span(18, 23, 'place'),
    ]);
    expect(r.ignored).toBe(2);
    expect(r.exact).toEqual({ place: { tp: 1, fp: 0, fn: 0 } });
    expect(r.errors).toEqual([]);
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1, micro over types', () => {
    const micro = microCounts({ a: { tp: 3, fp: 1, fn: 0 }, b: { tp: 1, fp: 1, fn: 4 } });
    expect(micro).toEqual({ tp: 4, fp: 2, fn: 4 });
    const s = scores(micro);
    expect(s.precision).toBeCloseTo(4 / 6);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * (4 / 6) * 0.5) / (4 / 6 + 0.5));
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
