/**
 * Lexicon rules in extraction: acronyms that spell a common word ("IS", "PA") match only in
 * mixed-case text, and one place has one entry ("Gaza" and "Gaza Strip" are one entity).
 */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const labels = (text: string) =>
  extractDocument({ id: 'd', text })
    .entities.map((e) => `${e.kind}:${e.label}`)
    .sort();

describe('lexicon rules', () => {
  it.each([
    ['US SAYS IT IS READY TO TALK', ['place:United States']],
    ['IS FIGHTERS SEIZE TOWN NEAR MOSUL', ['place:Mosul']],
    ['IS fighters seized a town near Mosul, officials said.', ['organization:Islamic State', 'place:Mosul']],
    ['The PA said the talks would resume.', ['organization:Palestinian Authority']],
  ])('word acronyms in %j', (text, expected) => {
    const got = labels(text);
    for (const e of expected) expect(got).toContain(e);
    if (!expected.some((e) => e.startsWith('organization:')))
      expect(got.filter((g) => g.startsWith('organization:'))).toEqual([]);
  });

  it.each([
    ['Fighting in Gaza went on. Aid reached the Gaza Strip on Monday.', ['place:Gaza']],
    ['Aid reached the Gaza Strip.', ['place:Gaza']],
    ['Talks on the West Bank resumed.', ['place:West Bank']],
  ])('one place in %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});
