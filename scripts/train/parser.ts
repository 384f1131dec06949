/**
 * Train the dependency parser (`npm run train:parser`)
 *
 * Reads UD English EWT train (../shared/train/ud-english-ewt, or --data FILE[,FILE…]), gives
 * every sentence part-of-speech tags predicted the way they will be in use: by taggers trained on the other
 * --folds parts of train (jackknifing, same settings as `npm run train:pos`), so the parser learns
 * from tags with the tagger's real mistakes. Then trains the arc-hybrid parser of
 * src/parse/parser.ts with the dynamic oracle for --epochs passes (exploring the model's own
 * mistakes from the second pass on), --ensemble times with sentence orders from seeds --seed,
 * --seed + 1, …, and averages the parsers' weights into one model (parameter mixing, McDonald et
 * al. 2010: EWT dev LAS 80.56–80.70 for one parser, 81.04 for four averaged; parsers of one accuracy
 * but another seed make other mistakes, and the relations read from them move with those). Prints
 * UAS and LAS on EWT dev (--dev, tagged by the shipped tagger; no held-out figure when dev is
 * trained on: `npm run eval` scores EWT test and GUM news) and writes the pruned, quantized,
 * gzipped transition and label models to src/parse/weights/parser.ts with a provenance banner.
 * The same data and flags give the same bytes (about 12 minutes on two cores).
 *
 * Every word also carries the name tagger's output (src/parse/names.ts), as in use; --no-names
 * leaves it out. Word classes come from the committed table (src/parse/weights/clusters.ts, `npm run
 * train:clusters`), or from another module of the same form with --clusters FILE (trials); the
 * model is only right with the table it was trained with.
 *
 * Flags: --data FILE[,FILE…], --dev FILE, --epochs N (default 14), --seed N (default 1), --ensemble K
 * (default 4), --folds N (default 5), --explore P (default 0.9), --min-weight W (default 2),
 * --out FILE, --limit N (train sentences, for quick trials), --tags-cache FILE (keeps the
 * jackknifed tags between trials), --clusters FILE, --no-names.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../graph/random.ts';
import { writeFileAtomic } from '../../src/io/atomic.ts';
import type { ConlluDocument } from '../../src/io/conllu.ts';
import { decodeModel, encodeModel, fromBase64, toBase64 } from '../../src/model/codec.ts';
import { averageModels, type Model, type Scorer, Trainer } from '../../src/model/perceptron.ts';
import { tokenize, tokenTags } from '../../src/nlp/compromise.ts';
import { type ClusterTable, clusterTable, decodeClusters } from '../../src/parse/clusters.ts';
import { documentNameSpans, wordNameTags } from '../../src/parse/names.ts';
import {
  type GoldTree,
  type HashedSentence,
  hashInput,
  Labels,
  PARSER_FEATURES_VERSION,
  parseHashed,
  trainParserPass,
} from '../../src/parse/parser.ts';
import { posTags } from '../../src/pos/model.ts';
import {
  hashSentence,
  POS_FEATURES_VERSION,
  type PosSentence,
  tagSentence,
  trainPosPass,
} from '../../src/pos/tagger.ts';
import {
  classesByFrequency,
  countFlag,
  EWT,
  flag,
  hasFlag,
  ROOT,
  readTreebank,
  shuffledPasses,
  trainingData,
} from './common.ts';

const data = trainingData('train:parser');
const dev = resolve(flag('dev', resolve(EWT, 'en_ewt-ud-dev.conllu')));
const epochs = countFlag('epochs', 14);
const seed = Number(flag('seed', '1'));
const ensemble = countFlag('ensemble', 4);
const folds = countFlag('folds', 5, 2);
const explore = Number(flag('explore', '0.9'));
const minWeight = Number(flag('min-weight', '2'));
const limit = Number(flag('limit', '0'));
const useNames = !hasFlag('no-names');
const out = resolve(flag('out', resolve(ROOT, 'src', 'parse', 'weights', 'parser.ts')));
const clustersFile = flag('clusters', '');
const table: ClusterTable | null = clustersFile
  ? decodeClusters(
      fromBase64(
        ((await import(pathToFileURL(resolve(clustersFile)).href)) as { CLUSTERS: string }).CLUSTERS,
      ),
    )
  : clusterTable();
/** The part-of-speech tagger's training settings (scripts/train/pos.ts defaults). */
const POS_EPOCHS = 6;
const POS_SEED = 1;

interface Sentence {
  pos: PosSentence;
  xpos: string[];
  heads: number[];
  deprels: string[];
  doc: number;
  /** The name tagger's BIO tags of the words (all "O" with --no-names). */
  names: string[];
}

