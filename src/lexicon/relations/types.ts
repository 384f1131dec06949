/**
 * Relation lexicon rows
 *
 * The shape of one row of the relation lexicon: a predicate (verb lemma with an optional phrasal
 * particle, or a noun) and the constraints a construction must meet for the row to apply, the
 * relation it states (null: this sense states none) and why the row exists. The rows generated from
 * CAMEO (./cameo.ts) and our own rows (./hand.ts) share it; ./index.ts looks rows up.
 */

import type { RelationType } from '../../../graph/relations.ts';

/** Classes of object nouns a row may require (./index.ts lists their words). */
export type ObjectClass = 'statement' | 'military' | 'question' | 'aid' | 'play' | 'message' | 'sanction';

export interface LexiconRow {
  /** Lower-case lemma of the predicate ("accuse", "talks" is "talk"). */
  lemma: string;
  /** Part of speech of the predicate; rows without one are verbs. */
  pos?: 'verb' | 'noun' | 'adj';
  /** Phrasal particle (compound:prt, or the word right after the verb: "call on", "hit out"). */
  particle?: string;
  /** The preposition (case marker) of the patient's obl/nmod: "with" of "talks with", "against". */
  prep?: string;
  /** Lemma of the object noun the row needs ("impose" + "sanction"), or of a prep's noun. */
  object?: string;
  /** A class of object nouns the row needs (a statement or policy, a military target, a question). */
  objectClass?: ObjectClass;
  /** The row applies only when the verb's clausal complement opens with this word ("asked whether"). */
  ccompMark?: string;
  /** The kinds of entity the patient must be ("host" only with a person or organization guest). */
  patientKinds?: readonly ('person' | 'place' | 'organization')[];
  /** For a noun predicate: the preposition of its agent ("by" of "condemnation of X by Y"). */
  agentPrep?: string;
  /** The relation stated, or null when this sense states none ("sworn in", "asked whether"). */
  relation: RelationType | null;
  /** The patient acts: CAMEO's "[:code]" ("faced criticism from Y": Y accused the subject). */
  reversed?: boolean;
  /** The row itself hedges ("invite": an invitation, not a meeting yet). */
  hedged?: boolean;
  /** CAMEO code, when the row comes from CAMEO or follows one. */
  code?: string;
  /** Why the row exists; required of every row (tests/lexicon/relations.test.ts). */
  reason: string;
}
