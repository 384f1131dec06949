/**
 * Appositions around names in the parser's output
 *
 * The greedy parser, trained on web text with few of them, misses the appositions news writes
 * around names. Two shapes are mended after parsing, each where the parse is one no reading allows:
 * - a determined noun right before a name ("The former Ruritanian leader Tomas Varga is refusing")
 *   read as a second subject beside the name: UD English EWT makes the noun the head and the name
 *   its `appos` ("the militant group Hamas", "his wife Jan");
 * - a noun phrase set off by a comma after another ("The minister, Tomas Varga, visited"; "in Zenda,
 *   a town near the border") read as a second argument, a conjunct without a conjunction, a bare
 *   obl or a vocative: it is the first phrase's `appos`;
 * - a noun set off by a comma before a name and read as the name's `nmod:desc` ("The minister,
 *   Tomas Varga, visited": minister ← nmod:desc ← Varga, Varga the subject), the relation of a
 *   title right before a name ("President Bill Clinton"), never across a comma in EWT dev and 3
 *   times in 204,577 words of train: the noun takes the name's place and the name is its `appos`.
 */

import { DATE_NAMES } from '../lexicon/time.ts';

/** Relations of the same argument slot: a noun and a name in it side by side are one phrase. */
const SLOT: Readonly<Record<string, string>> = {
  nsubj: 'subj',
  'nsubj:pass': 'subj',
  obj: 'obj',
  iobj: 'obj',
  obl: 'obl',
  'obl:agent': 'obl',
  nmod: 'nmod',
  conj: 'conj',
  root: 'root',
};

/** Nouns of time, which stand bare before a subject ("last week Tomas Varga said"). */
const TIME_NOUNS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'morning',
  'afternoon',
  'evening',
  'night',
  'time',
  'today',
  'yesterday',
  'tomorrow',
  'weekend',
]);

/** Dependents of each word, in order. */
function dependents(head: readonly number[]): number[][] {
  const out: number[][] = head.map(() => []);
  head.forEach((h, k) => {
    if (h >= 0) out[h]?.push(k);
  });
  return out;
}

/**
 * A determined common noun right before a tagged person's or organization's name heads the phrase,
 * the name its apposition, where the parse made the two rivals for one argument (same head, same
 * slot), hung the name on the noun by another relation, or hung the noun on the name as a title
 * (`nmod:desc`, as "President Bill Clinton": EWT train gives a determined lowercase noun right
 * before a name that relation twice, against 52 appositions). A bare noun there ("NASA administrator
 * Michael Griffin") is left as parsed. `names` are per-word BIO tags; `head` and `deprel` are
 * changed in place and stay a projective tree.
 */
export function nounsBeforeNames(
  words: readonly string[],
  upos: readonly string[],
  names: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let a = 1; a < names.length; a++) {
    const tag = names[a] as string;
    if (tag !== 'B-PER' && tag !== 'B-ORG') continue;
    let b = a + 1;
    while (b < names.length && names[b] === `I-${tag.slice(2)}`) b++;
    const inside = (k: number) => k >= a && k < b;
    const tops: number[] = [];
    for (let k = a; k < b; k++) if (!inside(head[k] as number)) tops.push(k);
    if (tops.length !== 1) continue;
    const y = tops[0] as number;
    if (upos[y] !== 'PROPN' || !/^\p{Lu}/u.test(words[a] as string)) continue;
    const x = a - 1;
    if (upos[x] !== 'NOUN' || names[x] !== 'O' || !/^\p{Ll}/u.test(words[x] as string)) continue;
    if (TIME_NOUNS.has((words[x] as string).toLowerCase())) continue;
    const hx = head[x] as number;
    const hy = head[y] as number;
    const rivals =
      hx === hy &&
      SLOT[deprel[x] as string] !== undefined &&
      SLOT[deprel[x] as string] === SLOT[deprel[y] as string];
    const nameOnNoun = hy === x;
    const titleOfName = hx === y && deprel[x] === 'nmod:desc';
    if (!rivals && !nameOnNoun && !titleOfName) continue;
    const deps = dependents(head);
    // the phrase's own determiner or possessor, on the noun or (misparsed) on the name, left of the noun
    const determined = [...(deps[x] as number[]), ...(deps[y] as number[])].some(
      (k) => k < x && (deprel[k] === 'det' || deprel[k] === 'nmod:poss'),
    );
    if (!determined) continue;
    // the noun heads the phrase where the name hung (rivals: the name's relation, labelled first,
    // is the better guess); words left of the noun that hung on the name move to it
    if (rivals) deprel[x] = deprel[y] as string;
    if (titleOfName) {
      head[x] = hy;
      deprel[x] = deprel[y] as string;
    }
    for (const k of deps[y] as number[]) if (k < x) head[k] = x;
    head[y] = x;
    deprel[y] = 'appos';
  }
}

