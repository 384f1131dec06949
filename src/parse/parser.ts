/**
 * Dependency parser
 *
 * A greedy transition-based parser in the arc-hybrid system (Kuhlmann et al. 2011), trained with
 * the dynamic oracle of Goldberg & Nivre (2013) and the averaged perceptron of
 * ../model/perceptron.ts, the way spaCy's first parser was built. Two linear models share the work,
 * which keeps memory small: a transition model with three classes (SHIFT, LEFT, RIGHT) over
 * Zhang & Nivre (2011) style templates of the stack, the buffer and the partial tree, and a label
 * model that names each arc when it is made, seeing the dependent's finished subtree and the head's
 * dependents so far (a dependent is complete when the arc-hybrid system attaches it).
 *
 * Besides words, tags and the name tagger's output, both models read each word's coarse and fine
 * class (./clusters.ts: classes learned from unlabeled text), as Koo, Carreras & Collins (2008) did,
 * so a rare word is scored partly like the frequent words of its class.
 *
 * Words are indexed 0..n-1; the artificial root is index n and sits at the bottom of the stack. The
 * root takes exactly one dependent, and only at the end (buffer empty, one word left on the stack),
 * so every parse is a single tree. Arc-hybrid trees are projective.
 */

import { hashString, mix, mix3 } from '../model/hash.ts';
import { argmax, type Scorer, type Trainer } from '../model/perceptron.ts';
import { type ClusterTable, clusterTable, wordClass } from './clusters.ts';

/** Bumped whenever a template changes: weights trained on other features must not load silently. */
export const PARSER_FEATURES_VERSION = 3;

/** What the parser reads of one sentence. */
export interface ParserInput {
  words: readonly string[];
  /** Penn Treebank tag of each word (predicted in use; jackknifed predictions in training). */
  tags: readonly string[];
  /** Name-tagger output per word ("B-PER", "I-ORG", "O"), when known. */
  names?: readonly string[];
}

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
const N_TRANSITIONS = 3;

const NONE = hashString('<none>');
const NOLABEL = hashString('<nolabel>');
const ROOT_WORD = hashString('<root>');
const ROOT_TAG = hashString('ROOT');
const NO_CLASS = hashString('<noclass>');

/** Per-word hashes, with the root's at index n. */
export interface HashedSentence {
  n: number;
  w: Uint32Array;
  t: Uint32Array;
  name: Uint32Array;
  /** Number of commas, semicolons and dashes before each word (prefix sums, n+1 entries). */
  commas: Int32Array;
  /** Coarse and fine word class of each word (./clusters.ts). */
  c: Uint32Array;
  f: Uint32Array;
}

/** Hashes of every class number (coarse classes "c…", fine "f…"), made once. */
const classHashes = new Map<number, number>();
function classHash(prefix: number, k: number): number {
  const key = prefix * 65536 + k;
  let h = classHashes.get(key);
  if (h === undefined) {
    h = hashString(`${prefix === 1 ? 'c' : 'f'}${k}`);
    classHashes.set(key, h);
  }
  return h;
}

function normalize(word: string): string {
  if (/^\d+([.,:/-]\d+)*$/.test(word)) return '<num>';
  return word.toLowerCase();
}

/** Hashes every word's strings once (word classes from `table`, the committed one by default). */
export function hashInput(s: ParserInput, table: ClusterTable | null = clusterTable()): HashedSentence {
  const n = s.words.length;
  const c = new Uint32Array(n + 1);
  const f = new Uint32Array(n + 1);
  const w = new Uint32Array(n + 1);
  const t = new Uint32Array(n + 1);
  const name = new Uint32Array(n + 1);
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const word = s.words[i] as string;
    commas[i + 1] =
      (commas[i] as number) + (word === ',' || word === ';' || word === '--' || word === '—' ? 1 : 0);
    w[i] = hashString(normalize(s.words[i] as string));
    t[i] = hashString(s.tags[i] ?? '_');
    name[i] = hashString(s.names?.[i] ?? 'O');
    const k = wordClass(s.words[i] as string, table);
    c[i] = k < 0 ? NO_CLASS : classHash(1, k >>> 16);
    f[i] = k < 0 ? NO_CLASS : classHash(2, k & 0xffff);
  }
  c[n] = ROOT_TAG;
  f[n] = ROOT_TAG;
  w[n] = ROOT_WORD;
  t[n] = ROOT_TAG;
  name[n] = NONE;
  return { n, w, t, name, commas, c, f };
}

