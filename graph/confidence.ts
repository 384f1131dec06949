/**
 * Confidence of evidence and edges
 *
 * Each evidence record may carry a confidence, 0–1 (how likely the extractor is right about that
 * sentence); a record without one, made before confidences existed, counts as 1. An edge's
 * `confidence` is the highest of its evidence's: an edge is as believable as its best sentence.
 * `keepConfident` drops the evidence below a minimum from one document's input before it is merged
 * (what `kg build --min-confidence` does), and the relations left with no evidence.
 */

import type { DocGraphInput, DocRelation, Evidence } from './types.ts';

/** The confidence of one evidence record; absent counts as 1. */
export function evidenceConfidence(evidence: Evidence): number {
  return evidence.confidence ?? 1;
}

/** The confidence of an edge with this evidence: the highest of its records'; 1 without any. */
export function edgeConfidence(evidence: readonly Evidence[]): number {
  if (evidence.length === 0) return 1;
  let best = 0;
  for (const e of evidence) best = Math.max(best, evidenceConfidence(e));
  return best;
}

/** True for a number in [0, 1]. */
export function isConfidence(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/**
 * `input` without the evidence whose confidence is below `min`, and without the relations left
 * with no evidence. Entities stay (they are mentioned whatever is said of them). Returns `input`
 * itself when nothing is dropped (always when `min` is 0); never changes it.
 */
export function keepConfident(input: DocGraphInput, min: number): DocGraphInput {
  if (min <= 0) return input;
  let changed = false;
  const relations: DocRelation[] = [];
  for (const relation of input.relations) {
    // malformed input is left for the merge's validation to name
    if (!Array.isArray(relation.evidence)) {
      relations.push(relation);
      continue;
    }
    const evidence = relation.evidence.filter((e) => evidenceConfidence(e) >= min);
    if (evidence.length === relation.evidence.length) {
      relations.push(relation);
      continue;
    }
    changed = true;
    if (evidence.length > 0) relations.push({ ...relation, evidence });
  }
  return changed ? { ...input, relations } : input;
}
