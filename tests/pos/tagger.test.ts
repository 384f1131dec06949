/**
 * The part-of-speech tagger: learning a tiny treebank of our own, determinism, and the committed
 * weights tagging sentences written for the project.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../graph/random.ts';
import { parseConllu } from '../../src/io/conllu.ts';
import { encodeModel } from '../../src/model/codec.ts';
import { Trainer } from '../../src/model/perceptron.ts';
import { tokenize } from '../../src/nlp/compromise.ts';
import { words } from '../../src/nlp/words.ts';
import { posModel, posTags } from '../../src/pos/model.ts';
import { hashSentence, tagSentence, trainPosPass } from '../../src/pos/tagger.ts';

const treebank = parseConllu(readFileSync(new URL('../fixtures/eval/tiny.conllu', import.meta.url), 'utf8'));
const sentences = treebank.flatMap((d) => d.sentences);
const classes = [...new Set(sentences.flatMap((s) => s.words.map((w) => `${w.upos}|${w.xpos}`)))].sort();

function train(epochs: number) {
  const prepared = sentences.map((s) => ({
    hashed: hashSentence({ words: s.words.map((w) => w.form) }),
    gold: Uint16Array.from(s.words.map((w) => classes.indexOf(`${w.upos}|${w.xpos}`))),
  }));
  const trainer = new Trainer(classes.length);
  const random = seededRandom(3);
  const order = prepared.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    order.sort(() => random() - 0.5);
    trainPosPass(trainer, prepared, order);
  }
  return { prepared, model: trainer.averaged() };
}

describe('training', () => {
  it('learns a tiny treebank', () => {
    const { prepared, model } = train(10);
    sentences.forEach((s, i) => {
      const got = tagSentence(model, { words: s.words.map((w) => w.form) });
      expect([...got]).toEqual([...(prepared[i]?.gold ?? [])]);
    });
  });

  it('gives the same bytes when run twice', () => {
    const a = encodeModel({ name: 'pos', classes, meta: {} }, train(4).model);
    const b = encodeModel({ name: 'pos', classes, meta: {} }, train(4).model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('the committed tagger', () => {
  it('loads with its provenance', () => {
    const m = posModel();
    expect(m).not.toBeNull();
    expect(String(m?.header.meta.data)).toMatch(/EWT/);
  });

  it.each([
    ['The minister visited Oslo on Monday.', 'DET NOUN VERB PROPN ADP PROPN PUNCT'],
    ["She didn't sign the deal.", 'PRON AUX PART VERB DET NOUN PUNCT'],
  ])('%s', (sentence, upos) => {
    // words as the tokenizer gives them, with compromise's tags of the same text, as in use
    const ws = words(sentence);
    const tokens = tokenize(sentence).flatMap((t) => t.tokens);
    const tags = ws.map((w) => tokens.find((t) => t.start < w.end && w.start < t.end)?.tags ?? null);
    expect(posTags({ words: ws.map((w) => w.text), tags })?.upos.join(' ')).toBe(upos);
  });
});
