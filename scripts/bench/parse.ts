/**
 * The part-of-speech tagger and dependency parser alone, on one thread, in a process of their own
 *
 * `benchParse` writes the documents to a file and runs ./parse-child.mjs with plain `node` on the
 * compiled modules in dist/ (what `kg` runs; the benchmark builds them first), in two processes: the
 * first splits sentences (compromise) and computes the name tagger's spans, as the extraction stage
 * has them before it parses; the second tags and parses one document at a time from them, so the
 * peak memory it reports is the tagger's and the parser's, not the benchmark's, tsx's, nor
 * compromise's parse (the baseline's). The clock covers tokenizing into words, tagging and parsing.
 * The second prints one line of JSON: words, seconds, CPU seconds, resident memory added by
 * decoding the two models, and the process's peak resident memory.
 */

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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

const CHILD = fileURLToPath(new URL('./parse-child.mjs', import.meta.url));
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
  const prepared = join(dir, 'parse-bench.prepared.jsonl');
  const step = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CHILD, ...args], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0)
      throw new Error(`parse benchmark (${args[0]}) failed (exit ${run.status}):\n${run.stderr}`);
    return run;
  };
  step('prepare', file, prepared);
  const run = step('run', prepared);
  const line = run.stdout.trim().split('\n').pop() ?? 'null';
  return JSON.parse(line) as ParseBench | null;
}
