/**
 * Sentence boundaries of the tokenizer (compromise's, with our cut after a closing quote).
 */

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/compromise.ts';

function sentences(text: string): string[] {
  return tokenize(text).map((s) => text.slice(s.start, s.end));
}

describe('sentence boundaries', () => {
  it.each([
    [
      'a sentence ending inside a closing quote',
      'She said the plan "will fail." The study was funded by the Kowal Foundation.',
      ['She said the plan "will fail."', 'The study was funded by the Kowal Foundation.'],
    ],
    [
      'curly quotes and an exclamation',
      'He shouted “We will win!” Then he left.',
      ['He shouted “We will win!”', 'Then he left.'],
    ],
    [
      'a quote opening the next sentence',
      'It was over." "Never," she said.',
      ['It was over."', '"Never," she said.'],
    ],
    [
      'no cut before a lower-case word (the attribution goes on)',
      '"We will win." said Tomas Varga.',
      ['"We will win." said Tomas Varga.'],
    ],
    [
      "an abbreviation's period before a word that opens sentences",
      'He moved to the U.S. The study began at 5 p.m. Then it ended.',
      ['He moved to the U.S.', 'The study began at 5 p.m.', 'Then it ended.'],
    ],
    [
      'a closing bracket',
      'It was over (at last.) Then it began.',
      ['It was over (at last.)', 'Then it began.'],
    ],
    [
      'no cut inside a name or before a title',
      'The U.S. President met J. A. Smith in Washington, D.C. on Monday.',
      ['The U.S. President met J. A. Smith in Washington, D.C. on Monday.'],
    ],
    [
      'no cut at a comma inside the quote',
      '"We will win," Tomas Varga said.',
      ['"We will win," Tomas Varga said.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps document offsets and every token in order', () => {
    const text = 'Intro. It "ended." Then it began.';
    const got = tokenize(text, 100);
    expect(got.map((s) => s.tokens.map((t) => t.text).join(' '))).toEqual([
      'Intro',
      'It ended',
      'Then it began',
    ]);
    for (const s of got)
      for (const t of s.tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });
});
