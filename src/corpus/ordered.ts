/**
 * In-order extraction with a bounded window
 *
 * `extractInOrder` reads documents from an async source, hands them to the pool as fast as the
 * pool takes them and yields the outcomes in input order, whatever order the workers finish in.
 * At most `window` documents are between the reader and the consumer at any time (read, being
 * extracted, or extracted and waiting for an earlier one): when the window is full the source is
 * not read, so memory stays bounded however large the corpus and however slow the merge. The
 * reorder buffer is simply the queue of pending outcomes in input order; a finished outcome waits
 * in it until everything before it was yielded.
 */

import { createHash } from 'node:crypto';
import type { SourceDoc } from '../types.ts';
import type { ExtractionPool, Outcome } from './pool.ts';

/** What is known of a document before extraction. The text itself is not kept. */
export interface DocMeta {
  /** 0-based position in the source. */
  index: number;
  id: string;
  /** SHA-256 of the text (hex), the document's identity besides its id. */
  hash: string;
  /** Whitespace-separated words and UTF-8 bytes of the text (for progress). */
  words: number;
  bytes: number;
}

/**
 * One document's result, in input order: its extraction's outcome, or `known` when `isKnown` said
 * the document is already in the graph (it was then not extracted).
 */
export type OrderedResult = DocMeta & ({ known: false; outcome: Outcome } | { known: true });

/** Options of extractInOrder. */
export interface OrderOptions {
  /**
   * Documents at most between reading and yielding.
   * @default 4 × the pool's workers, at least 4
   */
  window?: number;
  /** Documents for which this returns true are not extracted (already in the graph). */
  isKnown?: (meta: DocMeta) => boolean;
}

/**
 * Extracts every document of `docs` on `pool` and yields the results in input order. Errors of
 * the source (a bad input without skip-errors) propagate; a document's own failure is its outcome.
 * Stopping early (break, throw) stops reading the source.
 */
export async function* extractInOrder(
  docs: AsyncIterable<SourceDoc>,
  pool: ExtractionPool,
  options: OrderOptions = {},
): AsyncGenerator<OrderedResult> {
  const window = Math.max(1, options.window ?? Math.max(4, pool.size * 4));
  const pending: Promise<OrderedResult>[] = [];
  const source = docs[Symbol.asyncIterator]();
  let index = 0;
  let exhausted = false;
  try {
    while (true) {
      while (!exhausted && pending.length < window) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const doc = next.value;
        const meta: DocMeta = {
          index: index++,
          id: doc.id,
          hash: textHash(doc.text),
          words: countWords(doc.text),
          bytes: Buffer.byteLength(doc.text, 'utf8'),
        };
        if (options.isKnown?.(meta)) pending.push(Promise.resolve({ ...meta, known: true }));
        else pending.push(pool.extract(doc).then((outcome) => ({ ...meta, known: false, outcome })));
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await source.return?.(undefined);
  }
}

/** Number of whitespace-separated words in `text`: the unit of every words-per-second figure. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** SHA-256 of the text's UTF-8 bytes, hex: `sha256sum` of a UTF-8 file without BOM gives the same. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
