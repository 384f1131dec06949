/**
 * Pipeline data
 *
 * The plain data that flows between the extraction stages:
 * SourceDoc → Sentence → Mention → Entity → Relation. Every span is a pair of character offsets
 * into SourceDoc.text and `text.slice(start, end)` is exactly the mention.
 */

import type { DocEntity, DocRelation, EntityKind, Evidence, Span } from '../graph/types.ts';

export type { EntityKind, Evidence, Span };

export interface SourceDoc {
  id: string;
  text: string;
  title?: string;
  url?: string;
  date?: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** How a mention refers to its entity. */
export type MentionForm = 'name' | 'acronym' | 'title' | 'demonym' | 'pronoun';

export interface Mention {
  docId: string;
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  form: MentionForm;
  /** Id of the entity the mention resolved to (set by the resolve stage). */
  entity?: string;
  /** For a title mention: the role words ("Prime Minister") and the place/org it names, if any. */
  role?: string;
}

/** A resolved entity of one document. */
export interface Entity extends DocEntity {
  mentions: Mention[];
}

export type Relation = DocRelation;

/** Everything extracted from one document. */
export interface DocExtraction {
  doc: SourceDoc;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
}
