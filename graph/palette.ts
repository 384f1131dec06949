/**
 * Palette
 *
 * One colour per entity kind and per relation type, as data (colour-blind-friendly hues, Okabe–Ito
 * for the kinds; relation colours grouped by family, so a glance tells cooperation from conflict).
 * The web view draws with it (web/palette.ts re-exports it) and the GEXF writer gives every edge its
 * relation's colour from it, so Gephi shows the same colours as the view.
 */

import type { RelationType } from './relations.ts';
import type { EntityKind } from './types.ts';

export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: '#d55e00',
  place: '#0072b2',
  organization: '#009e73',
};

/**
 * Relation colours by family: cooperation in blues and greens, demands and disagreement in gold,
 * purple and magenta, conflict in oranges and reds (darker = more violent), structural relations in
 * greys. Neighbouring hues were picked to stay apart for the common colour-vision deficiencies
 * (ColorBrewer Paired / Dark2 bases).
 */
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

/** Fallback for a kind or relation a foreign file made up. */
export const UNKNOWN_COLOR = '#999999';

/** The colour of a relation type (UNKNOWN_COLOR for one outside the vocabulary). */
export function relationColor(relation: string): string {
  return Object.hasOwn(RELATION_COLORS, relation) ? RELATION_COLORS[relation as RelationType] : UNKNOWN_COLOR;
}
