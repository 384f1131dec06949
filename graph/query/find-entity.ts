/**
 * Finding an entity by name
 *
 * Resolves what a person types ("Khamenei", "ayatollah khamenei", "Al Kazemi", a node key) to one
 * node: exact key, then normalized label, then normalized alias, then a word of a name ("Khamenei"
 * finds "Ali Khamenei"), preferring the most mentioned entity; a close spelling only as a last
 * resort. When nothing fits, a NotFoundError carries the closest labels as suggestions.
 */

import { compareStrings } from '../_sorted.ts';
import { NotFoundError } from '../errors.ts';
import { nodeKey, normalizeName } from '../keys.ts';
import { ENTITY_KINDS, type EntityKind, type KnowledgeGraph, type NodeAttributes } from '../types.ts';
import { editDistance } from './_distance.ts';
import type { EntityMatch, MatchKind } from './types.ts';

/** Words that never identify an entity on their own ("al" of "al-Kazemi"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'of',
  'the',
  'and',
]);

/** How many suggestions a NotFoundError carries. */
const MAX_SUGGESTIONS = 5;

interface Names {
  label: string;
  aliases: string[];
}

interface Hit {
  key: string;
  attributes: NodeAttributes;
  rank: number;
}

/** Rank → how the match is reported. Lower ranks win. */
const RANK_KIND: readonly MatchKind[] = ['label', 'alias', 'label', 'alias', 'fuzzy'];

/**
 * The entity best matching `nameOrKey` (a node key, a label, an alias or a word of a name; case,
 * diacritics, hyphens and apostrophes do not matter).
 * @throws NotFoundError with up to five suggested labels when nothing fits.
 */
export function findEntity(graph: KnowledgeGraph, nameOrKey: string): EntityMatch {
  const query = nameOrKey.trim();
  const byKey = keyOf(graph, query);
  if (byKey !== undefined)
    return { key: byKey, attributes: graph.getNodeAttributes(byKey), matchedBy: 'key' };

  const wanted = normalizeName(query);
  if (wanted === '') throw new NotFoundError(`findEntity: no entity matches "${nameOrKey}"`, []);
  const words = wanted.split(' ');
  const meaningful = words.some((w) => w.length >= 3 && !PARTICLES.has(w));
  const fuzzyLimit = wanted.length < 4 ? 0 : wanted.length <= 5 ? 1 : wanted.length <= 9 ? 2 : 3;

  let best: Hit | undefined;
  const consider = (hit: Hit): void => {
    if (best === undefined || better(hit, best)) best = hit;
  };

  graph.forEachNode((key, attributes) => {
    const names = namesOf(attributes);
    if (names.label === wanted) return consider({ key, attributes, rank: 0 });
    if (names.aliases.includes(wanted)) return consider({ key, attributes, rank: 1 });
    if (best !== undefined && best.rank <= 1) return;
    if (meaningful && containsWords(names.label, words)) return consider({ key, attributes, rank: 2 });
    if (meaningful && names.aliases.some((alias) => containsWords(alias, words))) {
      return consider({ key, attributes, rank: 3 });
    }
    if (fuzzyLimit > 0 && (best === undefined || best.rank >= 4)) {
      const distance = closestDistance(wanted, names, fuzzyLimit);
      if (distance <= fuzzyLimit) consider({ key, attributes, rank: 4 + distance / 10 });
    }
    return undefined;
  });

  if (best !== undefined) {
    const found: Hit = best;
    return {
      key: found.key,
      attributes: found.attributes,
      matchedBy: RANK_KIND[Math.floor(found.rank)] ?? 'fuzzy',
    };
  }
  throw new NotFoundError(`findEntity: no entity matches "${nameOrKey}"`, suggest(graph, wanted));
}

/**
 * The node key `entity` names: itself when it is a key, otherwise findEntity's answer.
 * @throws NotFoundError when nothing fits.
 */
export function resolveEntity(graph: KnowledgeGraph, entity: string): string {
  return graph.hasNode(entity) ? entity : findEntity(graph, entity).key;
}

/** An exact key, or a key typed loosely ("Person/Ali Khamenei"). */
function keyOf(graph: KnowledgeGraph, query: string): string | undefined {
  if (graph.hasNode(query)) return query;
  const slash = query.indexOf('/');
  if (slash < 0) return undefined;
  const kind = query.slice(0, slash).toLowerCase();
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) return undefined;
  const key = nodeKey(kind as EntityKind, query.slice(slash + 1));
  return graph.hasNode(key) ? key : undefined;
}

function namesOf(attributes: NodeAttributes): Names {
  return {
    label: normalizeName(attributes.label),
    aliases: (attributes.aliases ?? []).map(normalizeName),
  };
}

function better(a: Hit, b: Hit): boolean {
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.attributes.mentions !== b.attributes.mentions) return a.attributes.mentions > b.attributes.mentions;
  return compareStrings(a.key, b.key) < 0;
}

/** True when every word of `words` is a whole word of `name`. */
function containsWords(name: string, words: readonly string[]): boolean {
  const own = name.split(' ');
  return words.every((word) => own.includes(word));
}

/** Smallest edit distance from `wanted` to a name or (for one-word queries) a word of the label. */
function closestDistance(wanted: string, names: Names, limit: number): number {
  let best = limit + 1;
  const targets = [names.label, ...names.aliases];
  if (!wanted.includes(' ')) targets.push(...names.label.split(' ').filter((w) => w.length >= 4));
  for (const target of targets) best = Math.min(best, editDistance(wanted, target, best));
  return best;
}

/** Labels of the entities closest to `wanted`, best first. */
function suggest(graph: KnowledgeGraph, wanted: string): string[] {
  const scored: { label: string; score: number; mentions: number }[] = [];
  graph.forEachNode((_key, attributes) => {
    const names = namesOf(attributes);
    let score = Number.POSITIVE_INFINITY;
    for (const target of [names.label, ...names.aliases, ...names.label.split(' ')]) {
      if (target === '') continue;
      const length = Math.max(target.length, wanted.length);
      const limit = Math.ceil(length * 0.5);
      const distance = editDistance(wanted, target, limit);
      const contained = target.length >= 3 && (target.includes(wanted) || wanted.includes(target));
      const partial = contained ? 0.25 : 1;
      if (distance <= limit) score = Math.min(score, (distance / length) * partial);
      else if (partial < 1) score = Math.min(score, 0.5);
    }
    if (score <= 0.5) scored.push({ label: attributes.label, score, mentions: attributes.mentions });
  });
  scored.sort((a, b) => a.score - b.score || b.mentions - a.mentions || compareStrings(a.label, b.label));
  return [...new Set(scored.map((s) => s.label))].slice(0, MAX_SUGGESTIONS);
}
