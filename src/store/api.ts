/**
 * kg-builder/store — a knowledge graph kept in PostgreSQL
 *
 * The package's `kg-builder/store` entry (Node only): the store `kg build --db` writes, from code.
 * One function per job — `openStore` an embedded PGlite directory or a PostgreSQL server,
 * `ingest` documents (extracted on worker threads, merged in batched transactions, documents
 * already stored skipped), `storedNeighbors` of an entity, `storedGraph` for the whole store or an
 * ego graph, `storeCounts`, and `closeStore`. Answers are the ones `kg-builder`'s graph functions
 * give on the same documents built into a file: the store reads the part of the graph a question
 * needs and runs the same code on it. Failures are `KgError`s with a `code`: `StoreError` for the
 * database (`IO`, `BAD_FORMAT`, `NOT_FOUND`), and `UsageError`, `NotFoundError`, `BadInputError`
 * from `kg-builder`.
 *
 * @module kg-builder/store
 */

import { availableParallelism } from 'node:os';
import { type BadInputError, UsageError } from '../../graph/errors.ts';
import { neighbors } from '../../graph/query/neighbors.ts';
import type { EntityMatch, Neighbor, NeighborOptions } from '../../graph/query/types.ts';
import { isRelationType } from '../../graph/relations.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import type { SourceDoc } from '../types.ts';
import type { SqlEngine } from './engine.ts';
import { type ExportSelection, storedGraph as readStoredGraph } from './export-graph.ts';
import { DEFAULT_BATCH, ingestCorpus } from './ingest.ts';
import { DEFAULT_WAIT_SECONDS, openStore as openEngine } from './open.ts';
import { questionGraph } from './query-graph.ts';
import { storeCounts as countRows, type StoreCounts } from './summary.ts';

export { StoreError } from './errors.ts';
export type { ExportSelection, StoreCounts };

/**
 * An open store: pass it to this module's functions, and to `closeStore` when done. Its fields
 * only describe it; the connection itself is not reachable from outside.
 */
export interface Store {
  /** The address as given to openStore, with any password replaced by `***`. */
  readonly name: string;
  /** `pglite` (a directory, in this process) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /** True when opened with `write: true`: `ingest` may add to it. */
  readonly writable: boolean;
}

/** Options of openStore. */
export interface OpenStoreOptions {
  /**
   * Open for ingesting: create the store when there is none (a new PGlite directory, or the schema
   * in an empty server database) and upgrade an older one. Otherwise the store must exist and be of
   * this version, and is only read.
   * @default false
   */
  write?: boolean;
  /**
   * Seconds to wait for a PGlite directory that another process (or another open Store) holds.
   * @default 60
   */
  waitSeconds?: number;
}

/** Options of ingest. */
export interface IngestOptions {
  /** Worker threads extracting the documents; 0 extracts in the calling thread. @default os.availableParallelism() */
  workers?: number;
  /** Documents merged per transaction. @default 32 */
  batch?: number;
  /** Report a document whose extraction fails to `onSkip` and go on, instead of throwing. @default false */
  skipErrors?: boolean;
  /** Receives each skipped document's error (with skipErrors). */
  onSkip?: (error: BadInputError) => void;
  /** Called after each document with the running counts. */
  onProgress?: (progress: Readonly<IngestResult>) => void;
}

/** What an ingestion did. */
export interface IngestResult {
  /** Documents read (added, known, repeated or failed). */
  documents: number;
  /** Documents merged into the store. */
  added: number;
  /** Documents the store held already (same id or same text): not extracted again. */
  known: number;
  /** Documents whose id or text came earlier in the same call: merged once. */
  repeated: number;
  /** Documents skipped because their extraction failed (only with skipErrors). */
  failed: number;
  /** Whitespace-separated words read. */
  words: number;
}

/** An entity's neighbours in the store, and the part of the store they were read from. */
export interface StoredNeighbors {
  /** The entity the name resolved to (`matchedBy: 'fuzzy'` for a close spelling). */
  entity: EntityMatch;
  /** As `neighbors` of `kg-builder` lists them on the whole graph. */
  neighbors: Neighbor[];
  /**
   * The entities within the asked depth of `entity` and their relations with evidence: pass it to
   * `evidenceFor`, `relationsBetween`… of `kg-builder`.
   */
  graph: KnowledgeGraph;
}

/** The open engines behind the Store handles; a closed store has none. */
const engines = new WeakMap<Store, SqlEngine>();

function engineOf(store: Store, fn: string): SqlEngine {
  const engine = engines.get(store);
  if (engine === undefined) {
    throw new UsageError(`${fn}: ${describe(store)} is closed or is not a store from openStore`);
  }
  return engine;
}