/** Leftmost and rightmost word of each word's subtree. */
export function extents(head: readonly number[]): { lo: number[]; hi: number[] } {
  const lo = head.map((_, k) => k);
  const hi = head.map((_, k) => k);
  for (let k = 0; k < head.length; k++) {
    let h = head[k] as number;
    let guard = 0;
    while (h >= 0 && guard++ < head.length) {
      if (k < (lo[h] as number)) lo[h] = k;
      if (k > (hi[h] as number)) hi[h] = k;
      h = head[h] as number;
    }
  }
  return { lo, hi };
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Relations of an argument a verb takes without a preposition. */
const CORE = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);

/** Relations of the words before a noun phrase's head, inside it. */
const PHRASE_INSIDE = new Set([
  'det',
  'amod',
  'compound',
  'nmod:poss',
  'nummod',
  'flat',
  'nmod:desc',
  'advmod',
]);

/** Words that end a phrase set off by commas. */
const CLOSERS = new Set([',', '.', '!', '?', ';', ')', '--', '—', ':']);

function isTime(word: string): boolean {
  const w = word.toLowerCase();
  return TIME_NOUNS.has(w) || DATE_NAMES.has(w);
}

/**
 * A nominal set off by a comma right after another nominal, that the parse did not make an
 * apposition though nothing else fits, becomes the apposition of the first nominal's phrase: a
 * second argument of the first one's head ("The minister, Tomas Varga, visited": the minister read
 * as a bare obl; "Tomas Varga, 45, a lawyer, was arrested": two subjects), a determined phrase or
 * a person's name made a conjunct in a coordination with no conjunction ("in Zenda, a town near
 * the border"; "The spokesman for the Foreign Ministry, Peter Horvat,"), a bare obl or a vocative
 * ("met her counterpart, Tomas Varga."). The phrase must end there (a comma, the sentence's end).
 * The first nominal is the nearest whose phrase ends at the comma; for a person's name, the
 * nearest that is not another kind of name (the spokesman, not the ministry).
 */
/**
 * A noun read as the `nmod:desc` of a name after a comma ("The minister, Tomas Varga"): the noun
 * takes the name's head and relation and the name becomes its `appos`, with the comma between.
 */
export function descriptionsAcrossCommas(words: readonly string[], head: number[], deprel: string[]): void {
  for (let x = 0; x < head.length; x++) {
    const y = head[x] as number;
    if (deprel[x] !== 'nmod:desc' || y <= x) continue;
    let comma = -1;
    for (let k = x + 1; k < y; k++) if (words[k] === ',') comma = k;
    // y's other dependents all after x, so the tree stays projective
    if (comma < 0 || head.some((h, k) => h === y && k < x)) continue;
    head[x] = head[y] as number;
    deprel[x] = deprel[y] as string;
    head[y] = x;
    deprel[y] = 'appos';
    if (deprel[comma] === 'punct') head[comma] = y;
  }
}

