/**
 * Word classes by the exchange algorithm
 *
 * The class-based bigram model of Brown et al. (1992), P(w_i | w_i-1) = P(c_i | c_i-1) P(w_i | c_i),
 * fitted by exchange (Kneser & Ney 1993; Martin, Liermann & Ney 1998): every word in turn is moved
 * to the class that most raises the training likelihood, until few words move. The likelihood,
 * up to terms that do not depend on the classes, is
 *
 *   Σ_{c,d} N(c,d) log N(c,d) − Σ_c N(c,·) log N(c,·) − Σ_d N(·,d) log N(·,d)
 *
 * over class bigram counts N, so moving one word touches only the rows and columns of its old and
 * new classes, and the gain of each candidate class is summed over the classes of the word's
 * neighbours alone. Words are visited in frequency order and ties keep the word where it is, so
 * the same text gives the same classes.
 */

import { clusterKey, shapeKey, suffixKey } from '../../src/parse/clusters.ts';

/** Sentence boundary, a word of its own. */
export const BOUNDARY = '<s>';

/**
 * The keys the classes are learned over: a word's key when it occurs at least `minCount` times,
 * else its shape and suffix when that does, else its shape. Returns each sentence as keys.
 */
export function keySentences(sentences: readonly (readonly string[])[], minCount: number): string[][] {
  const words = new Map<string, number>();
  for (const s of sentences) for (const w of s) words.set(clusterKey(w), (words.get(clusterKey(w)) ?? 0) + 1);
  const suffixes = new Map<string, number>();
  for (const s of sentences)
    for (const w of s)
      if ((words.get(clusterKey(w)) as number) < minCount)
        suffixes.set(suffixKey(w), (suffixes.get(suffixKey(w)) ?? 0) + 1);
  return sentences.map((s) =>
    s.map((w) => {
      const k = clusterKey(w);
      if ((words.get(k) as number) >= minCount) return k;
      const x = suffixKey(w);
      return (suffixes.get(x) as number) >= minCount ? x : shapeKey(w);
    }),
  );
}

export interface ExchangeOptions {
  classes: number;
  /** Passes at most. @default 20 */
  iterations?: number;
  /** Stop when fewer than this share of the words moved in a pass. @default 0.001 */
  minMoved?: number;
  log?: (line: string) => void;
}

