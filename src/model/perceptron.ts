/**
 * Averaged perceptron
 *
 * The one learner of the project's models (name tagger, part-of-speech tagger, parser): a linear
 * multi-class model over hashed sparse features. `Trainer` learns with the averaged perceptron
 * (Collins 2002; averaging by the "w − u/c" trick, so no per-weight timestamps), `Model` scores
 * with the averaged, pruned, quantized weights. Both keep weights in flat typed arrays indexed
 * through an open-addressing table of feature hashes: scoring a token allocates nothing.
 */

/** Scores of every class for a set of features: what a model and a trainer both offer. */
export interface Scorer {
  readonly nClasses: number;
  /** Adds the weights of `features[0..n)` to `out` (length nClasses, zeroed by the caller). */
  score(features: Uint32Array, n: number, out: Float64Array): void;
}

/** An open-addressing table from 32-bit feature hashes (never 0) to row numbers. */
class RowIndex {
  keys: Uint32Array;
  rows: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    let i = ((key * 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) return this.rows[i] as number;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of `key`, adding it as row `this.size` when absent. */
  getOrAdd(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let i = ((key * 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) return this.rows[i] as number;
      if (k === 0) {
        this.keys[i] = key;
        this.rows[i] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] as number;
      if (key === 0) continue;
      let i = ((key * 0x9e3779b1) >>> 0) & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.rows[i] = rows[j] as number;
    }
  }
}

/** Learns weights; `update` after each prediction, `averaged()` at the end. */
export class Trainer implements Scorer {
  readonly nClasses: number;
  private index = new RowIndex();
  private w: Float64Array;
  private u: Float64Array;
  /** Number of updates made so far (the averaging clock). */
  private clock = 1;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
    this.w = new Float64Array(1 << 16);
    this.u = new Float64Array(1 << 16);
  }

  score(features: Uint32Array, n: number, out: Float64Array): void {
    const c = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.index.get(features[f] as number);
      if (row < 0) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (this.w[base + k] as number);
    }
  }

  /** One step: rewards the gold class's features, penalizes the guess's (nothing when equal). */
  update(features: Uint32Array, n: number, gold: number, guess: number): void {
    this.clock++;
    if (gold === guess) return;
    const c = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.index.getOrAdd(features[f] as number);
      if ((row + 1) * c > this.w.length) this.growWeights();
      const base = row * c;
      this.w[base + gold] = (this.w[base + gold] as number) + 1;
      this.u[base + gold] = (this.u[base + gold] as number) + this.clock;
      this.w[base + guess] = (this.w[base + guess] as number) - 1;
      this.u[base + guess] = (this.u[base + guess] as number) - this.clock;
    }
  }

  private growWeights(): void {
    const w = new Float64Array(this.w.length * 2);
    const u = new Float64Array(this.u.length * 2);
    w.set(this.w);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }

  /** The averaged weights as a model (the trainer can go on learning afterwards). */
  averaged(): Model {
    const rows = this.index.size;
    const c = this.nClasses;
    const keys = new Uint32Array(rows);
    const weights = new Float32Array(rows * c);
    const { keys: table, rows: rowOf } = this.index;
    for (let i = 0; i < table.length; i++) {
      const key = table[i] as number;
      if (key === 0) continue;
      keys[rowOf[i] as number] = key;
    }
    for (let j = 0; j < rows * c; j++)
      weights[j] = (this.w[j] as number) - (this.u[j] as number) / this.clock;
    return new Model(c, keys, weights);
  }
}

/** Fixed weights for scoring: one row of nClasses weights per kept feature. */
export class Model implements Scorer {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  private index: RowIndex;

  constructor(nClasses: number, keys: Uint32Array, weights: Float32Array) {
    this.nClasses = nClasses;
    this.keys = keys;
    this.weights = weights;
    this.index = new RowIndex(keys.length);
    for (const key of keys) this.index.getOrAdd(key);
  }

  get rows(): number {
    return this.keys.length;
  }

  score(features: Uint32Array, n: number, out: Float64Array): void {
    const c = this.nClasses;
    const w = this.weights;
    for (let f = 0; f < n; f++) {
      const row = this.index.get(features[f] as number);
      if (row < 0) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (w[base + k] as number);
    }
  }
}

/** The index of the largest of `scores[0..n)` for which `allowed(k)` holds (-1 if none). */
export function argmax(scores: Float64Array, n: number, allowed?: (k: number) => boolean): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    if (allowed && !allowed(k)) continue;
    const s = scores[k] as number;
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}
