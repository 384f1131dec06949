/**
 * Name tagger
 *
 * A greedy left-to-right sequence tagger over BIO classes of CoNLL-2003's four types, scored by an
 * averaged perceptron (../model/perceptron.ts) with the templates of ./features.ts. Decoding keeps
 * BIO well-formed (an I-X only after B-X or I-X), in two passes over a document (`tagDocument`).
 * Training follows the same loop with the tags the
 * model itself predicted as history, so it learns from the situations it will meet.
 */

import { hashString } from '../model/hash.ts';
import type { Scorer, Trainer } from '../model/perceptron.ts';
import { features, lowerHash, MAX_FEATURES, type NerDocument, withAggregates } from './features.ts';

/** The classes, in weight-column order. */
export const NER_CLASSES = [
  'O',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';

const N = NER_CLASSES.length;
const CLASS_HASH = NER_CLASSES.map((c) => hashString(`tag:${c}`));
const START_HASH = hashString('tag:<s>');
const NO_HISTORY = hashString('history:none');
/** The type (PER, LOC, …, or O) of each class, hashed for the history feature. */
const TYPE_HASH = NER_CLASSES.map((c) => hashString(`history:${c === 'O' ? 'O' : c.slice(2)}`));
/** For I-X classes, the B-X class index; -1 otherwise. */
const BEGIN_OF = NER_CLASSES.map((c, k) => (c.startsWith('I-') ? k - 1 : -1));

/** A name span found by the tagger: word range [from, to) and character offsets. */
export interface NerSpan {
  type: NerType;
  from: number;
  to: number;
  start: number;
  end: number;
  /** The smallest, over its words, of the margin by which the chosen class beat "O". */
  margin: number;
}

/** The tagger's output: a class per word and the margin of each choice over "O". */
export interface NerTags {
  classes: Uint8Array;
  margins: Float32Array;
}

const buffer = new Uint32Array(MAX_FEATURES);
const scores = new Float64Array(N);

/**
 * Walks a document left to right, choosing each word's class from the scores (BIO kept well-formed)
 * with the classes already chosen as history. With `learn`, the trainer is updated toward the gold
 * class at each word, as training does; the walk is otherwise the same as tagging.
 */
function walk(
  scorer: Scorer,
  doc: NerDocument,
  out: NerTags,
  learn?: { trainer: Trainer; gold: Uint8Array },
): number {
  let correct = 0;
  const history = new Map<number, number>();
  for (const [from, to] of doc.sentences) {
    let p1 = -1;
    let p2 = -1;
    for (let i = from; i < to; i++) {
      const key = lowerHash(doc, i);
      const n = features(doc, i, from, to, hashOf(p1), hashOf(p2), history.get(key) ?? NO_HISTORY, buffer);
      scores.fill(0);
      scorer.score(buffer, n, scores);
      // the best class BIO allows after the previous one (an I-X only after B-X or I-X)
      let k = -1;
      let best = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < N; c++) {
        const b = BEGIN_OF[c] as number;
        if (b >= 0 && p1 !== b && p1 !== b + 1) continue;
        const s = scores[c] as number;
        if (s > best) {
          best = s;
          k = c;
        }
      }
      if (learn) {
        const g = learn.gold[i] as number;
        learn.trainer.update(buffer, n, g, k);
        if (k === g) correct++;
      }
      out.classes[i] = k;
      out.margins[i] = (scores[k] as number) - (scores[0] as number);
      history.set(key, TYPE_HASH[k] as number);
      p2 = p1;
      p1 = k;
    }
  }
  return correct;
}

/**
 * Class index per word of the document, with the margin of each choice over "O". Two passes: the
 * second reads what the first found for the same words elsewhere in the document (its
 * `withAggregates` slot); `passes: 1` stops after the first, as the training's jackknife does.
 */
export function tagDocument(scorer: Scorer, doc: NerDocument, passes: 1 | 2 = 2): NerTags {
  const out = { classes: new Uint8Array(doc.words.length), margins: new Float32Array(doc.words.length) };
  walk(scorer, doc, out);
  if (passes === 2) walk(scorer, withAggregates(doc, out.classes), out);
  return out;
}

function hashOf(k: number): number {
  return k < 0 ? START_HASH : (CLASS_HASH[k] as number);
}

/**
 * One training pass over `docs` in the given order (gold class per word). Returns the number of
 * words tagged right before each update, and the number of words.
 */
export function trainPass(
  trainer: Trainer,
  docs: readonly { doc: NerDocument; gold: Uint8Array }[],
  order: readonly number[],
): { correct: number; total: number } {
  let correct = 0;
  let total = 0;
  for (const d of order) {
    const { doc, gold } = docs[d] as { doc: NerDocument; gold: Uint8Array };
    const out = { classes: new Uint8Array(doc.words.length), margins: new Float32Array(doc.words.length) };
    correct += walk(trainer, doc, out, { trainer, gold });
    total += doc.words.length;
  }
  return { correct, total };
}

/** The spans of a class sequence. */
export function spansOf(doc: NerDocument, tagged: NerTags): NerSpan[] {
  const tags = tagged.classes;
  const out: NerSpan[] = [];
  let open: NerSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const name = i < tags.length ? (NER_CLASSES[tags[i] as number] as string) : 'O';
    const margin = i < tags.length ? (tagged.margins[i] as number) : 0;
    const continues = open !== null && name === `I-${open.type}`;
    if (open && !continues) {
      out.push(open);
      open = null;
    }
    if (name.startsWith('B-') || (name.startsWith('I-') && !continues)) {
      const w = doc.words[i];
      if (w)
        open = { type: name.slice(2) as NerType, from: i, to: i + 1, start: w.start, end: w.end, margin };
    } else if (continues && open) {
      open.to = i + 1;
      open.end = (doc.words[i] as { end: number }).end;
      open.margin = Math.min(open.margin, margin);
    }
  }
  return out;
}

/** Gold class per word from typed character spans (a word inside a span takes its type). */
export function goldClasses(
  words: readonly { start: number; end: number }[],
  spans: readonly { start: number; end: number; type: NerType }[],
): Uint8Array {
  const out = new Uint8Array(words.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  let lastSpan = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as { start: number; end: number };
    while (s < sorted.length && (sorted[s] as { end: number }).end <= w.start) s++;
    const span = sorted[s];
    if (span && span.start < w.end && w.start < span.end) {
      const b = NER_CLASSES.indexOf(`B-${span.type}` as (typeof NER_CLASSES)[number]);
      out[i] = lastSpan === s && i > 0 && (out[i - 1] as number) > 0 ? b + 1 : b;
      lastSpan = s;
    } else lastSpan = -1;
  }
  return out;
}
