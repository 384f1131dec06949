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
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
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
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
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
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
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

/**
 * The mean of models over the same classes (a feature missing from a model counts as zero there):
 * perceptrons trained on the same data in different orders, averaged into one — parameter mixing
 * (McDonald, Hall & Mann 2010), a cheap ensemble that is steadier than any one of them.
 */
export function averageModels(models: readonly Model[]): Model {
  const first = models[0];
  if (!first) throw new Error('averageModels: no models');
  const c = first.nClasses;
  const rowOf = new Map<number, number>();
  for (const m of models) {
    if (m.nClasses !== c) throw new Error(`averageModels: ${m.nClasses} classes beside ${c}`);
    for (const key of m.keys) if (!rowOf.has(key)) rowOf.set(key, rowOf.size);
  }
  const sum = new Float64Array(rowOf.size * c);
  for (const m of models) {
    const w = m.weights;
    m.keys.forEach((key, row) => {
      const base = (rowOf.get(key) as number) * c;
      for (let k = 0; k < c; k++) sum[base + k] = (sum[base + k] as number) + (w[row * c + k] as number);
    });
  }
  const weights = new Float32Array(sum.length);
  for (let j = 0; j < sum.length; j++) weights[j] = (sum[j] as number) / models.length;
  return new Model(c, Uint32Array.from(rowOf.keys()), weights);
}

/** Models with at most this many classes keep each row's weights beside its key. */
const FUSED_MAX_CLASSES = 8;

/**
 * Slots of a model's table for `rows` keys: the smallest power of two at most two thirds full.
 * (Linear probing stays short at that load: a look-up reads one or two cache lines, found or not.)
 */
export function tableCapacity(rows: number): number {
  let cap = 1;
  while (cap * 2 < rows * 3) cap <<= 1;
  return cap;
}

/**
 * Fixed weights for scoring: one row of nClasses weights per kept feature. Scoring is bound by
 * memory latency (one random look-up per feature), so the rows sit in an open-addressing table laid
 * out for it: with few classes each slot holds the key and the row's weights together (one cache
 * line per feature); with many, each slot holds the key beside its row number.
 */
export class Model implements Scorer {
  readonly nClasses: number;
  readonly keys: Uint32Array;
  /** Float weights, or 8-bit weights with one scale per row (as model files store them). */
  private dense: Float32Array | null;
  private quantized: { q: Int8Array; scales: Float32Array } | null;
  /** Slot layout: [key, w0..w(c-1)] when fused, else [key, row]. */
  private slots: Uint32Array;
  private fusedWeights: Float32Array | null;
  private stride: number;
  private mask: number;

  /**
   * `weights` holds nClasses floats per row, or 8-bit integers with a scale per row (a row's weight
   * is q × scale, rounded to a float as the float form stores it): a decoded model file stays in
   * that form, a quarter of the memory. A fused model keeps neither form (its table holds the
   * floats; `weights` reads them back from it), an unfused one keeps its own copy of `q` (not the
   * whole buffer `q` may view, such as a decoded model file).
   */
  constructor(
    nClasses: number,
    keys: Uint32Array,
    weights: Float32Array | { q: Int8Array; scales: Float32Array },
  ) {
    this.nClasses = nClasses;
    this.keys = keys;
    const fused = nClasses <= FUSED_MAX_CLASSES;
    const cap = tableCapacity(keys.length);
    this.mask = cap - 1;
    this.stride = fused ? 1 + nClasses : 2;
    const buffer = new ArrayBuffer(cap * this.stride * 4);
    this.slots = new Uint32Array(buffer);
    this.fusedWeights = fused ? new Float32Array(buffer) : null;
    const { slots, stride, mask } = this;
    const fw = this.fusedWeights;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row] as number;
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (slots[i * stride] !== 0 && slots[i * stride] !== key) i = (i + 1) & mask;
      const at = i * stride;
      slots[at] = key;
      if (!fw) slots[at + 1] = row;
      else if (weights instanceof Float32Array)
        fw.set(weights.subarray(row * nClasses, (row + 1) * nClasses), at + 1);
      else {
        // the float form's value: q × scale rounded to a float (as the Float32Array store rounds)
        const scale = weights.scales[row] as number;
        for (let k = 0; k < nClasses; k++) fw[at + 1 + k] = (weights.q[row * nClasses + k] as number) * scale;
      }
    }
    if (weights instanceof Float32Array) {
      this.dense = weights;
      this.quantized = null;
    } else {
      this.dense = null;
      const { q, scales } = weights;
      this.quantized = fused ? null : { q: q.byteLength === q.buffer.byteLength ? q : q.slice(), scales };
    }
  }

  get rows(): number {
    return this.keys.length;
  }

  /** The weights as floats, nClasses per row (made from the 8-bit form or the table on first use). */
  get weights(): Float32Array {
    if (!this.dense) {
      const c = this.nClasses;
      const dense = new Float32Array(this.keys.length * c);
      const fw = this.fusedWeights;
      if (fw) {
        const { slots, stride, mask } = this;
        this.keys.forEach((key, row) => {
          let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
          while (slots[i * stride] !== key) i = (i + 1) & mask;
          dense.set(fw.subarray(i * stride + 1, i * stride + 1 + c), row * c);
        });
      } else {
        const { q, scales } = this.quantized as { q: Int8Array; scales: Float32Array };
        for (let j = 0; j < q.length; j++) dense[j] = (q[j] as number) * (scales[(j / c) | 0] as number);
      }
      this.dense = dense;
    }
    return this.dense;
  }

  score(features: Uint32Array, n: number, out: Float64Array): void {
    const c = this.nClasses;
    const { slots, stride, mask } = this;
    const fw = this.fusedWeights;
    const w = this.dense;
    const qz = this.quantized;
    for (let f = 0; f < n; f++) {
      const key = features[f] as number;
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      let at = i * stride;
      let k0 = slots[at] as number;
      while (k0 !== key) {
        if (k0 === 0) break;
        i = (i + 1) & mask;
        at = i * stride;
        k0 = slots[at] as number;
      }
      if (k0 === 0) continue;
      if (fw) {
        for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (fw[at + 1 + k] as number);
      } else if (w) {
        const base = (slots[at + 1] as number) * c;
        for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (w[base + k] as number);
      } else if (qz) {
        const row = slots[at + 1] as number;
        const base = row * c;
        const scale = qz.scales[row] as number;
        const q = qz.q;
        for (let k = 0; k < c; k++)
          out[k] = (out[k] as number) + Math.fround((q[base + k] as number) * scale);
      }
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
