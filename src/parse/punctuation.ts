/**
 * Punctuation attached the way Universal Dependencies attaches it
 *
 * UD's guideline for `punct` (universaldependencies.org/u/dep/punct.html): a punctuation mark hangs
 * on the head of the phrase or clause it delimits, next to it, never crossing another arc; paired
 * marks (quotes, brackets) hang on the head of what they enclose; a comma in a list hangs on the
 * conjunct after it; a sentence's final stop on the sentence's head. The treebanks we are scored
 * against were normalised to that rule, but the greedy parser attaches a comma wherever the stack
 * happened to be when it reached it (a closing comma of a relative clause on the clause's verb, a
 * comma after a fronted phrase on the main verb). Here every mark is re-attached by the rule: from
 * the nearest words on its left and right, climb to the highest word whose phrase ends (starts)
 * beside the mark, and take the lower of the two. The arcs between words stay the parser's, but
 * for two mends: a word the parser hung on a mark hangs on the mark's head (marks head nothing),
 * and a sentence the parser headed by a mark is headed by the first word it had hung there.
 */

import { extents } from './name-phrases.ts';

/** Opening marks and the marks that close them. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
]);

/** Marks that end a sentence: they close what is before them, never open what follows. */
const FINAL = new Set(['.', '?', '!']);

/**
 * Longer "sentences" (tables and lists the splitter ran together) keep the parser's attachment: the
 * rule costs a pass over the sentence for each candidate head of each mark.
 */
const MAX_WORDS = 250;

/**
 * Re-attaches every punctuation mark (upos PUNCT) by UD's rule, in place. A sentence of marks only,
 * one with no single root, or one longer than MAX_WORDS is left as it is.
 */
export function attachPunctuation(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  const n = head.length;
  const isPunct = (k: number) => upos[k] === 'PUNCT';
  if (n > MAX_WORDS || head.filter((h) => h === -1).length !== 1 || upos.every((_, k) => isPunct(k))) return;
  // no mark heads a word (nor a mark): what the parser hung on a mark hangs on the mark's head
  for (let k = 0; k < n; k++) {
    let guard = 0;
    while ((head[k] as number) >= 0 && isPunct(head[k] as number) && guard++ < n) {
      head[k] = head[head[k] as number] as number;
    }
  }
  // a sentence the parser headed by a mark is headed by the first word it had hung there (some
  // word is a root now: the words above every word end in one)
  const tops = head.flatMap((h, k) => (h === -1 ? [k] : []));
  if (tops.length > 1) {
    const top = tops.find((k) => !isPunct(k)) as number;
    for (const k of tops) if (k !== top) head[k] = top;
    deprel[top] = 'root';
  }

  // The arcs between words are final from here: where each word lies in the tree (entry and exit
  // times of a walk over the words), and the stretch each word's phrase covers, marks left out
  const kids: number[][] = head.map(() => []);
  let root = -1;
  for (let k = 0; k < n; k++) {
    if (isPunct(k)) continue;
    const h = head[k] as number;
    if (h < 0) root = k;
    else kids[h]?.push(k);
  }
  const enter = new Array<number>(n).fill(-1);
  const leave = new Array<number>(n).fill(-1);
  let clock = 0;
  const walk: [number, number][] = [[root, 0]];
  while (walk.length > 0) {
    const top = walk[walk.length - 1] as [number, number];
    const [w, i] = top;
    if (i === 0) enter[w] = clock++;
    const next = kids[w]?.[i];
    if (next === undefined) {
      leave[w] = clock++;
      walk.pop();
    } else {
      top[1] = i + 1;
      walk.push([next, 0]);
    }
  }
  const wordUnder = (d: number, a: number) =>
    (enter[a] as number) <= (enter[d] as number) && (leave[d] as number) <= (leave[a] as number);
  /** True when d (a word, or a mark through the word it hangs on) lies under word a, or is a. */
  const under = (d: number, a: number): boolean => {
    if (d === a) return true;
    if (isPunct(a)) return false;
    const w = isPunct(d) ? (head[d] as number) : d;
    return w >= 0 && !isPunct(w) && wordUnder(w, a);
  };
  const { lo, hi } = extents(head.map((h, k) => (isPunct(k) ? -1 : h)));

  /**
   * True when mark p can hang on word c without crossing an arc: everything between them lies
   * under c, and every arc that spans p has its head at or above c.
   */
  const fits = (p: number, c: number): boolean => {
    const [a, b] = p < c ? [p, c] : [c, p];
    for (let k = a + 1; k < b; k++) if (!under(k, c)) return false;
    for (let k = 0; k < n; k++) {
      const h = head[k] as number;
      if (k === p || h < 0) continue;
      if (Math.min(k, h) < p && p < Math.max(k, h) && !under(c, h)) return false;
    }
    return true;
  };
  /** The highest candidate of a path (lowest first) that mark p can hang on. */
  const highest = (p: number, path: readonly number[]): number | undefined => {
    for (let i = path.length - 1; i >= 0; i--) if (fits(p, path[i] as number)) return path[i];
    return undefined;
  };

  // paired marks, innermost first: both hang on the first and last word inside whose head lies
  // outside (one word when the pair encloses a phrase)
  const paired: ('open' | 'close' | undefined)[] = new Array(n).fill(undefined);
  const open: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!isPunct(k)) continue;
    const last = open[open.length - 1];
    if (last !== undefined && PAIRS.get(words[last] as string) === words[k]) {
      open.pop();
      const inside: number[] = [];
      for (let j = last + 1; j < k; j++) {
        const h = head[j] as number;
        if (!isPunct(j) && (h < last || h > k)) inside.push(j);
      }
      if (inside.length === 0) continue;
      const first = inside[0] as number;
      const end = inside[inside.length - 1] as number;
      if (fits(last, first)) head[last] = first;
      if (fits(k, end)) head[k] = end;
      deprel[last] = 'punct';
      deprel[k] = 'punct';
      paired[last] = 'open';
      paired[k] = 'close';
    } else if (PAIRS.has(words[k] as string)) open.push(k);
  }

  for (let p = 0; p < n; p++) {
    if (!isPunct(p) || paired[p] !== undefined || head[p] === -1) continue;
    // the nearest words on each side, not across a pair's opening (left) or closing (right) mark
    let l = p - 1;
    while (l >= 0 && isPunct(l)) l = paired[l] === 'open' ? -1 : l - 1;
    let r = FINAL.has(words[p] as string) ? n : p + 1;
    while (r < n && isPunct(r)) r = paired[r] === 'close' ? n : r + 1;
    // climb while the phrase above still ends before the mark (starts after it)
    const left: number[] = [];
    for (let x = l; x >= 0; ) {
      left.push(x);
      const h = head[x] as number;
      if (h < 0 || h > p || (hi[x] as number) > p) break;
      x = h;
    }
    const right: number[] = [];
    for (let x = r; x < n; ) {
      right.push(x);
      const h = head[x] as number;
      if (h < p || (lo[x] as number) < p) break;
      x = h;
    }
    const lc = highest(p, left);
    const rc = highest(p, right);
    const pick =
      lc !== undefined && rc !== undefined ? (under(lc, rc) ? lc : under(rc, lc) ? rc : lc) : (lc ?? rc);
    if (pick !== undefined) head[p] = pick;
    deprel[p] = 'punct';
  }
}
