/**
 * List flattening for GEXF and GraphML
 *
 * Lists become readable "; "-joined strings and come back item for item, even when an item holds
 * a semicolon or a backslash.
 */

import { describe, expect, it } from 'vitest';
import { joinList, splitList } from '../../graph/io/flatten.ts';

describe('joinList / splitList', () => {
  it.each([
    [[], ''],
    [['Ali Khorvani'], 'Ali Khorvani'],
    [['Ali Khorvani', 'Khorvani'], 'Ali Khorvani; Khorvani'],
    [['A; B', 'C'], 'A\\; B; C'],
    [['back\\slash', 'x;y'], 'back\\\\slash; x\\;y'],
    [['trailing ', ' leading'], 'trailing ;  leading'],
    [['<b>&amp;</b>'], '<b>&amp\\;</b>'],
  ])('%j ↔ %j', (list, text) => {
    expect(joinList(list)).toBe(text);
    expect(splitList(text)).toEqual(list);
  });

  it('reads a missing value as an empty list', () => {
    expect(splitList(undefined)).toEqual([]);
  });
});
