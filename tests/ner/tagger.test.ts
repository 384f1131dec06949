/**
 * The name tagger: learning, determinism, the model file, and the committed model
 *
 * A tiny made-up training set is learned; training twice gives the same bytes; a model survives
 * encoding (pruning, 8-bit quantization, gzip) with its predictions; and the committed weights
 * load and tag names in sentences of our own.
 */

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../graph/random.ts';
import { ruleCandidates } from '../../src/extract/index.ts';
import { segment } from '../../src/extract/segment.ts';
import { decodeModel, encodeModel } from '../../src/model/codec.ts';
import { Trainer } from '../../src/model/perceptron.ts';
import { FEATURES_VERSION, features, MAX_FEATURES, withAggregates } from '../../src/ner/features.ts';
import { nerModel, nerModelHeader } from '../../src/ner/model.ts';
import { nerDocument } from '../../src/ner/prepare.ts';
import {
  goldClasses,
  NER_CLASSES,
  type NerType,
  spansOf,
  tagDocument,
  trainPass,
} from '../../src/ner/tagger.ts';

type Gold = [string, NerType][];
const TRAIN: [string, Gold][] = [
  [
    'Marta Ruiz visited Lisbon on Monday.',
    [
      ['Marta Ruiz', 'PER'],
      ['Lisbon', 'LOC'],
    ],
  ],
  [
    'The Harbour Bank opened an office in Oslo.',
    [
      ['Harbour Bank', 'ORG'],
      ['Oslo', 'LOC'],
    ],
  ],
  [
    'Jonas Berg met Marta Ruiz in Oslo.',
    [
      ['Jonas Berg', 'PER'],
      ['Marta Ruiz', 'PER'],
      ['Oslo', 'LOC'],
    ],
  ],
  [
    'Lisbon welcomed the Harbour Bank.',
    [
      ['Lisbon', 'LOC'],
      ['Harbour Bank', 'ORG'],
    ],
  ],
  [
    'Jonas Berg left the Harbour Bank.',
    [
      ['Jonas Berg', 'PER'],
      ['Harbour Bank', 'ORG'],
    ],
  ],
];

function prepared(text: string, gold: Gold) {
  const tokenized = segment(text);
  const doc = nerDocument(
    text,
    tokenized,
    ruleCandidates(text, tokenized).map((f) => f.cands),
  );
  const spans = gold.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type };
  });
  return { doc, gold: goldClasses(doc.words, spans) };
}

function train(epochs: number) {
  const docs = TRAIN.map(([t, g]) => prepared(t, g));
  const trainer = new Trainer(NER_CLASSES.length);
  const random = seededRandom(7);
  const order = docs.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    order.sort(() => random() - 0.5);
    trainPass(trainer, docs, order);
  }
  return { docs, model: trainer.averaged() };
}

const names = (text: string, model: Parameters<typeof tagDocument>[0]) => {
  const tokenized = segment(text);
  const doc = nerDocument(
    text,
    tokenized,
    ruleCandidates(text, tokenized).map((f) => f.cands),
  );
  return spansOf(doc, tagDocument(model, doc))
    .filter((s) => s.type !== 'MISC')
    .map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
};

describe('training', () => {
  it('learns a tiny training set', () => {
    const { docs, model } = train(10);
    for (const { doc, gold } of docs) expect([...tagDocument(model, doc).classes]).toEqual([...gold]);
  });

  it('gives the same bytes when run twice', () => {
    const a = encodeModel({ name: 't', classes: [...NER_CLASSES], meta: {} }, train(5).model);
    const b = encodeModel({ name: 't', classes: [...NER_CLASSES], meta: {} }, train(5).model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps its predictions through encoding, and its header', () => {
    const { docs, model } = train(10);
    const bytes = encodeModel({ name: 't', classes: [...NER_CLASSES], meta: { version: 3 } }, model);
    const decoded = decodeModel(bytes);
    expect(decoded.header).toEqual({ name: 't', classes: [...NER_CLASSES], meta: { version: 3 } });
    for (const { doc } of docs) {
      expect([...tagDocument(decoded.model, doc).classes]).toEqual([...tagDocument(model, doc).classes]);
    }
  });

  it('refuses bytes that are not a model', () => {
    expect(() =>
      decodeModel(new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
    ).toThrow(/not a kg-builder model/);
  });
});

describe('the second pass', () => {
  // "Berg" alone at the start, then "Jonas Berg" twice: what the first pass said elsewhere
  const text = 'Berg smiled. Jonas Berg left. Jonas Berg came back.';
  const tokenized = segment(text);
  const doc = nerDocument(
    text,
    tokenized,
    ruleCandidates(text, tokenized).map((f) => f.cands),
  );
  const at = (w: string, nth = 0) =>
    doc.words.map((x, i) => [x.text, i] as const).filter(([x]) => x === w)[nth]![1];
  const O = NER_CLASSES.indexOf('O');
  const classes = new Uint8Array(doc.words.length).fill(O);
  classes[at('Jonas', 0)] = NER_CLASSES.indexOf('B-PER');
  classes[at('Berg', 1)] = NER_CLASSES.indexOf('I-PER');
  classes[at('Jonas', 1)] = NER_CLASSES.indexOf('B-PER');
  classes[at('Berg', 2)] = NER_CLASSES.indexOf('I-PER');
  const featuresOf = (d: typeof doc, i: number) => {
    const out = new Uint32Array(MAX_FEATURES);
    const [from, to] = d.sentences.find(([a, b]) => a <= i && i < b)!;
    return [...out.subarray(0, features(d, i, from, to, 1, 1, 1, out))];
  };

  it('gives a word the type the first pass gave it elsewhere, and leaves the first pass alone', () => {
    const second = withAggregates(doc, classes);
    const berg = at('Berg', 0);
    // the first "Berg" (tagged O) reads PER from the other two; a word seen once reads nothing
    expect(featuresOf(second, berg)).not.toEqual(featuresOf(doc, berg));
    const smiled = at('smiled');
    expect(featuresOf(second, smiled)).toEqual(featuresOf(doc, smiled));
    // the same first-pass view, whichever word of the pair is asked about, gives the same value
    expect(featuresOf(second, at('Berg', 1))).toEqual(
      featuresOf(withAggregates(doc, classes), at('Berg', 1)),
    );
    expect(FEATURES_VERSION).toBeGreaterThanOrEqual(4);
  });

  it('tags in one pass or two with the same model', () => {
    const { model } = train(10);
    expect(tagDocument(model, doc, 1).classes.length).toBe(doc.words.length);
    expect(tagDocument(model, doc, 2).classes.length).toBe(doc.words.length);
  });
});

describe('the committed model', () => {
  const model = nerModel();

  it('loads, with its provenance header', () => {
    expect(model).not.toBeNull();
    expect(nerModelHeader()?.classes).toEqual([...NER_CLASSES]);
    expect(String(nerModelHeader()?.meta.data)).toMatch(/CoNLL-2003/);
  });

  it.each([
    [
      'Ingrid Solheim flew to Nairobi to meet officials of the World Bank.',
      ['PER:Ingrid Solheim', 'LOC:Nairobi', 'ORG:World Bank'],
    ],
    [
      'In Tokyo, shares of Corvell Holdings rose after Kenji Watanabe resigned.',
      ['LOC:Tokyo', 'ORG:Corvell Holdings', 'PER:Kenji Watanabe'],
    ],
  ])('tags %s', (text, expected) => {
    expect(names(text, model!)).toEqual(expected);
  });
});
