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
 * beside the mark, and take the lower of the two. Only punctuation moves; the words' arcs are the
 * parser's.
 */

import { isUnder } from './clause-repairs.ts';
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
const FINAL = new Set(['.', '?', '!', '...', '…']);

/**
 * True when mark p can hang on word c without crossing an arc: every word between them lies under c,
 * and every arc that spans p has its head at or above c.
 */
function fits(head: readonly number[], p: number, c: number): boolean {
  const [a, b] = p < c ? [p, c] : [c, p];
  for (let k = a + 1; k < b; k++) if (!isUnder(head, k, c)) return false;
  for (let k = 0; k < head.length; k++) {
    const h = head[k] as number;
    if (k === p || h < 0) continue;
    if (Math.min(k, h) < p && p < Math.max(k, h) && !isUnder(head, c, h)) return false;
  }
  return true;
}

/**
 * Re-attaches every punctuation mark (upos PUNCT) by UD's rule, in place. Marks keep no
 * dependents (a word the parser hung on a mark moves to the mark's head first).
 */
export function attachPunctuation(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  const n = head.length;
  const isPunct = (k: number) => upos[k] === 'PUNCT';
  if (head.filter((h) => h === -1).length !== 1) return;
  // no mark heads a word: a word the parser hung on a mark hangs on the mark's head
  for (let k = 0; k < n; k++) {
    let guard = 0;
    while ((head[k] as number) >= 0 && isPunct(head[k] as number) && guard++ < n) {
      head[k] = head[head[k] as number] as number;
    }
  }
  // a sentence the parser headed by a mark is headed by the first word it had hung there
  const tops = head.flatMap((h, k) => (h === -1 ? [k] : []));
  if (tops.length > 1) {
    const top = tops.find((k) => !isPunct(k));
    if (top === undefined) return;
    for (const k of tops) if (k !== top) head[k] = top;
    deprel[top] = 'root';
  }

  // paired marks hang on the first and last word inside them whose head lies outside
  const paired: ('open' | 'close' | undefined)[] = new Array(n).fill(undefined);
  for (let o = 0; o < n; o++) {
    const shut = PAIRS.get(words[o] as string);
    if (!isPunct(o) || shut === undefined || paired[o] === 'close') continue;
    let depth = 0;
    let c = -1;
    for (let k = o + 1; k < n; k++) {
      if (words[k] === shut && isPunct(k)) {
        if (depth === 0) {
          c = k;
          break;
        }
        depth--;
      } else if (words[k] === words[o]) depth++;
    }
    if (c < 0) continue;
    const tops: number[] = [];
    for (let k = o + 1; k < c; k++) {
      const h = head[k] as number;
      if ((h < o || h > c) && !isPunct(k)) tops.push(k);
    }
    if (tops.length === 0) continue;
    const first = tops[0] as number;
    const last = tops[tops.length - 1] as number;
    if (fits(head, o, first)) head[o] = first;
    if (fits(head, c, last)) head[c] = last;
    deprel[o] = 'punct';
    deprel[c] = 'punct';
    paired[o] = 'open';
    paired[c] = 'close';
  }

  for (let p = 0; p < n; p++) {
    if (!isPunct(p) || paired[p] !== undefined || head[p] === -1) continue;
    // an abbreviation's stop stays on its word
    if (words[p] === '.' && head[p] === p - 1) continue;
    const old = head[p] as number;
    head[p] = -2; // out of the tree while the phrases beside it are measured
    const { lo, hi } = extents(head.map((h) => (h === -2 ? -1 : h)));
    let l = p - 1;
    while (l >= 0 && isPunct(l)) l = paired[l] === 'open' ? -1 : l - 1;
    let r = FINAL.has(words[p] as string) ? n : p + 1;
    while (r < n && isPunct(r)) r = paired[r] === 'close' ? n : r + 1;
    const left: number[] = [];
    const right: number[] = [];
    if (l >= 0) {
      left.push(l);
      for (let x = l; ; ) {
        const h = head[x] as number;
        if (h < 0 || h > p || (hi[x] as number) > p) break;
        x = h;
        left.push(x);
      }
    }
    if (r < n) {
      right.push(r);
      for (let x = r; ; ) {
        const h = head[x] as number;
        if (h < p || (lo[x] as number) < p) break;
        x = h;
        right.push(x);
      }
    }
    const lOk = left.filter((c) => fits(head, p, c));
    const rOk = right.filter((c) => fits(head, p, c));
    const lc = lOk[lOk.length - 1];
    const rc = rOk[rOk.length - 1];
    let pick: number | undefined;
    if (lc !== undefined && rc !== undefined)
      pick = isUnder(head, lc, rc) ? lc : isUnder(head, rc, lc) ? rc : lc;
    else pick = lc ?? rc;
    head[p] = pick ?? old;
    deprel[p] = 'punct';
  }
}
