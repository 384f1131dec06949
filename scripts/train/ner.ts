/**
 * Train the name tagger (`npm run train:ner`)
 *
 * Reads CoNLL-2003 train (../shared/train/conll2003.train.jsonl, or --data FILE), runs the
 * pipeline's own tokenization and rule mentions over every document (src/ner/prepare.ts: the same
 * code as in use; the rules are never tuned on this data), labels the words from the gold spans,
 * and trains the averaged perceptron of src/ner/tagger.ts for --epochs passes in an order shuffled
 * by a fixed seed. The tagger's second pass reads a first pass's tags: for training they come from a
 * --folds-fold jackknife (each document tagged by a model trained without it). The averaged weights are pruned, quantized and written to src/ner/weights/ner.ts
 * (base64 of the gzipped model file), with a provenance header; the same data and flags give the
 * same bytes. No evaluation set is read.
 *
 * Flags: --data FILE, --epochs N (default 8), --seed N (default 1), --min-weight W (default 0.5),
 * --folds N (jackknife folds for the second pass's training input, default 5), --out FILE,
 * --limit N (first N documents, for a quick run).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleCandidates } from '../../src/extract/index.ts';
import { segment } from '../../src/extract/segment.ts';
import { writeFileAtomic } from '../../src/io/atomic.ts';
import { encodeModel, toBase64 } from '../../src/model/codec.ts';
import { type Model, Trainer } from '../../src/model/perceptron.ts';
import { FEATURES_VERSION, type NerDocument, withAggregates } from '../../src/ner/features.ts';
import { nerDocument } from '../../src/ner/prepare.ts';
import { goldClasses, NER_CLASSES, type NerType, tagDocument, trainPass } from '../../src/ner/tagger.ts';
import { shuffledPasses } from './common.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : fallback;
};
const data = resolve(flag('data', resolve(root, '..', 'shared', 'train', 'conll2003.train.jsonl')));
const epochs = Number(flag('epochs', '8'));
const seed = Number(flag('seed', '1'));
const minWeight = Number(flag('min-weight', '0.5'));
const limit = Number(flag('limit', '0'));
const folds = Number(flag('folds', '5'));
const out = resolve(flag('out', resolve(root, 'src', 'ner', 'weights', 'ner.ts')));

interface Record {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

let lines: string[];
try {
  lines = readFileSync(data, 'utf8').split('\n').filter(Boolean);
} catch (error) {
  process.stderr.write(`train:ner: cannot read ${data}: ${(error as Error).message}\n`);
  process.exit(1);
}
if (limit > 0) lines = lines.slice(0, limit);

const t0 = performance.now();
const docs = lines.map((line) => {
  const r = JSON.parse(line) as Record;
  const tokenized = segment(r.text);
  const found = ruleCandidates(r.text, tokenized);
  const doc = nerDocument(
    r.text,
    tokenized,
    found.map((f) => f.cands),
  );
  const spans = r.entities.map((e) => ({ start: e.start, end: e.end, type: e.type as NerType }));
  return { doc, gold: goldClasses(doc.words, spans) };
});
const words = docs.reduce((n, d) => n + d.doc.words.length, 0);
process.stderr.write(
  `train:ner: ${docs.length} documents, ${words} words prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

/** Averaged perceptron over `set` for `epochs` passes, documents shuffled each pass by `seed`. */
function train(set: { doc: NerDocument; gold: Uint8Array }[], label: string): Model {
  const trainer = new Trainer(NER_CLASSES.length);
  const order = set.map((_, i) => i);
  shuffledPasses(order, epochs, seed, (e) => {
    const t = performance.now();
    const { correct, total } = trainPass(trainer, set, order);
    process.stderr.write(
      `train:ner: ${label}epoch ${e}: ${((100 * correct) / total).toFixed(2)}% of words right while training (${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
    );
  });
  return trainer.averaged();
}

// The second pass reads the first pass's types of the same words elsewhere in a document. Its
// training input must look like what it meets in use, a first pass's errors included, so each
// document's first-pass tags come from a model trained without it (jackknife over `folds` folds).
// The model then learns from every document twice: as the first pass sees it and as the second.
const second: { doc: NerDocument; gold: Uint8Array }[] = [];
for (let f = 0; f < folds; f++) {
  const model = train(
    docs.filter((_, i) => i % folds !== f),
    `fold ${f + 1}/${folds}, `,
  );
  docs.forEach((d, i) => {
    if (i % folds !== f) return;
    second[i] = { doc: withAggregates(d.doc, tagDocument(model, d.doc, 1).classes), gold: d.gold };
  });
}
const model = train([...docs, ...second], '');
const bytes = encodeModel(
  {
    name: 'ner',
    classes: [...NER_CLASSES],
    meta: {
      features: FEATURES_VERSION,
      data: 'CoNLL-2003 English train (eng.train), 946 Reuters documents; research use (see README, Models)',
      epochs,
      seed,
      folds,
      minWeight,
      documents: docs.length,
      words,
    },
  },
  model,
  { minWeight },
);
const body = [
  '/**',
  ' * Name-tagger weights (generated: do not edit)',
  ' *',
  ' * Written by scripts/train/ner.ts (`npm run train:ner`) from CoNLL-2003 English train (Reuters',
  ' * RCV1; research use, see the README section "Models"): an averaged perceptron over the templates',
  ` * of src/ner/features.ts (version ${FEATURES_VERSION}), ${epochs} passes, seed ${seed}, ${folds}-fold jackknife, rows below ${minWeight} pruned,`,
  ` * 8-bit quantized, gzipped, base64 (${model.rows} features trained, ${bytes.length} bytes gzipped).`,
  ' */',
  '',
  `export const NER_WEIGHTS: string =\n  '${toBase64(bytes)}';`,
  '',
].join('\n');
await writeFileAtomic(out, body);
process.stderr.write(
  `train:ner: wrote ${out} (${bytes.length} bytes gzipped, ${model.rows} features before pruning)\n`,
);