function describe(store: unknown): string {
  const name = (store as Partial<Store> | null)?.name;
  return typeof name === 'string' ? `store ${name}` : 'the store';
}

/**
 * Opens a store: a PGlite directory (`pglite:<dir>`, PostgreSQL embedded in this process, nothing
 * to install; one process at a time, others wait for it) or a PostgreSQL server
 * (`postgres://user:password@host:port/database`, shared by any number of processes).
 *
 * @param address `pglite:<dir>` or a `postgres://` / `postgresql://` URL, as `kg build --db` takes.
 * @param options `write: true` to ingest (creating the store if needed); `waitSeconds` for a busy
 *   PGlite directory. @default { write: false, waitSeconds: 60 }
 * @returns the open store; close it with `closeStore`.
 * @throws UsageError (`USAGE`) for an address that is neither, or bad options; StoreError
 *   (`NOT_FOUND`) when there is no store there and `write` is false; StoreError (`BAD_FORMAT`)
 *   for a directory or database that is not a kg store of this version; StoreError (`IO`) when the
 *   server cannot be reached or refuses the login, or the directory stays locked.
 * @example
 * ```ts
 * const store = await openStore('pglite:./kg-db', { write: true });
 * try {
 *   await ingest(store, [{ id: 'a1', text: article }]);
 * } finally {
 *   await closeStore(store);
 * }
 * ```
 */
export async function openStore(address: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (typeof address !== 'string') throw new UsageError('openStore: address must be a string');
  const wait = options.waitSeconds ?? DEFAULT_WAIT_SECONDS;
  if (typeof wait !== 'number' || !Number.isFinite(wait) || wait < 0) {
    throw new UsageError(`openStore: waitSeconds must be a number of seconds >= 0 (got ${wait})`);
  }
  const write = options.write === true;
  const engine = await openEngine(address, { write, waitSeconds: wait });
  const store: Store = Object.freeze({ name: engine.name, kind: engine.kind, writable: write });
  engines.set(store, engine);
  return store;
}

/**
 * Extracts documents and merges them into the store, in order, in batched transactions: each batch
 * is committed whole or not at all, and several processes may ingest into one server at once.
 * Documents the store already holds (same id or same text) are not extracted again.
 *
 * @param store a store opened with `write: true`.
 * @param docs documents (`{ id, text, title?, url?, date? }`) or bare texts (named doc-1, doc-2, …
 *   in order), from an array, a generator or an async iterable (read as they are needed).
 * @param options workers, batch size, skipErrors and callbacks.
 *   @default { workers: os.availableParallelism(), batch: 32, skipErrors: false }
 * @returns how many documents were read, added, already known, repeated and failed.
 * @throws UsageError when the store is closed or read-only, on a document without a string text or
 *   id, or on bad options; BadInputError (`BAD_INPUT`) `<doc id>: extraction failed (…)` when a
 *   document fails (without skipErrors: the batches before it stay committed); StoreError or the
 *   database's own error when a write fails (that batch is rolled back).
 * @example
 * ```ts
 * const result = await ingest(store, [{ id: 'a1', text: article }], { workers: 0 });
 * console.log(`${result.added} added, ${result.known} already stored`);
 * ```
 */
export async function ingest(
  store: Store,
  docs: Iterable<SourceDoc | string> | AsyncIterable<SourceDoc | string>,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const engine = engineOf(store, 'ingest');
  if (!store.writable) {
    throw new UsageError(`ingest: ${describe(store)} was opened read-only (openStore(…, { write: true }))`);
  }
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) {
    throw new UsageError(`ingest: workers must be a whole number >= 0 (got ${workers})`);
  }
  const batch = options.batch ?? DEFAULT_BATCH;
  if (!Number.isInteger(batch) || batch < 1) {
    throw new UsageError(`ingest: batch must be a whole number >= 1 (got ${batch})`);
  }
  if (docs === null || typeof docs !== 'object') {
    throw new UsageError('ingest: docs must be an iterable of documents or texts');
  }
  const stats = await ingestCorpus(engine, sourceDocs(docs), {
    workers,
    batch,
    skipErrors: options.skipErrors,
    onSkip: options.onSkip,
    onProgress: options.onProgress && ((s) => options.onProgress?.(result(s))),
  });
  return result(stats);
}

function result(stats: IngestResult): IngestResult {
  const { documents, added, known, repeated, failed, words } = stats;
  return { documents, added, known, repeated, failed, words };
}

