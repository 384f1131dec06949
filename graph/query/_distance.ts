/**
 * Bounded edit distance (internal)
 *
 * Levenshtein distance that gives up once it is sure to exceed a bound, so fuzzy lookup over every
 * name of a large graph stays cheap. Two rows of a reused buffer, no allocation per call.
 */

let previous = new Uint32Array(64);
let current = new Uint32Array(64);

/** Edit distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (previous.length <= n) {
    previous = new Uint32Array(n + 1);
    current = new Uint32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[n]!;
}
