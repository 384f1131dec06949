/**
 * The trained dependency parser, loaded once
 *
 * Decodes the committed weights (./weights/parser.ts, written by `npm run train:parser`) on first
 * use, the same way in Node and in the browser, and parses sentences: words (../nlp/words.ts, the
 * tokenization of the treebank) → part-of-speech tags (../pos/model.ts) → a labelled tree.
 */

import { decodeCommitted } from '../model/codec.ts';
import type { Scorer } from '../model/perceptron.ts';
import { type TokenSentence, tokenize, tokenTags } from '../nlp/compromise.ts';
import { words as splitWords } from '../nlp/words.ts';
import { posTags } from '../pos/model.ts';
import {
  frontedSubjects,
  phrasesBeforeCommas,
  relativeClauseSubjects,
  subordinateClauses,
  trailingAttributions,
  verbsReadAsClauses,
} from './clause-repairs.ts';
import {
  commaAppositions,
  descriptionsAcrossCommas,
  flatAcrossCommas,
  nounsBeforeNames,
} from './name-phrases.ts';
import { type NameSpan, wordNameTags } from './name-tags.ts';
import { hashInput, Labels, PARSER_FEATURES_VERSION, parseHashed } from './parser.ts';
import { attachPunctuation } from './punctuation.ts';
import type { ParsedSentence } from './types.ts';
import { PARSER_LABELS, PARSER_TRANSITIONS } from './weights/parser.ts';

export interface ParserModel {
  transitions: Scorer;
  labels: Scorer;
  names: Labels;
  meta: Record<string, unknown>;
}

let current: ParserModel | null | undefined;

/** The parser's models, or null when none is trained. */
export function parserModel(): ParserModel | null {
  if (current === undefined) {
    if (PARSER_TRANSITIONS === '' || PARSER_LABELS === '') current = null;
    else {
      const expect = {
        what: 'dependency parser',
        features: PARSER_FEATURES_VERSION,
        retrain: 'npm run train:parser',
      };
      const t = decodeCommitted(PARSER_TRANSITIONS, expect);
      const l = decodeCommitted(PARSER_LABELS, expect);
      current = {
        transitions: t.model,
        labels: l.model,
        names: new Labels(l.header.classes),
        meta: l.header.meta,
      };
    }
  }
  return current;
}

/** Uses another parser (tests train tiny ones); `undefined` goes back to the committed weights. */
export function useParserModel(model: ParserModel | null | undefined): void {
  current = model;
}

/** What the parser needs of one sentence besides its words. */
export interface WordsInput {
  words: readonly string[];
  /** compromise's tags of the token holding each word (features of the tagger), when known. */
  ctags?: readonly (ReadonlySet<string> | null)[];
  /** Name-tagger output per word ("B-PER", "I-ORG", "O"), when known. */
  names?: readonly string[];
}

/** Tags and parses one sentence of words; null when no tagger or parser is trained. */
export function parseWords(
  s: WordsInput,
): { upos: string[]; xpos: string[]; head: number[]; deprel: string[] } | null {
  const m = parserModel();
  if (!m) return null;
  const tags = posTags({ words: s.words, tags: s.ctags });
  if (!tags) return null;
  if (s.names) namesAsProperNouns(s, s.names, tags);
  pastVerbsAfterCommas(s, tags);
  if (s.words.length === 0) return { ...tags, head: [], deprel: [] };
  const got = parseHashed(
    m.transitions,
    m.labels,
    m.names,
    hashInput({ words: s.words, tags: tags.xpos, names: s.names }),
  );
  const head = [...got.heads];
  const deprel = [...got.labels].map((k) => m.names.names[k] ?? 'dep');
  frontedSubjects(s.words, tags.upos, head, deprel);
  relativeClauseSubjects(s.words, tags.upos, head, deprel);
  phrasesBeforeCommas(s.words, tags.upos, head, deprel);
  trailingAttributions(s.words, tags.upos, head, deprel);
  subordinateClauses(s.words, tags.upos, head, deprel);
  verbsReadAsClauses(s.words, tags.upos, tags.xpos, head, deprel);
  descriptionsAcrossCommas(s.words, head, deprel);
  if (s.names) {
    flatPersonNames(s.names, tags.upos, head, deprel);
    nounsBeforeNames(s.words, tags.upos, s.names, head, deprel);
    commaAppositions(s.words, tags.upos, s.names, head, deprel);
    flatAcrossCommas(s.words, head, deprel);
  }
  attachPunctuation(s.words, tags.upos, head, deprel);
  return { ...tags, head, deprel };
}

