/**
 * Scoring relations
 *
 * Pure functions that compare predicted interaction relations with gold PLOVER events in one
 * sentence, the rules of ../shared/eval/README.md: a prediction matches a gold relation when the
 * type is equal and the predicted source and target spans overlap the gold ones (in either order
 * when the gold event is reciprocal or the relation symmetric), one-to-one. Gold OTHER events are
 * not scored: a prediction on their actors (and on no scored event) is neither right nor wrong.
 * Structural relations (leader_of, member_of) are scored only where the gold file annotates them
 * (the project's own format, `"relation"` ids). Where an end is a pronoun or a description, the
 * gold names its antecedent too, and a prediction may point at either.
 *
 * Strict by default: a gold event whose actor the gold file could not locate (no span) matches
 * nothing, so it counts as missed and the record is reported as unscorable. The lenient variant
 * (`lenient: true`) lets any predicted actor fit a missing span, as earlier figures did.
 */

import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import type { Span } from '../../graph/types.ts';
import { addCounts, type CountsByType, overlaps } from './metrics.ts';

/** PLOVER types → relation ids; OTHER maps to null (not scored). */
export const PLOVER_RELATIONS: Readonly<Record<string, RelationType | null>> = {
  MEET: 'met_with',
  ACCUSE: 'accused',
  SUPPORT: 'supports',
  THREATEN: 'threatened',
  ATTACK: 'attacked',
  AGREE: 'agreed_with',
  REQUEST: 'requested',
  REJECT: 'rejected',
  PROTEST: 'protested',
  SANCTION: 'sanctioned',
  OTHER: null,
};

/** One gold event; `type` null for OTHER; a span null when the gold file does not locate that actor. */
export interface GoldRelation {
  type: RelationType | null;
  source: Span | null;
  target: Span | null;
  reciprocal: boolean;
  /** The named antecedent of a pronoun or description end, which a prediction may point at instead. */
  sourceAntecedent?: Span;
  targetAntecedent?: Span;
}

export interface RelationGoldRecord {
  id: string;
  text: string;
  relations: GoldRelation[];
  /** The key the tune/check split hashes: the document for sentences drawn from articles. */
  group: string;
  /** Where the annotated sentence starts; text before it is context only. @default 0 */
  sentenceStart: number;
  /** The gold annotates structural relations (leader_of, member_of) too. */
  structural: boolean;
}

export interface ScoreOptions {
  /** Let a gold actor without a span match any predicted actor. @default false */
  lenient?: boolean;
}

/** One predicted relation, from one evidence sentence. */
export interface PredictedRelation {
  type: RelationType;
  source: Span;
  target: Span;
  trigger?: string;
}

export interface RelationError {
  type: 'false-positive' | 'missed';
  /** "accused false-positive", "met_with missed". */
  bucket: string;
  recordId: string;
  predicted?: PredictedRelation;
  gold?: GoldRelation;
}

export interface RelationRecordResult {
  counts: CountsByType;
  /** Predictions dropped because they sit on an OTHER event's actors only. */
  ignored: number;
  errors: RelationError[];
}

/** True when the prediction's spans fit the gold event's, in either order where order is free. */
export function spansMatch(pred: PredictedRelation, gold: GoldRelation, lenient = false): boolean {
  const fits = (p: Span, g: Span | null, alt: Span | undefined) =>
    g === null ? lenient : overlaps(p, g) || (alt !== undefined && overlaps(p, alt));
  const forward = () =>
    fits(pred.source, gold.source, gold.sourceAntecedent) &&
    fits(pred.target, gold.target, gold.targetAntecedent);
  const backward = () =>
    fits(pred.source, gold.target, gold.targetAntecedent) &&
    fits(pred.target, gold.source, gold.sourceAntecedent);
  if (forward()) return true;
  const free = gold.reciprocal || (gold.type !== null && RELATIONS[gold.type].symmetric);
  return free && backward();
}

/** True when a scored gold event lacks a span for an actor (it can match nothing under strict scoring). */
export function isUnscorable(gold: GoldRelation): boolean {
  return gold.type !== null && (gold.source === null || gold.target === null);
}

/** Scores one record's predictions against its gold events. Identical predictions count once. */
export function scoreRelationRecord(
  gold: RelationGoldRecord,
  predictions: readonly PredictedRelation[],
  options: ScoreOptions = {},
): RelationRecordResult {
  const lenient = options.lenient ?? false;
  const scored = gold.relations.filter((g) => g.type !== null);
  const other = gold.relations.filter((g) => g.type === null);
  const preds = dedupe(predictions);
  const matched = new Map<GoldRelation, PredictedRelation>();
  const hit = new Set<PredictedRelation>();
  for (const g of scored) {
    const p = preds.find((x) => !hit.has(x) && x.type === g.type && spansMatch(x, g, lenient));
    if (p) {
      matched.set(g, p);
      hit.add(p);
    }
  }
  const counts: CountsByType = {};
  const errors: RelationError[] = [];
  let ignored = 0;
  for (const p of preds) {
    if (hit.has(p)) {
      addCounts(counts, p.type, { tp: 1 });
      continue;
    }
    const onOther = other.some((g) => spansMatch(p, { ...g, reciprocal: true }, lenient));
    const onScored = scored.some((g) => spansMatch(p, { ...g, reciprocal: true }, lenient));
    if (onOther && !onScored) {
      ignored++;
      continue;
    }
    addCounts(counts, p.type, { fp: 1 });
    errors.push({
      type: 'false-positive',
      bucket: `${p.type} false-positive`,
      recordId: gold.id,
      predicted: p,
    });
  }
  for (const g of scored) {
    if (matched.has(g) || g.type === null) continue;
    addCounts(counts, g.type, { fn: 1 });
    errors.push({ type: 'missed', bucket: `${g.type} missed`, recordId: gold.id, gold: g });
  }
  return { counts, ignored, errors };
}

function dedupe(preds: readonly PredictedRelation[]): PredictedRelation[] {
  const seen = new Set<string>();
  return preds.filter((p) => {
    const k = `${p.type}:${p.source.join(',')}:${p.target.join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