function sentences(docs: ConlluDocument[]): Sentence[] {
  const list: Sentence[] = [];
  docs.forEach((doc, d) => {
    const tagsOf = tokenTags(tokenize(doc.text).flatMap((t) => t.tokens));
    const spans = useNames ? documentNameSpans(doc.text) : [];
    for (const sent of doc.sentences) {
      const tags = tagsOf(sent.words);
      list.push({
        pos: { words: sent.words.map((w) => w.form), tags },
        xpos: sent.words.map((w) => `${w.upos}|${w.xpos}`),
        heads: sent.words.map((w) => w.head - 1),
        deprels: sent.words.map((w) => w.deprel),
        doc: d,
        names: wordNameTags(sent.words, spans),
      });
    }
  });
  return list;
}

const t0 = performance.now();
let train = sentences(data.docs);
if (limit > 0) train = train.slice(0, limit);
const devSet = sentences(readTreebank(dev, 'train:parser'));
process.stderr.write(
  `train:parser: ${train.length} train sentences, ${devSet.length} dev, read in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

/** Jackknifed tags: each fold tagged by a tagger trained on the others. */
function jackknife(list: Sentence[]): string[][] {
  const tagged: string[][] = list.map(() => []);
  const classes = classesByFrequency(list.map((s) => s.xpos));
  const index = new Map(classes.map((c, i) => [c, i]));
  const prepared = list.map((s) => ({
    hashed: hashSentence(s.pos),
    gold: Uint16Array.from(s.xpos.map((g) => index.get(g) as number)),
  }));
  for (let f = 0; f < folds; f++) {
    const t = performance.now();
    const trainer = new Trainer(classes.length);
    const order = prepared.map((_, i) => i).filter((i) => (list[i] as Sentence).doc % folds !== f);
    shuffledPasses(order, POS_EPOCHS, POS_SEED, () => trainPosPass(trainer, prepared, order));
    const model = trainer.averaged();
    let right = 0;
    let total = 0;
    list.forEach((s, i) => {
      if (s.doc % folds !== f) return;
      const got = tagSentence(model, s.pos, (prepared[i] as (typeof prepared)[number]).hashed);
      tagged[i] = [...got].map((k) => (classes[k] as string).split('|')[1] as string);
      got.forEach((k, j) => {
        if (classes[k] === s.xpos[j]) right++;
        total++;
      });
    });
    process.stderr.write(
      `train:parser: fold ${f + 1}/${folds} tagged, ${((100 * right) / total).toFixed(2)}% UPOS|XPOS right (${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
    );
  }
  return tagged;
}

/**
 * Jackknifing takes minutes and depends only on the data, the fold count and the tagger's code:
 * --tags-cache FILE keeps its output between trials (the same tags, so the same weights).
 */
function jackknifeCached(list: Sentence[]): string[][] {
  const cache = flag('tags-cache', '');
  const key = JSON.stringify({
    data: data.files,
    limit,
    folds,
    pos: POS_FEATURES_VERSION,
    epochs: POS_EPOCHS,
    seed: POS_SEED,
  });
  if (cache && existsSync(cache)) {
    try {
      const saved = JSON.parse(readFileSync(cache, 'utf8')) as { key: string; tags: string[][] };
      if (saved.key === key) return saved.tags;
    } catch (error) {
      // a cache is disposable: say why it is not used and tag again
      process.stderr.write(`train:parser: ignoring ${cache}: ${(error as Error).message}\n`);
    }
  }
  const tags = jackknife(list);
  if (cache) writeFileSync(cache, JSON.stringify({ key, tags }));
  return tags;
}

const trainTags = jackknifeCached(train);
const devTags = devSet.map((s) => (posTags(s.pos) as { xpos: string[] }).xpos);

const labelNames = classesByFrequency(train.map((s) => s.deprels));
const names = new Labels(labelNames);
const labelIndex = new Map(labelNames.map((l, i) => [l, i]));

const prepared: { hashed: HashedSentence; gold: GoldTree }[] = train.map((s, i) => ({
  hashed: hashInput({ words: s.pos.words, tags: trainTags[i] as string[], names: s.names }, table),
  gold: {
    heads: Int32Array.from(s.heads),
    labels: Int16Array.from(s.deprels.map((l) => labelIndex.get(l) as number)),
  },
}));
const devHashed = devSet.map((s, i) =>
  hashInput({ words: s.pos.words, tags: devTags[i] as string[], names: s.names }, table),
);

function score(transitions: Scorer, labels: Scorer): { uas: number; las: number; lasU: number } {
  let uas = 0;
  let las = 0;
  let lasU = 0;
  let total = 0;
  devSet.forEach((s, i) => {
    const got = parseHashed(transitions, labels, names, devHashed[i] as HashedSentence);
    s.heads.forEach((h, j) => {
      total++;
      if (got.heads[j] !== h) return;
      uas++;
      const l = labelNames[got.labels[j] as number] ?? '';
      if (l === s.deprels[j]) las++;
      if (l.split(':')[0] === (s.deprels[j] as string).split(':')[0]) lasU++;
    });
  });
  return { uas: (100 * uas) / total, las: (100 * las) / total, lasU: (100 * lasU) / total };
}