/** Labels whose presence among a head's dependents the label model sees. */
const MASK_LABELS = [
  'aux:pass',
  'aux',
  'cop',
  'mark',
  'case',
  'det',
  'nsubj',
  'nsubj:pass',
  'obj',
  'expl',
  'xcomp',
];

/** A parser configuration: the stack, the buffer front and the tree built so far. */
class State {
  n = 0;
  stack = new Int32Array(0);
  sp = 0;
  b = 0;
  head = new Int32Array(0);
  label = new Int16Array(0);
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  mask = new Int32Array(0);

  reset(n: number): void {
    if (this.head.length < n + 1) {
      const size = Math.max(n + 1, this.head.length * 2, 64);
      this.stack = new Int32Array(size);
      this.head = new Int32Array(size);
      this.label = new Int16Array(size);
      this.l1 = new Int32Array(size);
      this.l2 = new Int32Array(size);
      this.r1 = new Int32Array(size);
      this.r2 = new Int32Array(size);
      this.nl = new Int32Array(size);
      this.nr = new Int32Array(size);
      this.mask = new Int32Array(size);
    }
    this.n = n;
    this.sp = 1;
    this.stack[0] = n;
    this.b = 0;
    for (let i = 0; i <= n; i++) {
      this.head[i] = -1;
      this.label[i] = -1;
      this.l1[i] = -1;
      this.l2[i] = -1;
      this.r1[i] = -1;
      this.r2[i] = -1;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.mask[i] = 0;
    }
  }

  get terminal(): boolean {
    return this.b >= this.n && this.sp === 1;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.sp >= 2 && this.b < this.n;
    // RIGHT: onto a word, or onto the root once everything else is attached
    return this.sp >= 3 || (this.sp === 2 && this.b >= this.n);
  }

  addArc(h: number, d: number, lab: number, maskBit: number): void {
    this.head[d] = h;
    this.label[d] = lab;
    this.mask[h] = (this.mask[h] as number) | maskBit;
    if (d < h) {
      const a = this.l1[h] as number;
      if (a < 0 || d < a) {
        this.l2[h] = a;
        this.l1[h] = d;
      } else {
        const c = this.l2[h] as number;
        if (c < 0 || d < c) this.l2[h] = d;
      }
      this.nl[h] = (this.nl[h] as number) + 1;
    } else {
      const a = this.r1[h] as number;
      if (a < 0 || d > a) {
        this.r2[h] = a;
        this.r1[h] = d;
      } else {
        const c = this.r2[h] as number;
        if (c < 0 || d > c) this.r2[h] = d;
      }
      this.nr[h] = (this.nr[h] as number) + 1;
    }
  }

  /** Head and dependent of the arc a transition would make (-1 for SHIFT). */
  arcOf(t: number): { h: number; d: number } | null {
    if (t === LEFT) return { h: this.b, d: this.stack[this.sp - 1] as number };
    if (t === RIGHT) return { h: this.stack[this.sp - 2] as number, d: this.stack[this.sp - 1] as number };
    return null;
  }

  apply(t: number, lab: number, maskBit: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (t === LEFT) {
      const d = this.stack[--this.sp] as number;
      this.addArc(this.b, d, lab, maskBit);
    } else {
      const d = this.stack[--this.sp] as number;
      this.addArc(this.stack[this.sp - 1] as number, d, lab, maskBit);
    }
  }

  /**
   * The number of gold arcs a transition makes unreachable (the arc-hybrid dynamic oracle); `gold`
   * holds each word's gold head, n for the root.
   */
  cost(t: number, gold: Int32Array): number {
    const { stack, sp, b, n } = this;
    if (t === SHIFT) {
      const s0 = sp > 0 ? (stack[sp - 1] as number) : -1;
      let c = 0;
      const gb = gold[b] as number;
      for (let k = 0; k < sp; k++) {
        const s = stack[k] as number;
        if (s !== n && gold[s] === b) c++;
        if (s === gb && s !== s0) c++;
      }
      return c;
    }
    const s0 = stack[sp - 1] as number;
    const g = gold[s0] as number;
    let c = 0;
    for (let k = b; k < n; k++) if (gold[k] === s0) c++;
    if (t === LEFT) {
      const s1 = stack[sp - 2] as number;
      if (g !== b && (g === s1 || (g > b && g < n))) c++;
    } else if (g >= b && g < n) c++;
    return c;
  }
}

