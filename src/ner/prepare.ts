/**
 * From the pipeline's tokens to the name tagger's input
 *
 * The tagger reads the words of ../nlp/words.ts (treebank-style tokens) inside the sentences
 * compromise found, and for each word: compromise's tags of the token holding it, the label of
 * the rule mention over it (../extract/mentions.ts, with teams) and the label of the longest
 * gazetteer match over it. Training (scripts/train/ner.ts) and extraction call this same function,
 * so rule features are computed on training text by the code that runs in use.
 */

import { lookupName } from '../extract/gazetteer.ts';
import type { Candidate } from '../extract/mentions.ts';
import { isKnownPersonName, knownOrganization } from '../lexicon/phoenix/index.ts';
import { type TokenSentence, tokenTags } from '../nlp/compromise.ts';
import { words as splitWords, type Word } from '../nlp/words.ts';
import { type NerDocument, prepareDocument, type WordInfo } from './features.ts';

/** Longest gazetteer phrase tried, in words. */
const GAZETTEER_MAX_WORDS = 4;

/** Rule forms in increasing priority: a name inside a title wins over the title. */
const FORM_RANK: Record<Candidate['form'], number> = {
  pronoun: 0,
  title: 1,
  demonym: 2,
  acronym: 3,
  name: 3,
};

/** The tagger's input for a document already tokenized by compromise, with its rule mentions. */
export function nerDocument(
  text: string,
  sentences: readonly TokenSentence[],
  candidates: readonly (readonly Candidate[])[],
): NerDocument {
  const all: Word[] = [];
  const ranges: [number, number][] = [];
  const info: WordInfo[] = [];
  sentences.forEach((s, index) => {
    const ws = splitWords(text.slice(s.start, s.end), s.start);
    const from = all.length;
    const tags = tokenTags(s.tokens)(ws);
    ws.forEach((w, i) => {
      info.push({ tags: tags[i] ?? null, rule: '', gazetteer: '' });
      all.push(w);
    });
    ranges.push([from, all.length]);
    labelRules(all, info, from, all.length, candidates[index] ?? []);
    labelGazetteer(all, info, from, all.length);
  });
  return prepareDocument(all, ranges, info);
}

function labelRules(
  ws: Word[],
  info: WordInfo[],
  from: number,
  to: number,
  cands: readonly Candidate[],
): void {
  const sorted = [...cands].sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form]);
  for (const c of sorted) {
    let first = true;
    for (let i = from; i < to; i++) {
      const w = ws[i] as Word;
      if (w.end <= c.start || w.start >= c.end) continue;
      (info[i] as WordInfo).rule = `${first ? 'B' : 'I'}-${c.kind}:${c.form}`;
      first = false;
    }
  }
}

function labelGazetteer(ws: Word[], info: WordInfo[], from: number, to: number): void {
  let i = from;
  while (i < to) {
    if (!/^\p{Lu}/u.test((ws[i] as Word).text)) {
      i++;
      continue;
    }
    let matched = 0;
    let kind = '';
    let phrase = '';
    for (let k = i; k < Math.min(to, i + GAZETTEER_MAX_WORDS); k++) {
      phrase = phrase ? `${phrase} ${(ws[k] as Word).text}` : (ws[k] as Word).text;
      const known = gazetteerKind(phrase);
      if (known) {
        matched = k - i + 1;
        kind = known;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    for (let k = i; k < i + matched; k++) (info[k] as WordInfo).gazetteer = `${k === i ? 'B' : 'I'}-${kind}`;
    i += matched;
  }
}

/** Phrases already looked up (the tables never change): names come back, within and across documents. */
const KINDS = new Map<string, string | null>();
/** Phrases kept at most; past it the memo starts afresh (a bound on memory, not on results). */
const MAX_KINDS = 100_000;

/** The kind a gazetteer gives a phrase as written, or null. */
function gazetteerKind(phrase: string): string | null {
  let kind = KINDS.get(phrase);
  if (kind === undefined) {
    kind = lookUp(phrase);
    if (KINDS.size >= MAX_KINDS) KINDS.clear();
    KINDS.set(phrase, kind);
  }
  return kind;
}

function lookUp(phrase: string): string | null {
  const known = lookupName(phrase);
  if (known) return known.kind;
  const lower = phrase.toLowerCase();
  if (knownOrganization(lower)) return 'organization';
  if (isKnownPersonName(lower)) return 'person';
  return null;
}
