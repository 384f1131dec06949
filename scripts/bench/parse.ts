/**
 * The part-of-speech tagger and dependency parser alone, on one thread
 *
 * Sentence splitting (compromise) and the name tagger's spans are computed before the clock starts,
 * as the extraction stage has them already; the clock covers tokenizing into words, tagging and
 * parsing. Memory: resident memory added by decoding the models, and the process's peak.
 */

import { tokenize } from '../../src/nlp/compromise.ts';
import { parserModel, parseText } from '../../src/parse/model.ts';
import { documentNameSpans } from '../../src/parse/names.ts';
import { posModel } from '../../src/pos/model.ts';
import type { SourceDoc } from '../../src/types.ts';
import { timed } from './measure.ts';

export interface ParseBench {
  words: number;
  seconds: number;
  cpuSeconds: number;
  /** Resident memory added by decoding the two models (bytes). */
  modelBytes: number;
  /** Peak resident memory of this process so far (bytes). */
  peakBytes: number;
}

/** Tags and parses documents until `maxWords` words; null when no parser is trained. */
export async function benchParse(docs: readonly SourceDoc[], maxWords: number): Promise<ParseBench | null> {
  const before = process.memoryUsage().rss;
  if (!parserModel() || !posModel()) return null;
  const modelBytes = process.memoryUsage().rss - before;
  const inputs: {
    text: string;
    sentences: ReturnType<typeof tokenize>;
    spans: ReturnType<typeof documentNameSpans>;
  }[] = [];
  let approx = 0;
  for (const doc of docs) {
    if (approx >= maxWords) break;
    inputs.push({ text: doc.text, sentences: tokenize(doc.text), spans: documentNameSpans(doc.text) });
    approx += doc.text.split(/\s+/).length;
  }
  parseText('A warm-up sentence for the parser.');
  const run = await timed(() => {
    let words = 0;
    for (const d of inputs) for (const s of parseText(d.text, d.sentences, d.spans)) words += s.words.length;
    return words;
  });
  return {
    words: run.value,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    modelBytes,
    peakBytes: process.resourceUsage().maxRSS * 1024,
  };
}
