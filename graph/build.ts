/**
 * Building and merging the graph
 *
 * GraphBuilder merges one document's entities and relations at a time into a knowledge graph.
 * Entities merge by kind and normalized name (label or name alias, never a title), through an index
 * kept beside the graph so that ten thousand documents merge in linear time; relations merge by edge
 * key and accumulate their evidence. The same input order always gives the same graph.
 */

import { compareStrings, insertSorted, sortedUnique } from './_sorted.ts';
import { createGraph } from './create.ts';
import { BadInputError } from './errors.ts';
import { cloneDocumentInfo, cloneEvidence, evidenceId } from './evidence.ts';
import { edgeKey, nodeKey, normalizeName } from './keys.ts';
import { isFullName, nameWords, preferLabel } from './label.ts';
import { isRelationType, RELATIONS } from './relations.ts';
import {
  type DocEntity,
  type DocGraphInput,
  type DocRelation,
  type EdgeAttributes,
  ENTITY_KINDS,
  type EntityKind,
  type KnowledgeGraph,
} from './types.ts';

/**
 * Merges documents into a knowledge graph.
 *
 * ```ts
 * const builder = new GraphBuilder();
 * builder.addDocument({ doc: { id: 'a1' }, entities, relations });
 * graphToJSON(builder.graph);
 * ```
 */
export class GraphBuilder {
  /** The graph being built; read it freely, change it only through the builder. */
  readonly graph: KnowledgeGraph;
  /** `${kind}:${normalized name}` → node key. */
  readonly #names = new Map<string, string>();
  readonly #docIds = new Set<string>();
  readonly #hashes = new Set<string>();
  /** Edge key → identities of its evidence, filled the first time the edge is merged into. */
  readonly #evidence = new Map<string, Set<string>>();

  /** Wraps `graph` (a new empty one by default) and indexes its entities' names and its documents. */
  constructor(graph: KnowledgeGraph = createGraph()) {
    this.graph = graph;
    graph.forEachNode((key, attributes) => {
      for (const name of nameKeys(attributes.kind, attributes.label, attributes.aliases, attributes.titles)) {
        this.#register(attributes.kind, name, key);
      }
    });
    for (const doc of graph.getAttribute('documents') ?? []) {
      this.#docIds.add(doc.id);
      if (doc.hash !== undefined) this.#hashes.add(doc.hash);
    }
  }

