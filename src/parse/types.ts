/**
 * A dependency parse of one sentence
 *
 * What the parser (./parser.ts) gives the later stages: the sentence's words with their character
 * offsets in the document, part-of-speech tags, and a Universal Dependencies tree. Word i's head is
 * `head[i]`, a word index, or -1 for the sentence's root; `deprel[i]` is its UD relation with subtypes
 * kept (nsubj:pass, obl:agent, nmod:poss, …; "root" for the root).
 */
export interface ParsedSentence {
  /** The words as they appear in the text. */
  readonly words: readonly string[];
  /** Character offsets of each word in the document text: text.slice(start[i], end[i]) === words[i]. */
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** Universal part-of-speech tag of each word (NOUN, PROPN, VERB, AUX, ADP, …). */
  readonly upos: readonly string[];
  /** Penn Treebank tag of each word (NN, NNP, VBD, VBN, IN, …). */
  readonly xpos: readonly string[];
  /** Index of each word's head, -1 for the root. */
  readonly head: readonly number[];
  /** UD relation of each word to its head. */
  readonly deprel: readonly string[];
}
