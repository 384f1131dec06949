import { describe, expect, it } from 'vitest';
import { exchange, keySentences } from '../../scripts/train/exchange.ts';
import {
  type ClusterTable,
  clusterKey,
  clusterTable,
  decodeClusters,
  encodeClusters,
  shapeKey,
  suffixKey,
  wordClass,
} from '../../src/parse/clusters.ts';

describe('word classes', () => {
  it('reads the committed table: two granularities, frequent words known, any word a class', () => {
    const t = clusterTable();
    expect(t).not.toBeNull();
    const table = t as ClusterTable;
    expect(table.coarse).toBeGreaterThan(1);
    expect(table.fine).toBeGreaterThan(table.coarse);
    expect(table.classes.size).toBeGreaterThan(10000);
    for (const w of ['the', 'said', 'London', 'Monday', '1996', 'Zxqvbnmw', 'Qwertyuiopan', '--', 'x-y-z'])
      expect(wordClass(w, table)).toBeGreaterThanOrEqual(0);
    // classes are in range
    const outOfRange = [...table.classes.values()].filter(
      (c) => c >>> 16 >= table.coarse || (c & 0xffff) >= table.fine,
    );
    expect(outOfRange).toEqual([]);
    // days of the week share a fine class more often than not
    const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map(
      (d) => wordClass(d, table) & 0xffff,
    );
    expect(
      Math.max(...[...new Set(days)].map((c) => days.filter((d) => d === c).length)),
    ).toBeGreaterThanOrEqual(3);
  });

  it('keys words by case-folded form, digits folded, and shapes', () => {
    expect(clusterKey('Reuters')).toBe('reuters');
    expect(clusterKey('1996-08-22')).toBe('0000-00-00');
    expect(shapeKey('Blackburn')).toBe('<Xx>');
    expect(shapeKey('BRUSSELS')).toBe('<XX>');
    expect(shapeKey('self-made')).toBe('<x->');
    expect(shapeKey('3rd')).toBe('<0x>');
    expect(shapeKey('...')).toBe('<p>');
    expect(suffixKey('Zwingmann')).toBe('<Xx>nn');
    expect(suffixKey('42')).toBe('<0>');
  });

  it('writes and reads a table', () => {
    const table: ClusterTable = {
      coarse: 2,
      fine: 4,
      classes: new Map([
        ['the', 0 * 65536 + 3],
        ['<Xx>', 1 * 65536 + 0],
        ['a b', 1 * 65536 + 2],
      ]),
    };
    const back = decodeClusters(encodeClusters(table));
    expect(back.coarse).toBe(2);
    expect(back.fine).toBe(4);
    expect([...back.classes].sort()).toEqual([...table.classes].sort());
    expect(encodeClusters(back)).toEqual(encodeClusters(table));
  });

  it('learns classes by exchange, the same every time, words of the same contexts together', () => {
    const text = [
      'the cat sleeps .',
      'a dog sleeps .',
      'the dog runs .',
      'a cat runs .',
      'the cat eats .',
      'a dog eats .',
      'the bird sleeps .',
      'a bird runs .',
      'the bird eats .',
    ];
    const sentences = keySentences(Array.from({ length: 4 }, () => text.map((s) => s.split(' '))).flat(), 3);
    const one = exchange(sentences, { classes: 4 });
    const two = exchange(sentences, { classes: 4 });
    expect([...one]).toEqual([...two]);
    expect(one.get('cat')).toBe(one.get('dog'));
    expect(one.get('dog')).toBe(one.get('bird'));
    expect(one.get('sleeps')).toBe(one.get('runs'));
    expect(one.get('cat')).not.toBe(one.get('sleeps'));
  });
});