/** Features of a configuration for the transition model. */
export const MAX_TRANSITION_FEATURES = 136;

function transitionFeatures(
  st: State,
  h: HashedSentence,
  labelHashes: Uint32Array,
  out: Uint32Array,
): number {
  const { stack, sp, b, n } = st;
  const s0 = sp > 0 ? (stack[sp - 1] as number) : -1;
  const s1 = sp > 1 ? (stack[sp - 2] as number) : -1;
  const s2 = sp > 2 ? (stack[sp - 3] as number) : -1;
  const b0 = b < n ? b : -1;
  const b1 = b + 1 < n ? b + 1 : -1;
  const b2 = b + 2 < n ? b + 2 : -1;
  const W = (i: number) => (i < 0 ? NONE : (h.w[i] as number));
  const T = (i: number) => (i < 0 ? NONE : (h.t[i] as number));
  const N = (i: number) => (i < 0 ? NONE : (h.name[i] as number));
  const L = (i: number) => {
    if (i < 0) return NONE;
    const l = st.label[i] as number;
    return l < 0 ? NOLABEL : (labelHashes[l] as number);
  };
  const child = (arr: Int32Array, i: number) => (i < 0 ? -1 : (arr[i] as number));
  const s0w = W(s0);
  const s0t = T(s0);
  const s1w = W(s1);
  const s1t = T(s1);
  const b0w = W(b0);
  const b0t = T(b0);
  const b1t = T(b1);
  const s0l1 = child(st.l1, s0);
  const s0l2 = child(st.l2, s0);
  const s0r1 = child(st.r1, s0);
  const s0r2 = child(st.r2, s0);
  const b0l1 = child(st.l1, b0);
  const b0l2 = child(st.l2, b0);
  const s1l1 = child(st.l1, s1);
  const s1r1 = child(st.r1, s1);
  const s1r2 = child(st.r2, s1);
  const s0wt = mix(s0w, s0t);
  const s1wt = mix(s1w, s1t);
  const b0wt = mix(b0w, b0t);
  const dist = s0 >= 0 && s0 !== n && b0 >= 0 ? Math.min(b0 - s0, 6) : 0;
  const dist1 = s1 >= 0 && s1 !== n && s0 >= 0 ? Math.min(s0 - s1, 6) : 0;
  const vr0 = s0 >= 0 ? Math.min(st.nr[s0] as number, 4) : 9;
  const vl0 = s0 >= 0 ? Math.min(st.nl[s0] as number, 4) : 9;
  const vlb = b0 >= 0 ? Math.min(st.nl[b0] as number, 4) : 9;
  const vr1 = s1 >= 0 ? Math.min(st.nr[s1] as number, 4) : 9;
  const vl1 = s1 >= 0 ? Math.min(st.nl[s1] as number, 4) : 9;
  let k = 0;
  out[k++] = mix(1, 0);
  // single words
  out[k++] = mix(2, s0w);
  out[k++] = mix(3, s0t);
  out[k++] = mix(4, s0wt);
  out[k++] = mix(5, s1w);
  out[k++] = mix(6, s1t);
  out[k++] = mix(7, s1wt);
  out[k++] = mix(8, b0w);
  out[k++] = mix(9, b0t);
  out[k++] = mix(10, b0wt);
  out[k++] = mix(11, W(b1));
  out[k++] = mix(12, b1t);
  out[k++] = mix3(13, W(b1), b1t);
  out[k++] = mix(14, W(b2));
  out[k++] = mix(15, T(b2));
  out[k++] = mix(16, T(s2));
  out[k++] = mix(17, W(s2));
  // pairs
  out[k++] = mix3(18, s0wt, b0wt);
  out[k++] = mix3(19, s0wt, b0w);
  out[k++] = mix3(20, s0w, b0wt);
  out[k++] = mix3(21, s0wt, b0t);
  out[k++] = mix3(22, s0t, b0wt);
  out[k++] = mix3(23, s0w, b0w);
  out[k++] = mix3(24, s0t, b0t);
  out[k++] = mix3(25, b0t, b1t);
  out[k++] = mix3(26, s1w, s0w);
  out[k++] = mix3(27, s1t, s0t);
  out[k++] = mix3(28, s1wt, s0t);
  out[k++] = mix3(29, s1t, s0wt);
  out[k++] = mix3(30, s1t, b0t);
  out[k++] = mix3(31, s1w, b0w);
  out[k++] = mix3(32, s1wt, s0wt);
  // triples of tags
  out[k++] = mix(mix3(33, b0t, b1t), T(b2));
  out[k++] = mix(mix3(34, s0t, b0t), b1t);
  out[k++] = mix(mix3(35, s1t, s0t), b0t);
  out[k++] = mix(mix3(36, T(s2), s1t), s0t);
  out[k++] = mix(mix3(37, s0t, T(s0l1)), b0t);
  out[k++] = mix(mix3(38, s0t, T(s0r1)), b0t);
  out[k++] = mix(mix3(39, s0t, b0t), T(b0l1));
  out[k++] = mix(mix3(40, s1t, T(s1r1)), s0t);
  out[k++] = mix(mix3(41, s1t, T(s1l1)), s0t);
  out[k++] = mix(mix3(42, s1t, s0t), T(s0r1));
  out[k++] = mix(mix3(43, s1t, s0t), T(s0l1));
  out[k++] = mix(mix3(44, b0t, T(b0l1)), T(b0l2));
  out[k++] = mix(mix3(45, s1t, s0t), b1t);
  out[k++] = mix(mix3(46, s0w, b0t), b1t);
  out[k++] = mix(mix3(47, s0t, b0w), b1t);
  // distance
  out[k++] = mix3(48, s0w, dist);
  out[k++] = mix3(49, s0t, dist);
  out[k++] = mix3(50, b0w, dist);
  out[k++] = mix3(51, b0t, dist);
  out[k++] = mix(mix3(52, s0w, b0w), dist);
  out[k++] = mix(mix3(53, s0t, b0t), dist);
  out[k++] = mix(mix3(54, s1t, s0t), dist1);
  out[k++] = mix(mix3(55, s1w, s0w), dist1);
  out[k++] = mix(mix3(56, s1t, s0w), dist1);
  out[k++] = mix(mix3(57, s1w, s0t), dist1);
  // valency
  out[k++] = mix3(58, s0w, vr0);
  out[k++] = mix3(59, s0t, vr0);
  out[k++] = mix3(60, s0w, vl0);
  out[k++] = mix3(61, s0t, vl0);
  out[k++] = mix3(62, b0w, vlb);
  out[k++] = mix3(63, b0t, vlb);
  out[k++] = mix3(64, s1w, vr1);
  out[k++] = mix3(65, s1t, vr1);
  out[k++] = mix3(66, s1t, vl1);
  // children
  out[k++] = mix(67, W(s0l1));
  out[k++] = mix(68, T(s0l1));
  out[k++] = mix(69, L(s0l1));
  out[k++] = mix(70, W(s0r1));
  out[k++] = mix(71, T(s0r1));
  out[k++] = mix(72, L(s0r1));
  out[k++] = mix(73, T(s0l2));
  out[k++] = mix(74, L(s0l2));
  out[k++] = mix(75, T(s0r2));
  out[k++] = mix(76, L(s0r2));
  out[k++] = mix(77, W(b0l1));
  out[k++] = mix(78, T(b0l1));
  out[k++] = mix(79, L(b0l1));
  out[k++] = mix(80, T(b0l2));
  out[k++] = mix(81, L(b0l2));
  out[k++] = mix(82, W(s1r1));
  out[k++] = mix(83, T(s1r1));
  out[k++] = mix(84, L(s1r1));
  out[k++] = mix(85, T(s1l1));
  out[k++] = mix(86, L(s1l1));
  out[k++] = mix(87, L(s1r2));
  // third order
  out[k++] = mix(mix3(88, s0t, L(s0l1)), L(s0l2));
  out[k++] = mix(mix3(89, s0t, L(s0r1)), L(s0r2));
  out[k++] = mix(mix3(90, b0t, L(b0l1)), L(b0l2));
  out[k++] = mix(mix3(91, s1t, L(s1r1)), L(s1r2));
  out[k++] = mix3(92, s0w, L(s0l1));
  out[k++] = mix3(93, s0w, L(s0r1));
  out[k++] = mix3(94, b0w, L(b0l1));
  out[k++] = mix(mix3(95, s0t, L(s0r1)), b0t);
  out[k++] = mix(mix3(96, s1t, L(s1r1)), s0t);
  // names
  out[k++] = mix(97, N(s0));
  out[k++] = mix(98, N(b0));
  out[k++] = mix(99, N(s1));
  out[k++] = mix3(100, N(s0), N(b0));
  out[k++] = mix3(101, N(s1), N(s0));
  out[k++] = mix(mix3(102, N(s0), s0t), b0t);
  out[k++] = mix(mix3(103, s0t, N(b0)), b0t);
  out[k++] = mix(mix3(104, N(s1), N(s0)), dist1);
  out[k++] = mix(mix3(105, N(s0), N(b0)), dist);
  // the labels each word has taken as dependents so far, and punctuation in between
  const M = (i: number) => (i < 0 ? -1 : (st.mask[i] as number));
  const between = (a: number, z: number) =>
    a < 0 || z < 0 || a >= n ? 9 : Math.min((h.commas[z] as number) - (h.commas[a + 1] as number), 2);
  out[k++] = mix3(106, s0t, M(s0));
  out[k++] = mix3(107, b0t, M(b0));
  out[k++] = mix3(108, s1t, M(s1));
  out[k++] = mix(mix3(109, s0t, b0t), between(s0, b0));
  out[k++] = mix(mix3(110, s1t, s0t), between(s1, s0));
  out[k++] = mix(mix3(111, s0w, b0t), between(s0, b0));
  // word classes (Koo et al. 2008): where words are, and with tags
  const C = (i: number) => (i < 0 ? NONE : (h.c[i] as number));
  const F = (i: number) => (i < 0 ? NONE : (h.f[i] as number));
  const s0c = C(s0);
  const s0f = F(s0);
  const s1c = C(s1);
  const s1f = F(s1);
  const b0c = C(b0);
  const b0f = F(b0);
  const b1c = C(b1);
  out[k++] = mix(112, s0c);
  out[k++] = mix(113, s0f);
  out[k++] = mix(114, b0c);
  out[k++] = mix(115, b0f);
  out[k++] = mix(116, s1c);
  out[k++] = mix(117, s1f);
  out[k++] = mix(118, b1c);
  out[k++] = mix(119, F(b1));
  out[k++] = mix3(120, s0c, b0c);
  out[k++] = mix3(121, s0f, b0f);
  out[k++] = mix3(122, s0c, b0t);
  out[k++] = mix3(123, s0t, b0c);
  out[k++] = mix3(124, s0f, b0t);
  out[k++] = mix3(125, s0t, b0f);
  out[k++] = mix3(126, s1c, s0c);
  out[k++] = mix3(127, s1c, s0t);
  out[k++] = mix3(128, s1t, s0c);
  out[k++] = mix3(129, s1f, s0f);
  out[k++] = mix(mix3(130, s1c, s0c), b0c);
  out[k++] = mix(mix3(131, s0c, b0c), b1c);
  out[k++] = mix(132, C(s0l1));
  out[k++] = mix(133, C(s0r1));
  out[k++] = mix(134, C(b0l1));
  out[k++] = mix(mix3(135, s0c, b0c), dist);
  return k;
}

