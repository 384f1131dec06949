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

export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  met_with: '#56b4e9',
  supports: '#2ca02c',
  agreed_with: '#17becf',
  accused: '#d62728',
  rejected: '#e377c2',
  requested: '#bcbd22',
  threatened: '#ff7f0e',
  protested: '#9467bd',
  sanctioned: '#8c564b',
  attacked: '#7f0000',
  leader_of: '#7f7f7f',
  member_of: '#a6a6a6',
  located_in: '#c7c7c7',
};

/** Fallback for a kind or relation a foreign file made up. */
export const UNKNOWN_COLOR = '#999999';
export const DIM_NODE_COLOR = '#e4e4e4';
export const DIM_EDGE_COLOR = '#f0f0f0';

/** Node radius in pixels from the number of mentions (area grows with mentions). */
export function nodeSize(mentions: unknown): number {
  const m = typeof mentions === 'number' && mentions > 0 ? mentions : 1;
  return Math.min(28, 4 + 2.5 * Math.sqrt(m));
}

/** Edge thickness from the number of evidence sentences. */
export function edgeSize(weight: unknown): number {
  const w = typeof weight === 'number' && weight > 0 ? weight : 1;
  return Math.min(8, 1 + Math.log2(w));
}
