/**
 * The part-of-speech tagger and dependency parser alone, on one thread, in a process of their own
 *
 * `benchParse` writes the documents to a file and runs this module as a child (`node --import tsx`),
 * so the peak memory it reports is the tagger's and the parser's, not the benchmark's. The child
 * splits sentences (compromise) and computes the name tagger's spans before the clock starts, as the
 * extraction stage has them already; the clock covers tokenizing into words, tagging and parsing.
 * It prints one line of JSON: words, seconds, CPU seconds, resident memory added by decoding the two
 * models, and the process's peak resident memory.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDoc } from '../../src/types.ts';

export interface ParseBench {
  words: number;
  seconds: number;
  cpuSeconds: number;
  /** Resident memory added by decoding the two models (bytes). */
  modelBytes: number;
  /** Peak resident memory of the child process (bytes). */
  peakBytes: number;
}

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Tags and parses documents until about `maxWords` words; null when no parser is trained. */
export function benchParse(docs: readonly SourceDoc[], maxWords: number, dir: string): ParseBench | null {
  const file = join(dir, 'parse-bench.json');
  const chosen: SourceDoc[] = [];
  let approx = 0;
  for (const doc of docs) {
    if (approx >= maxWords) break;
    chosen.push(doc);
    approx += doc.text.split(/\s+/).length;
  }
  writeFileSync(file, JSON.stringify(chosen));
  const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, file], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`parse benchmark failed (exit ${run.status}):\n${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? 'null';
  return JSON.parse(line) as ParseBench | null;
}

async function child(file: string): Promise<void> {
  const docs = JSON.parse(readFileSync(file, 'utf8')) as SourceDoc[];
  const { tokenize } = await import('../../src/nlp/compromise.ts');
  const { documentNameSpans } = await import('../../src/parse/names.ts');
  const { parserModel, parseText } = await import('../../src/parse/model.ts');
  const { posModel } = await import('../../src/pos/model.ts');
  const before = process.memoryUsage().rss;
  if (!parserModel() || !posModel()) {
    process.stdout.write('null\n');
    return;
  }
  const modelBytes = process.memoryUsage().rss - before;
  parseText('A warm-up sentence for the parser.');
  // one document at a time, as extraction holds them: its sentences and name spans untimed
  let words = 0;
  let seconds = 0;
  let cpuMicros = 0;
  for (const d of docs) {
    const sentences = tokenize(d.text);
    const spans = documentNameSpans(d.text);
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const s of parseText(d.text, sentences, spans)) words += s.words.length;
    const used = process.cpuUsage(cpu);
    seconds += (performance.now() - start) / 1000;
    cpuMicros += used.user + used.system;
  }
  const cpuSeconds = cpuMicros / 1e6;
  const result: ParseBench = {
    words,
    seconds,
    cpuSeconds,
    modelBytes,
    peakBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] === SELF) await child(process.argv[2] as string);
