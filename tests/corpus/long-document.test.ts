/**
 * Long documents
 *
 * A document with no blank line is cut into pieces of at most CHUNK_CHARS at sentence ends, so
 * compromise never parses one huge string: on a generated 5 MB text the pieces are checked to
 * cover it exactly, in order, each within the limit and ending a sentence. A smaller one (a few
 * pieces) is then extracted, and every sentence, mention span and evidence offset must still
 * index the whole document: nothing is lost or shifted at the seams.
 */

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { CHUNK_CHARS, pieces } from '../../src/extract/segment.ts';
import { newsDocs } from './helpers.ts';

/** News text on single lines, no blank line anywhere, at least `chars` long. */
function longText(chars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let seed = 1; size < chars; seed++) {
    for (const doc of newsDocs(20, seed, 4)) {
      const text = doc.text.replace(/\n\n/g, '\n');
      parts.push(text);
      size += text.length + 1;
    }
  }
  return parts.join('\n');
}

describe('a long document without blank lines', () => {
  it('is cut into bounded pieces that cover 5 MB exactly', () => {
    const text = longText(5 * 1024 * 1024);
    const cuts = pieces(text);
    expect(cuts.length).toBeGreaterThan((5 * 1024 * 1024) / CHUNK_CHARS);
    let at = 0;
    for (const [start, end] of cuts) {
      expect(start).toBe(at);
      expect(end - start).toBeLessThanOrEqual(CHUNK_CHARS);
      at = end;
    }
    expect(at).toBe(text.length);
    // Every cut but the last falls right after a sentence's final period.
    const bad = cuts.slice(0, -1).filter(([, end]) => text[end - 1] !== '.' && text[end - 1] !== '\n');
    expect(bad).toEqual([]);
  });

  it('keeps document offsets across the pieces', () => {
    const text = longText(3 * CHUNK_CHARS);
    expect(pieces(text).length).toBeGreaterThanOrEqual(3);
    const ex = extractDocument({ id: 'long', text });
    expect(ex.sentences.length).toBeGreaterThan(300);
    // Sentences are in order, inside the text, and together hold every word of it.
    let covered = 0;
    let previousEnd = 0;
    for (const s of ex.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, s.start).trim()).toBe('');
      covered += s.end - s.start;
      previousEnd = s.end;
    }
    expect(text.slice(previousEnd).trim()).toBe('');
    expect(covered).toBeGreaterThan(text.length * 0.95);
    for (const m of ex.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const evidence = ex.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.sentence);
      for (const [s, end] of [e.sourceSpan, e.targetSpan, e.triggerSpan]) {
        expect(s).toBeGreaterThanOrEqual(e.start);
        expect(end).toBeLessThanOrEqual(e.end);
      }
    }
  }, 60_000);
});
