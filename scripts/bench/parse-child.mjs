/**
 * Benchmark child: the part-of-speech tagger and dependency parser alone (see ./parse.ts)
 *
 * Runs the compiled modules in dist/, in one of two steps, each its own process:
 * - `node parse-child.mjs prepare <documents.json> <prepared.json>` splits each document into
 *   sentences (compromise, with its tags) and computes the name tagger's spans — what the extraction
 *   stage has before it parses — and writes them out;
 * - `node parse-child.mjs run <prepared.json>` tags and parses one document at a time from them and
 *   prints one line of JSON (ParseBench in ./parse.ts), or `null` when no tagger or parser is trained.
 * So the run's peak memory is the tagger's and the parser's (with the modules they import), not that
 * of compromise's parse, which the baseline measures.
 */

import { readFileSync, writeFileSync } from 'node:fs';

const [step, input, output] = process.argv.slice(2);

if (step === 'prepare') {
  const { tokenize } = await import('../../dist/src/nlp/compromise.js');
  const { documentNameSpans } = await import('../../dist/src/parse/names.js');
  const docs = JSON.parse(readFileSync(input, 'utf8'));
  const prepared = docs.map((d) => ({
    text: d.text,
    sentences: tokenize(d.text).map((s) => ({
      ...s,
      tokens: s.tokens.map((t) => ({ ...t, tags: [...t.tags] })),
    })),
    names: documentNameSpans(d.text),
  }));
  // One document per line: the run parses them one at a time, never holding them all as objects.
  writeFileSync(output, prepared.map((d) => JSON.stringify(d)).join('\n'));
} else if (step === 'run') {
  const { parserModel, parseText } = await import('../../dist/src/parse/model.js');
  const { posModel } = await import('../../dist/src/pos/model.js');
  const before = process.memoryUsage().rss;
  if (!parserModel() || !posModel()) process.stdout.write('null\n');
  else {
    const modelBytes = process.memoryUsage().rss - before;
    parseText('A warm-up sentence for the parser.');
    const lines = readFileSync(input, 'utf8').split('\n');
    let words = 0;
    let seconds = 0;
    let cpuMicros = 0;
    for (const line of lines) {
      const d = JSON.parse(line);
      for (const s of d.sentences) for (const t of s.tokens) t.tags = new Set(t.tags);
      const cpu = process.cpuUsage();
      const start = performance.now();
      for (const s of parseText(d.text, d.sentences, d.names)) words += s.words.length;
      const used = process.cpuUsage(cpu);
      seconds += (performance.now() - start) / 1000;
      cpuMicros += used.user + used.system;
    }
    const result = {
      words,
      seconds,
      cpuSeconds: cpuMicros / 1e6,
      modelBytes,
      peakBytes: process.resourceUsage().maxRSS * 1024,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} else {
  process.stderr.write(
    'usage: node parse-child.mjs prepare <documents.json> <prepared.json> | run <prepared.json>\n',
  );
  process.exitCode = 2;
}
