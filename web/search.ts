/**
 * Entity search
 *
 * An index over node labels and aliases and a ranked lookup for the autocomplete: matching ignores
 * case, diacritics, hyphens and punctuation ("al Kazemi" finds "al-Kazemi"); an exact name beats a
 * prefix, which beats a word start, which beats a match inside a word; then a label beats an alias,
 * then more mentions, then the label. Pure: the DOM
 * side lives in search-box.ts.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  mentions: number;
  /** Normalised label, then normalised aliases. */
  names: string[];
  /** Aliases as written, parallel to names.slice(1). */
  aliases: string[];
}

export interface SearchHit {
  key: string;
  label: string;
  kind: string;
  /** The alias that matched, when it was not the label. */
  via: string | null;
}

/** Lower case, no diacritics, punctuation and hyphens as single spaces. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(graph: Graph<Attributes, Attributes, Attributes>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, attrs) => {
    const label = typeof attrs.label === 'string' ? attrs.label : key;
    const raw = Array.isArray(attrs.aliases)
      ? attrs.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    const aliases = raw.filter((a) => a !== label);
    entries.push({
      key,
      label,
      kind: String(attrs.kind ?? ''),
      mentions: typeof attrs.mentions === 'number' ? attrs.mentions : 0,
      names: [normalizeQuery(label), ...aliases.map(normalizeQuery)],
      aliases,
    });
  });
  return entries;
}

/** Best matches for `query`, at most `limit`. An empty query matches nothing. */
export function searchEntities(index: readonly SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number; mentions: number }[] = [];
  for (const entry of index) {
    let best = -1;
    let via: string | null = null;
    entry.names.forEach((name, i) => {
      const at = name.indexOf(q);
      if (at < 0) return;
      const quality = name === q ? 3 : at === 0 ? 2 : name[at - 1] === ' ' ? 1 : 0;
      const score = quality * 2 + (i === 0 ? 1 : 0);
      if (score > best) {
        best = score;
        via = i === 0 ? null : (entry.aliases[i - 1] ?? null);
      }
    });
    if (best >= 0) {
      scored.push({
        hit: { key: entry.key, label: entry.label, kind: entry.kind, via },
        score: best,
        mentions: entry.mentions,
      });
    }
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.mentions - a.mentions ||
      (a.hit.label < b.hit.label ? -1 : a.hit.label > b.hit.label ? 1 : 0),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}