/** The documents of `docs`, checked and named, one at a time. */
async function* sourceDocs(
  docs: Iterable<SourceDoc | string> | AsyncIterable<SourceDoc | string>,
): AsyncGenerator<SourceDoc> {
  let n = 0;
  for await (const item of docs) {
    n++;
    const doc = typeof item === 'string' ? { id: `doc-${n}`, text: item } : item;
    if (typeof doc?.text !== 'string') throw new UsageError(`ingest: document ${n} has no text`);
    if (typeof doc.id !== 'string' || doc.id === '') throw new UsageError(`ingest: document ${n} has no id`);
    yield doc;
  }
}

/**
 * The neighbours of an entity, found by name as `findEntity` finds it (case-, hyphen- and
 * alias-insensitive, a close spelling as a last resort), with the same rows `neighbors` of
 * `kg-builder` gives on the whole graph. Only the part of the store within `depth` hops is read.
 *
 * @param store an open store.
 * @param name an entity's name, alias or key (`Varga`, `president varga`, `person/tomas-varga`).
 * @param options relation, direction, depth and kinds, as for `neighbors`.
 *   @default { direction: 'both', depth: 1 }
 * @returns the entity, its neighbours, and the subgraph they come from (with evidence).
 * @throws NotFoundError (`NOT_FOUND`) when no entity has that name, with the closest names in
 *   `suggestions`; UsageError when the store is closed or an option is out of range; StoreError or
 *   the database's own error when the read fails.
 * @example
 * ```ts
 * const { neighbors, graph } = await storedNeighbors(store, 'Varga', { relation: 'accused' });
 * for (const n of neighbors) console.log(n.label, evidenceFor(graph, n.edge)[0]?.sentence);
 * ```
 */
export async function storedNeighbors(
  store: Store,
  name: string,
  options: NeighborOptions = {},
): Promise<StoredNeighbors> {
  const engine = engineOf(store, 'storedNeighbors');
  if (typeof name !== 'string') throw new UsageError('storedNeighbors: name must be a string');
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1) {
    throw new UsageError(`storedNeighbors: depth must be a whole number >= 1 (got ${depth})`);
  }
  const { graph, matches } = await questionGraph(engine, 'neighbors', [name], depth);
  const entity = matches[0]!;
  return { entity, neighbors: neighbors(graph, entity.key, options), graph };
}

/**
 * Reads the store, or a selected part of it, as one graph: the graph `kg build -o` would have
 * written from the same documents, or the ego graph of one entity, cut to relations of some weight
 * or type as `kg export --db` does.
 *
 * @param store an open store.
 * @param selection `ego` (an entity's name) with `depth`; `minWeight`; `relation`.
 *   @default the whole store
 * @returns a graphology graph with the kg-builder schema: query it, or write it with `writeGexf`…
 * @throws NotFoundError when `ego` names no entity; UsageError when the store is closed or the
 *   selection is invalid; StoreError or the database's own error when the read fails.
 * @example
 * ```ts
 * writeFileSync('varga.gexf', writeGexf(await storedGraph(store, { ego: 'Varga', depth: 2 })));
 * ```
 */
export async function storedGraph(store: Store, selection: ExportSelection = {}): Promise<KnowledgeGraph> {
  const engine = engineOf(store, 'storedGraph');
  const { depth, minWeight, relation, ego } = selection;
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 0)) {
    throw new UsageError(`storedGraph: depth must be a whole number >= 0 (got ${depth})`);
  }
  if (minWeight !== undefined && (typeof minWeight !== 'number' || Number.isNaN(minWeight))) {
    throw new UsageError(`storedGraph: minWeight must be a number (got ${minWeight})`);
  }
  if (relation !== undefined && !isRelationType(relation)) {
    throw new UsageError(`storedGraph: unknown relation "${relation}"`);
  }
  if (ego !== undefined && typeof ego !== 'string') throw new UsageError('storedGraph: ego must be a string');
  return readStoredGraph(engine, selection);
}

/**
 * How many documents, entities, relations and evidence sentences the store holds.
 *
 * @param store an open store.
 * @returns the four row counts.
 * @throws UsageError when the store is closed; StoreError or the database's own error when the read
 *   fails.
 * @example
 * ```ts
 * const { documents, entities } = await storeCounts(store);
 * ```
 */
export async function storeCounts(store: Store): Promise<StoreCounts> {
  return countRows(engineOf(store, 'storeCounts'));
}

/**
 * Closes the store: ends the server connection, or closes the PGlite database and releases its
 * directory for other processes. Closing a closed store does nothing.
 *
 * @param store a store from openStore.
 * @throws the database's own error when closing fails (the store counts as closed all the same).
 * @example
 * ```ts
 * await closeStore(store);
 * ```
 */
export async function closeStore(store: Store): Promise<void> {
  const engine = engines.get(store);
  if (engine === undefined) return;
  engines.delete(store);
  await engine.close();
}
