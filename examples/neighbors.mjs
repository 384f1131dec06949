/**
 * Example: Khamenei's neighbours, each with the sentence that says so
 *
 * `node examples/neighbors.mjs [article.txt]` — extracts the article (the bundled sample by
 * default), builds its graph and prints the neighbours of Ali Khamenei with their evidence.
 */

import { readFileSync } from 'node:fs';
import { evidenceFor, neighbors } from 'kg-builder';
import { buildGraph } from 'kg-builder/extract';

const file =
  process.argv[2] ?? new URL('samples/iran-iraq-meeting.txt', import.meta.resolve('kg-builder/package.json'));
const graph = buildGraph([{ id: 'article', text: readFileSync(file, 'utf8') }]);
for (const n of neighbors(graph, 'Khamenei')) {
  console.log(`${n.relation} ${n.direction} ${n.label}: ${evidenceFor(graph, n.edge)[0]?.sentence}`);
}
