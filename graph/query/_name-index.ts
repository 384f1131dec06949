/**
 * Name index of a graph (internal)
 *
 * findEntity's lookup tables: normalized labels, aliases and their words → node keys. Built on first
 * use and kept per graph in a WeakMap; any change to the graph's nodes drops it, so the next lookup
 * rebuilds it. A CLI query or a search box then costs a map lookup, not a pass over every alias.
 */

import { normalizeName } from '../keys.ts';
import type { KnowledgeGraph } from '../types.ts';

/** One node's normalized names. */
export interface IndexedNode {
  key: string;
  label: string;
  aliases: string[];
}

/** Lookup tables over a graph's names. */
export interface NameIndex {
  nodes: IndexedNode[];
  byLabel: Map<string, string[]>;
  byAlias: Map<string, string[]>;
  byLabelWord: Map<string, string[]>;
  byAliasWord: Map<string, string[]>;
}

const indexes = new WeakMap<KnowledgeGraph, NameIndex>();
const watched = new WeakSet<KnowledgeGraph>();

const INVALIDATING_EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'cleared',
] as const;

function push(map: Map<string, string[]>, name: string, key: string): void {
  const keys = map.get(name);
  if (keys === undefined) map.set(name, [key]);
  else if (keys[keys.length - 1] !== key) keys.push(key);
}

/** The name index of `graph`, built now if the graph changed since the last call. */
export function nameIndex(graph: KnowledgeGraph): NameIndex {
  const cached = indexes.get(graph);
  if (cached !== undefined) return cached;
  if (!watched.has(graph)) {
    watched.add(graph);
    for (const event of INVALIDATING_EVENTS) graph.on(event, () => indexes.delete(graph));
  }
  const index: NameIndex = {
    nodes: [],
    byLabel: new Map(),
    byAlias: new Map(),
    byLabelWord: new Map(),
    byAliasWord: new Map(),
  };
  graph.forEachNode((key, attributes) => {
    const label = normalizeName(attributes.label ?? '');
    const aliases = [...new Set((attributes.aliases ?? []).map(normalizeName))];
    index.nodes.push({ key, label, aliases });
    push(index.byLabel, label, key);
    for (const word of new Set(label.split(' '))) push(index.byLabelWord, word, key);
    for (const alias of aliases) {
      push(index.byAlias, alias, key);
      for (const word of new Set(alias.split(' '))) push(index.byAliasWord, word, key);
    }
  });
  indexes.set(graph, index);
  return index;
}