/**
 * A person's name the name tagger found, of proper nouns that the parse makes one phrase, in UD's
 * shape for names: the first word heads it and the others hang on it by `flat` ("Jennifer M.
 * Anderson", which a greedy parser builds head-last with compounds, as it does other proper-noun
 * sequences). Words outside the name that hung on its old head hang on the new one.
 */
export function flatPersonNames(
  names: readonly string[],
  upos: readonly string[],
  head: number[],
  deprel: string[],
): void {
  for (let a = 0; a < names.length; a++) {
    if (names[a] !== 'B-PER') continue;
    let b = a + 1;
    while (b < names.length && names[b] === 'I-PER') b++;
    if (b - a < 2) continue;
    const inside = (k: number) => k >= a && k < b;
    const words = Array.from({ length: b - a }, (_, k) => a + k);
    if (!words.every((k) => upos[k] === 'PROPN')) continue;
    const tops = words.filter((k) => !inside(head[k] as number));
    if (tops.length !== 1) continue;
    const h = tops[0] as number;
    if (h !== a) {
      head[a] = head[h] as number;
      deprel[a] = deprel[h] as string;
      for (let k = 0; k < head.length; k++) if (!inside(k) && head[k] === h) head[k] = a;
    }
    for (const k of words) {
      if (k === a) continue;
      head[k] = a;
      deprel[k] = 'flat';
    }
  }
}

/** compromise's tags of a word its lexicon knows as a name. */
const KNOWN_NAME_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization', 'Person'];

/**
 * A capitalized word inside a name the name tagger found, which compromise's lexicon also knows as
 * a place, an organization or a person, is a proper noun where the part-of-speech tagger read an
 * adverb or a verb: an unseen name's ending can look like theirs ("Norway" like "anyway"). Both
 * readers must agree: the name tagger alone also takes a sentence's first word ("Here", "Attached")
 * for a name. On the treebanks one word changes in EWT test and four in GUM news.
 */
function namesAsProperNouns(
  s: WordsInput,
  names: readonly string[],
  tags: { upos: string[]; xpos: string[] },
): void {
  s.words.forEach((w, i) => {
    const known = s.ctags?.[i];
    if ((names[i] ?? 'O') === 'O' || !/^\p{Lu}/u.test(w) || !KNOWN_NAME_TAGS.some((t) => known?.has(t)))
      return;
    if (tags.upos[i] === 'ADV' || tags.upos[i] === 'VERB') {
      tags.upos[i] = 'PROPN';
      tags.xpos[i] = 'NNP';
    }
  });
}

/**
 * A past-tense verb the tagger reads as an adjective right after a comma ("A, the Chilean
 * president, met with B": "met" ADJ, and the sentence loses its verb): a word compromise's lexicon
 * knows as a past-tense verb and not as an adjective, before a preposition, a determiner or a
 * proper noun (not before a noun it could qualify), is the verb (VBD).
 */
function pastVerbsAfterCommas(s: WordsInput, tags: { upos: string[]; xpos: string[] }): void {
  s.words.forEach((_, i) => {
    const known = s.ctags?.[i];
    if (tags.upos[i] !== 'ADJ' || s.words[i - 1] !== ',' || !known) return;
    if (!known.has('PastTense') || known.has('Adjective')) return;
    if (!['ADP', 'DET', 'PROPN'].includes(tags.upos[i + 1] ?? '')) return;
    tags.upos[i] = 'VERB';
    tags.xpos[i] = 'VBD';
  });
}

/**
 * Parses one sentence of a text (offsets of `sentence` index `text`) into words with offsets, tags
 * and a tree. `names` are the name tagger's spans over the text, sorted (the extraction stage has
 * them; ./names.ts computes them for a bare text): without them every word reads as outside a name.
 * Null when no parser is trained or the sentence has no words.
 */
export function parseSentence(
  text: string,
  sentence: TokenSentence,
  names?: readonly NameSpan[],
): ParsedSentence | null {
  const m = parserModel();
  if (!m) return null;
  const ws = splitWords(text.slice(sentence.start, sentence.end), sentence.start);
  if (ws.length === 0) return null;
  const ctags = tokenTags(sentence.tokens)(ws);
  const words = ws.map((w) => w.text);
  const got = parseWords({
    words,
    ctags,
    names: m.meta.names === true && names ? wordNameTags(ws, names) : undefined,
  });
  if (!got) return null;
  return { words, start: ws.map((w) => w.start), end: ws.map((w) => w.end), ...got };
}

/** Every sentence of a text (split by compromise unless `sentences` are given) parsed; see parseSentence. */
export function parseText(
  text: string,
  sentences: readonly TokenSentence[] = tokenize(text),
  names?: readonly NameSpan[],
): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (const s of sentences) {
    const p = parseSentence(text, s, names);
    if (p) out.push(p);
  }
  return out;
}
