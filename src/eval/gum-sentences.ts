/**
 * Sentences of GUM news
 *
 * Lists the sentences of the GUM news CoNLL-U files (`GUM_news_*.conllu` in ../shared/eval/gum-news:
 * `# text = ` lines, documents in file-name order, sentences in document order) and builds the
 * text a relation gold record on one of them is annotated on: the previous sentence of the same
 * document (context for pronouns), a space (a newline where the sentence opens a block of the
 * article: a paragraph, heading, figure or caption) and the sentence. The draw of the GUM news
 * relation sample (scripts/eval/draw-gum-sentences.ts) builds its records with it; the relation
 * gold reader (./gold.ts) rebuilds with it the texts that tests/fixtures/eval/gum-news.relations.jsonl
 * does not store (the evaluation data stays outside the project) and checks them by their SHA-256.
 */

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../../graph/errors.ts';
import { fsReason } from '../io/fs-errors.ts';

export interface GumSentence {
  /** The file name without `.conllu` ("GUM_news_afghan"). */
  doc: string;
  /** The article's address (`# meta::sourceURL`). */
  url: string;
  /** 1-based, in document order. */
  index: number;
  text: string;
  /** The sentence opens a layout block of the article (paragraph, heading, figure, caption). */
  block: boolean;
}

/** The text a gold record on one sentence is annotated on. */
export interface GumRecordText {
  doc: string;
  url: string;
  /** The previous sentence of the same document, a space or newline, the sentence. */
  text: string;
  /** Where the sentence begins in `text` (0 without a previous sentence). */
  sentenceStart: number;
}

/**
 * Every sentence of the `GUM_news_*.conllu` files of `dir`, in corpus order.
 * @throws BadInputError when the folder cannot be read or holds no such file.
 */
export async function readGumSentences(dir: string): Promise<GumSentence[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /^GUM_news_.*\.conllu$/.test(f)).sort();
  } catch (error) {
    throw new BadInputError(`${dir}: ${fsReason(error, 'cannot read')}`, { cause: error });
  }
  if (files.length === 0) throw new BadInputError(`${dir}: no GUM_news_*.conllu files in this folder`);
  const out: GumSentence[] = [];
  for (const file of files) {
    const doc = file.replace(/\.conllu$/, '');
    let url = '';
    let index = 0;
    // a sentence opens a block after `# newpar` (a paragraph, a heading, a figure) and after a
    // sentence that ends in no punctuation (a caption, a heading, a byline: `# newpar_block` counts
    // do not say where inside a paragraph group a figure's caption stands)
    let newpar = false;
    let prev = '';
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
      const u = /^# meta::sourceURL = (.*)$/.exec(line);
      if (u) url = u[1]!.trim();
      if (line === '# newpar') newpar = true;
      const t = /^# text = (.*)$/.exec(line);
      if (!t) continue;
      const block = index === 0 || newpar || !/[.!?,;:]["'“”‘’)\]]*$/.test(prev);
      newpar = false;
      prev = t[1]!.trim();
      out.push({ doc, url, index: ++index, text: t[1]!.trim(), block });
    }
  }
  return out;
}

/** A sentence's record id: `<doc>#<1-based sentence index>` ("GUM_news_clock#18"). */
export function gumSentenceId(s: GumSentence): string {
  return `${s.doc}#${s.index}`;
}

/** The text of the record on sentence `k` of `sentences` (corpus order, as readGumSentences lists them). */
export function gumRecordText(sentences: readonly GumSentence[], k: number): GumRecordText {
  const s = sentences[k]!;
  const prev = k > 0 && sentences[k - 1]!.doc === s.doc ? sentences[k - 1]!.text : '';
  // a sentence opening a block (a caption, a heading, a new paragraph) stands on its own line
  const text = prev ? `${prev}${s.block ? '\n' : ' '}${s.text}` : s.text;
  return { doc: s.doc, url: s.url, text, sentenceStart: prev ? prev.length + 1 : 0 };
}

/** The record text of every sentence of the GUM news folder `dir`, by record id. @throws BadInputError */
export async function readGumRecordTexts(dir: string): Promise<Map<string, GumRecordText>> {
  const sentences = await readGumSentences(dir);
  return new Map(sentences.map((s, k) => [gumSentenceId(s), gumRecordText(sentences, k)]));
}

/** The hex SHA-256 of a text's UTF-8 bytes (the `text_sha256` of a record that stores no text). */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