  /**
   * Merges one document. Returns false, and changes nothing, when a document with the same id or the
   * same hash is already in the graph. Throws BadInputError, before any change, on malformed input.
   */
  addDocument(input: DocGraphInput): boolean {
    const { doc } = input;
    if (this.#docIds.has(doc.id) || (doc.hash !== undefined && this.#hashes.has(doc.hash))) return false;
    validateInput(input);

    const keys = new Map<string, string>();
    for (const entity of input.entities) keys.set(entity.id, this.#mergeEntity(entity, doc.id));
    for (const relation of input.relations) this.#mergeRelation(relation, keys);

    const documents = this.graph.getAttribute('documents') ?? [];
    documents.push(cloneDocumentInfo(doc));
    this.graph.setAttribute('documents', documents);
    this.#docIds.add(doc.id);
    if (doc.hash !== undefined) this.#hashes.add(doc.hash);
    return true;
  }

  #register(kind: EntityKind, name: string, key: string): void {
    const indexKey = `${kind}:${name}`;
    if (!this.#names.has(indexKey)) this.#names.set(indexKey, key);
  }

  #mergeEntity(entity: DocEntity, docId: string): string {
    const label = entity.label.trim();
    const aliases = cleanList(entity.aliases);
    const titles = cleanList(entity.titles);
    const names = nameKeys(entity.kind, label, aliases, titles);

    let key: string | undefined;
    for (const name of names) {
      key = this.#names.get(`${entity.kind}:${name}`);
      if (key !== undefined) break;
    }

    if (key === undefined) {
      key = this.#freeKey(nodeKey(entity.kind, label));
      this.graph.addNode(key, {
        label,
        kind: entity.kind,
        aliases: sortedUnique([label, ...aliases, ...titles]),
        titles: sortedUnique(titles),
        mentions: entity.mentionCount,
        docs: [docId],
      });
    } else {
      const current = this.graph.getNodeAttributes(key);
      for (const alias of [label, ...aliases, ...titles]) insertSorted(current.aliases, alias);
      for (const title of titles) insertSorted(current.titles, title);
      insertSorted(current.docs, docId);
      this.graph.mergeNodeAttributes(key, {
        label: preferLabel(current.label, label),
        aliases: current.aliases,
        titles: current.titles,
        mentions: current.mentions + entity.mentionCount,
        docs: current.docs,
      });
    }
    for (const name of names) this.#register(entity.kind, name, key);
    return key;
  }

  /** `base`, or `base-2`, `base-3`… when an unrelated entity already holds it. */
  #freeKey(base: string): string {
    if (!this.graph.hasNode(base)) return base;
    let n = 2;
    while (this.graph.hasNode(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  #mergeRelation(relation: DocRelation, keys: ReadonlyMap<string, string>): void {
    const from = keys.get(relation.source)!;
    const to = keys.get(relation.target)!;
    if (from === to) return;
    const symmetric = RELATIONS[relation.relation].symmetric;
    const [source, target] = symmetric && compareStrings(to, from) < 0 ? [to, from] : [from, to];
    const key = edgeKey(relation.relation, source, target);

    if (!this.graph.hasEdge(key)) {
      const seen = new Set<string>();
      const evidence = relation.evidence.filter((e) => addNew(seen, evidenceId(e))).map(cloneEvidence);
      const attributes: EdgeAttributes = {
        relation: relation.relation,
        label: RELATIONS[relation.relation].label,
        weight: evidence.length,
        evidence,
      };
      if (relation.role) attributes.role = relation.role;
      if (symmetric) this.graph.addUndirectedEdgeWithKey(key, source, target, attributes);
      else this.graph.addDirectedEdgeWithKey(key, source, target, attributes);
      this.#evidence.set(key, seen);
      return;
    }

    const current = this.graph.getEdgeAttributes(key);
    let seen = this.#evidence.get(key);
    if (seen === undefined) {
      seen = new Set(current.evidence.map(evidenceId));
      this.#evidence.set(key, seen);
    }
    for (const e of relation.evidence)
      if (addNew(seen, evidenceId(e))) current.evidence.push(cloneEvidence(e));
    const update: Partial<EdgeAttributes> = { weight: current.evidence.length, evidence: current.evidence };
    if (current.role === undefined && relation.role) update.role = relation.role;
    this.graph.mergeEdgeAttributes(key, update);
  }
}

/** Adds `value` to `set`; true when it was new. */
function addNew(set: Set<string>, value: string): boolean {
  if (set.has(value)) return false;
  set.add(value);
  return true;
}

function cleanList(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * The normalized names an entity merges by: its label and its aliases that are not titles. A
 * person named in full merges only by full names (two people who share a surname, "Hillary
 * Clinton" and "Bill Clinton", both with the alias "Clinton", stay two); a person known by one
 * word only ("Saddam", or a surname the document never completed, "Ayatollah Khamenei") merges
 * with others known by that word alone.
 */
function nameKeys(
  kind: EntityKind,
  label: string,
  aliases: readonly string[],
  titles: readonly string[],
): string[] {
  const titleKeys = new Set(titles.map(normalizeName));
  const names = [normalizeName(label)];
  for (const alias of aliases) {
    const name = normalizeName(alias);
    if (!titleKeys.has(name)) names.push(name);
  }
  const unique = [...new Set(names)].filter((name) => name !== '');
  if (kind !== 'person') return unique;
  const full = unique.filter(isFullName);
  if (full.length > 0) return full;
  return [...new Set(unique.map((n) => nameWords(n).join(' ')).filter((n) => n !== ''))];
}

const KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** Throws BadInputError naming the first problem of a document's input. */
function validateInput(input: DocGraphInput): void {
  const where = `GraphBuilder.addDocument: document "${input.doc?.id}"`;
  const fail = (problem: string): never => {
    throw new BadInputError(`${where}: ${problem}`);
  };
  if (typeof input.doc?.id !== 'string' || input.doc.id === '') fail('no document id');
  if (!Array.isArray(input.entities) || !Array.isArray(input.relations))
    fail('entities and relations must be arrays');
  const ids = new Set<string>();
  for (const entity of input.entities) {
    if (ids.has(entity.id)) fail(`entity id "${entity.id}" appears twice`);
    ids.add(entity.id);
    if (!KINDS.has(entity.kind)) fail(`entity "${entity.id}" has unknown kind "${entity.kind}"`);
    if (typeof entity.label !== 'string' || entity.label.trim() === '')
      fail(`entity "${entity.id}" has no label`);
    if (!Array.isArray(entity.aliases) || !Array.isArray(entity.titles)) {
      fail(`entity "${entity.id}" needs aliases and titles arrays`);
    }
    if (!Number.isFinite(entity.mentionCount) || entity.mentionCount < 0) {
      fail(`entity "${entity.id}" has a bad mentionCount`);
    }
  }
  for (const relation of input.relations) {
    if (!isRelationType(relation.relation)) fail(`unknown relation "${relation.relation}"`);
    for (const end of [relation.source, relation.target]) {
      if (!ids.has(end)) fail(`relation ${relation.relation} refers to unknown entity "${end}"`);
    }
    if (!Array.isArray(relation.evidence)) fail(`relation ${relation.relation} has no evidence array`);
  }
}
