/**
 * Name-tagger features
 *
 * The feature templates of the name tagger, one table computed the same way in training and in
 * use. `prepareDocument` hashes every word's strings once (form, lower case, shape, affixes,
 * compromise's tags, the rule mention and gazetteer labels over it, document-level casing);
 * `features` then combines those integers for one position and the tags already predicted before
 * it into a reused buffer, allocating nothing.
 */

import { hashString, mix, mix3 } from '../model/hash.ts';

/** Bumped whenever a template changes: a model trained on other features must not load silently. */
export const FEATURES_VERSION = 4;

import { GIVEN_NAME_SET } from '../lexicon/names.ts';
import type { Word } from '../nlp/words.ts';

/** Everything the tagger reads of a document, per word. */
export interface NerDocument {
  words: Word[];
  /** Sentence ranges over `words`, [from, to). */
  sentences: [number, number][];
  /** Per word: hashes of its strings (see `prepareDocument`). */
  h: Uint32Array[];
  /** Per word: bit flags (F_*). */
  flags: Uint8Array;
}

/** What the caller knows of each word besides its text. */
export interface WordInfo {
  /** compromise's tags of the token holding the word. */
  tags: ReadonlySet<string> | null;
  /** "B-person:name", "I-place:demonym", … from the rule mentions, or "" (outside). */
  rule: string;
  /** "B-place", "I-organization", … from the gazetteers, or "". */
  gazetteer: string;
}

const F_CAP = 1;
const F_UPPER = 2;
const F_DIGIT = 4;
const F_SENT_START = 8;
const F_LOWER_ELSEWHERE = 16;
const F_HEADLINE = 32;
const F_CAP_ELSEWHERE = 64;
const F_GIVEN_NAME = 128;
/** Not a word flag of the templates: marks a form that starts with a lower-case letter. */
const F_LOWER_INITIAL = 256;

/** compromise tags worth reading (the rest are noise for names). */
const TAGS = [
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'SportsTeam',
  'Company',
  'School',
  'ProperNoun',
  'Acronym',
  'Noun',
  'Verb',
  'Adjective',
  'Adverb',
  'Date',
  'Month',
  'WeekDay',
  'Value',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
];

// hash slots of a word
const FORM = 0;
const LOWER = 1;
const SHAPE = 2;
const P1 = 3;
const P2 = 4;
const P3 = 5;
const S1 = 6;
const S2 = 7;
const S3 = 8;
const S4 = 9;
const CTAGS = 10;
const RULE = 11;
const GAZ = 12;
/** Second pass: the type the first pass gave the same word elsewhere in the document. */
const AGG = 13;
const SLOTS = 14;

const BOS = hashString('<s>');
const NO_AGG = hashString('agg:none');
const EOS = hashString('</s>');

/** The word's shape: X for upper, x for lower, d for digits, runs collapsed ("Xx", "X.X.", "d,d"). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code < 0x80) {
      // ASCII without a regular expression: the same classes as below
      c =
        code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : (w[i] as string);
    } else {
      const ch = String.fromCodePoint(w.codePointAt(i) as number);
      if (ch.length === 2) i++;
      c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Hash of `s.slice(from, to)` without making the slice (the same value as hashString). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Per word form: its string hashes (slots FORM…S4) and the flags that depend on it alone. */
interface FormEntry {
  hashes: Uint32Array;
  flags: number;
  lower: string;
}

/** Forms already hashed (any document): words repeat, so most are hashed once per process. */
const FORMS = new Map<string, FormEntry>();
/** Forms kept at most; past it the cache starts afresh (a bound on memory, not on results). */
const MAX_FORMS = 200_000;

