/**
 * Clause repairs: parses no reading of English allows, mended after parsing
 *
 * The greedy parser, trained on web text, misreads some clauses news writes all the time. Each
 * repair here finds one such misreading by its shape (a verb with no subject beside a noun with no
 * verb, a phrase hung across a comma, a finite verb read as a modifier) and rebuilds the reading the
 * sentence has: a subject after a fronted phrase read as a list item ("During his visit to Chile,
 * Tomas Varga met …"), a relative clause set off by commas read as the start of a list ("The
 * militia, which Norway supports, attacked Chile"), a trailing attribution read as a list ("…,
 * Tomas Varga said"), a prepositional phrase hung on the noun after its closing comma, a finite verb
 * read as a clause on its subject, a subordinator read as a preposition ("after Tomas Varga, a
 * visitor, accused …"). All work in place on the parser's heads and relations, and keep the tree a
 * projective tree.
 */

import { extents } from './name-phrases.ts';

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

/** Parts of speech of a nominal that can be a subject. */
const NOMINALS = ['NOUN', 'PROPN', 'PRON'];

/** True when word d lies under word a (or is a). */
export function isUnder(head: readonly number[], d: number, a: number): boolean {
  for (let x = d, n = 0; x >= 0 && n <= head.length; x = head[x] as number, n++) if (x === a) return true;
  return false;
}

/**
 * Verb v takes word w's place in the tree (w's head and relation), the dependents w had after v
 * (a full stop) go with it, and w hangs on v by `rel`.
 */
function takePlace(head: number[], deprel: string[], v: number, w: number, rel: string): void {
  head[v] = head[w] as number;
  deprel[v] = deprel[w] as string;
  for (let k = v + 1; k < head.length; k++) if (head[k] === w) head[k] = v;
  head[w] = v;
  deprel[w] = rel;
}

/**
 * Mends, in place, conjuncts (or appositions whose phrase runs up to the verb) that are the subject
 * of the verb after them: word x is a `conj` (`appos`) of an earlier word y with a comma right
 * before it, no conjunction of its own and no later conjunct of y after it; y lies in an oblique or
 * adverbial clause of a verb v after x (a fronted phrase); v has no subject. x becomes v's subject
 * (`nsubj:pass` where v is passive).
 */
export function frontedSubjects(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let x = 0; x < words.length; x++) {
    const appos = deprel[x] === 'appos';
    if ((deprel[x] !== 'conj' && !appos) || !NOMINALS.includes(upos[x] as string)) continue;
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
    // an apposition only where its phrase runs up to the verb ("After meeting Tomas Varga, Norway
    // attacked Chile": "Norway" read as Varga's apposition)
    if (appos && !phraseRunsTo(head, x, v)) continue;
    head[x] = v;
    deprel[x] = hasChild(head, deprel, v, ['aux:pass']) ? 'nsubj:pass' : 'nsubj';
    // the rest of a name the parse hung on y ("… Chile, Tomas Varga met": Varga flat under Chile)
    for (let k = x + 1; k < v && head[k] === y && deprel[k] === 'flat'; k++) head[k] = x;
  }
}

/** True when every word between x and v lies in x's phrase. */
function phraseRunsTo(head: readonly number[], x: number, v: number): boolean {
  for (let k = x + 1; k < v; k++) if (!isUnder(head, k, x)) return false;
  return true;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);

/**
 * A relative clause set off by commas, read as the start of a list of clauses ("The militia, which
 * Norway supports, attacked Chile": "attacked" a conjunct of "supports"). The greedy parser joins
 * the verb after the closing comma to the clause's verb, leaving the sentence's noun without a
 * verb and the verb without a subject. Mended, in place, where word v is a `conj` of a relative
 * clause's verb r (or an `advcl` with an auxiliary and no subordinator: "Varga, who helped broker
 * the truce, was not taking part"), with a comma right before it (and its auxiliaries) and no
 * conjunction or subject of its own; r's clause holds a relative word before r and hangs (directly
 * or over its comma) on a noun n that is the root. v becomes the root and n its subject.
 */
