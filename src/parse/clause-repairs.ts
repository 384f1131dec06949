/**
 * A fronted phrase's comma read as a list
 *
 * News opens many sentences with a phrase and a comma before the subject ("According to the
 * agency, Yemen and Amoco signed …", "During his visit to Chile, Tomas Varga met …"). The greedy
 * parser sometimes reads the subject as a conjunct of the last noun of that phrase (a list without
 * a conjunction), leaving the verb with no subject: a parse no reading allows, since the verb after
 * it then has none. Mended after parsing: the conjunct becomes the verb's subject, and name words
 * the parse hung on the old noun by `flat` go with it.
 */

/** True when word k has a dependent with one of the relations. */
function hasChild(
  head: readonly number[],
  deprel: readonly string[],
  k: number,
  rels: readonly string[],
): boolean {
  return head.some((h, j) => h === k && rels.includes(deprel[j] as string));
}

const SUBJECTS = ['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl'];

/**
 * Mends, in place, conjuncts that are the subject of the verb after them: word x is a `conj` of an
 * earlier word y with a comma right before it, no conjunction of its own and no later conjunct of
 * y after it; y lies in an oblique or adverbial clause of a verb v after x (a fronted phrase); v
 * has no subject. x becomes v's subject (`nsubj:pass` where v is passive).
 */
export function frontedSubjects(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let x = 0; x < words.length; x++) {
    if (deprel[x] !== 'conj' || !['PROPN', 'NOUN', 'PRON'].includes(upos[x] as string)) continue;
    const y = head[x] as number;
    if (y < 0 || y > x || words[x - 1] !== ',') continue;
    if (hasChild(head, deprel, x, ['cc'])) continue;
    // a middle item of a list ("A, B and C"): another conjunct of y follows
    if (head.some((h, j) => h === y && j > x && deprel[j] === 'conj')) continue;
    // the fronted phrase: y's ancestor attached to a verb after x as an oblique or adverbial
    let a = y;
    while (a >= 0 && (head[a] as number) >= 0 && !/^(obl|advcl)/.test(deprel[a] as string)) {
      a = head[a] as number;
      if (a > x) break;
    }
    if (a < 0 || a > x || !/^(obl|advcl)/.test(deprel[a] as string)) continue;
    const v = head[a] as number;
    if (v <= x || upos[v] !== 'VERB' || hasChild(head, deprel, v, SUBJECTS)) continue;
    head[x] = v;
    deprel[x] = hasChild(head, deprel, v, ['aux:pass']) ? 'nsubj:pass' : 'nsubj';
    // the rest of a name the parse hung on y ("… Chile, Tomas Varga met": Varga flat under Chile)
    for (let k = x + 1; k < v && head[k] === y && deprel[k] === 'flat'; k++) head[k] = x;
  }
}