function formEntry(w: string): FormEntry {
  let e = FORMS.get(w);
  if (e) return e;
  const lower = w.toLowerCase();
  const n = lower.length;
  const hashes = new Uint32Array(S4 + 1);
  hashes[FORM] = hashString(w);
  hashes[LOWER] = hashString(lower);
  hashes[SHAPE] = hashString(shape(w));
  hashes[P1] = hashRange(lower, 0, Math.min(1, n));
  hashes[P2] = hashRange(lower, 0, Math.min(2, n));
  hashes[P3] = hashRange(lower, 0, Math.min(3, n));
  hashes[S1] = hashRange(lower, Math.max(0, n - 1), n);
  hashes[S2] = hashRange(lower, Math.max(0, n - 2), n);
  hashes[S3] = hashRange(lower, Math.max(0, n - 3), n);
  hashes[S4] = hashRange(lower, Math.max(0, n - 4), n);
  let flags = 0;
  if (/^\p{Lu}/u.test(w)) flags |= F_CAP;
  if (/^\p{Lu}[\p{Lu}\d.&-]*$/u.test(w) && w.length > 1) flags |= F_UPPER;
  if (/\d/.test(w)) flags |= F_DIGIT;
  if (flags & F_CAP && GIVEN_NAME_SET.has(lower)) flags |= F_GIVEN_NAME;
  if (/^\p{Ll}/u.test(w)) flags |= F_LOWER_INITIAL;
  e = { hashes, flags, lower };
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(w, e);
  return e;
}

/** Hash of the signature of compromise's tags (the TAGS it holds, in order), per tag set. */
const TAG_SIGNATURES = new WeakMap<ReadonlySet<string>, number>();
const NO_TAGS = hashString('');

function tagSignature(tags: ReadonlySet<string> | null): number {
  if (!tags) return NO_TAGS;
  let hash = TAG_SIGNATURES.get(tags);
  if (hash === undefined) {
    let sig = '';
    for (const t of TAGS) if (tags.has(t)) sig += `${t},`;
    hash = hashString(sig);
    TAG_SIGNATURES.set(tags, hash);
  }
  return hash;
}

/** Hashes of rule and gazetteer labels (a few dozen strings). */
const LABELS = new Map<string, number>();

function labelHash(label: string): number {
  let hash = LABELS.get(label);
  if (hash === undefined) {
    hash = hashString(label);
    LABELS.set(label, hash);
  }
  return hash;
}

/** The hash slot of a word's lower-cased form (the key of prediction history). */
export function lowerHash(doc: NerDocument, i: number): number {
  return (doc.h[LOWER] as Uint32Array)[i] as number;
}

/** Hashes every word's strings once and sets its flags. */
export function prepareDocument(words: Word[], sentences: [number, number][], info: WordInfo[]): NerDocument {
  const n = words.length;
  const h: Uint32Array[] = [];
  for (let s = 0; s < SLOTS; s++) h.push(new Uint32Array(n));
  (h[AGG] as Uint32Array).fill(NO_AGG);
  const flags = new Uint8Array(n);
  const entries: FormEntry[] = new Array(n);
  const lowerSeen = new Set<string>();
  const capSeenInside = new Set<string>();
  for (const [from, to] of sentences) {
    const headline = isHeadline(words, from, to);
    for (let i = from; i < to; i++) {
      const e = formEntry((words[i] as Word).text);
      entries[i] = e;
      if (e.flags & F_LOWER_INITIAL) lowerSeen.add(e.lower);
      else if (e.flags & F_CAP && i > from && !headline) capSeenInside.add(e.lower);
      if (headline) flags[i] = (flags[i] as number) | F_HEADLINE;
    }
  }
  for (const [from, to] of sentences) {
    for (let i = from; i < to; i++) {
      const e = entries[i] as FormEntry;
      const wi = info[i] as WordInfo;
      for (let s = FORM; s <= S4; s++) (h[s] as Uint32Array)[i] = e.hashes[s] as number;
      (h[CTAGS] as Uint32Array)[i] = tagSignature(wi.tags);
      (h[RULE] as Uint32Array)[i] = labelHash(wi.rule);
      (h[GAZ] as Uint32Array)[i] = labelHash(wi.gazetteer);
      let f = (flags[i] as number) | (e.flags & (F_CAP | F_UPPER | F_DIGIT | F_GIVEN_NAME));
      if (i === from) f |= F_SENT_START;
      if (f & F_CAP && lowerSeen.has(e.lower)) f |= F_LOWER_ELSEWHERE;
      if (f & F_CAP && capSeenInside.has(e.lower)) f |= F_CAP_ELSEWHERE;
      flags[i] = f;
    }
  }
  return { words, sentences, h, flags };
}

