/**
 * Tune / check splits
 *
 * Every development set is cut once, deterministically, into two halves by a hash of a record's
 * group key (a document id, a PLOVER record id): the *tune* half, whose errors may be read and
 * written rules for, and the *check* half, which only gives scores. A change counts as an
 * improvement when the check half improves. The hash is FNV-1a (32 bit), so the split never depends
 * on file order and never changes when records are added.
 */

/** Which half of a set to score. */
export type Split = 'tune' | 'check' | 'all';

export const SPLITS: readonly Split[] = ['tune', 'check', 'all'];

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The half a group key falls in. */
export function halfOf(key: string): 'tune' | 'check' {
  return fnv1a(key) % 2 === 0 ? 'tune' : 'check';
}

/** True when a record with this group key is scored under `split`. */
export function inSplit(key: string, split: Split): boolean {
  return split === 'all' || halfOf(key) === split;
}
