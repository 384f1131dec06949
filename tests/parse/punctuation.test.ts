import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachPunctuation } from '../../src/parse/punctuation.ts';
import { parseTable as tree, wellFormed } from './trees.ts';

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

  it('hangs a pair inside a pair on what it encloses, the outer pair on its own phrase', () => {
    const t = attached(`
      Ruritania PROPN  7 nsubj
      (         PUNCT  0 punct
      Sylvania  PROPN  0 appos
      (         PUNCT  2 punct
      Zenda     PROPN  2 appos
      )         PUNCT  7 punct
      )         PUNCT  0 punct
      wins      VERB  -1 root`);
    expect([t.head[1], t.head[3], t.head[5], t.head[6]]).toEqual([2, 4, 4, 2]);
  });

  it('hangs a stop the parser left on the last word on the sentence', () => {
    const t = attached(`
      Ruritania PROPN  1 nsubj
      won       VERB  -1 root
      it        PRON   1 obj
      .         PUNCT  2 punct`);
    expect(t.head[3]).toBe(1);
  });

  it('leaves a sentence of marks only as the parser made it', () => {
    const t = tree(`
      !  PUNCT -1 root
      !  PUNCT  0 punct
      !  PUNCT  0 punct`);
    attachPunctuation(t.words, t.upos, t.head, t.deprel);
    expect(t.head).toEqual([-1, 0, 0]);
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

  it('gives any tree, marks anywhere (as heads, as the root), one root, no cycle and marks that head nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (draws, leafOnly) => {
          const n = draws.length;
          // a random tree: each word after the first hangs on an earlier one; read backwards when the
          // first draw is odd, so heads fall on both sides
          const forward = draws.map((d, k) => (k === 0 ? -1 : d % k));
          const flip = (draws[0] as number) % 2 === 1;
          const head = flip
            ? forward.map((_, k) => {
                const h = forward[n - 1 - k] as number;
                return h < 0 ? -1 : n - 1 - h;
              })
            : forward;
          const upos = draws.map((d, k) =>
            d % 3 === 0 && (!leafOnly || !head.includes(k)) ? 'PUNCT' : 'NOUN',
          );
          const words = upos.map((u, k) =>
            u === 'PUNCT' ? ([',', '(', ')', '"', '.'][draws[k]! % 5] as string) : `w${k}`,
          );
          const deprel = head.map((h) => (h === -1 ? 'root' : 'dep'));
          const before = [...head];
          attachPunctuation(words, upos, head, deprel);
          expect(head.filter((h) => h === -1)).toHaveLength(1);
          head.forEach((h, k) => {
            expect(h).toBeGreaterThanOrEqual(-1);
            expect(h).toBeLessThan(n);
            let x = k;
            for (let steps = 0; x !== -1; steps++) {
              expect(steps).toBeLessThanOrEqual(n);
              x = head[x] as number;
            }
          });
          const allMarks = upos.every((u) => u === 'PUNCT');
          if (!allMarks) for (const h of head) if (h >= 0) expect(upos[h]).not.toBe('PUNCT');
          // a word keeps its head unless that head was a mark (or the root was one)
          head.forEach((h, k) => {
            const b = before[k] as number;
            if (upos[k] !== 'PUNCT' && b >= 0 && upos[b] !== 'PUNCT' && !allMarks) expect(h).toBe(b);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
