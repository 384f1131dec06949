/**
 * Segment
 *
 * Cuts a document into pieces of at most CHUNK_CHARS characters, at paragraph ends (blank lines)
 * where it can and at a sentence end inside a longer paragraph, and has compromise tokenize each
 * piece on its own: compromise slows down on very large strings. Offsets stay those of the whole
 * document.
 */

import { type TokenSentence, tokenize } from '../nlp/compromise.ts';

/** Largest piece handed to compromise at once. */
export const CHUNK_CHARS = 20_000;

/** [start, end) pieces of `text`: paragraphs, long ones cut at a sentence end. */
export function pieces(text: string, max = CHUNK_CHARS): [number, number][] {
  const out: [number, number][] = [];
  const para = /\n[ \t]*\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (e - s > max) {
      const slice = text.slice(s, s + max);
      let cut = Math.max(
        slice.lastIndexOf('. '),
        slice.lastIndexOf('.\n'),
        slice.lastIndexOf('? '),
        slice.lastIndexOf('! '),
      );
      if (cut < max / 2) cut = slice.lastIndexOf(' ');
      if (cut <= 0) cut = max - 1;
      out.push([s, s + cut + 1]);
      s += cut + 1;
    }
    if (text.slice(s, e).trim()) out.push([s, e]);
  };
  // Paragraphs are gathered into pieces of up to `max` characters: compromise has a fixed cost per
  // call, and it ends a sentence at a line break anyway, so nothing joins across paragraphs.
  let pieceStart = -1;
  let pieceEnd = 0;
  const flush = () => {
    if (pieceStart >= 0) push(pieceStart, pieceEnd);
    pieceStart = -1;
  };
  const add = (s: number, e: number) => {
    if (pieceStart >= 0 && e - pieceStart > max) flush();
    if (pieceStart < 0) pieceStart = s;
    pieceEnd = e;
    if (e - pieceStart > max) flush();
  };
  for (let m = para.exec(text); m; m = para.exec(text)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  add(start, text.length);
  flush();
  return out;
}

/** Tokenized sentences of the whole document, in order, with document offsets. */
export function segment(text: string): TokenSentence[] {
  const out: TokenSentence[] = [];
  for (const [s, e] of pieces(text)) out.push(...tokenize(text.slice(s, e), s));
  return out;
}
