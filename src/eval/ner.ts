/**
 * Scoring entity mentions (NER)
 *
 * Pure functions that compare predicted mention spans with gold spans in one document, the rules
 * of ../shared/eval/README.md: exact match (start, end and kind equal) and lenient match (one-to-one
 * on any overlap, kind equal), per kind. Gold MISC spans are not scored: a prediction overlapping
 * one (and no scored gold span) is neither right nor wrong. Each error is classified (spurious,
 * missed, boundary, wrong kind) so extraction work can start from the biggest bucket.
 */

import type { EntityKind } from '../../graph/types.ts';
import { addCounts, type CountsByType, overlapLength, overlaps } from './metrics.ts';

/** A typed span [start, end) into a document's text. */
export interface LabeledSpan {
  start: number;
  end: number;
  kind: EntityKind;
}

/** One gold document. */
export interface NerGoldDoc {
  id: string;
  text: string;
  entities: LabeledSpan[];
  /** Spans not scored (CoNLL MISC). */
  ignored: [number, number][];
  /** Number of tokens, for speed figures. */
  tokens: number;
}

/** CoNLL types → our kinds; MISC maps to null (not scored). */
export const CONLL_KINDS: Readonly<Record<string, EntityKind | null>> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  MISC: null,
};

export type NerErrorType = 'spurious' | 'missed' | 'boundary' | 'wrong-kind';

/** One scoring error, measured against exact matching. */
export interface NerError {
  type: NerErrorType;
  /** Bucket for grouping: "missed person", "wrong-kind organization→place". */
  bucket: string;
  docId: string;
  predicted?: LabeledSpan;
  gold?: LabeledSpan;
}

export interface NerDocResult {
  exact: CountsByType;
  lenient: CountsByType;
  /** Predictions dropped because they overlap a MISC span only. */
  ignored: number;
  errors: NerError[];
}

const key = (s: LabeledSpan) => `${s.start}:${s.end}:${s.kind}`;
const span = (s: LabeledSpan): [number, number] => [s.start, s.end];

/**
 * Scores one document's predictions against its gold spans.
 * Duplicate predictions (same span, same kind) count once.
 */
export function scoreNerDocument(gold: NerGoldDoc, predictions: readonly LabeledSpan[]): NerDocResult {
  const golds = dedupe(gold.entities);
  let ignored = 0;
  const preds = dedupe(predictions).filter((p) => {
    const skip =
      gold.ignored.some((m) => overlaps(span(p), m)) && !golds.some((g) => overlaps(span(p), span(g)));
    if (skip) ignored++;
    return !skip;
  });

  const exact: CountsByType = {};
  const lenient: CountsByType = {};
  const goldKeys = new Set(golds.map(key));
  const predKeys = new Set(preds.map(key));
  for (const p of preds) addCounts(exact, p.kind, goldKeys.has(key(p)) ? { tp: 1 } : { fp: 1 });
  for (const g of golds) if (!predKeys.has(key(g))) addCounts(exact, g.kind, { fn: 1 });

  const pairs = matchLenient(golds, preds);
  for (const p of preds) addCounts(lenient, p.kind, pairs.byPred.has(p) ? { tp: 1 } : { fp: 1 });
  for (const g of golds) if (!pairs.byGold.has(g)) addCounts(lenient, g.kind, { fn: 1 });

  const errors: NerError[] = [];
  const explained = new Set<LabeledSpan>();
  for (const p of preds) {
    if (goldKeys.has(key(p))) continue;
    const g = pairs.byPred.get(p);
    if (g) {
      explained.add(g);
      errors.push({ type: 'boundary', bucket: `boundary ${p.kind}`, docId: gold.id, predicted: p, gold: g });
      continue;
    }
    const other = golds.find((x) => x.kind !== p.kind && overlaps(span(p), span(x)));
    if (other) {
      explained.add(other);
      const bucket = `wrong-kind ${other.kind}→${p.kind}`;
      errors.push({ type: 'wrong-kind', bucket, docId: gold.id, predicted: p, gold: other });
      continue;
    }
    errors.push({ type: 'spurious', bucket: `spurious ${p.kind}`, docId: gold.id, predicted: p });
  }
  for (const g of golds) {
    if (predKeys.has(key(g)) || explained.has(g)) continue;
    errors.push({ type: 'missed', bucket: `missed ${g.kind}`, docId: gold.id, gold: g });
  }
  return { exact, lenient, ignored, errors };
}

/**
 * One-to-one lenient matching: same kind, any overlap. Pairs are taken by decreasing overlap, so a
 * prediction goes to the gold span it covers best.
 */
export function matchLenient(
  golds: readonly LabeledSpan[],
  preds: readonly LabeledSpan[],
): { byGold: Map<LabeledSpan, LabeledSpan>; byPred: Map<LabeledSpan, LabeledSpan> } {
  const candidates: { g: LabeledSpan; p: LabeledSpan; size: number }[] = [];
  for (const g of golds) {
    for (const p of preds) {
      if (g.kind !== p.kind) continue;
      const size = overlapLength(span(g), span(p));
      if (size > 0) candidates.push({ g, p, size });
    }
  }
  candidates.sort((a, b) => b.size - a.size || a.g.start - b.g.start || a.p.start - b.p.start);
  const byGold = new Map<LabeledSpan, LabeledSpan>();
  const byPred = new Map<LabeledSpan, LabeledSpan>();
  for (const { g, p } of candidates) {
    if (byGold.has(g) || byPred.has(p)) continue;
    byGold.set(g, p);
    byPred.set(p, g);
  }
  return { byGold, byPred };
}

function dedupe(spans: readonly LabeledSpan[]): LabeledSpan[] {
  const seen = new Set<string>();
  const out: LabeledSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start || seen.has(key(s))) continue;
    seen.add(key(s));
    out.push(s);
  }
  return out;
}
