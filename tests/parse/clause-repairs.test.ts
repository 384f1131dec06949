import { describe, expect, it } from 'vitest';
import { frontedSubjects } from '../../src/parse/clause-repairs.ts';

describe('a subject after a fronted phrase, read as a conjunct of its last noun', () => {
  // During his visit to Chile , Tomas Varga met Elena Kowal .
  const words = [
    'During',
    'his',
    'visit',
    'to',
    'Chile',
    ',',
    'Tomas',
    'Varga',
    'met',
    'Elena',
    'Kowal',
    '.',
  ];
  const upos = [
    'ADP',
    'PRON',
    'NOUN',
    'ADP',
    'PROPN',
    'PUNCT',
    'PROPN',
    'PROPN',
    'VERB',
    'PROPN',
    'PROPN',
    'PUNCT',
  ];

  /** The parser's reading: "Tomas" a conjunct of "Chile", "Varga" flat under it, "met" without a subject. */
  const misparse = () => {
    const head = [2, 2, 8, 4, 2, 6, 4, 4, -1, 8, 9, 8];
    const deprel = [
      'case',
      'nmod:poss',
      'obl',
      'case',
      'nmod',
      'punct',
      'conj',
      'flat',
      'root',
      'obj',
      'flat',
      'punct',
    ];
    return { head, deprel };
  };

  it("becomes the verb's subject, with the name words hung on the old noun", () => {
    const { head, deprel } = misparse();
    frontedSubjects(words, upos, head, deprel);
    expect(head.slice(6, 8)).toEqual([8, 6]);
    expect(deprel.slice(6, 8)).toEqual(['nsubj', 'flat']);
  });

  it('is left alone where the verb has a subject of its own', () => {
    const { head, deprel } = misparse();
    // "… Chile, Tomas Varga, she met Elena Kowal": pretend word 9 is the verb's subject
    deprel[9] = 'nsubj';
    const before = [...head];
    frontedSubjects(words, upos, head, deprel);
    expect(head).toEqual(before);
  });

  it('is left alone in a list with a later conjunct ("A, B and C")', () => {
    // In Chile , Peru and Bolivia , protests grew .
    const w = ['In', 'Chile', ',', 'Peru', 'and', 'Bolivia', ',', 'protests', 'grew', '.'];
    const u = ['ADP', 'PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT', 'NOUN', 'VERB', 'PUNCT'];
    const head = [1, 8, 3, 1, 5, 1, 8, 8, -1, 8];
    // the verb's subject read as something else, so only the list says Peru is no subject
    const deprel = ['case', 'obl', 'punct', 'conj', 'cc', 'conj', 'punct', 'obl', 'root', 'punct'];
    const before = [...head];
    frontedSubjects(w, u, head, deprel);
    expect(head).toEqual(before);
  });
});
