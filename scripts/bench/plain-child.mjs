/**
 * Benchmark child: plain compromise on a file of documents, for the machine's scaling figure
 *
 * `node plain-child.mjs <documents.json>` runs plain compromise (parse + people / places /
 * organizations, the baseline) over the documents and prints one line of JSON: words and wall
 * seconds. The benchmark starts one alone, then as many at once as the default number of workers,
 * to show how much the machine's cores give together.
 */

import { readFileSync } from 'node:fs';

const { plainEntities } = await import('../../dist/src/nlp/compromise.js');
const docs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
plainEntities('A warm-up sentence about Paris.');
const start = performance.now();
let words = 0;
for (const d of docs) {
  plainEntities(d.text);
  words += d.text.split(/\s+/).filter(Boolean).length;
}
process.stdout.write(`${JSON.stringify({ words, seconds: (performance.now() - start) / 1000 })}\n`);