/** Features of an arc for the label model. */
export const MAX_LABEL_FEATURES = 44;

function labelFeatures(
  st: State,
  hs: HashedSentence,
  labelHashes: Uint32Array,
  h: number,
  d: number,
  out: Uint32Array,
): number {
  const n = st.n;
  const W = (i: number) => (i < 0 || i > n ? NONE : (hs.w[i] as number));
  const T = (i: number) => (i < 0 || i > n ? NONE : (hs.t[i] as number));
  const L = (i: number) => {
    if (i < 0) return NONE;
    const l = st.label[i] as number;
    return l < 0 ? NOLABEL : (labelHashes[l] as number);
  };
  const dw = W(d);
  const dt = T(d);
  const hw = W(h);
  const ht = T(h);
  const dir = d < h ? 1 : 2;
  const gap = Math.abs(h - d);
  const dist = gap < 5 ? gap : gap < 10 ? 5 : 6;
  const dl1 = st.l1[d] as number;
  const dr1 = st.r1[d] as number;
  const hl1 = st.l1[h] as number;
  const hr1 = st.r1[h] as number;
  const hmask = st.mask[h] as number;
  const dmask = st.mask[d] as number;
  const dn = hs.name[d] as number;
  let k = 0;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, dt);
  out[k++] = mix(3, dw);
  out[k++] = mix3(4, dw, dt);
  out[k++] = mix(5, ht);
  out[k++] = mix(6, hw);
  out[k++] = mix3(7, hw, ht);
  out[k++] = mix(mix3(8, dt, ht), dir);
  out[k++] = mix(mix3(9, dw, ht), dir);
  out[k++] = mix(mix3(10, dt, hw), dir);
  out[k++] = mix(mix3(11, dw, hw), dir);
  out[k++] = mix(mix3(12, dt, dir), dist);
  out[k++] = mix(mix(mix3(13, dt, ht), dir), dist);
  out[k++] = mix3(14, dt, L(dl1));
  out[k++] = mix3(15, dt, L(dr1));
  out[k++] = mix(mix3(16, dt, L(dl1)), L(dr1));
  out[k++] = mix(mix3(17, ht, L(hl1)), dir);
  out[k++] = mix(mix3(18, ht, L(hr1)), dir);
  out[k++] = mix3(19, dt, T(d - 1));
  out[k++] = mix3(20, dt, T(d + 1));
  out[k++] = mix(21, W(dl1));
  out[k++] = mix3(22, dt, W(dl1));
  out[k++] = mix(mix(mix3(23, ht, dt), W(dl1)), dir);
  out[k++] = mix3(24, hw, W(dl1));
  out[k++] = mix3(25, dn, dt);
  out[k++] = mix(mix3(26, dn, hs.name[h] as number), dir);
  out[k++] = mix(mix3(27, dn, ht), dir);
  out[k++] = mix(mix(mix3(28, dt, ht), dir), hmask);
  out[k++] = mix3(29, ht, hmask);
  out[k++] = mix(mix3(30, dt, dmask), dir);
  out[k++] = mix(mix3(31, dw, hmask), dir);
  out[k++] = mix(mix3(32, ht, W(hl1)), dir);
  out[k++] = mix(mix3(33, dt, W(dr1)), dir);
  out[k++] = mix(mix3(34, hw, dt), L(dl1));
  out[k++] = mix(35, h === n ? 1 : 0);
  const C = (i: number) => (i < 0 || i > n ? NONE : (hs.c[i] as number));
  const F = (i: number) => (i < 0 || i > n ? NONE : (hs.f[i] as number));
  const dc = C(d);
  const df = F(d);
  const hc = C(h);
  const hf = F(h);
  out[k++] = mix(36, dc);
  out[k++] = mix(37, df);
  out[k++] = mix3(38, hc, dt);
  out[k++] = mix3(39, hf, dt);
  out[k++] = mix(mix3(40, dc, hc), dir);
  out[k++] = mix(mix3(41, df, ht), dir);
  out[k++] = mix(mix3(42, dt, hf), dir);
  out[k++] = mix(mix3(43, df, hf), dir);
  return k;
}