/** The aggregate's values: the types of the classes, "O" first (class k has type (k + 1) >> 1). */
const AGG_HASH = ['O', 'PER', 'LOC', 'ORG', 'MISC'].map((t) => hashString(`agg:${t}`));

/**
 * The document with the second-pass slot filled from a first pass's classes (the "context
 * aggregation" of Ratinov & Roth 2009): for each capitalized word, the type the first pass gave
 * most often to the same word elsewhere in the document, before or after it ("O" when always
 * outside a name; the first of PER, LOC, ORG, MISC on a tie). A word seen once gets none, as
 * every word does in the first pass.
 */
export function withAggregates(doc: NerDocument, classes: Uint8Array): NerDocument {
  const n = doc.words.length;
  const lowerH = doc.h[LOWER] as Uint32Array;
  const counts = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!((doc.flags[i] as number) & F_CAP)) continue;
    const key = lowerH[i] as number;
    let c = counts.get(key);
    if (!c) {
      c = new Int32Array(AGG_HASH.length);
      counts.set(key, c);
    }
    const t = ((classes[i] as number) + 1) >> 1;
    c[t] = (c[t] as number) + 1;
  }
  const agg = new Uint32Array(n).fill(NO_AGG);
  for (let i = 0; i < n; i++) {
    if (!((doc.flags[i] as number) & F_CAP)) continue;
    const c = counts.get(lowerH[i] as number) as Int32Array;
    const own = ((classes[i] as number) + 1) >> 1;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < AGG_HASH.length; t++) {
      const m = (c[t] as number) - (t === own ? 1 : 0);
      if (m > bestCount) {
        best = t;
        bestCount = m;
      }
    }
    if (best >= 0) agg[i] = AGG_HASH[best] as number;
  }
  const h = doc.h.slice();
  h[AGG] = agg;
  return { ...doc, h };
}

function isHeadline(words: Word[], from: number, to: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const w = (words[i] as Word).text;
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (w === w.toUpperCase()) upper++;
  }
  return letters >= 3 && upper / letters > 0.8;
}

/** Largest number of features `features` writes for one position. */
export const MAX_FEATURES = 64;

/**
 * Writes the features of word `i` of the sentence [from, to) into `out` and returns their number.
 * `prev1` / `prev2` are the hashes of the two tags predicted before it (BOS at the start);
 * `history` the hash of the type last predicted for the same word earlier in the document (the
 * "prediction history" of Ratinov & Roth 2009: a name keeps its type through a document).
 */
