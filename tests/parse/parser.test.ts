import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/io/conllu.ts';
import { encodeModel } from '../../src/model/codec.ts';
import { Trainer } from '../../src/model/perceptron.ts';
import { flatPersonNames, parserModel, parseText, parseWords } from '../../src/parse/model.ts';
import { documentNameSpans, wordNameTags } from '../../src/parse/names.ts';
import {
  type GoldTree,
  hashInput,
  Labels,
  LEFT,
  parseHashed,
  RIGHT,
  SHIFT,
  trainParserPass,
} from '../../src/parse/parser.ts';
import { wellFormed } from './trees.ts';

const fixture = parseConllu(
  readFileSync(new URL('../fixtures/parse/tiny.conllu', import.meta.url), 'utf8'),
  'tiny.conllu',
);
const sentences = fixture.flatMap((d) => d.sentences);
const labelNames = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
const names = new Labels(labelNames);
const prepared = sentences.map((s) => ({
  hashed: hashInput({ words: s.words.map((w) => w.form), tags: s.words.map((w) => w.xpos) }),
  gold: {
    heads: Int32Array.from(s.words.map((w) => w.head - 1)),
    labels: Int16Array.from(s.words.map((w) => labelNames.indexOf(w.deprel))),
  } satisfies GoldTree,
}));

function train(epochs: number, seed: number) {
  const transitions = new Trainer(3);
  const labels = new Trainer(labelNames.length);
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const order = prepared.map((_, i) => i);
  for (let e = 0; e < epochs; e++)
    trainParserPass(prepared, order, names, { transitions, labels, explore: e === 0 ? 0 : 0.9, random });
  return { transitions: transitions.averaged(), labels: labels.averaged() };
}