export function relativeClauseSubjects(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let v = 0; v < words.length; v++) {
    if (upos[v] !== 'VERB') continue;
    // a conjunct, or a clause of the relative clause's verb with an auxiliary but no subordinator
    // ("…, was not taking part"), which no adverbial clause is
    const advcl =
      deprel[v] === 'advcl' &&
      !hasChild(head, deprel, v, ['mark']) &&
      hasChild(head, deprel, v, ['aux', 'aux:pass']);
    if (deprel[v] !== 'conj' && !advcl) continue;
    // the comma before v's first word (its auxiliaries and adverbs before it)
    let first = v;
    while (
      first > 0 &&
      head[first - 1] === v &&
      ['aux', 'aux:pass', 'advmod'].includes(deprel[first - 1] as string)
    )
      first--;
    if (words[first - 1] !== ',') continue;
    const r = head[v] as number;
    if (r < 0 || r > v || deprel[r] !== 'acl:relcl') continue;
    if (hasChild(head, deprel, v, ['cc', ...SUBJECTS])) continue;
    let relative = false;
    for (let k = r - 1; k >= 0 && k >= r - 4; k--)
      if (RELATIVE_WORDS.has((words[k] as string).toLowerCase())) relative = true;
    if (!relative) continue;
    let n = head[r] as number;
    if (n >= 0 && upos[n] === 'PUNCT') n = head[n] as number;
    if (n < 0 || n > r || head[n] !== -1 || !NOMINALS.includes(upos[n] as string)) continue;
    head[r] = n;
    takePlace(head, deprel, v, n, hasChild(head, deprel, v, ['aux:pass']) ? 'nsubj:pass' : 'nsubj');
  }
}

/** Forms of the verbs that close a sentence with its attribution ("…, the minister said"). */
const REPORTING_FORMS: ReadonlySet<string> = new Set(
  'said says say told added adds stated states declared announced reported reports claimed claims insisted warned noted wrote explained'.split(
    ' ',
  ),
);

/**
 * A sentence's attribution after it, read as a list ("Norway attacked Chile, Tomas Varga said":
 * "Tomas Varga" a conjunct of "Chile", "said" a conjunct of "attacked"). Mended, in place, where a
 * reporting verb v is a `conj` of an earlier verb h with no subject, conjunction or object of its
 * own, and the words between the comma and v are a nominal x's whole phrase, attached (as `conj` or
 * `appos`) inside h's clause with no conjunction, or already v's subject ("Rebels attacked the
 * base, officials said": "said" a conjunct of "attacked"). v takes h's place, h becomes v's
 * clausal complement and x v's subject, the shape EWT gives most such sentences.
 */
export function trailingAttributions(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let v = 0; v < words.length; v++) {
    if (
      deprel[v] !== 'conj' ||
      upos[v] !== 'VERB' ||
      !REPORTING_FORMS.has((words[v] as string).toLowerCase())
    )
      continue;
    const h = head[v] as number;
    if (h < 0 || h > v || !['VERB', 'AUX'].includes(upos[h] as string)) continue;
    if (hasChild(head, deprel, v, ['cc', 'obj', 'ccomp', 'xcomp', 'csubj'])) continue;
    // the phrase between the comma and v: one nominal x and the words under it
    let comma = -1;
    for (let k = v - 1; k > h && comma < 0; k--) if (words[k] === ',') comma = k;
    if (comma < 0) continue;
    let x = -1;
    for (let k = comma + 1; k < v; k++) {
      let top = k;
      while ((head[top] as number) > comma && (head[top] as number) < v) top = head[top] as number;
      if (x < 0) x = top;
      else if (top !== x) x = -2;
    }
    if (x < 0 || !NOMINALS.includes(upos[x] as string)) continue;
    if (hasChild(head, deprel, x, ['cc'])) continue;
    // x is v's subject already, or hangs inside h's clause as a conjunct or apposition
    const subject = head[x] === v && deprel[x] === 'nsubj';
    if (!subject && hasChild(head, deprel, v, SUBJECTS)) continue;
    if (
      !subject &&
      (!['conj', 'appos'].includes(deprel[x] as string) || !isUnder(head, head[x] as number, h))
    )
      continue;
    takePlace(head, deprel, v, h, 'ccomp');
    head[x] = v;
    deprel[x] = 'nsubj';
    if (head[comma] !== v) head[comma] = h;
  }
}

/** Relations of a noun's modifiers, which stand before it with no comma between. */
const PRENOMINAL = new Set(['amod', 'compound', 'nmod', 'nmod:poss', 'nummod', 'det']);

/**
 * A prepositional phrase read as a modifier of the noun after the comma that closes it ("…
 * violations by the Israeli military, officials said": "military" an `amod` of "officials"), a
 * reading no English allows: such a phrase follows what it modifies. Mended, in place: the phrase
 * hangs on the nearest noun (`nmod`) or verb (`obl`) it follows, and its closing comma on the noun
 * it left.
 */