export function features(
  doc: NerDocument,
  i: number,
  from: number,
  to: number,
  prev1: number,
  prev2: number,
  history: number,
  out: Uint32Array,
): number {
  const h = doc.h;
  // the word itself, its left neighbours (BOS before the sentence) and right ones (EOS after it)
  const left1 = i - 1 >= from;
  const left2 = i - 2 >= from;
  const right1 = i + 1 < to;
  const right2 = i + 2 < to;
  const hLower = h[LOWER] as Uint32Array;
  const hShape = h[SHAPE] as Uint32Array;
  const hRule = h[RULE] as Uint32Array;
  const hGaz = h[GAZ] as Uint32Array;
  const hTags = h[CTAGS] as Uint32Array;
  const lower = hLower[i] as number;
  const shp = hShape[i] as number;
  const rule = hRule[i] as number;
  const gaz = hGaz[i] as number;
  const ctags = hTags[i] as number;
  const flags = doc.flags[i] as number;
  const l1 = left1 ? (hLower[i - 1] as number) : BOS;
  const l2 = left2 ? (hLower[i - 2] as number) : BOS;
  const r1 = right1 ? (hLower[i + 1] as number) : EOS;
  const r2 = right2 ? (hLower[i + 2] as number) : EOS;
  const sh1 = left1 ? (hShape[i - 1] as number) : BOS;
  const shr1 = right1 ? (hShape[i + 1] as number) : EOS;
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, (h[FORM] as Uint32Array)[i] as number);
  out[n++] = mix(3, lower);
  out[n++] = mix(4, shp);
  out[n++] = mix(5, (h[P1] as Uint32Array)[i] as number);
  out[n++] = mix(6, (h[P2] as Uint32Array)[i] as number);
  out[n++] = mix(7, (h[P3] as Uint32Array)[i] as number);
  out[n++] = mix(8, (h[S1] as Uint32Array)[i] as number);
  out[n++] = mix(9, (h[S2] as Uint32Array)[i] as number);
  out[n++] = mix(10, (h[S3] as Uint32Array)[i] as number);
  out[n++] = mix(11, (h[S4] as Uint32Array)[i] as number);
  out[n++] = mix(12, l1);
  out[n++] = mix(13, l2);
  out[n++] = mix(14, r1);
  out[n++] = mix(15, r2);
  out[n++] = mix(16, sh1);
  out[n++] = mix(17, shr1);
  out[n++] = mix3(18, sh1, shp);
  out[n++] = mix3(19, shp, shr1);
  out[n++] = mix3(20, l1, lower);
  out[n++] = mix3(21, lower, r1);
  out[n++] = mix(22, prev1);
  out[n++] = mix3(23, prev2, prev1);
  out[n++] = mix3(24, prev1, lower);
  out[n++] = mix3(25, prev1, shp);
  out[n++] = mix(26, ctags);
  out[n++] = mix(27, left1 ? (hTags[i - 1] as number) : BOS);
  out[n++] = mix(28, right1 ? (hTags[i + 1] as number) : EOS);
  out[n++] = mix(29, rule);
  out[n++] = mix(30, left1 ? (hRule[i - 1] as number) : BOS);
  out[n++] = mix(31, right1 ? (hRule[i + 1] as number) : EOS);
  out[n++] = mix3(32, rule, shp);
  out[n++] = mix3(33, rule, prev1);
  out[n++] = mix(34, gaz);
  out[n++] = mix(35, left1 ? (hGaz[i - 1] as number) : BOS);
  out[n++] = mix(36, right1 ? (hGaz[i + 1] as number) : EOS);
  out[n++] = mix3(37, gaz, rule);
  out[n++] = mix(38, flags);
  out[n++] = mix3(39, flags, shp);
  out[n++] = mix3(40, flags & (F_SENT_START | F_HEADLINE), lower);
  out[n++] = mix3(41, flags, rule);
  out[n++] = mix3(42, flags, ctags);
  out[n++] = mix3(43, left1 ? ((h[S3] as Uint32Array)[i - 1] as number) : BOS, lower);
  out[n++] = mix3(44, ctags, shp);
  out[n++] = mix3(45, gaz, shp);
  out[n++] = mix(46, history);
  out[n++] = mix3(47, history, shp);
  out[n++] = mix3(48, history, rule);
  // the second pass's view of the same word elsewhere (NO_AGG throughout the first pass)
  const agg = (h[AGG] as Uint32Array)[i] as number;
  out[n++] = mix(49, agg);
  out[n++] = mix3(50, agg, shp);
  out[n++] = mix3(51, agg, flags & (F_SENT_START | F_HEADLINE));
  return n;
}
