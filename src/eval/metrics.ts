/**
 * Precision, recall, F1
 *
 * Counts of true positives, false positives and misses per type, added up over documents, and the
 * scores derived from them, per type and micro-averaged (the counts of every type pooled).
 */

/** Matches, wrong predictions and misses. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts per type. */
export type CountsByType = Record<string, Counts>;

/** Zero counts. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `delta` to `type`'s counts in `into`. */
export function addCounts(into: CountsByType, type: string, delta: Partial<Counts>): void {
  let c = into[type];
  if (!c) {
    c = emptyCounts();
    into[type] = c;
  }
  c.tp += delta.tp ?? 0;
  c.fp += delta.fp ?? 0;
  c.fn += delta.fn ?? 0;
}

/** Adds every type of `from` into `into`. */
export function mergeCounts(into: CountsByType, from: CountsByType): void {
  for (const [type, c] of Object.entries(from)) addCounts(into, type, c);
}

/** The counts of every type pooled (micro-averaging). */
export function microCounts(byType: CountsByType): Counts {
  const total = emptyCounts();
  for (const c of Object.values(byType)) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

/** Precision, recall and F1 of some counts; 0 where undefined (nothing predicted, nothing to find). */
export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** True when the half-open spans [a0, a1) and [b0, b1) share at least one character. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Number of characters two spans share. */
export function overlapLength(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** A 95% interval of precision, recall and F1. */
export interface Intervals {
  precision: [number, number];
  recall: [number, number];
  f1: [number, number];
}

/**
 * 95% bootstrap intervals (percentile method) of micro precision, recall and F1: records are drawn
 * with replacement `samples` times from `perRecord` (each record's micro counts), with a seeded
 * generator so the figures are the same on every run.
 */
export function bootstrapIntervals(
  perRecord: readonly Counts[],
  random: () => number,
  samples = 1000,
): Intervals {
  const p: number[] = [];
  const r: number[] = [];
  const f: number[] = [];
  const n = perRecord.length;
  for (let s = 0; s < samples && n > 0; s++) {
    const total = emptyCounts();
    for (let i = 0; i < n; i++) {
      const c = perRecord[Math.floor(random() * n)] as Counts;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    const sc = scores(total);
    p.push(sc.precision);
    r.push(sc.recall);
    f.push(sc.f1);
  }
  const interval = (xs: number[]): [number, number] => {
    if (xs.length === 0) return [0, 0];
    xs.sort((a, b) => a - b);
    const at = (q: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.floor(q * xs.length)))] as number;
    return [at(0.025), at(0.975)];
  };
  return { precision: interval(p), recall: interval(r), f1: interval(f) };
}