export function phrasesBeforeCommas(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let x = 1; x < words.length; x++) {
    const y = head[x] as number;
    if (y <= x || !PRENOMINAL.has(deprel[x] as string)) continue;
    const own = head.flatMap((h, k) => (h === x ? [k] : []));
    if (!own.some((k) => k < x && deprel[k] === 'case')) continue;
    // the first word of x's phrase (the tree as mended so far)
    const lo = extents(head).lo[x] as number;
    if (lo < 1) continue;
    let comma = -1;
    for (let k = x + 1; k < y; k++) if (words[k] === ',') comma = k;
    if (comma < 0) continue;
    let a = lo - 1;
    while (a >= 0 && !['NOUN', 'PROPN', 'PRON', 'VERB'].includes(upos[a] as string)) a = head[a] as number;
    if (a < 0 || a >= lo) continue;
    head[x] = a;
    deprel[x] = upos[a] === 'VERB' ? 'obl' : 'nmod';
    for (const k of own) if (k > x && words[k] === ',') head[k] = y;
  }
}

/**
 * A sentence's finite verb read as a clause on its subject ("President Tomas Varga invited Elena
 * Kowal to …": "invited" an `acl` of the root "Varga"). A past-tense or present-tense form (not a
 * participle) cannot open a reduced relative clause, and the sentence has no other verb to hang on.
 * Mended, in place, where the root is a nominal n and its `acl` v (tagged VBD, VBZ or VBP, with no
 * subject) follows n's phrase directly: v becomes the root and n its subject.
 */
export function verbsReadAsClauses(
  words: readonly string[],
  upos: readonly string[],
  xpos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  const n = head.indexOf(-1);
  if (n < 0 || !NOMINALS.includes(upos[n] as string)) return;
  // a nominal predicate ("Among them were the prints donated …") has its clause already
  if (hasChild(head, deprel, n, ['cop', ...SUBJECTS])) return;
  for (let v = n + 1; v < words.length; v++) {
    if (head[v] !== n || deprel[v] !== 'acl') continue;
    if (!['VBD', 'VBZ', 'VBP'].includes(xpos[v] as string) || hasChild(head, deprel, v, SUBJECTS)) return;
    for (let k = n + 1; k < v; k++) if (head[k] !== n && head[head[k] as number] !== n) return;
    if (words.slice(n + 1, v).some((w) => w === ',')) return;
    takePlace(head, deprel, v, n, 'nsubj');
    return;
  }
}

/** Words that open a clause but are tagged as a preposition before its subject ("after Tomas Varga …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'as']);

/**
 * A subordinate clause whose subordinator the parser read as a preposition ("… after Tomas Varga,
 * a visitor from Chile, accused Elena Kowal of …": "after Tomas" an `obl`, "accused" a conjunct of
 * the main verb). Mended, in place, where a verb v with a comma before it and no subject or
 * conjunction is a `conj` of h, and an `obl` n opened by a subordinator, hung on h or a word of
 * its clause ("went into hiding after …"), ends right before the comma: n becomes v's subject, the
 * subordinator v's `mark`, v an `advcl` of the word n hung on.
 */
export function subordinateClauses(
  words: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let v = 1; v < words.length; v++) {
    if (deprel[v] !== 'conj' || upos[v] !== 'VERB' || words[v - 1] !== ',') continue;
    const h = head[v] as number;
    if (h < 0 || h > v || hasChild(head, deprel, v, ['cc', ...SUBJECTS])) continue;
    // the oblique whose phrase ends right before the comma, and the word g it hangs on, in h's clause
    let n = v - 2;
    while (n > h && n < v && !/^obl/.test(deprel[n] as string)) n = head[n] as number;
    if (n <= h || n >= v || !NOMINALS.includes(upos[n] as string)) continue;
    const g = head[n] as number;
    if (g > n || !isUnder(head, g, h)) continue;
    const c = head.findIndex((x, k) => x === n && k < n && deprel[k] === 'case');
    if (c < 0 || !SUBORDINATORS.has((words[c] as string).toLowerCase())) continue;
    head[v] = g;
    deprel[v] = 'advcl';
    head[n] = v;
    deprel[n] = 'nsubj';
    head[c] = v;
    deprel[c] = 'mark';
    if (head[v - 1] === h) head[v - 1] = v;
  }
}
