/**
 * Palette
 *
 * The colours and sizes of the view as data: one colour per entity kind and per relation type
 * (graph/palette.ts, shared with the GEXF writer), the relation legend's families, community
 * colours (Tableau), the dimmed colours used for what is outside a highlighted neighbourhood, and
 * the edge thickness scale. Legends and reducers both read it.
 */

import type { RelationType } from '../graph/relations.ts';

// The kind and relation colours are graph/'s, which the GEXF writer shares: one table.
export { KIND_COLORS, RELATION_COLORS, UNKNOWN_COLOR } from '../graph/palette.ts';

/** The relation legend's groups, in the order of their colour families (graph/palette.ts). */
export const RELATION_FAMILIES: readonly { name: string; relations: readonly RelationType[] }[] = [
  { name: 'cooperation', relations: ['met_with', 'agreed_with', 'supports'] },
  { name: 'demand and dissent', relations: ['requested', 'rejected', 'protested'] },
  { name: 'conflict', relations: ['accused', 'threatened', 'sanctioned', 'attacked'] },
  { name: 'structure', relations: ['leader_of', 'member_of', 'located_in'] },
];

/** Colours of the largest Louvain communities, in order (Tableau 10 then Set 3); the rest are grey. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8dd3c7',
  '#bebada',
  '#fb8072',
];

export const DIM_NODE_COLOR = '#e4e4e4';
export const DIM_EDGE_COLOR = '#f0f0f0';

/** Edge thickness from the number of evidence sentences. */
export function edgeSize(weight: unknown): number {
  const w = typeof weight === 'number' && weight > 0 ? weight : 1;
  return Math.min(10, 1.5 + 1.5 * Math.log2(w));
}
