/**
 * The PostgreSQL store
 *
 * A knowledge graph kept in PostgreSQL — embedded (PGlite, `pglite:<dir>`) or on a server
 * (`postgres://…`) — with the same SQL on both: open a store, ingest a corpus in batched
 * transactions, read the subgraph a question or an export needs. See README, "Store".
 */

export type { SqlEngine } from './engine.ts';
export { StoreError } from './errors.ts';
export { type ExportSelection, storedGraph } from './export-graph.ts';
export { analyzeStore, DEFAULT_BATCH, type IngestOptions, ingestCorpus } from './ingest.ts';
export { MIGRATIONS, STORE_VERSION } from './migrate.ts';
export { DEFAULT_WAIT_SECONDS, openStore } from './open.ts';
export { type Question, type QuestionGraph, questionGraph } from './query-graph.ts';
export { parseStoreSpec, redact } from './spec.ts';
export { storeCounts, storeSummary } from './summary.ts';
export { DEFAULT_TOP, topGraph } from './top-graph.ts';
export { waitSeconds, withStore } from './with-store.ts';
export { writeBatch } from './write-batch.ts';
