/**
 * Example: the shipped types at work
 *
 * Compiled with `tsc --noEmit` by the tests (never run): a TypeScript consumer gets typed results
 * from the package's declarations, and the compiler rejects a wrong option.
 */

import { type KnowledgeGraph, type Neighbor, NotFoundError, neighbors } from 'kg-builder';
import { buildGraph, type DocExtraction, extract } from 'kg-builder/extract';

const ex: DocExtraction = extract('Iraqi Prime Minister Mustafa al-Kazemi met Ali Khamenei in Tehran.');
const graph: KnowledgeGraph = buildGraph([{ id: 'a1', text: 'Iran accused the United States.' }]);
const rows: Neighbor[] = neighbors(graph, 'Iran', { relation: 'accused', direction: 'out' });
const labels: string[] = rows.map((n) => n.label);
const first: number = ex.entities.length + labels.length;
export const notFound = NotFoundError;
export default first;

// @ts-expect-error — 'sideways' is not a direction
neighbors(graph, 'Iran', { direction: 'sideways' });
