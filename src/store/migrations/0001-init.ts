/**
 * Migration 1: the store's tables
 *
 * Documents, entities (kind, label, aliases, titles, mentions), the merge index of names, the lookup
 * index of aliases and their words, per-document mentions, relations (one row per source, relation,
 * target) and evidence (one row per sentence, every field of the JSON graph's evidence). Every table
 * lives in the `kg` schema. Keys use the "C" collation, so ordering and prefix ranges are bytewise
 * and independent of the server's locale. Every primary key contains the table's Citus distribution
 * column (see README, "Store"): entities by key; relations, evidence, mentions and aliases by their
 * source entity's key; documents by id; names and hashes by themselves. No foreign keys: Citus
 * cannot enforce them between tables distributed on different columns, and the ingest transaction
 * writes every row of a document together.
 */

export const VERSION = 1;
export const NAME = 'init';

export const SQL = `
CREATE TABLE kg.documents (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  hash text COLLATE "C",
  title text,
  url text,
  date text,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_seq ON kg.documents (seq);

CREATE TABLE kg.document_hashes (
  hash text COLLATE "C" PRIMARY KEY,
  doc_id text COLLATE "C" NOT NULL
);

CREATE TABLE kg.entities (
  key text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('person', 'place', 'organization')),
  label text NOT NULL,
  aliases text[] NOT NULL,
  titles text[] NOT NULL,
  mentions integer NOT NULL
);
CREATE INDEX entities_seq ON kg.entities (seq);
CREATE INDEX entities_mentions ON kg.entities (mentions DESC, key);

CREATE TABLE kg.names (
  index_key text COLLATE "C" PRIMARY KEY,
  entity_key text COLLATE "C" NOT NULL
);

CREATE TABLE kg.aliases (
  entity_key text COLLATE "C" NOT NULL,
  norm text COLLATE "C" NOT NULL,
  words text[] NOT NULL,
  PRIMARY KEY (entity_key, norm)
);
CREATE INDEX aliases_norm ON kg.aliases (norm);
CREATE INDEX aliases_words ON kg.aliases USING gin (words);

CREATE TABLE kg.mentions (
  entity_key text COLLATE "C" NOT NULL,
  doc_id text COLLATE "C" NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (entity_key, doc_id)
);

CREATE TABLE kg.relations (
  source text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  relation text NOT NULL,
  target text COLLATE "C" NOT NULL,
  undirected boolean NOT NULL,
  label text NOT NULL,
  weight integer NOT NULL,
  role text,
  PRIMARY KEY (source, key)
);
CREATE INDEX relations_target ON kg.relations (target);
CREATE INDEX relations_seq ON kg.relations (seq);
CREATE INDEX relations_weight ON kg.relations (weight DESC);

CREATE TABLE kg.evidence (
  source text COLLATE "C" NOT NULL,
  edge_key text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  doc_id text COLLATE "C" NOT NULL,
  sentence text NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  trigger text NOT NULL,
  trigger_start integer NOT NULL,
  trigger_end integer NOT NULL,
  source_start integer NOT NULL,
  source_end integer NOT NULL,
  target_start integer NOT NULL,
  target_end integer NOT NULL,
  negated boolean NOT NULL DEFAULT false,
  hedged boolean NOT NULL DEFAULT false,
  reported boolean NOT NULL DEFAULT false,
  PRIMARY KEY (source, edge_key, doc_id, start, trigger_start, trigger_end)
);
CREATE INDEX evidence_seq ON kg.evidence (seq);
`;
