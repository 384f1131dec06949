/**
 * Choosing a merged entity's label
 *
 * When a document names an entity more fully than the graph does ("Varga" then "Tomas Varga"),
 * the node takes the fuller name. A candidate wins only when it is a longer name containing every
 * word of the current label, and does not start with an honorific or office ("Ayatollah …",
 * "President …"), which belong in aliases and titles rather than in the label.
 */

import { isNameFiller, normalizeName } from './keys.ts';
import { HONORIFICS, OFFICE_WORDS } from './words.ts';

/** Words that open a title rather than a name: one-word honorifics and office words. */
const TITLE_OPENERS: ReadonlySet<string> = new Set([
  ...HONORIFICS.filter((h) => !h.includes(' ')),
  ...OFFICE_WORDS,
]);

/** Longest label we promote; beyond it a "name" is more likely a phrase. */
const MAX_LABEL_WORDS = 6;

/**
 * The better label of `current` and `candidate`: `candidate` when it is a longer multi-word name that
 * contains all of `current`'s words and does not open with an honorific; otherwise `current`.
 */
export function preferLabel(current: string, candidate: string): string {
  const have = normalizeName(current).split(' ');
  const offered = normalizeName(candidate).split(' ');
  if (offered.length <= have.length || offered.length > MAX_LABEL_WORDS) return current;
  const first = offered[0] ?? '';
  if (TITLE_OPENERS.has(first) && !TITLE_OPENERS.has(have[0] ?? '')) return current;
  const words = new Set(offered);
  return have.every((word) => words.has(word)) ? candidate : current;
}

/** The words of a normalized name that identify a person: no particles, no honorifics or offices. */
export function nameWords(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w !== '' && !isNameFiller(w) && !TITLE_OPENERS.has(w));
}

/**
 * True when a normalized person's name is a full name: two or more identifying words ("tomas
 * varga"; not "varga", "al nuri" nor "president varga"). Across documents people merge
 * only on these.
 */
export function isFullName(normalized: string): boolean {
  return nameWords(normalized).length >= 2;
}