describe('dependency parser', () => {
  it('names its transitions', () => {
    expect([SHIFT, LEFT, RIGHT]).toEqual([0, 1, 2]);
  });

  it('learns a tiny treebank of its own sentences, heads and labels', () => {
    const m = train(12, 1);
    let heads = 0;
    let labels = 0;
    let total = 0;
    sentences.forEach((s, i) => {
      const got = parseHashed(
        m.transitions,
        m.labels,
        names,
        (prepared[i] as (typeof prepared)[number]).hashed,
      );
      s.words.forEach((w, j) => {
        total++;
        if (got.heads[j] === w.head - 1) {
          heads++;
          if (labelNames[got.labels[j] as number] === w.deprel) labels++;
        }
      });
    });
    expect(heads / total).toBeGreaterThanOrEqual(0.95);
    expect(labels / total).toBeGreaterThanOrEqual(0.9);
  });

  it('trains deterministically: the same data and seed give the same bytes', () => {
    const encode = (m: ReturnType<typeof train>) => [
      encodeModel({ name: 't', classes: ['SHIFT', 'LEFT', 'RIGHT'], meta: {} }, m.transitions),
      encodeModel({ name: 'l', classes: labelNames, meta: {} }, m.labels),
    ];
    expect(encode(train(4, 7))).toEqual(encode(train(4, 7)));
  });

  it('always builds one projective tree, whatever the words (untrained and trained models)', () => {
    const untrained = {
      transitions: new Trainer(3).averaged(),
      labels: new Trainer(labelNames.length).averaged(),
    };
    const trained = train(3, 2);
    const word = fc.constantFrom('the', 'Ruritania', 'met', ',', '.', 'of', 'and', 'x', '"', 'was', '42');
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 40 }), fc.boolean(), (ws, useTrained) => {
        const m = useTrained ? trained : untrained;
        const tags = ws.map((w) => (w === '.' ? '.' : 'NN'));
        const got = parseHashed(m.transitions, m.labels, names, hashInput({ words: ws, tags }));
        const check = wellFormed(got.heads);
        expect(check.why).toBeUndefined();
        const rootIndex = names.names.indexOf('root');
        got.heads.forEach((h, i) => {
          expect(got.labels[i] === rootIndex).toBe(h === -1);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the committed parser', () => {
  const trained = parserModel() !== null;

  it('is trained and loads', () => {
    expect(trained).toBe(true);
  });

  it('parses a passive with an adverb: subject, agent and their relations', () => {
    const got = parseWords({ words: ['Ruritania', 'was', 'sharply', 'condemned', 'by', 'Freedonia', '.'] });
    expect(got).not.toBeNull();
    const { head, deprel } = got as NonNullable<typeof got>;
    expect(wellFormed(head).ok).toBe(true);
    expect([head[0], deprel[0]]).toEqual([3, 'nsubj:pass']);
    expect([head[5], deprel[5]]).toEqual([3, 'obl:agent']);
    expect([head[3], deprel[3]]).toEqual([-1, 'root']);
  });

  it('parses raw text into sentences whose offsets slice to their words', () => {
    const text = 'The minister met the president.  He arrived in Paris on Monday.';
    const parsed = parseText(text, undefined, documentNameSpans(text));
    expect(parsed).toHaveLength(2);
    for (const s of parsed) {
      s.words.forEach((w, i) => {
        expect(text.slice(s.start[i], s.end[i])).toBe(w);
      });
      expect(wellFormed(s.head).ok).toBe(true);
    }
    const [first, second] = parsed as [(typeof parsed)[number], (typeof parsed)[number]];
    const met = first.words.indexOf('met');
    expect(first.deprel[first.words.indexOf('minister')]).toBe('nsubj');
    expect([
      first.head[first.words.indexOf('president')],
      first.deprel[first.words.indexOf('president')],
    ]).toEqual([met, 'obj']);
    expect([
      second.head[second.words.indexOf('Paris')],
      second.deprel[second.words.indexOf('Paris')],
    ]).toEqual([second.words.indexOf('arrived'), 'obl']);
  });
});

describe("a person's name in UD's shape", () => {
  it('makes the first word of a tagged person name its head and the others flat, moving outside dependents', () => {
    // President Jennifer M. Anderson spoke . — parsed head-last with compounds
    const upos = ['PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'PUNCT'];
    const names = ['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O'];
    const head = [3, 3, 3, 4, -1, 4];
    const deprel = ['compound', 'compound', 'compound', 'nsubj', 'root', 'punct'];
    flatPersonNames(names, upos, head, deprel);
    expect(head).toEqual([1, 4, 1, 1, -1, 4]);
    expect(deprel).toEqual(['compound', 'nsubj', 'flat', 'flat', 'root', 'punct']);
    expect(wellFormed(head).ok).toBe(true);
  });

  it('leaves a name alone that is not one phrase or not all proper nouns', () => {
    const upos = ['PROPN', 'PROPN', 'VERB', 'PUNCT'];
    const names = ['B-PER', 'I-PER', 'O', 'O'];
    const split = [2, 2, -1, 2];
    const rels = ['nsubj', 'obj', 'root', 'punct'];
    flatPersonNames(names, upos, split, rels);
    expect(split).toEqual([2, 2, -1, 2]);
    const common = [1, 2, -1, 2];
    flatPersonNames(names, ['NOUN', 'PROPN', 'VERB', 'PUNCT'], common, [
      'compound',
      'nsubj',
      'root',
      'punct',
    ]);
    expect(common).toEqual([1, 2, -1, 2]);
  });
});

describe('name tags per word', () => {
  it('marks the first word of a span B, the rest I, others O, from any sentence of the document', () => {
    const spans = [
      { start: 0, end: 9, type: 'LOC' },
      { start: 30, end: 43, type: 'PER' },
      { start: 60, end: 65, type: 'ORG' },
    ];
    const words = [
      { start: 25, end: 29 },
      { start: 30, end: 35 },
      { start: 36, end: 43 },
      { start: 44, end: 47 },
    ];
    expect(wordNameTags(words, spans)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    expect(wordNameTags([{ start: 0, end: 9 }], spans)).toEqual(['B-LOC']);
    expect(wordNameTags([{ start: 61, end: 65 }], spans)).toEqual(['I-ORG']);
    expect(wordNameTags([], spans)).toEqual([]);
  });
});
