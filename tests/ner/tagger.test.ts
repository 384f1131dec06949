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
