/**
 * The tree reader on arbitrary parses: any heads (cycles, out of range), any relations and tags,
 * any mentions — it returns, never throws, and every relation joins two different mentioned
 * entities with spans inside the text.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationsFromTree } from '../../src/relations/from-tree.ts';

const WORDS = [
  'Ruritania',
  'Freedonia',
  'met',
  'condemned',
  'attack',
  'talks',
  'by',
  'with',
  'of',
  'President',
  'MP',
  'said',
  'not',
  'enemy',
  'is',
  'the',
  'urged',
  'to',
  'and',
  'who',
  "'s",
  '?',
];
const UPOS = ['PROPN', 'VERB', 'NOUN', 'ADP', 'AUX', 'PART', 'PRON', 'DET', 'CCONJ', 'ADJ', 'PUNCT'];
const XPOS = ['NNP', 'VBD', 'VBN', 'NN', 'NNS', 'IN', 'MD', 'RB', 'VB'];
const DEPREL = [
  'root',
  'nsubj',
  'nsubj:pass',
  'obj',
  'iobj',
  'obl',
  'obl:agent',
  'nmod',
  'nmod:poss',
  'case',
  'conj',
  'cc',
  'xcomp',
  'ccomp',
  'advcl',
  'acl',
  'acl:relcl',
  'appos',
  'compound',
  'compound:prt',
  'flat',
  'amod',
  'cop',
  'aux',
  'aux:pass',
  'advmod',
  'mark',
  'det',
  'parataxis',
  'punct',
];

describe('relations from arbitrary trees', () => {
  it('never throws and only joins mentioned entities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }).chain((n) =>
          fc.record({
            words: fc.array(fc.constantFrom(...WORDS), { minLength: n, maxLength: n }),
            upos: fc.array(fc.constantFrom(...UPOS), { minLength: n, maxLength: n }),
            xpos: fc.array(fc.constantFrom(...XPOS), { minLength: n, maxLength: n }),
            head: fc.array(fc.integer({ min: -1, max: n + 1 }), { minLength: n, maxLength: n }),
            deprel: fc.array(fc.constantFrom(...DEPREL), { minLength: n, maxLength: n }),
            mentions: fc.array(
              fc.record({
                from: fc.integer({ min: 0, max: n - 1 }),
                len: fc.integer({ min: 1, max: 3 }),
                entity: fc.constantFrom('place/a', 'place/b', 'person/c', 'organization/d'),
              }),
              { maxLength: 4 },
            ),
          }),
        ),
        (g) => {
          const text = g.words.join(' ');
          const start: number[] = [];
          const end: number[] = [];
          let at = 0;
          for (const w of g.words) {
            start.push(at);
            end.push(at + w.length);
            at += w.length + 1;
          }
          const mentions = g.mentions.map((m) => ({
            from: m.from,
            to: Math.min(g.words.length, m.from + m.len),
            entity: m.entity,
            kind: m.entity.split('/')[0] as 'place' | 'person' | 'organization',
          }));
          const parse = {
            words: g.words,
            start,
            end,
            upos: g.upos,
            xpos: g.xpos,
            head: g.head,
            deprel: g.deprel,
          };
          const out = relationsFromTree({ docId: 'd', text, start: 0, end: text.length, parse, mentions });
          const entities = new Set<string>(mentions.map((m) => m.entity));
          for (const r of out) {
            expect(entities.has(r.source)).toBe(true);
            expect(entities.has(r.target)).toBe(true);
            expect(r.source).not.toBe(r.target);
            const ev = r.evidence[0]!;
            for (const [s, e] of [ev.sourceSpan, ev.targetSpan, ev.triggerSpan]) {
              expect(s).toBeGreaterThanOrEqual(0);
              expect(e).toBeLessThanOrEqual(text.length);
            }
          }
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });
});
