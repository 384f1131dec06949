import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachPunctuation } from '../../src/parse/punctuation.ts';
import { wellFormed } from './trees.ts';

/**
 * A parse written one word a line as "word UPOS head deprel" (head -1 for the root), as a greedy
 * parser might give it for a sentence of our own.
 */
function tree(text: string) {
  const rows = text
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  return {
    words: rows.map((r) => r[0] as string),
    upos: rows.map((r) => r[1] as string),
    head: rows.map((r) => Number(r[2])),
    deprel: rows.map((r) => r[3] as string),
  };
}

function attached(text: string) {
  const t = tree(text);
  attachPunctuation(t.words, t.upos, t.head, t.deprel);
  expect(wellFormed(t.head).why).toBeUndefined();
  return t;
}

describe('punctuation attached by the UD rule', () => {
  it('hangs the comma after a fronted phrase on that phrase, not on the main verb', () => {
    const t = attached(`
      After     ADP   2 case
      the       DET   2 det
      talks     NOUN  6 obl
      ,         PUNCT 6 punct
      the       DET   5 det
      ministers NOUN  6 nsubj
      left      VERB -1 root
      .         PUNCT 6 punct`);
    expect(t.head).toEqual([2, 2, 6, 2, 5, 6, -1, 6]);
  });

  it('hangs a comma of a list on the conjunct after it', () => {
    const t = attached(`
      Ruritania PROPN 5 nsubj
      ,         PUNCT 0 punct
      Sylvania  PROPN 0 conj
      and       CCONJ 4 cc
      Freedonia PROPN 0 conj
      signed    VERB -1 root
      .         PUNCT 5 punct`);
    expect(t.head[1]).toBe(2);
  });

  it('hangs the comma closing a relative clause on the noun the clause describes', () => {
    const t = attached(`
      The      DET   1 det
      team     NOUN  9 nsubj:pass
      ,        PUNCT 4 punct
      which    PRON  4 nsubj
      consists VERB  1 acl:relcl
      of       ADP   6 case
      girls    NOUN  4 obl
      ,        PUNCT 4 punct
      was      AUX   9 aux:pass
      denied   VERB -1 root
      visas    NOUN  9 obj
      .        PUNCT 9 punct`);
    // the opening comma stays on the clause's verb (the lower of its neighbours), the closing one
    // goes to the noun
    expect([t.head[2], t.head[7], t.head[11]]).toEqual([4, 1, 9]);
  });

  it('hangs quotes on the head of what they enclose, and the stop on the sentence', () => {
    const t = attached(`
      He   PRON  1 nsubj
      said VERB -1 root
      "    PUNCT 1 punct
      we   PRON  5 nsubj
      will AUX   5 aux
      win  VERB  1 ccomp
      "    PUNCT 1 punct
      .    PUNCT 5 punct`);
    expect([t.head[2], t.head[6], t.head[7]]).toEqual([5, 5, 1]);
  });

  it('gives a sentence the parser headed by a mark a word for its head, and a mark no dependents', () => {
    const t = attached(`
      -         PUNCT -1 root
      Ruritania PROPN  2 nsubj
      wins      VERB   0 parataxis
      ,         PUNCT  2 punct
      again     ADV    3 advmod`);
    // the word on the comma moves to the comma's head; the comma then hangs on the lower neighbour
    expect(t.head).toEqual([2, 2, -1, 4, 2]);
    expect(t.deprel).toEqual(['punct', 'nsubj', 'root', 'punct', 'advmod']);
  });

  it('leaves the arcs between words alone and keeps every tree a projective tree', () => {
    const marks = [',', '.', '"', '(', ')', '-', ':'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 30 }), (seed, n) => {
        let state = seed;
        const random = (k: number) => {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          return Math.floor((state / 2 ** 32) * k);
        };
        // a random projective tree: a head for each span, its left and right parts cut into subtrees
        const head = new Array<number>(n).fill(-1);
        const build = (lo: number, hi: number, parent: number): void => {
          if (lo >= hi) return;
          const r = lo + random(hi - lo);
          head[r] = parent;
          for (const [a, b] of [
            [lo, r],
            [r + 1, hi],
          ] as const) {
            let start = a;
            while (start < b) {
              const end = start + 1 + random(b - start);
              build(start, end, r);
              start = end;
            }
          }
        };
        build(0, n, -1);
        // some leaves are marks
        const leaf = (k: number) => !head.includes(k);
        const upos = head.map((_, k) => (leaf(k) && random(3) === 0 ? 'PUNCT' : 'NOUN'));
        const words = upos.map((u, k) => (u === 'PUNCT' ? (marks[random(marks.length)] as string) : `w${k}`));
        const deprel = head.map((h, k) => (h === -1 ? 'root' : upos[k] === 'PUNCT' ? 'punct' : 'dep'));
        const before = [...head];
        attachPunctuation(words, upos, head, deprel);
        expect(wellFormed(before).why).toBeUndefined();
        expect(wellFormed(head).why).toBeUndefined();
        head.forEach((h, k) => {
          if (upos[k] !== 'PUNCT') expect(h).toBe(before[k]);
          else expect(deprel[k]).toBe(h === -1 ? 'root' : 'punct');
        });
      }),
      { numRuns: 500 },
    );
  });
});
