/**
 * Entity search
 *
 * An index over node labels and aliases and a ranked lookup for the autocomplete. Matching ignores
 * case, diacritics, hyphens and punctuation ("al Nuri" finds "al-Nuri") and works on word starts:
 * every word of the query must begin a word of the name, in order ("usa" finds the alias "USA", never
 * "Jerusalem" or "Susan"). An exact name beats a name that starts with the query, which beats word
 * starts; a label beats an alias; then the more important entity (mentions + relations) comes first,
 * so a 219-mention person outranks an 8-mention organization of the same name. When nothing matches,
 * a fuzzy fallback accepts names whose words are within one or two edits of the query's ("kazemy").
 * Entities sharing a label are told apart by their kind and their strongest neighbour. Pure: the DOM
 * side lives in search-box.ts.
 */

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  mentions: number;
  degree: number;
  /** Normalised label, then normalised aliases. */
  names: string[];
  /** Aliases as written, parallel to names.slice(1). */
  aliases: string[];
  /** Label of the neighbour with the most evidence (tells namesakes apart), or null. */
  context: string | null;
}

export interface SearchHit {
  key: string;
  label: string;
  kind: string;
  /** The alias that matched, when it was not the label. */
  via: string | null;
  /** For entities whose label another hit shares: their strongest neighbour ("with Iran"). */
  context?: string | null;
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
    let best: string | null = null;
    let bestWeight = 0;
    graph.forEachEdge(key, (_e, ea, source, target) => {
      const w = typeof ea.weight === 'number' ? ea.weight : 1;
      if (w <= bestWeight) return;
      bestWeight = w;
      const other = source === key ? target : source;
      best = String(graph.getNodeAttribute(other, 'label') ?? other);
    });
    entries.push({
      key,
      label,
      kind: String(attrs.kind ?? ''),
      mentions: typeof attrs.mentions === 'number' ? attrs.mentions : 0,
      degree: graph.degree(key),
      names: [normalizeQuery(label), ...aliases.map(normalizeQuery)],
      aliases,
      context: best,
    });
  });
  return entries;
}

/**
 * How well `name` matches the query words: 3 exact, 2 the name starts with the query, 1 every query
 * word starts a name word in order, -1 no match.
 */
export function wordStartMatch(name: string, q: string, qWords: readonly string[]): number {
  if (name === q) return 3;
  if (name.startsWith(q)) return 2;
  const words = name.split(' ');
  let at = 0;
  for (const qw of qWords) {
    while (at < words.length && !(words[at] as string).startsWith(qw)) at++;
    if (at === words.length) return -1;
    at++;
  }
  return 1;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Edits a query word of this length may be away from a name word: none up to 3 letters, then 1, then 2. */
function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Fuzzy distance: every query word within its allowed edits of a name word (total edits); -1 otherwise. */
function fuzzyMatch(name: string, qWords: readonly string[]): number {
  const words = name.split(' ');
  let total = 0;
  for (const qw of qWords) {
    const max = allowedEdits(qw.length);
    // Short words must start a name word as typed.
    if (max === 0) {
      if (!words.some((w) => w.startsWith(qw))) return -1;
      continue;
    }
    let best = max + 1;
    for (const w of words) {
      // A word start may be compared too ("halvor" typed for "halvorsen").
      const d = Math.min(editDistance(qw, w, max), editDistance(qw, w.slice(0, qw.length), max));
      if (d < best) best = d;
    }
    if (best > max) return -1;
    total += best;
  }
  return total;
}

/** Best matches for `query`, at most `limit`. An empty query matches nothing. */
export function searchEntities(index: readonly SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const qWords = q.split(' ');
  type Scored = { entry: SearchEntry; via: string | null; score: number };
  const scored: Scored[] = [];
  for (const entry of index) {
    let best = -1;
    let via: string | null = null;
    entry.names.forEach((name, i) => {
      const quality = wordStartMatch(name, q, qWords);
      if (quality < 0) return;
      const score = quality * 2 + (i === 0 ? 1 : 0);
      if (score > best) {
        best = score;
        via = i === 0 ? null : (entry.aliases[i - 1] ?? null);
      }
    });
    if (best >= 0) scored.push({ entry, via, score: best });
  }
  if (scored.length === 0) {
    for (const entry of index) {
      let best = Number.POSITIVE_INFINITY;
      let via: string | null = null;
      entry.names.forEach((name, i) => {
        const d = fuzzyMatch(name, qWords);
        if (d >= 0 && d < best) {
          best = d;
          via = i === 0 ? null : (entry.aliases[i - 1] ?? null);
        }
      });
      // Fewer edits score higher; all fuzzy scores stay below every exact one.
      if (Number.isFinite(best)) scored.push({ entry, via, score: -best });
    }
  }
  const weight = (e: SearchEntry) => e.mentions + e.degree;
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      weight(b.entry) - weight(a.entry) ||
      (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0),
  );
  const top = scored.slice(0, limit);
  const labels = new Map<string, number>();
  for (const s of top) labels.set(s.entry.label, (labels.get(s.entry.label) ?? 0) + 1);
  return top.map(({ entry, via }) => {
    const hit: SearchHit = { key: entry.key, label: entry.label, kind: entry.kind, via };
    if ((labels.get(entry.label) ?? 0) > 1) hit.context = entry.context;
    return hit;
  });
}
