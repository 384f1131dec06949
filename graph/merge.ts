/**
 * The merge rules
 *
 * How one document's entities and relations merge into what is already known, written once against
 * a small MergeTarget interface so that every place that merges — GraphBuilder over a graphology
 * graph, the PostgreSQL store over rows loaded for a batch — follows the same rules: an entity joins
 * the first entity of its kind already holding one of its names (label or name alias, never a title),
 * else it takes a free key; a merged node keeps the fuller label, the union of aliases and titles and
 * the sum of mentions; relations merge by edge key (symmetric ones with sorted endpoints) and
 * accumulate evidence, each sentence once; an edge's confidence is the highest of its evidence's.
 */

import { compareStrings, insertSorted, sortedUnique } from './_sorted.ts';
import { edgeConfidence } from './confidence.ts';
import { BadInputError } from './errors.ts';
import { cloneEvidence, evidenceId } from './evidence.ts';
import { edgeKey, nodeKey, normalizeName } from './keys.ts';
import { isFullName, nameWords, preferLabel } from './label.ts';
import { isRelationType, RELATIONS, type RelationType } from './relations.ts';
import {
  type DocEntity,
  type DocGraphInput,
  type DocRelation,
  type EdgeAttributes,
  ENTITY_KINDS,
  type EntityKind,
  type Evidence,
  type NodeAttributes,
} from './types.ts';

/** The node fields the merge rules read and change (docs are added one id at a time). */
export type MergeNode = Pick<NodeAttributes, 'label' | 'kind' | 'aliases' | 'titles' | 'mentions'>;

/** What a merge needs to know about an existing edge. */
export interface MergeEdge {
  role?: string;
}

/** Where documents merge into: the store behind GraphBuilder, or a batch of database rows. */
export interface MergeTarget {
  /** The node key that first claimed `${kind}:${normalized name}`, if any. */
  nameOwner(indexKey: string): string | undefined;
  /** Claims a name for a node; a name already claimed keeps its first owner. */
  claimName(indexKey: string, key: string): void;
  hasNode(key: string): boolean;
  /** The current fields of an existing node. */
  node(key: string): MergeNode;
  /** Adds a node mentioned by document `docId`. */
  addNode(key: string, attributes: MergeNode, docId: string): void;
  /** Replaces a node's merged fields and records that `docId` mentions it. */
  updateNode(key: string, attributes: MergeNode, docId: string): void;
  /** An existing edge, or undefined. */
  edge(key: string): MergeEdge | undefined;
  addEdge(key: string, source: string, target: string, attributes: EdgeAttributes): void;
  /** Identities (evidenceId) of the edge's evidence from the documents `docIds`. */
  evidenceIds(key: string, docIds: ReadonlySet<string>): ReadonlySet<string>;
  /** Appends new evidence to an edge, and sets its role when `role` is given. */
  extendEdge(key: string, evidence: Evidence[], role: string | undefined): void;
}

/**
 * Merges one document's entities and relations into `target` (the document record itself is the
 * caller's). Throws BadInputError, before any change, on malformed input.
 */
export function mergeDocument(target: MergeTarget, input: DocGraphInput): void {
  validateInput(input);
  const keys = mergeEntities(target, input);
  for (const relation of input.relations) mergeRelation(target, relation, keys);
}

/** Merges a document's entities; returns document-local id → node key. Input must be valid. */
export function mergeEntities(target: MergeTarget, input: DocGraphInput): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entity of input.entities) keys.set(entity.id, mergeEntity(target, entity, input.doc.id));
  return keys;
}