/** The class of every key of `sentences` (keys as `keySentences` gives them), 0 … classes-1. */
export function exchange(
  sentences: readonly (readonly string[])[],
  options: ExchangeOptions,
): Map<string, number> {
  const C = options.classes;
  const log = options.log ?? (() => {});
  // vocabulary by frequency, ties by key
  const counts = new Map<string, number>([[BOUNDARY, 0]]);
  for (const s of sentences) {
    counts.set(BOUNDARY, (counts.get(BOUNDARY) as number) + 1);
    for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocab = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const V = vocab.length;
  const id = new Map(vocab.map((w, i) => [w, i]));
  // bigram counts, sentence ends joined through the boundary word
  const pairs = new Map<number, number>();
  let total = 0;
  const add = (a: number, b: number) => {
    const key = a * V + b;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    total++;
  };
  for (const s of sentences) {
    let prev = 0;
    for (const w of s) {
      const i = id.get(w) as number;
      add(prev, i);
      prev = i;
    }
    add(prev, 0);
  }
  // successor and predecessor lists (CSR), self-pairs apart
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  const self = new Int32Array(V);
  const nl = new Int32Array(V); // bigrams with the word first
  const nr = new Int32Array(V); // … second
  const succStart = new Int32Array(V + 1);
  const predStart = new Int32Array(V + 1);
  for (const k of keys) {
    const a = Math.floor(k / V);
    const b = k - a * V;
    const c = pairs.get(k) as number;
    nl[a] = (nl[a] as number) + c;
    nr[b] = (nr[b] as number) + c;
    if (a === b) self[a] = c;
    else {
      succStart[a + 1] = (succStart[a + 1] as number) + 1;
      predStart[b + 1] = (predStart[b + 1] as number) + 1;
    }
  }
  for (let i = 0; i < V; i++) {
    succStart[i + 1] = (succStart[i + 1] as number) + (succStart[i] as number);
    predStart[i + 1] = (predStart[i + 1] as number) + (predStart[i] as number);
  }
  const succ = new Int32Array(succStart[V] as number);
  const succN = new Int32Array(succ.length);
  const pred = new Int32Array(predStart[V] as number);
  const predN = new Int32Array(pred.length);
  const sFill = succStart.slice(0, V);
  const pFill = predStart.slice(0, V);
  for (const k of keys) {
    const a = Math.floor(k / V);
    const b = k - a * V;
    if (a === b) continue;
    const c = pairs.get(k) as number;
    const sa = sFill[a] as number;
    succ[sa] = b;
    succN[sa] = c;
    sFill[a] = sa + 1;
    const pb = pFill[b] as number;
    pred[pb] = a;
    predN[pb] = c;
    pFill[b] = pb + 1;
  }
  pairs.clear();
  // x log x, tabulated
  const xlogx = new Float64Array(total + 1);
  for (let x = 2; x <= total; x++) xlogx[x] = x * Math.log(x);
  // initial classes: by frequency rank, round robin
  const cls = new Int32Array(V);
  for (let i = 0; i < V; i++) cls[i] = i % C;
  const N = new Int32Array(C * C);
  const NL = new Int32Array(C);
  const NR = new Int32Array(C);
  for (let a = 0; a < V; a++) {
    const ca = cls[a] as number;
    NL[ca] = (NL[ca] as number) + (nl[a] as number);
    NR[ca] = (NR[ca] as number) + (nr[a] as number);
    N[ca * C + ca] = (N[ca * C + ca] as number) + (self[a] as number);
    for (let p = succStart[a] as number; p < (succStart[a + 1] as number); p++) {
      const j = ca * C + (cls[succ[p] as number] as number);
      N[j] = (N[j] as number) + (succN[p] as number);
    }
  }
  const objective = () => {
    let f = 0;
    for (let j = 0; j < C * C; j++) f += xlogx[N[j] as number] as number;
    for (let c = 0; c < C; c++) f -= (xlogx[NL[c] as number] as number) + (xlogx[NR[c] as number] as number);
    return f / total;
  };
  const R = new Int32Array(C);
  const L = new Int32Array(C);
  const nzR = new Int32Array(C);
  const nzL = new Int32Array(C);
  const iterations = options.iterations ?? 20;
  const minMoved = options.minMoved ?? 0.001;
  log(`exchange: ${V} words, ${total} bigrams, ${C} classes, objective ${objective().toFixed(4)}`);
  for (let it = 1; it <= iterations; it++) {
    const t0 = performance.now();
    let moved = 0;
    for (let w = 0; w < V; w++) {
      // neighbours' classes
      let kR = 0;
      for (let p = succStart[w] as number; p < (succStart[w + 1] as number); p++) {
        const c = cls[succ[p] as number] as number;
        if (R[c] === 0) nzR[kR++] = c;
        R[c] = (R[c] as number) + (succN[p] as number);
      }
      let kL = 0;
      for (let p = predStart[w] as number; p < (predStart[w + 1] as number); p++) {
        const c = cls[pred[p] as number] as number;
        if (L[c] === 0) nzL[kL++] = c;
        L[c] = (L[c] as number) + (predN[p] as number);
      }
      const s = self[w] as number;
      const wl = nl[w] as number;
      const wr = nr[w] as number;
      const move = (b: number, sign: number) => {
        for (let q = 0; q < kR; q++) {
          const c = nzR[q] as number;
          N[b * C + c] = (N[b * C + c] as number) + sign * (R[c] as number);
        }
        for (let q = 0; q < kL; q++) {
          const c = nzL[q] as number;
          N[c * C + b] = (N[c * C + b] as number) + sign * (L[c] as number);
        }
        N[b * C + b] = (N[b * C + b] as number) + sign * s;
        NL[b] = (NL[b] as number) + sign * wl;
        NR[b] = (NR[b] as number) + sign * wr;
      };
      const a = cls[w] as number;
      move(a, -1);
      let best = a;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let b = 0; b < C; b++) {
        let g = 0;
        const row = b * C;
        for (let q = 0; q < kR; q++) {
          const c = nzR[q] as number;
          if (c === b) continue;
          const x = N[row + c] as number;
          g += (xlogx[x + (R[c] as number)] as number) - (xlogx[x] as number);
        }
        for (let q = 0; q < kL; q++) {
          const c = nzL[q] as number;
          if (c === b) continue;
          const x = N[c * C + b] as number;
          g += (xlogx[x + (L[c] as number)] as number) - (xlogx[x] as number);
        }
        const bb = N[row + b] as number;
        g += (xlogx[bb + (R[b] as number) + (L[b] as number) + s] as number) - (xlogx[bb] as number);
        const xl = NL[b] as number;
        const xr = NR[b] as number;
        g -=
          (xlogx[xl + wl] as number) -
          (xlogx[xl] as number) +
          (xlogx[xr + wr] as number) -
          (xlogx[xr] as number);
        if (g > bestGain + 1e-9 || (b === a && g >= bestGain - 1e-9)) {
          best = b;
          bestGain = g;
        }
      }
      move(best, 1);
      if (best !== a) {
        cls[w] = best;
        moved++;
      }
      for (let q = 0; q < kR; q++) R[nzR[q] as number] = 0;
      for (let q = 0; q < kL; q++) L[nzL[q] as number] = 0;
    }
    log(
      `exchange: pass ${it}: ${moved} words moved, objective ${objective().toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    if (moved < minMoved * V) break;
  }
  const out = new Map<string, number>();
  vocab.forEach((w, i) => {
    if (w !== BOUNDARY) out.set(w, cls[i] as number);
  });
  return out;
}
