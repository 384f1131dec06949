/**
 * Palette
 *
 * The colours and sizes of the view as data: one colour per entity kind and per relation type
 * (colour-blind-friendly hues, Okabe–Ito first, then Tableau), the dimmed colours used for what is
 * outside a highlighted neighbourhood, and the node size scale. Legends and reducers both read it.
 */

import type { RelationType } from '../graph/relations.ts';
import type { EntityKind } from '../graph/types.ts';

export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: '#d55e00',
  place: '#0072b2',
  organization: '#009e73',
};

/**
 * Relation colours grouped by family, so a glance tells cooperation from conflict: cooperation in
 * blues and greens, demands and disagreement in gold, purple and magenta, conflict in oranges and
 * reds (darker = more violent), structural relations in greys. Neighbouring hues were picked to stay
 * apart for the common colour-vision deficiencies (ColorBrewer Paired / Dark2 bases).
 */
export const RELATION_FAMILIES: readonly { name: string; relations: readonly RelationType[] }[] = [
  { name: 'cooperation', relations: ['met_with', 'agreed_with', 'supports'] },
  { name: 'demand and dissent', relations: ['requested', 'rejected', 'protested'] },
  { name: 'conflict', relations: ['accused', 'threatened', 'sanctioned', 'attacked'] },
  { name: 'structure', relations: ['leader_of', 'member_of', 'located_in'] },
];

export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  met_with: '#1f78b4',
  agreed_with: '#33a02c',
  supports: '#66c2a5',
  requested: '#b8860b',
  rejected: '#8e63c7',
  protested: '#e7298a',
  accused: '#ff7f00',
  threatened: '#e31a1c',
  sanctioned: '#a6611a',
  attacked: '#67000d',
  leader_of: '#525252',
  member_of: '#8c8c8c',
  located_in: '#b5b5b5',
};

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

/** Fallback for a kind or relation a foreign file made up. */
export const UNKNOWN_COLOR = '#999999';
export const DIM_NODE_COLOR = '#e4e4e4';
export const DIM_EDGE_COLOR = '#f0f0f0';

/** Edge thickness from the number of evidence sentences. */
export function edgeSize(weight: unknown): number {
  const w = typeof weight === 'number' && weight > 0 ? weight : 1;
  return Math.min(10, 1.5 + 1.5 * Math.log2(w));
}
