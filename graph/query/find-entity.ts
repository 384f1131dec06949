/**
 * Finding an entity by name
 *
 * Resolves what a person types ("Varga", "president varga", "Al Nuri", a node key) to one
 * node: exact key, then normalized label, then normalized alias, then a word of a name ("Varga"
 * finds "Tomas Varga"), preferring the most mentioned entity; a close spelling only as a last
 * resort. When nothing fits, a NotFoundError carries the closest labels as suggestions.
 */

import { compareStrings } from '../_sorted.ts';
import { NotFoundError } from '../errors.ts';
import { isNameFiller, nodeKey, normalizeName } from '../keys.ts';
import { ENTITY_KINDS, type EntityKind, type KnowledgeGraph } from '../types.ts';
import { editDistance } from './_distance.ts';
import { type IndexedNode, type NameIndex, nameIndex } from './_name-index.ts';
import type { EntityMatch, MatchKind } from './types.ts';

/** How many suggestions a NotFoundError carries. */
const MAX_SUGGESTIONS = 5;

interface Hit {
  key: string;
  rank: number;
}

/** Rank → how the match is reported. Lower ranks win. */
const RANK_KIND: readonly MatchKind[] = ['label', 'alias', 'label', 'alias', 'fuzzy'];

/**
 * The entity best matching `nameOrKey` (a node key, a label, an alias or a word of a name; case,
 * diacritics, hyphens and apostrophes do not matter).
 * @throws NotFoundError with up to five suggested labels when nothing fits.
 * @example
 *   findEntity(graph, 'al nuri'); // → { key: 'person/karim-al-nuri', matchedBy: 'alias', … }
 */
export function findEntity(graph: KnowledgeGraph, nameOrKey: string): EntityMatch {
  const query = nameOrKey.trim();
  const byKey = keyOf(graph, query);
  if (byKey !== undefined)
    return { key: byKey, attributes: graph.getNodeAttributes(byKey), matchedBy: 'key' };

  const wanted = normalizeName(query);
  if (wanted === '') throw new NotFoundError(`findEntity: no entity matches "${nameOrKey}"`, []);
  const index = nameIndex(graph);
  const hit = exactOrWords(graph, index, wanted) ?? closest(graph, index, wanted);
  if (hit !== undefined) {
    return {
      key: hit.key,
      attributes: graph.getNodeAttributes(hit.key),
      matchedBy: RANK_KIND[Math.floor(hit.rank)] ?? 'fuzzy',
    };
  }
  throw new NotFoundError(`findEntity: no entity matches "${nameOrKey}"`, suggest(graph, index, wanted));
}

/** The best of `keys` at `rank`: most mentions, then smallest key. */
function pick(graph: KnowledgeGraph, keys: readonly string[], rank: number): Hit | undefined {
  let best: Hit | undefined;
  for (const key of keys) {
    const hit = { key, rank };
    if (best === undefined || better(graph, hit, best)) best = hit;
  }
  return best;
}

/** Label, alias, then every word of the query among a label's, then an alias's words. */
function exactOrWords(graph: KnowledgeGraph, index: NameIndex, wanted: string): Hit | undefined {
  const label = index.byLabel.get(wanted);
  if (label !== undefined) return pick(graph, label, 0);
  const alias = index.byAlias.get(wanted);
  if (alias !== undefined) return pick(graph, alias, 1);
  const words = wanted.split(' ');
  if (!words.some((w) => w.length >= 3 && !isNameFiller(w))) return undefined;
  for (const [rank, byWord] of [
    [2, index.byLabelWord],
    [3, index.byAliasWord],
  ] as const) {
    let keys: string[] | undefined;
    for (const word of words) {
      const withWord = byWord.get(word) ?? [];
      keys = keys === undefined ? withWord : keys.filter((key) => withWord.includes(key));
      if (keys.length === 0) break;
    }
    if (keys !== undefined && keys.length > 0) return pick(graph, keys, rank);
  }
  return undefined;
}

/** The entity with the closest spelling, when close enough for the query's length. */
function closest(graph: KnowledgeGraph, index: NameIndex, wanted: string): Hit | undefined {
  const limit = wanted.length < 4 ? 0 : wanted.length <= 5 ? 1 : wanted.length <= 9 ? 2 : 3;
  if (limit === 0) return undefined;
  let best: Hit | undefined;
  for (const node of index.nodes) {
    const distance = closestDistance(
      wanted,
      node,
      best === undefined ? limit : Math.round((best.rank - 4) * 10),
    );
    if (distance > limit) continue;
    const hit = { key: node.key, rank: 4 + distance / 10 };
    if (best === undefined || better(graph, hit, best)) best = hit;
  }
  return best;
}

/**
 * The node key `entity` names: itself when it is a key, otherwise findEntity's answer.
 * @throws NotFoundError when nothing fits.
 */
export function resolveEntity(graph: KnowledgeGraph, entity: string): string {
  return graph.hasNode(entity) ? entity : findEntity(graph, entity).key;
}

/** An exact key, or a key typed loosely ("Person/Tomas Varga"). */
function keyOf(graph: KnowledgeGraph, query: string): string | undefined {
  if (graph.hasNode(query)) return query;
  const slash = query.indexOf('/');
  if (slash < 0) return undefined;
  const kind = query.slice(0, slash).toLowerCase();
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) return undefined;
  const key = nodeKey(kind as EntityKind, query.slice(slash + 1));
  return graph.hasNode(key) ? key : undefined;
}

function better(graph: KnowledgeGraph, a: Hit, b: Hit): boolean {
  if (a.rank !== b.rank) return a.rank < b.rank;
  const ma = graph.getNodeAttribute(a.key, 'mentions') ?? 0;
  const mb = graph.getNodeAttribute(b.key, 'mentions') ?? 0;
  if (ma !== mb) return ma > mb;
  return compareStrings(a.key, b.key) < 0;
}

/** Smallest edit distance from `wanted` to a name or (for one-word queries) a word of the label. */
function closestDistance(wanted: string, node: IndexedNode, limit: number): number {
  let best = limit + 1;
  const targets = [node.label, ...node.aliases];
  if (!wanted.includes(' ')) targets.push(...node.label.split(' ').filter((w) => w.length >= 4));
  for (const target of targets) best = Math.min(best, editDistance(wanted, target, best));
  return best;
}

/** Labels of the entities closest to `wanted`, best first. */
function suggest(graph: KnowledgeGraph, index: NameIndex, wanted: string): string[] {
  const scored: { key: string; label: string; score: number }[] = [];
  for (const node of index.nodes) {
    let score = Number.POSITIVE_INFINITY;
    for (const target of [node.label, ...node.aliases, ...node.label.split(' ')]) {
      if (target === '') continue;
      const length = Math.max(target.length, wanted.length);
      const contained = target.length >= 3 && (target.includes(wanted) || wanted.includes(target));
      const limit = Math.ceil(length * 0.5);
      const distance = editDistance(wanted, target, limit);
      if (distance <= limit) score = Math.min(score, (distance / length) * (contained ? 0.25 : 1));
      else if (contained) score = Math.min(score, 0.5);
    }
    if (score <= 0.5) scored.push({ key: node.key, label: graph.getNodeAttribute(node.key, 'label'), score });
  }
  const mentions = (key: string) => graph.getNodeAttribute(key, 'mentions') ?? 0;
  scored.sort(
    (a, b) => a.score - b.score || mentions(b.key) - mentions(a.key) || compareStrings(a.label, b.label),
  );
  return [...new Set(scored.map((s) => s.label))].slice(0, MAX_SUGGESTIONS);
}
