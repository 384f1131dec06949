/**
 * Merging relations
 *
 * Relations with the same (relation, source, target), the pair sorted for symmetric relations,
 * become one relation with all their evidence.
 */

import { RELATIONS } from '../../graph/relations.ts';
import type { Relation } from '../types.ts';

/** Merges relations with the same (relation, source, target) into one with all their evidence. */
export function mergeRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    const [a, b] =
      RELATIONS[r.relation].symmetric && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    const key = `${r.relation}|${a}|${b}`;
    const have = byKey.get(key);
    if (have) have.evidence.push(...r.evidence);
    else byKey.set(key, { ...r, evidence: [...r.evidence] });
  }
  return [...byKey.values()];
}
