/**
 * Sorted string arrays (internal)
 *
 * Locale-independent ordering and sorted-unique insertion, so every array stored in the graph
 * (aliases, titles, docs) is sorted the same way in Node and in every browser, whatever the locale.
 */

/** Order of UTF-16 code units: deterministic everywhere, unlike `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Insert `value` into the sorted unique array `sorted` in place; true when it was not there. */
export function insertSorted(sorted: string[], value: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const cmp = compareStrings(sorted[mid]!, value);
    if (cmp === 0) return false;
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, value);
  return true;
}

/** A new sorted array of the unique values. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}
