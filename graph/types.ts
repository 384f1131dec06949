/**
 * Graph schema
 *
 * The shapes stored in the knowledge graph: node, edge and graph attributes, the evidence behind
 * every edge, and the per-document input that graph/build merges. graph/ depends on no other folder
 * of ours, so the extraction pipeline (src/) produces these shapes rather than the other way round.
 */

// A namespace import, so the shipped declarations resolve under both Bundler and NodeNext (where
// graphology's declarations read as CommonJS and a default type import names the module instead).
import type * as graphology from 'graphology';
import type { RelationType } from './relations.ts';

/** Version of the stored graph layout; bump when attributes change meaning. */
export const SCHEMA_VERSION = 'kg/1';

export type EntityKind = 'person' | 'place' | 'organization';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

/** A character span [start, end) into a document's text. */
export type Span = [number, number];

/**
 * One sentence that supports an edge. All offsets index the original document text;
 * `sentence` is that text's slice `[start, end)`, kept so a graph file is readable on its own.
 */
export interface Evidence {
  docId: string;
  /** The sentence's text. */
  sentence: string;
  /** Sentence offsets in the document. */
  start: number;
  end: number;
  /** The trigger words as written ("met", "accused", "Prime Minister"). */
  trigger: string;
  triggerSpan: Span;
  sourceSpan: Span;
  targetSpan: Span;
  /** "did not meet" */
  negated?: boolean;
  /** "may meet", "would strike", "plans to visit" */
  hedged?: boolean;
  /** Inside a quotation or attributed speech. */
  reported?: boolean;
  /**
   * Where the text names who says it, when the relation is reported and the sentence names its
   * speaker ("…, Tomas Varga said": the subject of the say-verb): a span like the ends'. A speaker
   * who is one of the ends has the same span as that end.
   */
  speakerSpan?: Span;
  /**
   * How likely the extractor is right about this sentence stating the relation, 0–1: the precision
   * its construction reached on the tune halves of the evaluation sets (src/extract/confidence.ts).
   * Absent on evidence made before confidences existed; readers treat absent as 1.
   */
  confidence?: number;
}

export interface DocumentInfo {
  id: string;
  title?: string;
  url?: string;
  date?: string;
  /** Hash of the text, so a document added twice (same text, other id) is not counted twice. */
  hash?: string;
}

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  /** Every surface form seen for the entity, names and descriptions alike, sorted. */
  aliases: string[];
  /** The subset of aliases that describe rather than name ("Norway's Prime Minister"); never used to merge. */
  titles: string[];
  /** Number of mentions over all documents. */
  mentions: number;
  /** Ids of the documents that mention the entity, sorted. */
  docs: string[];
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  relation: RelationType;
  label: string;
  /** Number of evidence sentences. */
  weight: number;
  /**
   * The highest confidence among the evidence (graph/confidence.ts), an evidence record without one
   * counting as 1. Set by every build, merge and import; a reader meeting an edge without it (a graph
   * from elsewhere) treats it as 1.
   */
  confidence?: number;
  evidence: Evidence[];
  /** For leader_of / member_of: the role as written ("Prime Minister"). */
  role?: string;
}

export interface GraphAttributes {
  schema: string;
  documents: DocumentInfo[];
  createdBy: string;
}

export type KnowledgeGraph = graphology.default<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** An entity as one document's extraction reports it (the input of graph/build). */
export interface DocEntity {
  /** Document-local id, `${kind}/${slug}`. */
  id: string;
  kind: EntityKind;
  label: string;
  /** Names the entity goes by in the document (full name, surname, spellings, acronyms). */
  aliases: string[];
  /** Descriptions that referred to it ("Norway's Prime Minister", "the Chilean President"). */
  titles: string[];
  /** Number of mentions in the document. */
  mentionCount: number;
}

/** A relation as one document's extraction reports it; source and target are DocEntity ids. */
export interface DocRelation {
  relation: RelationType;
  source: string;
  target: string;
  role?: string;
  evidence: Evidence[];
}

/** What graph/build merges for one document. */
export interface DocGraphInput {
  doc: DocumentInfo;
  entities: DocEntity[];
  relations: DocRelation[];
}