export function commaAppositions(
  words: readonly string[],
  upos: readonly string[],
  names: readonly string[],
  head: number[],
  deprel: string[],
): void {
  // read on the parser's tree; changes apply after
  const deps = dependents(head);
  const { lo, hi } = extents(head);
  const changes: { x: number; y: number; s: number; xTakes: boolean }[] = [];
  for (let y = 0; y < head.length; y++) {
    if (!NOMINAL.has(upos[y] as string)) continue;
    // y's phrase starts right after a comma (its own punctuation aside) and ends at a closer
    let s = lo[y] as number;
    while (s < y && upos[s] === 'PUNCT') s++;
    if (words[s - 1] !== ',' || s < 2) continue;
    let e = hi[y] as number;
    while (e > y && upos[e] === 'PUNCT') e--;
    if (e + 1 < words.length && !CLOSERS.has(words[e + 1] as string)) continue;
    // a plain noun phrase: determiners, modifiers, a name's other words before its head; no preposition
    let plain = true;
    for (let k = s; k < y; k++) {
      const possessive = deprel[k] === 'case' && /^['’]s?$/.test(words[k] as string);
      if (!PHRASE_INSIDE.has(deprel[k] as string) && !possessive) plain = false;
    }
    if (!plain || (deps[y] as number[]).some((k) => deprel[k] === 'case' || deprel[k] === 'cop')) continue;
    // x: the nearest nominal whose phrase, y's aside, ends right before the comma (its own
    // punctuation aside); for a person's name the nearest that is no other kind of name ("the
    // spokesman for the Foreign Ministry, Peter Horvat": the spokesman)
    const person = names[s] === 'B-PER';
    let x = -1;
    for (let k = s - 2; k >= 0 && x < 0; k--) {
      if (!NOMINAL.has(upos[k] as string)) continue;
      const kHi = hi[k] as number;
      const holdsY = (lo[k] as number) <= y && y <= kHi;
      let ends = holdsY ? kHi >= e : kHi === s - 2 || kHi === s - 1;
      if (holdsY) for (let j = e + 1; j <= kHi; j++) if (upos[j] !== 'PUNCT') ends = false;
      const otherName = (names[k] as string) !== 'O' && !(names[k] as string).endsWith('-PER');
      if (ends && !(person && otherName)) x = k;
    }
    if (x < 0 || isTime(words[x] as string) || isTime(words[y] as string)) continue;
    const rel = deprel[y] as string;
    const hy = head[y] as number;
    let xTakes = false;
    // an apposition already, unless hung on the comma itself (punctuation heads nothing)
    if (rel === 'appos' && upos[hy] !== 'PUNCT') continue;
    if (hy === head[x] && CORE.has(rel)) {
      // rivals: the first keeps the phrase's place, taking the core relation where it had none
      if (!CORE.has(deprel[x] as string) && (deps[x] as number[]).some((k) => deprel[k] === 'case')) continue;
      xTakes = CORE.has(rel) && !CORE.has(deprel[x] as string);
    } else if (rel === 'conj') {
      // a determined phrase ("a town near the border") or a person's name after a noun
      const determined = (deps[y] as number[]).some((k) => deprel[k] === 'det' || deprel[k] === 'nmod:poss');
      if (!determined && !(person && upos[x] === 'NOUN')) continue;
      const coordination = [hy, ...(deps[hy] as number[]).filter((k) => deprel[k] === 'conj')];
      if (coordination.length !== 2) continue;
      if ((deps[y] as number[]).some((k) => deprel[k] === 'conj')) continue;
      let cc = false;
      for (let k = lo[hy] as number; k <= (hi[y] as number); k++) if (deprel[k] === 'cc') cc = true;
      if (cc) continue;
    } else if (rel === 'obl' || rel === 'vocative' || rel === 'dep' || upos[hy] === 'PUNCT') {
      // a bare obl or a stray word: nothing else fits
    } else continue;
    changes.push({ x, y, s, xTakes });
  }
  for (const { x, y, s, xTakes } of changes) {
    if (xTakes) {
      head[x] = head[y] as number;
      deprel[x] = deprel[y] as string;
    }
    head[y] = x;
    deprel[y] = 'appos';
    head[s - 1] = y;
  }
}

/**
 * A name's `flat` word across a comma ("Tomas Varga, NATO Spokesperson, said": "Spokesperson" flat
 * under "Tomas", "NATO" its appos): a flat name is written without punctuation inside, so the word
 * heads the phrase after the comma. Mended, in place, where the word right before it is the name's
 * `appos`: the word becomes the appos and the old one its compound (with the comma before it).
 */
export function flatAcrossCommas(words: readonly string[], head: number[], deprel: string[]): void {
  for (let k = 2; k < head.length; k++) {
    const h = head[k] as number;
    const a = k - 1;
    if (deprel[k] !== 'flat' || h < 0 || h > k || head[a] !== h || deprel[a] !== 'appos') continue;
    let comma = false;
    for (let j = h + 1; j < a; j++) if (words[j] === ',') comma = true;
    if (!comma) continue;
    deprel[k] = 'appos';
    head[a] = k;
    deprel[a] = 'compound';
    for (let j = h + 1; j < a; j++) if (head[j] === a) head[j] = k;
  }
}
