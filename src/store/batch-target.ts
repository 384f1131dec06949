/**
 * A batch of rows as a merge target
 *
 * The store merges documents with graph/merge's rules, like GraphBuilder, but against rows: the rows
 * a batch needs (name owners, entities, taken keys, edges, evidence identities) are loaded first
 * (load-rows.ts), changed here in memory, and written back at the end of the batch (write-rows.ts).
 * Reading a row that was not loaded is a bug, reported as such rather than answered wrongly.
 */

import { evidenceId } from '../../graph/evidence.ts';
import type { MergeEdge, MergeNode, MergeTarget } from '../../graph/merge.ts';
import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import type { EdgeAttributes, Evidence } from '../../graph/types.ts';

/** An entity row and what the batch did to it. */
export interface NodeRow {
  key: string;
  seq: number;
  attributes: MergeNode;
  isNew: boolean;
  dirty: boolean;
}

/** A relation row and the evidence the batch adds to it. */
export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  relation: RelationType;
  undirected: boolean;
  label: string;
  seq: number;
  weight: number;
  role?: string;
  isNew: boolean;
  dirty: boolean;
  /** Evidence added by this batch, in order. */
  added: { seq: number; evidence: Evidence }[];
}

/** The next sequence numbers: creation order of entities, relations and evidence. */
export interface Sequences {
  entity: number;
  relation: number;
  evidence: number;
  document: number;
}

/** Rows loaded for a batch and the changes merged into them. */
export class BatchTarget implements MergeTarget {
  /** index key → owner, or null when the database has none. */
  readonly names = new Map<string, string | null>();
  readonly newNames: [string, string][] = [];
  readonly nodes = new Map<string, NodeRow>();
  /** Entity keys that exist (loaded or not), and the key bases probed for them. */
  readonly taken = new Set<string>();
  readonly probedBases = new Set<string>();
  /** `${entity}\u0000${doc}` → mentions added. */
  readonly mentions = new Map<string, { entity: string; doc: string; count: number }>();
  /** edge key → row, or null when the database has none. */
  readonly edges = new Map<string, EdgeRow | null>();
  /** edge key → identities of its stored evidence from the documents of this batch. */
  readonly evidence = new Map<string, Set<string>>();
  readonly seq: Sequences;

  constructor(seq: Sequences) {
    this.seq = seq;
  }

  nameOwner(indexKey: string): string | undefined {
    const owner = this.names.get(indexKey);
    if (owner === undefined) throw new Error(`BatchTarget: name "${indexKey}" was not loaded`);
    return owner ?? undefined;
  }

  claimName(indexKey: string, key: string): void {
    if ((this.names.get(indexKey) ?? null) !== null) return;
    this.names.set(indexKey, key);
    this.newNames.push([indexKey, key]);
  }

  hasNode(key: string): boolean {
    return this.taken.has(key) || this.nodes.has(key);
  }

  node(key: string): MergeNode {
    return this.#row(key).attributes;
  }

  addNode(key: string, attributes: MergeNode, docId: string): void {
    this.nodes.set(key, { key, seq: this.seq.entity++, attributes, isNew: true, dirty: true });
    this.taken.add(key);
    this.#mention(key, docId, attributes.mentions);
  }

  updateNode(key: string, attributes: MergeNode, docId: string): void {
    const row = this.#row(key);
    this.#mention(key, docId, attributes.mentions - row.attributes.mentions);
    row.attributes = attributes;
    row.dirty = true;
  }

  edge(key: string): MergeEdge | undefined {
    const row = this.edges.get(key);
    if (row === undefined) throw new Error(`BatchTarget: edge "${key}" was not loaded`);
    return row ?? undefined;
  }

  addEdge(key: string, source: string, target: string, attributes: EdgeAttributes): void {
    const row: EdgeRow = {
      key,
      source,
      target,
      relation: attributes.relation,
      undirected: RELATIONS[attributes.relation].symmetric,
      label: attributes.label,
      seq: this.seq.relation++,
      weight: 0,
      isNew: true,
      dirty: true,
      added: [],
    };
    if (attributes.role !== undefined) row.role = attributes.role;
    this.edges.set(key, row);
    this.evidence.set(key, new Set());
    this.extendEdge(key, attributes.evidence, undefined);
  }

  evidenceIds(key: string): ReadonlySet<string> {
    return this.evidence.get(key) ?? new Set();
  }

  extendEdge(key: string, evidence: Evidence[], role: string | undefined): void {
    const row = this.edges.get(key);
    if (!row) throw new Error(`BatchTarget: edge "${key}" was not loaded`);
    let seen = this.evidence.get(key);
    if (seen === undefined) {
      seen = new Set();
      this.evidence.set(key, seen);
    }
    for (const e of evidence) {
      seen.add(evidenceId(e));
      row.added.push({ seq: this.seq.evidence++, evidence: e });
    }
    row.weight += evidence.length;
    if (role !== undefined) row.role = role;
    row.dirty = true;
  }

  #row(key: string): NodeRow {
    const row = this.nodes.get(key);
    if (row === undefined) throw new Error(`BatchTarget: entity "${key}" was not loaded`);
    return row;
  }

  #mention(entity: string, doc: string, count: number): void {
    const id = `${entity}\u0000${doc}`;
    const current = this.mentions.get(id);
    if (current) current.count += count;
    else this.mentions.set(id, { entity, doc, count });
  }
}
