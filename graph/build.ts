/**
 * Building and merging the graph
 *
 * GraphBuilder merges one document's entities and relations at a time into a knowledge graph, by
 * the rules of graph/merge (shared with the PostgreSQL store). Entities merge by kind and normalized
 * name (label or name alias, never a title), through an index kept beside the graph so that ten
 * thousand documents merge in linear time; relations merge by edge key and accumulate their
 * evidence. The same input order always gives the same graph.
 */

import { insertSorted } from './_sorted.ts';
import { edgeConfidence, evidenceConfidence } from './confidence.ts';
import { createGraph } from './create.ts';
import { cloneDocumentInfo, evidenceId } from './evidence.ts';
import { type MergeEdge, type MergeNode, type MergeTarget, mergeDocument, nameKeys } from './merge.ts';
import { RELATIONS } from './relations.ts';
import type { DocGraphInput, EdgeAttributes, EntityKind, Evidence, KnowledgeGraph } from './types.ts';

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
  readonly #target: MergeTarget;

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
    this.#target = this.#graphTarget();
  }

  /**
   * Merges one document. Returns false, and changes nothing, when a document with the same id or the
   * same hash is already in the graph. Throws BadInputError, before any change, on malformed input.
   */
  addDocument(input: DocGraphInput): boolean {
    const { doc } = input;
    if (this.#docIds.has(doc.id) || (doc.hash !== undefined && this.#hashes.has(doc.hash))) return false;
    mergeDocument(this.#target, input);
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

  /** The merge rules' view of the graph and its indexes. */
  #graphTarget(): MergeTarget {
    const graph = this.graph;
    const names = this.#names;
    const evidence = this.#evidence;
    const seenOf = (key: string): Set<string> => {
      let seen = evidence.get(key);
      if (seen === undefined) {
        seen = new Set(graph.getEdgeAttribute(key, 'evidence').map(evidenceId));
        evidence.set(key, seen);
      }
      return seen;
    };
    return {
      nameOwner: (indexKey) => names.get(indexKey),
      claimName: (indexKey, key) => {
        if (!names.has(indexKey)) names.set(indexKey, key);
      },
      hasNode: (key) => graph.hasNode(key),
      node: (key): MergeNode => graph.getNodeAttributes(key),
      addNode: (key, attributes, docId) => graph.addNode(key, { ...attributes, docs: [docId] }),
      updateNode: (key, attributes, docId) => {
        const docs = graph.getNodeAttribute(key, 'docs');
        insertSorted(docs, docId);
        graph.mergeNodeAttributes(key, { ...attributes, docs });
      },
      edge: (key): MergeEdge | undefined => (graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined),
      addEdge: (key, source, target, attributes: EdgeAttributes) => {
        if (RELATIONS[attributes.relation].symmetric)
          graph.addUndirectedEdgeWithKey(key, source, target, attributes);
        else graph.addDirectedEdgeWithKey(key, source, target, attributes);
        evidence.set(key, new Set(attributes.evidence.map(evidenceId)));
      },
      evidenceIds: (key) => seenOf(key),
      extendEdge: (key, fresh: Evidence[], role) => {
        const seen = seenOf(key);
        const current = graph.getEdgeAttributes(key);
        // the highest so far (an edge read from a file without one: its evidence's), or nothing
        let confidence =
          current.evidence.length === 0 ? 0 : (current.confidence ?? edgeConfidence(current.evidence));
        for (const e of fresh) {
          seen.add(evidenceId(e));
          current.evidence.push(e);
          confidence = Math.max(confidence, evidenceConfidence(e));
        }
        if (current.evidence.length === 0) confidence = edgeConfidence(current.evidence);
        const update: Partial<EdgeAttributes> = {
          weight: current.evidence.length,
          confidence,
          evidence: current.evidence,
        };
        if (role !== undefined) update.role = role;
        graph.mergeEdgeAttributes(key, update);
      },
    };
  }
}
