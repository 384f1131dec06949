import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/model.ts';
import { commaAppositions, flatAcrossCommas, nounsBeforeNames } from '../../src/parse/name-phrases.ts';
import { documentNameSpans } from '../../src/parse/names.ts';

/** One root, every word reaches it, no crossing arcs. */
function projectiveTree(head: readonly number[]): boolean {
  if (head.filter((h) => h === -1).length !== 1) return false;
  for (let k = 0; k < head.length; k++) {
    let h = k;
    for (let steps = 0; h !== -1; steps++) {
      if (steps > head.length) return false;
      h = head[h] as number;
    }
  }
  const arcs = head.flatMap((h, k) => (h < 0 ? [] : [[Math.min(h, k), Math.max(h, k)] as const]));
  return arcs.every(([a, b]) => arcs.every(([c, d]) => !(a < c && c < b && b < d)));
}

describe('a determined noun before a name', () => {
  it('heads the phrase and takes the name as its apposition where the parse made them two subjects', () => {
    // The former leader Tomas Varga resigned .
    const words = ['The', 'former', 'leader', 'Tomas', 'Varga', 'resigned', '.'];
    const upos = ['DET', 'ADJ', 'NOUN', 'PROPN', 'PROPN', 'VERB', 'PUNCT'];
    const names = ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O'];
    const head = [2, 2, 5, 5, 3, -1, 5];
    const deprel = ['det', 'amod', 'nsubj:pass', 'nsubj', 'flat', 'root', 'punct'];
    nounsBeforeNames(words, upos, names, head, deprel);
    expect(head).toEqual([2, 2, 5, 2, 3, -1, 5]);
    expect(deprel).toEqual(['det', 'amod', 'nsubj', 'appos', 'flat', 'root', 'punct']);
    expect(projectiveTree(head)).toBe(true);
  });

  it('leaves a bare noun, a noun of time and an untagged name as parsed', () => {
    const upos = ['NOUN', 'PROPN', 'PROPN', 'VERB'];
    const rels = ['nsubj', 'nsubj', 'flat', 'root'];
    for (const [words, names] of [
      [
        ['minister', 'Tomas', 'Varga', 'spoke'],
        ['O', 'B-PER', 'I-PER', 'O'],
      ],
      [
        ['week', 'Tomas', 'Varga', 'spoke'],
        ['O', 'B-PER', 'I-PER', 'O'],
      ],
      [
        ['minister', 'Tomas', 'Varga', 'spoke'],
        ['O', 'O', 'O', 'O'],
      ],
    ]) {
      const head = [3, 3, 1, -1];
      const deprel = [...rels];
      nounsBeforeNames(words as string[], upos, names as string[], head, deprel);
      expect([head, deprel]).toEqual([[3, 3, 1, -1], rels]);
    }
  });
});

