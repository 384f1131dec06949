/**
 * Example: articles kept in a store, and an entity's neighbours read back from it
 *
 * `node examples/store.mjs [store]` — opens a store (`pglite:<dir>` or `postgres://…`; by default a
 * new PGlite directory in a temporary folder, removed at the end), ingests the bundled sample
 * article, prints what it added and Khamenei's neighbours with the sentence behind each, and closes
 * the store. Run it twice on the same store: the second run adds nothing and prints the same.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceFor } from 'kg-builder';
import { closeStore, ingest, openStore, storeCounts, storedNeighbors } from 'kg-builder/store';

const scratch = process.argv[2] === undefined ? mkdtempSync(join(tmpdir(), 'kg-store-example-')) : undefined;
const address = process.argv[2] ?? `pglite:${join(scratch, 'kg-db')}`;
const sample = new URL('samples/iran-iraq-meeting.txt', import.meta.resolve('kg-builder/package.json'));

const store = await openStore(address, { write: true });
try {
  const result = await ingest(store, [{ id: 'article', text: readFileSync(sample, 'utf8') }]);
  const counts = await storeCounts(store);
  console.log(
    `added ${result.added}, already stored ${result.known}; ${counts.entities} entities in ${store.name}`,
  );
  const { neighbors, graph } = await storedNeighbors(store, 'Khamenei');
  for (const n of neighbors) {
    console.log(`${n.relation} ${n.direction} ${n.label}: ${evidenceFor(graph, n.edge)[0]?.sentence}`);
  }
} finally {
  await closeStore(store);
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
}
