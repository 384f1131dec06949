/**
 * Lemmas
 *
 * The parse carries no lemmas, so the relation reader makes its own: irregular forms from a table
 * derived from UD English EWT train (./irregular.ts, `npm run gen:lemmas`), then suffix rules for
 * verbs (-ed, -ing, -s) and plural nouns, choosing among the candidate stems the one the relation
 * lexicon or the table knows ("condemned" → condemn, "urged" → urge, "stopped" → stop).
 */

import { IRREGULAR } from './irregular.ts';

/** Lemmas the rules prefer when a form could come from more than one stem. */
let known: ReadonlySet<string> = new Set();

/** Lemmas of the relation lexicon (and any others) the rules should prefer. */
export function setKnownLemmas(lemmas: Iterable<string>): void {
  known = new Set([...known, ...lemmas]);
}

const VOWEL = /[aeiou]/;

/** Candidate stems of a suffixed form, most likely first. */
export function stemCandidates(w: string, suffix: 'ed' | 'ing' | 's'): string[] {
  const out: string[] = [];
  if (suffix === 's') {
    if (w.endsWith('ies') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
    if (/(ss|sh|ch|x|z|o)es$/.test(w)) out.push(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
    return out;
  }
  const stem = w.slice(0, -suffix.length);
  if (suffix === 'ed' && w.endsWith('ied') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (suffix === 'ing' && w.endsWith('ying')) out.push(stem);
  if (stem.length < 2 || !VOWEL.test(stem)) return out.length > 0 ? out : [w];
  const doubled = /([bdfgklmnprtvz])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem);
  if (doubled) out.push(stem.slice(0, -1));
  if (suffix === 'ed' && stem.endsWith('e')) out.push(stem);
  else {
    out.push(stem, `${stem}e`);
  }
  return [...new Set(out)];
}

/** Picks the known candidate, or the first. */
function pick(cands: string[], fallback: string): string {
  for (const c of cands) if (known.has(c) || IRREGULAR_LEMMAS.has(c)) return c;
  return cands[0] ?? fallback;
}

const IRREGULAR_LEMMAS: ReadonlySet<string> = new Set(Object.values(IRREGULAR));

/**
 * The lemma of a word given its universal and Penn tags: lower case, irregular forms looked up,
 * verb and plural noun suffixes removed. Proper nouns and other words are only lower-cased.
 */
export function lemmatize(word: string, upos: string, xpos: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (upos === 'PROPN') return w;
  const irregular = IRREGULAR[`${upos === 'AUX' ? 'VERB' : upos}:${w}`];
  if (irregular) return irregular;
  if (upos === 'VERB' || upos === 'AUX') {
    if (xpos === 'VBD' || xpos === 'VBN' || (!xpos && w.endsWith('ed'))) {
      return w.endsWith('ed') ? pick(stemCandidates(w, 'ed'), w) : w;
    }
    if (xpos === 'VBG' || (!xpos && w.endsWith('ing'))) {
      return w.endsWith('ing') ? pick(stemCandidates(w, 'ing'), w) : w;
    }
    if (xpos === 'VBZ') return pick(stemCandidates(w, 's'), w);
    return w;
  }
  if (upos === 'NOUN' && (xpos === 'NNS' || (!xpos && w.endsWith('s')))) {
    return pick(stemCandidates(w, 's'), w);
  }
  return w;
}
