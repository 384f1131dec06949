/**
 * Relation types
 *
 * The vocabulary of edges, as a data table: each relation's id, the human words shown on an edge,
 * whether it is symmetric (an undirected edge) and the PLOVER category it follows. Everything else
 * (extraction triggers, legends, evaluation mapping) reads from this table.
 */

export const RELATION_TYPES = [
  'met_with',
  'supports',
  'agreed_with',
  'accused',
  'rejected',
  'requested',
  'threatened',
  'protested',
  'sanctioned',
  'attacked',
  'leader_of',
  'member_of',
  'located_in',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationInfo {
  /** Human words for an edge label ("met with"). */
  label: string;
  /** Symmetric relations are stored as undirected edges. */
  symmetric: boolean;
  /** PLOVER category, or null for the structural relations. */
  plover: string | null;
  /** Interaction (event) or structural (role, location). */
  family: 'interaction' | 'structural';
}

export const RELATIONS: Readonly<Record<RelationType, RelationInfo>> = {
  met_with: { label: 'met with', symmetric: true, plover: 'CONSULT', family: 'interaction' },
  supports: { label: 'supports', symmetric: false, plover: 'SUPPORT', family: 'interaction' },
  agreed_with: { label: 'agreed with', symmetric: true, plover: 'AGREE', family: 'interaction' },
  accused: { label: 'accused', symmetric: false, plover: 'DISAPPROVE', family: 'interaction' },
  rejected: { label: 'rejected', symmetric: false, plover: 'REJECT', family: 'interaction' },
  requested: { label: 'requested', symmetric: false, plover: 'DEMAND', family: 'interaction' },
  threatened: { label: 'threatened', symmetric: false, plover: 'THREATEN', family: 'interaction' },
  protested: { label: 'protested', symmetric: false, plover: 'PROTEST', family: 'interaction' },
  sanctioned: { label: 'sanctioned', symmetric: false, plover: 'SANCTION', family: 'interaction' },
  attacked: { label: 'attacked', symmetric: false, plover: 'ASSAULT', family: 'interaction' },
  leader_of: { label: 'leader of', symmetric: false, plover: null, family: 'structural' },
  member_of: { label: 'member of', symmetric: false, plover: null, family: 'structural' },
  located_in: { label: 'located in', symmetric: false, plover: null, family: 'structural' },
};

/** True when `value` is one of the relation ids. */
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