describe('a phrase set off by a comma after another', () => {
  it('is the apposition of the first where the parse made them two arguments of one verb', () => {
    // The minister , Tomas Varga , visited Strelsau .  (minister read as a bare obl)
    const words = ['The', 'minister', ',', 'Tomas', 'Varga', ',', 'visited', 'Strelsau', '.'];
    const upos = ['DET', 'NOUN', 'PUNCT', 'PROPN', 'PROPN', 'PUNCT', 'VERB', 'PROPN', 'PUNCT'];
    const names = ['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'];
    const head = [1, 6, 1, 6, 3, 6, -1, 6, 6];
    const deprel = ['det', 'obl:unmarked', 'punct', 'nsubj', 'flat', 'punct', 'root', 'obj', 'punct'];
    commaAppositions(words, upos, names, head, deprel);
    expect(head).toEqual([1, 6, 3, 1, 3, 6, -1, 6, 6]);
    expect(deprel).toEqual(['det', 'nsubj', 'punct', 'appos', 'flat', 'punct', 'root', 'obj', 'punct']);
    expect(projectiveTree(head)).toBe(true);
  });

  it('is the apposition of the first where the parse hung it on the comma', () => {
    // Anna Kovac met her counterpart , Tomas Varga .  (Tomas an appos of the comma)
    const words = ['Anna', 'Kovac', 'met', 'her', 'counterpart', ',', 'Tomas', 'Varga', '.'];
    const upos = ['PROPN', 'PROPN', 'VERB', 'PRON', 'NOUN', 'PUNCT', 'PROPN', 'PROPN', 'PUNCT'];
    const names = ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O'];
    const head = [2, 0, -1, 4, 2, 2, 5, 6, 2];
    const deprel = ['nsubj', 'flat', 'root', 'nmod:poss', 'obj', 'punct', 'appos', 'flat', 'punct'];
    commaAppositions(words, upos, names, head, deprel);
    expect([head[6], deprel[6], head[5]]).toEqual([4, 'appos', 6]);
    expect(projectiveTree(head)).toBe(true);
  });

  it('is the apposition of the first where the parse made it a conjunct with no conjunction', () => {
    // Fighting broke out in Zenda , a town near the border .
    const words = ['Fighting', 'broke', 'out', 'in', 'Zenda', ',', 'a', 'town', 'near', 'the', 'border', '.'];
    const upos = [
      'NOUN',
      'VERB',
      'ADP',
      'ADP',
      'PROPN',
      'PUNCT',
      'DET',
      'NOUN',
      'ADP',
      'DET',
      'NOUN',
      'PUNCT',
    ];
    const names = ['O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'O'];
    const head = [1, -1, 1, 4, 1, 7, 7, 1, 10, 10, 7, 1];
    const deprel = [
      'nsubj',
      'root',
      'compound:prt',
      'case',
      'obl',
      'punct',
      'det',
      'conj',
      'case',
      'det',
      'nmod',
      'punct',
    ];
    commaAppositions(words, upos, names, head, deprel);
    expect([head[7], deprel[7], head[5]]).toEqual([4, 'appos', 7]);
    expect(projectiveTree(head)).toBe(true);
  });

  it("gives a person's name after an organization's to the noun the organization's phrase hangs on", () => {
    // The spokesman for the Foreign Ministry , Peter Horvat , declined .  (Peter a conjunct of Ministry)
    const words = [
      'The',
      'spokesman',
      'for',
      'the',
      'Foreign',
      'Ministry',
      ',',
      'Peter',
      'Horvat',
      ',',
      'declined',
      '.',
    ];
    const upos = [
      'DET',
      'NOUN',
      'ADP',
      'DET',
      'PROPN',
      'PROPN',
      'PUNCT',
      'PROPN',
      'PROPN',
      'PUNCT',
      'VERB',
      'PUNCT',
    ];
    const names = ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O'];
    const head = [1, 10, 5, 5, 5, 1, 7, 5, 7, 1, -1, 10];
    const deprel = [
      'det',
      'nsubj',
      'case',
      'det',
      'amod',
      'nmod',
      'punct',
      'conj',
      'flat',
      'punct',
      'root',
      'punct',
    ];
    commaAppositions(words, upos, names, head, deprel);
    expect([head[7], deprel[7]]).toEqual([1, 'appos']);
    expect(projectiveTree(head)).toBe(true);
    // … for the Foreign Ministry , its press office , …: a determined phrase goes to the nearest nominal
    const w2 = [
      'The',
      'spokesman',
      'for',
      'the',
      'Foreign',
      'Ministry',
      ',',
      'its',
      'office',
      ',',
      'declined',
      '.',
    ];
    const u2 = [
      'DET',
      'NOUN',
      'ADP',
      'DET',
      'PROPN',
      'PROPN',
      'PUNCT',
      'PRON',
      'NOUN',
      'PUNCT',
      'VERB',
      'PUNCT',
    ];
    const n2 = ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O', 'O'];
    const h2 = [1, 10, 5, 5, 5, 1, 8, 8, 5, 1, -1, 10];
    const r2 = [
      'det',
      'nsubj',
      'case',
      'det',
      'amod',
      'nmod',
      'punct',
      'nmod:poss',
      'conj',
      'punct',
      'root',
      'punct',
    ];
    commaAppositions(w2, u2, n2, h2, r2);
    expect([h2[8], r2[8]]).toEqual([5, 'appos']);
  });

  it('leaves coordinations, lists and phrases with a preposition as parsed', () => {
    // Anna Kovac visited Strelsau , Zenda and Modra .
    const words = ['Anna', 'Kovac', 'visited', 'Strelsau', ',', 'Zenda', 'and', 'Modra', '.'];
    const upos = ['PROPN', 'PROPN', 'VERB', 'PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT'];
    const names = ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O'];
    const head = [2, 0, -1, 2, 5, 3, 7, 3, 2];
    const deprel = ['nsubj', 'flat', 'root', 'obj', 'punct', 'conj', 'cc', 'conj', 'punct'];
    const before = [[...head], [...deprel]];
    commaAppositions(words, upos, names, head, deprel);
    expect([head, deprel]).toEqual(before);
    // Last week , in Strelsau , Tomas Varga spoke .  (a time noun; an obl with its preposition)
    const w2 = ['Anna', 'spoke', 'in', 'Strelsau', ',', 'in', 'Zenda', '.'];
    const u2 = ['PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT', 'ADP', 'PROPN', 'PUNCT'];
    const h2 = [1, -1, 3, 1, 6, 6, 1, 1];
    const r2 = ['nsubj', 'root', 'case', 'obl', 'punct', 'case', 'obl', 'punct'];
    commaAppositions(w2, u2, ['B-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O'], h2, r2);
    expect(h2).toEqual([1, -1, 3, 1, 6, 6, 1, 1]);
  });
});

describe('appositions in parsed news sentences', () => {
  it('gives the name after a title and a comma to the title, and a determined title before a name the name', () => {
    const text =
      'The minister, Tomas Varga, visited the bank last week. Anna Kovac met her counterpart, Tomas Varga. The former Ruritanian leader Tomas Varga is refusing to testify.';
    const parsed = parseText(text, undefined, documentNameSpans(text));
    const [first, second, third] = parsed as [
      (typeof parsed)[number],
      (typeof parsed)[number],
      (typeof parsed)[number],
    ];
    const at = (p: typeof first, w: string) => p.words.indexOf(w);
    expect([first.head[at(first, 'Tomas')], first.deprel[at(first, 'Tomas')]]).toEqual([
      at(first, 'minister'),
      'appos',
    ]);
    expect(first.deprel[at(first, 'minister')]).toBe('nsubj');
    expect([second.head[at(second, 'Tomas')], second.deprel[at(second, 'Tomas')]]).toEqual([
      at(second, 'counterpart'),
      'appos',
    ]);
    expect([third.head[at(third, 'Tomas')], third.deprel[at(third, 'Tomas')]]).toEqual([
      at(third, 'leader'),
      'appos',
    ]);
    for (const p of parsed) expect(projectiveTree(p.head)).toBe(true);
  });
});

describe("a name's flat word across a comma", () => {
  // Tomas Varga , NATO Spokesperson , said .
  const words = ['Tomas', 'Varga', ',', 'NATO', 'Spokesperson', ',', 'said', '.'];
  const misparse = () => ({
    head: [6, 0, 3, 0, 0, 0, -1, 6],
    deprel: ['nsubj', 'flat', 'punct', 'appos', 'flat', 'punct', 'root', 'punct'],
  });

  it('heads the apposition, the word before it its compound', () => {
    const { head, deprel } = misparse();
    flatAcrossCommas(words, head, deprel);
    expect([head[4], deprel[4], head[3], deprel[3], head[2]]).toEqual([0, 'appos', 4, 'compound', 4]);
    expect([head[1], deprel[1]]).toEqual([0, 'flat']);
  });

  it('is left alone without a comma inside the name ("Tomas Varga NATO Spokesperson")', () => {
    const w = ['Tomas', 'Varga', 'NATO', 'Spokesperson', 'said'];
    const head = [4, 0, 0, 0, -1];
    const deprel = ['nsubj', 'flat', 'appos', 'flat', 'root'];
    flatAcrossCommas(w, head, deprel);
    expect(deprel).toEqual(['nsubj', 'flat', 'appos', 'flat', 'root']);
  });
});
