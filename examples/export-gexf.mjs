/**
 * Example: a corpus streamed into one graph, exported for Gephi
 *
 * `node examples/export-gexf.mjs corpus.jsonl out.gexf` — reads a JSONL corpus one line at a time
 * (`{"id", "text", "title"?, "url"?, "date"?}` a line), adds each document to the same graph as it
 * comes, then writes GEXF 1.3 (and prints the graph's size).
 */

import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGraph, writeGexf } from 'kg-builder';
import { buildGraph } from 'kg-builder/extract';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node examples/export-gexf.mjs corpus.jsonl out.gexf');
  process.exit(2);
}
const graph = createGraph();
let line = 0;
for await (const text of createInterface({ input: createReadStream(input) })) {
  line++;
  if (text.trim() === '') continue;
  buildGraph([JSON.parse(text)], { into: graph });
}
writeFileSync(output, writeGexf(graph));
console.log(`${line} lines, ${graph.order} entities, ${graph.size} relations → ${output}`);
