/**
 * Part-of-speech tagger
 *
 * A greedy left-to-right tagger of Universal Dependencies UPOS and Penn Treebank XPOS together
 * (one class per UPOS|XPOS pair seen in training), scored by the averaged perceptron of
 * ../model/perceptron.ts over the classic templates of Honnibal's "500 lines" tagger plus word
 * shape and compromise's tags. Trained on UD English EWT by `npm run train:pos`. Words are
 * ../nlp/words.ts words; every word's strings are hashed once, and the hot loop builds features
 * with integer arithmetic into a reused buffer.
 */

import { hashString, mix, mix3 } from '../model/hash.ts';
import { argmax, type Scorer, type Trainer } from '../model/perceptron.ts';
import { shape } from '../ner/features.ts';

/** Bumped whenever a template changes: weights trained on other features must not load silently. */
export const POS_FEATURES_VERSION = 1;

/** What the tagger reads of one sentence. */
export interface PosSentence {
  words: readonly string[];
  /** compromise's tags of the token holding each word, when known. */
  tags?: readonly (ReadonlySet<string> | null)[];
}

/** compromise tags read as features. */
const CTAGS = [
  'Noun',
  'Verb',
  'Adjective',
  'Adverb',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'ProperNoun',
  'Plural',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'Modal',
  'Auxiliary',
  'Copula',
  'Value',
  'Possessive',
  'QuestionWord',
  'Negative',
  'Date',
];

const W = 0;
const LOWER = 1;
const SHAPE = 2;
const P1 = 3;
const S1 = 4;
const S2 = 5;
const S3 = 6;
const S4 = 7;
const CT = 8;
const SLOTS = 9;
const START = hashString('<s>');
const START2 = hashString('<s2>');
const END = hashString('</s>');
const END2 = hashString('</s2>');

/** Hashes of one sentence's words, slot by slot. */
export type Hashed = Uint32Array[];

/** Hashes every word's strings once. */
export function hashSentence(s: PosSentence): Hashed {
  const n = s.words.length;
  const h: Uint32Array[] = [];
  for (let k = 0; k < SLOTS; k++) h.push(new Uint32Array(n));
  s.words.forEach((w, i) => {
    const lower = /^\d+([.,]\d+)*$/.test(w) ? '<num>' : w.toLowerCase();
    (h[W] as Uint32Array)[i] = hashString(w);
    (h[LOWER] as Uint32Array)[i] = hashString(lower);
    (h[SHAPE] as Uint32Array)[i] = hashString(shape(w).slice(0, 6));
    (h[P1] as Uint32Array)[i] = hashString(lower.slice(0, 1));
    (h[S1] as Uint32Array)[i] = hashString(lower.slice(-1));
    (h[S2] as Uint32Array)[i] = hashString(lower.slice(-2));
    (h[S3] as Uint32Array)[i] = hashString(lower.slice(-3));
    (h[S4] as Uint32Array)[i] = hashString(lower.slice(-4));
    let sig = '';
    const t = s.tags?.[i];
    if (t) for (const tag of CTAGS) if (t.has(tag)) sig += `${tag},`;
    (h[CT] as Uint32Array)[i] = hashString(sig);
  });
  return h;
}

export const MAX_POS_FEATURES = 40;

function features(h: Hashed, n: number, i: number, p1: number, p2: number, out: Uint32Array): number {
  const at = (slot: number, j: number) =>
    j < 0
      ? j === -1
        ? START
        : START2
      : j >= n
        ? j === n
          ? END
          : END2
        : ((h[slot] as Uint32Array)[j] as number);
  const lower = at(LOWER, i);
  let k = 0;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, lower);
  out[k++] = mix(3, at(W, i));
  out[k++] = mix(4, at(SHAPE, i));
  out[k++] = mix(5, at(P1, i));
  out[k++] = mix(6, at(S1, i));
  out[k++] = mix(7, at(S2, i));
  out[k++] = mix(8, at(S3, i));
  out[k++] = mix(9, at(S4, i));
  out[k++] = mix(10, p1);
  out[k++] = mix(11, p2);
  out[k++] = mix3(12, p1, p2);
  out[k++] = mix3(13, p1, lower);
  out[k++] = mix(14, at(LOWER, i - 1));
  out[k++] = mix(15, at(S3, i - 1));
  out[k++] = mix(16, at(LOWER, i - 2));
  out[k++] = mix(17, at(LOWER, i + 1));
  out[k++] = mix(18, at(S3, i + 1));
  out[k++] = mix(19, at(LOWER, i + 2));
  out[k++] = mix3(20, at(LOWER, i - 1), lower);
  out[k++] = mix3(21, lower, at(LOWER, i + 1));
  out[k++] = mix(22, at(CT, i));
  out[k++] = mix3(23, at(CT, i), lower);
  out[k++] = mix(24, at(CT, i - 1));
  out[k++] = mix(25, at(CT, i + 1));
  out[k++] = mix3(26, p1, at(CT, i));
  out[k++] = mix3(27, at(SHAPE, i), at(SHAPE, i + 1));
  out[k++] = mix3(28, at(SHAPE, i - 1), at(SHAPE, i));
  out[k++] = mix(29, i === 0 ? 1 : 0);
  return k;
}

const buffer = new Uint32Array(MAX_POS_FEATURES);
let scores = new Float64Array(0);
const CLASS_HASHES = new Map<number, number>();

function classHash(k: number): number {
  let h = CLASS_HASHES.get(k);
  if (h === undefined) {
    h = hashString(`pos:${k}`);
    CLASS_HASHES.set(k, h);
  }
  return h;
}

/**
 * Walks a sentence left to right, each word's class chosen from the scores with the classes chosen
 * before it as history; with `learn`, the trainer is updated toward the gold class at each word.
 * Returns the number of words chosen right (when learning).
 */
function walk(
  scorer: Scorer,
  hashed: Hashed,
  out: Uint16Array,
  learn?: { trainer: Trainer; gold: Uint16Array },
): number {
  const n = out.length;
  if (scores.length !== scorer.nClasses) scores = new Float64Array(scorer.nClasses);
  let correct = 0;
  let p1 = START;
  let p2 = START2;
  for (let i = 0; i < n; i++) {
    const f = features(hashed, n, i, p1, p2, buffer);
    scores.fill(0);
    scorer.score(buffer, f, scores);
    const k = argmax(scores, scorer.nClasses);
    if (learn) {
      const g = learn.gold[i] as number;
      learn.trainer.update(buffer, f, g, k);
      if (k === g) correct++;
    }
    out[i] = k;
    p2 = p1;
    p1 = classHash(k);
  }
  return correct;
}

/** Class index per word of a sentence. */
export function tagSentence(scorer: Scorer, s: PosSentence, hashed = hashSentence(s)): Uint16Array {
  const out = new Uint16Array(s.words.length);
  walk(scorer, hashed, out);
  return out;
}

/** One training pass over sentences with gold classes; returns words right before each update. */
export function trainPosPass(
  trainer: Trainer,
  sentences: readonly { hashed: Hashed; gold: Uint16Array }[],
  order: readonly number[],
): { correct: number; total: number } {
  let correct = 0;
  let total = 0;
  for (const j of order) {
    const { hashed, gold } = sentences[j] as { hashed: Hashed; gold: Uint16Array };
    correct += walk(trainer, hashed, new Uint16Array(gold.length), { trainer, gold });
    total += gold.length;
  }
  return { correct, total };
}