/** One parser trained with its own sentence order: the averaged transition and label models. */
function trainOne(seedOf: number): { transitions: Model; labels: Model } {
  const transitions = new Trainer(3);
  const labelTrainer = new Trainer(labelNames.length);
  const random = seededRandom(seedOf);
  const order = prepared.map((_, i) => i);
  // one generator shuffles the sentences and draws the exploration of the dynamic oracle
  shuffledPasses(order, epochs, random, (e) => {
    const t = performance.now();
    const { right, total } = trainParserPass(prepared, order, names, {
      transitions,
      labels: labelTrainer,
      explore: e === 1 ? 0 : explore,
      random,
    });
    const note = `seed ${seedOf}, epoch ${e}: ${((100 * right) / total).toFixed(2)}% transitions right while training (${((performance.now() - t) / 1000).toFixed(1)} s)`;
    if (hasFlag('verbose') || e === epochs) {
      const s = score(transitions.averaged(), labelTrainer.averaged());
      process.stderr.write(
        `train:parser: ${note}; dev UAS ${s.uas.toFixed(2)} LAS ${s.las.toFixed(2)} (universal labels ${s.lasU.toFixed(2)})\n`,
      );
    } else process.stderr.write(`train:parser: ${note}\n`);
  });
  return { transitions: transitions.averaged(), labels: labelTrainer.averaged() };
}

// --ensemble K parsers, seeds seed … seed+K-1, averaged into one model (steadier than any one)
const trained = Array.from({ length: ensemble }, (_, k) => trainOne(seed + k));
const tModel: Model = averageModels(trained.map((m) => m.transitions));
const lModel: Model = averageModels(trained.map((m) => m.labels));
trained.length = 0; // the members are not needed past here (over 100 MB of float weights each)
const tBytes = encodeModel(
  { name: 'parser-transitions', classes: ['SHIFT', 'LEFT', 'RIGHT'], meta: {} },
  tModel,
  { minWeight },
);
const lBytes = encodeModel({ name: 'parser-labels', classes: labelNames, meta: {} }, lModel, { minWeight });
const shipped = score(decodeModel(tBytes).model, decodeModel(lBytes).model);
process.stderr.write(
  `train:parser: EWT dev as shipped: UAS ${shipped.uas.toFixed(2)}, LAS ${shipped.las.toFixed(2)} (universal labels ${shipped.lasU.toFixed(2)}); ${tBytes.length + lBytes.length} bytes gzipped\n`,
);
const meta = {
  features: PARSER_FEATURES_VERSION,
  data: data.describe,
  epochs,
  seed,
  ensemble,
  folds,
  explore,
  names: useNames,
  clusters: table ? `${table.coarse}/${table.fine} classes, ${table.classes.size} keys` : 'none',
  minWeight,
  sentences: prepared.length,
  devUas: Number(shipped.uas.toFixed(2)),
  devLas: Number(shipped.las.toFixed(2)),
};
const tFinal = encodeModel(
  { name: 'parser-transitions', classes: ['SHIFT', 'LEFT', 'RIGHT'], meta },
  tModel,
  { minWeight },
);
const lFinal = encodeModel({ name: 'parser-labels', classes: labelNames, meta }, lModel, { minWeight });
const body = [
  '/**',
  ' * Dependency parser weights (generated: do not edit)',
  ' *',
  ' * Written by scripts/train/parser.ts (`npm run train:parser`) from',
  ` * ${data.describe}.`,
  ' * These weights are a work derived from it under the same licence (see src/parse/weights/README.md):',
  ` * features version ${PARSER_FEATURES_VERSION}, ${epochs} passes, ${ensemble} parser(s) averaged (seeds ${seed}–${seed + ensemble - 1}), ${folds}-fold jackknifed tags,`,
  ` * exploration ${explore}, rows below ${minWeight} pruned, 8-bit quantized, gzipped, base64`,
  ` * (transitions ${tModel.rows} features trained, ${tFinal.length} bytes; labels ${lModel.rows}, ${lFinal.length} bytes).`,
  ` * EWT dev${data.hasDev ? ' (trained on: no held-out figure)' : ''}: UAS ${shipped.uas.toFixed(2)}, LAS ${shipped.las.toFixed(2)}.`,
  ' */',
  '',
  `export const PARSER_TRANSITIONS: string =\n  '${toBase64(tFinal)}';`,
  '',
  `export const PARSER_LABELS: string =\n  '${toBase64(lFinal)}';`,
  '',
].join('\n');
await writeFileAtomic(out, body);
process.stderr.write(`train:parser: wrote ${out}\n`);
