/**
 * Example: the shipped types at work
 *
 * Compiled with `tsc --noEmit` by the tests (never run): a TypeScript consumer gets typed results
 * from the package's declarations, and the compiler rejects a wrong option.
 */

import { type KnowledgeGraph, type Neighbor, NotFoundError, neighbors } from 'kg-builder';
import { buildGraph, type DocExtraction, extract } from 'kg-builder/extract';
import {
  closeStore,
  type IngestResult,
  ingest,
  openStore,
  type Store,
  StoreError,
  storedNeighbors,
} from 'kg-builder/store';

const ex: DocExtraction = extract('Chilean Prime Minister Karim al-Nuri met Tomas Varga in Santiago.');
const graph: KnowledgeGraph = buildGraph([{ id: 'a1', text: 'Iran accused the United States.' }]);
const rows: Neighbor[] = neighbors(graph, 'Iran', { relation: 'accused', direction: 'out' });
const labels: string[] = rows.map((n) => n.label);
const first: number = ex.entities.length + labels.length;
export const notFound = NotFoundError;
export default first;

/** A store's answers are typed as a graph's are. */
export async function fromStore(address: string): Promise<string[]> {
  const store: Store = await openStore(address, { write: true });
  try {
    const added: IngestResult = await ingest(store, ['Iran accused the United States.'], { workers: 0 });
    const { entity, neighbors: near } = await storedNeighbors(store, 'Iran', { relation: 'accused' });
    return [entity.attributes.label, ...near.map((n) => n.label), String(added.added)];
  } catch (error) {
    if (error instanceof StoreError && error.code === 'IO') return [];
    throw error;
  } finally {
    await closeStore(store);
  }
}

// @ts-expect-error — 'sideways' is not a direction
neighbors(graph, 'Iran', { direction: 'sideways' });

// @ts-expect-error — a store is opened by its address, not by options alone
openStore({ write: true });