/** Label names and what the models need to know of them. */
export class Labels {
  readonly names: readonly string[];
  readonly hashes: Uint32Array;
  readonly maskBits: Int32Array;
  readonly root: number;

  constructor(names: readonly string[]) {
    this.names = names;
    this.hashes = Uint32Array.from(names, (l) => hashString(`label:${l}`));
    this.maskBits = Int32Array.from(names, (l) => {
      const i = MASK_LABELS.indexOf(l);
      return i < 0 ? 0 : 1 << i;
    });
    this.root = names.indexOf('root');
  }
}

/** Gold tree of a training sentence: heads (-1 for the root) and label indexes. */
export interface GoldTree {
  heads: Int32Array;
  labels: Int16Array;
}

/** How a training walk chooses its next transition. */
export interface Learning {
  transitions: Trainer;
  labels: Trainer;
  gold: GoldTree;
  /** Probability of following the model's own (wrong) prediction instead of the oracle's. */
  explore: number;
  random: () => number;
}

const state = new State();
const tBuffer = new Uint32Array(MAX_TRANSITION_FEATURES);
const lBuffer = new Uint32Array(MAX_LABEL_FEATURES);
const tScores = new Float64Array(N_TRANSITIONS);
let lScores = new Float64Array(0);
const goldHeads = { heads: new Int32Array(64) };

