/**
 * Tune / check splits: deterministic, about half each, independent of order.
 */

import { describe, expect, it } from 'vitest';
import { fnv1a, halfOf, inSplit } from '../../src/eval/split.ts';

describe('splits', () => {
  it('hashes with FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('cuts a set into two halves of about the same size', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `doc-${i}`);
    const tune = ids.filter((id) => halfOf(id) === 'tune').length;
    expect(tune).toBeGreaterThan(430);
    expect(tune).toBeLessThan(570);
  });

  it('puts every id in exactly one half, and all in "all"', () => {
    for (const id of ['a', 'b', 'PLOVER-1', 'GUM_news_x']) {
      expect(inSplit(id, 'tune')).not.toBe(inSplit(id, 'check'));
      expect(inSplit(id, 'all')).toBe(true);
    }
  });
});
