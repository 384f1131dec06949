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
export const FEATURES_VERSION = 2;

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
const SLOTS = 13;

const NONE = hashString('<none>');
const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** The word's shape: X for upper, x for lower, d for digits, runs collapsed ("Xx", "X.X.", "d,d"). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
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
  const flags = new Uint8Array(n);
  const lowerSeen = new Set<string>();
  const capSeenInside = new Set<string>();
  for (const [from, to] of sentences) {
    const headline = isHeadline(words, from, to);
    for (let i = from; i < to; i++) {
      const w = (words[i] as Word).text;
      const lower = w.toLowerCase();
      if (/^\p{Ll}/u.test(w)) lowerSeen.add(lower);
      else if (/^\p{Lu}/u.test(w) && i > from && !headline) capSeenInside.add(lower);
      if (headline) flags[i] = (flags[i] as number) | F_HEADLINE;
    }
  }
  for (const [from, to] of sentences) {
    for (let i = from; i < to; i++) {
      const w = (words[i] as Word).text;
      const lower = w.toLowerCase();
      const wi = info[i] as WordInfo;
      (h[FORM] as Uint32Array)[i] = hashString(w);
      (h[LOWER] as Uint32Array)[i] = hashString(lower);
      (h[SHAPE] as Uint32Array)[i] = hashString(shape(w));
      (h[P1] as Uint32Array)[i] = hashString(lower.slice(0, 1));
      (h[P2] as Uint32Array)[i] = hashString(lower.slice(0, 2));
      (h[P3] as Uint32Array)[i] = hashString(lower.slice(0, 3));
      (h[S1] as Uint32Array)[i] = hashString(lower.slice(-1));
      (h[S2] as Uint32Array)[i] = hashString(lower.slice(-2));
      (h[S3] as Uint32Array)[i] = hashString(lower.slice(-3));
      (h[S4] as Uint32Array)[i] = hashString(lower.slice(-4));
      let sig = '';
      if (wi.tags) for (const t of TAGS) if (wi.tags.has(t)) sig += `${t},`;
      (h[CTAGS] as Uint32Array)[i] = hashString(sig);
      (h[RULE] as Uint32Array)[i] = hashString(wi.rule);
      (h[GAZ] as Uint32Array)[i] = hashString(wi.gazetteer);
      let f = flags[i] as number;
      if (/^\p{Lu}/u.test(w)) f |= F_CAP;
      if (/^\p{Lu}[\p{Lu}\d.&-]*$/u.test(w) && w.length > 1) f |= F_UPPER;
      if (/\d/.test(w)) f |= F_DIGIT;
      if (i === from) f |= F_SENT_START;
      if (f & F_CAP && lowerSeen.has(lower)) f |= F_LOWER_ELSEWHERE;
      if (f & F_CAP && capSeenInside.has(lower)) f |= F_CAP_ELSEWHERE;
      if (f & F_CAP && GIVEN_NAME_SET.has(lower)) f |= F_GIVEN_NAME;
      flags[i] = f;
    }
  }
  return { words, sentences, h, flags };
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
  const at = (slot: number, j: number, edge: number) =>
    j < from ? edge : j >= to ? (edge === BOS ? EOS : edge) : ((h[slot] as Uint32Array)[j] as number);
  const lower = at(LOWER, i, NONE);
  const shp = at(SHAPE, i, NONE);
  const rule = at(RULE, i, NONE);
  const gaz = at(GAZ, i, NONE);
  const ctags = at(CTAGS, i, NONE);
  const flags = doc.flags[i] as number;
  const l1 = at(LOWER, i - 1, BOS);
  const l2 = at(LOWER, i - 2, BOS);
  const r1 = at(LOWER, i + 1, EOS);
  const r2 = at(LOWER, i + 2, EOS);
  const sh1 = at(SHAPE, i - 1, BOS);
  const shr1 = at(SHAPE, i + 1, EOS);
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, at(FORM, i, NONE));
  out[n++] = mix(3, lower);
  out[n++] = mix(4, shp);
  out[n++] = mix(5, at(P1, i, NONE));
  out[n++] = mix(6, at(P2, i, NONE));
  out[n++] = mix(7, at(P3, i, NONE));
  out[n++] = mix(8, at(S1, i, NONE));
  out[n++] = mix(9, at(S2, i, NONE));
  out[n++] = mix(10, at(S3, i, NONE));
  out[n++] = mix(11, at(S4, i, NONE));
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
  out[n++] = mix(27, at(CTAGS, i - 1, BOS));
  out[n++] = mix(28, at(CTAGS, i + 1, EOS));
  out[n++] = mix(29, rule);
  out[n++] = mix(30, at(RULE, i - 1, BOS));
  out[n++] = mix(31, at(RULE, i + 1, EOS));
  out[n++] = mix3(32, rule, shp);
  out[n++] = mix3(33, rule, prev1);
  out[n++] = mix(34, gaz);
  out[n++] = mix(35, at(GAZ, i - 1, BOS));
  out[n++] = mix(36, at(GAZ, i + 1, EOS));
  out[n++] = mix3(37, gaz, rule);
  out[n++] = mix(38, flags);
  out[n++] = mix3(39, flags, shp);
  out[n++] = mix3(40, flags & (F_SENT_START | F_HEADLINE), lower);
  out[n++] = mix3(41, flags, rule);
  out[n++] = mix3(42, flags, ctags);
  out[n++] = mix3(43, at(S3, i - 1, BOS), lower);
  out[n++] = mix3(44, ctags, shp);
  out[n++] = mix3(45, gaz, shp);
  out[n++] = mix(46, history);
  out[n++] = mix3(47, history, shp);
  out[n++] = mix3(48, history, rule);
  return n;
}