function mergeEntity(target: MergeTarget, entity: DocEntity, docId: string): string {
  const label = entity.label.trim();
  const aliases = cleanList(entity.aliases);
  const titles = cleanList(entity.titles);
  const names = nameKeys(entity.kind, label, aliases, titles);

  let key: string | undefined;
  for (const name of names) {
    key = target.nameOwner(`${entity.kind}:${name}`);
    if (key !== undefined) break;
  }

  if (key === undefined) {
    key = freeKey(nodeKey(entity.kind, label), (k) => target.hasNode(k));
    target.addNode(
      key,
      {
        label,
        kind: entity.kind,
        aliases: sortedUnique([label, ...aliases, ...titles]),
        titles: sortedUnique(titles),
        mentions: entity.mentionCount,
      },
      docId,
    );
  } else {
    const current = target.node(key);
    const merged: MergeNode = {
      label: preferLabel(current.label, label),
      kind: current.kind,
      aliases: [...current.aliases],
      titles: [...current.titles],
      mentions: current.mentions + entity.mentionCount,
    };
    for (const alias of [label, ...aliases, ...titles]) insertSorted(merged.aliases, alias);
    for (const title of titles) insertSorted(merged.titles, title);
    target.updateNode(key, merged, docId);
  }
  for (const name of names) target.claimName(`${entity.kind}:${name}`, key);
  return key;
}

/** `base`, or `base-2`, `base-3`… when an unrelated entity already holds it. */
export function freeKey(base: string, taken: (key: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The edge a relation merges into: its key and endpoints; null for a relation of a node to itself. */
export function relationEdge(
  relation: DocRelation,
  keys: ReadonlyMap<string, string>,
): { key: string; source: string; target: string; relation: RelationType } | null {
  const from = keys.get(relation.source)!;
  const to = keys.get(relation.target)!;
  if (from === to) return null;
  const symmetric = RELATIONS[relation.relation].symmetric;
  const [source, target] = symmetric && compareStrings(to, from) < 0 ? [to, from] : [from, to];
  return { key: edgeKey(relation.relation, source, target), source, target, relation: relation.relation };
}

/** Merges one relation whose entities are already merged (`keys`: document id → node key). */
export function mergeRelation(
  target: MergeTarget,
  relation: DocRelation,
  keys: ReadonlyMap<string, string>,
): void {
  const edge = relationEdge(relation, keys);
  if (edge === null) return;
  const current = target.edge(edge.key);
  if (current === undefined) {
    const seen = new Set<string>();
    const evidence = relation.evidence.filter((e) => addNew(seen, evidenceId(e))).map(cloneEvidence);
    const attributes: EdgeAttributes = {
      relation: relation.relation,
      label: RELATIONS[relation.relation].label,
      weight: evidence.length,
      confidence: edgeConfidence(evidence),
      evidence,
    };
    if (relation.role) attributes.role = relation.role;
    target.addEdge(edge.key, edge.source, edge.target, attributes);
    return;
  }
  const known = target.evidenceIds(edge.key, new Set(relation.evidence.map((e) => e.docId)));
  const added = new Set<string>();
  const fresh = relation.evidence
    .filter((e) => {
      const id = evidenceId(e);
      return !known.has(id) && addNew(added, id);
    })
    .map(cloneEvidence);
  const role = current.role === undefined && relation.role ? relation.role : undefined;
  target.extendEdge(edge.key, fresh, role);
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
 * person named in full merges only by full names (two people who share a surname, "Hanna
 * Lund" and "Erik Lund", both with the alias "Lund", stay two); a person known by one
 * word only ("Ronaldo", or a surname the document never completed, "Ayatollah Rahimi") merges
 * with others known by that word alone.
 */
export function nameKeys(
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

/** The `${kind}:${name}` index keys a document's entity merges by (what a store preloads). */
export function entityIndexKeys(entity: DocEntity): string[] {
  const names = nameKeys(
    entity.kind,
    entity.label.trim(),
    cleanList(entity.aliases),
    cleanList(entity.titles),
  );
  return names.map((name) => `${entity.kind}:${name}`);
}

const KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** Throws BadInputError naming the first problem of a document's input. */
export function validateInput(input: DocGraphInput): void {
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
