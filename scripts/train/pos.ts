/**
 * Train the part-of-speech tagger (`npm run train:pos`)
 *
 * Reads UD English EWT train (../shared/train/ud-english-ewt, or --data FILE[,FILE…]),
 * rebuilds each document's text, runs compromise over it (the tags it gives in use) and trains the
 * averaged perceptron of src/pos/tagger.ts on the gold words with UPOS|XPOS classes, for --epochs
 * passes in an order shuffled by a fixed seed. Prints UPOS and XPOS accuracy on EWT dev (--dev;
 * no held-out figure when dev is trained on: `npm run eval` scores EWT test and GUM
 * news), then writes the pruned, quantized, gzipped weights to src/pos/weights/pos.ts with a provenance
 * banner; the same data and flags give the same bytes.
 *
 * Flags: --data FILE[,FILE…], --dev FILE, --epochs N (default 6), --seed N (default 1), --min-weight W
 * (default 1), --out FILE.
 */

import { resolve } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.ts';
import type { ConlluDocument } from '../../src/io/conllu.ts';
import { decodeModel, encodeModel, toBase64 } from '../../src/model/codec.ts';
import { type Model, Trainer } from '../../src/model/perceptron.ts';
import { tokenize, tokenTags } from '../../src/nlp/compromise.ts';
import {
  hashSentence,
  POS_FEATURES_VERSION,
  type PosSentence,
  tagSentence,
  trainPosPass,
} from '../../src/pos/tagger.ts';
import { classesByFrequency, EWT, flag, ROOT, readTreebank, shuffledPasses, trainingData } from './common.ts';

const data = trainingData('train:pos');
const dev = resolve(flag('dev', resolve(EWT, 'en_ewt-ud-dev.conllu')));
const epochs = Number(flag('epochs', '6'));
const seed = Number(flag('seed', '1'));
const minWeight = Number(flag('min-weight', '1'));
const out = resolve(flag('out', resolve(ROOT, 'src', 'pos', 'weights', 'pos.ts')));

/** Every sentence of the documents, with compromise's tags of the token holding each word. */
function sentences(docs: ConlluDocument[]): { s: PosSentence; gold: string[] }[] {
  const outList: { s: PosSentence; gold: string[] }[] = [];
  for (const doc of docs) {
    const tagsOf = tokenTags(tokenize(doc.text).flatMap((t) => t.tokens));
    for (const sent of doc.sentences) {
      const tags = tagsOf(sent.words);
      outList.push({
        s: { words: sent.words.map((w) => w.form), tags },
        gold: sent.words.map((w) => `${w.upos}|${w.xpos}`),
      });
    }
  }
  return outList;
}

const t0 = performance.now();
const train = sentences(data.docs);
const devSet = sentences(readTreebank(dev, 'train:pos'));
const classes = classesByFrequency(train.map((x) => x.gold));
const index = new Map(classes.map((c, i) => [c, i]));
const prepared = train.map((x) => ({
  hashed: hashSentence(x.s),
  gold: Uint16Array.from(x.gold.map((g) => index.get(g) as number)),
}));
const words = prepared.reduce((n, p) => n + p.gold.length, 0);
process.stderr.write(
  `train:pos: ${prepared.length} sentences, ${words} words, ${classes.length} classes, prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

function accuracy(model: Model): { upos: number; xpos: number } {
  let u = 0;
  let x = 0;
  let n = 0;
  for (const d of devSet) {
    const got = tagSentence(model, d.s);
    d.gold.forEach((g, i) => {
      const [gu, gx] = g.split('|');
      const [pu, px] = (classes[got[i] as number] ?? 'X|_').split('|');
      if (gu === pu) u++;
      if (gx === px) x++;
      n++;
    });
  }
  return { upos: (100 * u) / n, xpos: (100 * x) / n };
}

const trainer = new Trainer(classes.length);
const order = prepared.map((_, i) => i);
shuffledPasses(order, epochs, seed, (e) => {
  const t = performance.now();
  const { correct, total } = trainPosPass(trainer, prepared, order);
  process.stderr.write(
    `train:pos: epoch ${e}: ${((100 * correct) / total).toFixed(2)}% right while training (${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
  );
});
const model = trainer.averaged();
const full = accuracy(model);
process.stderr.write(
  `train:pos: EWT dev before pruning: UPOS ${full.upos.toFixed(2)}, XPOS ${full.xpos.toFixed(2)}\n`,
);
// the figures recorded are those of the weights as shipped (pruned and quantized)
const acc = accuracy(
  decodeModel(encodeModel({ name: 'pos', classes, meta: {} }, model, { minWeight })).model,
);
process.stderr.write(
  `train:pos: EWT dev as shipped: UPOS ${acc.upos.toFixed(2)}, XPOS ${acc.xpos.toFixed(2)}\n`,
);
const bytes = encodeModel(
  {
    name: 'pos',
    classes,
    meta: {
      features: POS_FEATURES_VERSION,
      data: data.describe,
      epochs,
      seed,
      minWeight,
      sentences: prepared.length,
      words,
      devUpos: Number(acc.upos.toFixed(2)),
      devXpos: Number(acc.xpos.toFixed(2)),
    },
  },
  model,
  { minWeight },
);
const body = [
  '/**',
  ' * Part-of-speech tagger weights (generated: do not edit)',
  ' *',
  ' * Written by scripts/train/pos.ts (`npm run train:pos`) from',
  ` * ${data.describe}.`,
  ' * These weights are a work derived from it under the same licence (see src/pos/weights/README.md):',
  ` * features version ${POS_FEATURES_VERSION}, ${epochs} passes, seed ${seed}, rows below ${minWeight} pruned, 8-bit`,
  ` * quantized, gzipped, base64 (${model.rows} features trained, ${bytes.length} bytes gzipped).`,
  ` * EWT dev${data.hasDev ? ' (trained on: no held-out figure)' : ''}: UPOS ${acc.upos.toFixed(2)}, XPOS ${acc.xpos.toFixed(2)}.`,
  ' */',
  '',
  `export const POS_WEIGHTS: string =\n  '${toBase64(bytes)}';`,
  '',
].join('\n');
await writeFileAtomic(out, body);
process.stderr.write(`train:pos: wrote ${out} (${bytes.length} bytes gzipped)\n`);
