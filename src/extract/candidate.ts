/**
 * Candidate
 *
 * The mention found in one sentence before resolution, and how one is made from a token range:
 * its character span runs from the first token's start to the last token's end, without a
 * possessive ending.
 */

import type { EntityKind } from '../../graph/types.ts';
import type { RoleRelation } from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import type { MentionForm } from '../types.ts';
import { endOf } from './runs.ts';

/** A mention found in one sentence, before resolution. Token indices are [from, to). */
export interface Candidate {
  kind: EntityKind;
  form: MentionForm;
  start: number;
  end: number;
  from: number;
  to: number;
  /** Gazetteer label when the name is known ("United States" for "US"). */
  canonical?: string;
  /** For titles: the role words as written, and which structural relation they imply. */
  role?: string;
  /** For titles: where the role words stand in the text (from their tokens, never searched for). */
  roleSpan?: [number, number];
  roleRelation?: RoleRelation;
  /** For titles: the place/organization the role belongs to. */
  qualifier?: Candidate;
  /** For titles: the name candidate it describes (apposition or prefix). */
  names?: Candidate;
  /** For a person's name after honorifics ("Ayatollah Rahimi"): where the honorifics start. */
  honorificStart?: number;
  /** How sure the classification is; weak candidates give way to others in overlaps. */
  strong: boolean;
  /** A place named only as the body of a role before it ("Governor of Ohio"): kept without the gazetteer. */
  bodyOfRole?: boolean;
}

export function span(tokens: Token[], from: number, to: number): [number, number] {
  return [tokens[from]!.start, endOf(tokens[to - 1]!)];
}

export function candidate(
  tokens: Token[],
  from: number,
  to: number,
  kind: EntityKind,
  form: MentionForm,
  strong: boolean,
  canonical?: string,
): Candidate {
  const [start, end] = span(tokens, from, to);
  const c: Candidate = { kind, form, start, end, from, to, strong };
  if (canonical) c.canonical = canonical;
  return c;
}