/**
 * Parses one sentence left to right, greedily; with `learn`, updates both trainers toward the
 * oracle at every step (and follows the model's own mistakes with probability `explore`).
 * Writes each word's head (-1 = root) and label index. Returns the number of correct transitions
 * chosen while learning.
 */
function walk(
  transitions: Scorer,
  labels: Scorer,
  names: Labels,
  hs: HashedSentence,
  heads: Int32Array,
  labelsOut: Int16Array,
  learn?: Learning,
): number {
  const n = hs.n;
  const st = state;
  st.reset(n);
  if (lScores.length !== labels.nClasses) lScores = new Float64Array(labels.nClasses);
  let gold: Int32Array | null = null;
  if (learn) {
    if (goldHeads.heads.length < n + 1) goldHeads.heads = new Int32Array(n * 2 + 1);
    gold = goldHeads.heads;
    for (let i = 0; i < n; i++) {
      const g = learn.gold.heads[i] as number;
      gold[i] = g < 0 ? n : g;
    }
  }
  const notRoot = (k: number) => k !== names.root;
  let right = 0;
  while (!st.terminal) {
    const f = transitionFeatures(st, hs, names.hashes, tBuffer);
    tScores.fill(0);
    transitions.score(tBuffer, f, tScores);
    let best = -1;
    for (let t = 0; t < N_TRANSITIONS; t++)
      if (st.valid(t) && (best < 0 || (tScores[t] as number) > (tScores[best] as number))) best = t;
    let next = best;
    if (learn && gold) {
      let oracle = -1;
      for (let t = 0; t < N_TRANSITIONS; t++) {
        if (!st.valid(t) || st.cost(t, gold) !== 0) continue;
        if (oracle < 0 || (tScores[t] as number) > (tScores[oracle] as number)) oracle = t;
      }
      if (oracle < 0) oracle = best;
      learn.transitions.update(tBuffer, f, oracle, best);
      if (oracle === best) right++;
      else if (learn.random() >= learn.explore) next = oracle;
    }
    let lab = -1;
    let bit = 0;
    const arc = st.arcOf(next);
    if (arc) {
      if (arc.h === n) lab = names.root;
      else {
        const lf = labelFeatures(st, hs, names.hashes, arc.h, arc.d, lBuffer);
        lScores.fill(0);
        labels.score(lBuffer, lf, lScores);
        lab = argmax(lScores, labels.nClasses, notRoot);
        if (learn && gold && gold[arc.d] === arc.h) {
          const g = learn.gold.labels[arc.d] as number;
          learn.labels.update(lBuffer, lf, g, lab);
        }
      }
      bit = lab >= 0 ? (names.maskBits[lab] as number) : 0;
    }
    st.apply(next, lab, bit);
  }
  for (let i = 0; i < n; i++) {
    const h = st.head[i] as number;
    heads[i] = h === n ? -1 : h;
    labelsOut[i] = st.label[i] as number;
  }
  return right;
}

/** Heads (-1 for the root) and label indexes of a sentence. */
export function parseHashed(
  transitions: Scorer,
  labels: Scorer,
  names: Labels,
  hs: HashedSentence,
): { heads: Int32Array; labels: Int16Array } {
  const heads = new Int32Array(hs.n);
  const labs = new Int16Array(hs.n);
  walk(transitions, labels, names, hs, heads, labs);
  return { heads, labels: labs };
}

/** One training pass; returns the transitions right before each update, and their number. */
export function trainParserPass(
  sentences: readonly { hashed: HashedSentence; gold: GoldTree }[],
  order: readonly number[],
  names: Labels,
  learn: Omit<Learning, 'gold'>,
): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const j of order) {
    const s = sentences[j] as { hashed: HashedSentence; gold: GoldTree };
    const heads = new Int32Array(s.hashed.n);
    const labs = new Int16Array(s.hashed.n);
    right += walk(learn.transitions, learn.labels, names, s.hashed, heads, labs, { ...learn, gold: s.gold });
    total += 2 * s.hashed.n;
  }
  return { right, total };
}
