/**
 * The models' tokenizer: treebank-style words with exact offsets, whatever the white space.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/nlp/words.ts';

const split = (s: string) => words(s).map((w) => w.text);

describe('words', () => {
  it.each([
    ["Chile's president", ['Chile', "'s", 'president']],
    ["They don't agree.", ['They', 'do', "n't", 'agree', '.']],
    ['the U.S. embassy', ['the', 'U.S.', 'embassy']],
    ['Mr. Lee (of Acme Inc.) said:', ['Mr.', 'Lee', '(', 'of', 'Acme', 'Inc.', ')', 'said', ':']],
    ['"We will," she said.', ['"', 'We', 'will', ',', '"', 'she', 'said', '.']],
    ["the parents' rights", ['the', 'parents', "'", 'rights']],
    ['$17,000 or 3.5%', ['$', '17,000', 'or', '3.5', '%']],
    [
      'a long-term and/or short-term plan...',
      ['a', 'long-term', 'and', '/', 'or', 'short-term', 'plan', '...'],
    ],
    ["we'll see", ['we', "'ll", 'see']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('offsets always slice to the word, with any white space between', () => {
    const piece = fc.constantFrom(
      'Norway',
      "Chile's",
      'U.S.',
      '"Yes,"',
      "don't",
      '(a)',
      'x...',
      '3.5%',
      'and/or',
      '—',
      'é',
    );
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', ' \n ');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, space), { maxLength: 12 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        for (const w of words(text)) {
          expect(text.slice(w.start, w.end)).toBe(w.text);
          expect(w.text.trim()).toBe(w.text);
          expect(w.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
