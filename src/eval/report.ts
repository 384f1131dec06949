/**
 * Printing evaluation reports
 *
 * Aligned tables of precision / recall / F1 per type and micro-averaged, a speed line, and with
 * `--errors` the false positives and misses grouped into buckets, biggest first, each with its
 * sentence and spans. A JSON form carries the same figures for scripts.
 */

import { seededRandom } from '../../graph/random.ts';
import { formatTable, plural } from '../cli/format.ts';
import type { ErrorContext, NerReport, RelationReport } from './evaluate.ts';
import {
  bootstrapIntervals,
  type CountsByType,
  type Intervals,
  microCounts,
  type Scores,
  scores,
} from './metrics.ts';
import type { LabeledSpan, NerError } from './ner.ts';
import type { RelationError } from './relations.ts';

const pct = (x: number) => (100 * x).toFixed(1);

/** Per-type rows sorted by name, then the micro average. */
export function scoreRows(byType: CountsByType): [string, Scores][] {
  const rows: [string, Scores][] = Object.keys(byType)
    .sort()
    .map((type) => [type, scores(byType[type]!)]);
  rows.push(['micro', scores(microCounts(byType))]);
  return rows;
}

function table(byType: CountsByType): string {
  const rows = scoreRows(byType).map(([type, s]) => [
    type,
    String(s.tp),
    String(s.fp),
    String(s.fn),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
  ]);
  const align = ['left', 'right', 'right', 'right', 'right', 'right', 'right'] as const;
  return formatTable(['TYPE', 'TP', 'FP', 'FN', 'P', 'R', 'F1'], rows, [...align]);
}

function speed(r: { documents: number; tokens: number; seconds: number }): string {
  const s = Math.max(r.seconds, 1e-9);
  return `${plural(r.documents, 'document')}, ${r.tokens} tokens in ${r.seconds.toFixed(2)} s of extraction: ${Math.round(r.tokens / s)} tokens/s, ${(r.documents / s).toFixed(1)} docs/s`;
}

/** The NER report as text: exact and lenient tables, speed, and errors when asked. */
export function formatNerReport(
  r: NerReport,
  options: { errors?: boolean; maxErrors?: number } = {},
): string {
  const system =
    r.system === 'kg' ? 'kg pipeline (name and acronym mentions)' : 'plain compromise (baseline)';
  const lines = [
    `NER: ${system} on ${r.gold} (${splitName(r.split)})`,
    speed(r),
    `${r.ignored} predictions on MISC spans not scored`,
    '',
    'Exact match (start, end and kind equal)',
    table(r.exact),
    '',
    'Lenient match (one-to-one on any overlap, kind equal)',
    table(r.lenient),
  ];
  if (options.errors) lines.push('', ...errorSections(r.errors, nerErrorLine, options.maxErrors));
  return lines.join('\n');
}

/** The relations report as text. */
export function formatRelationReport(
  r: RelationReport,
  options: { errors?: boolean; maxErrors?: number } = {},
): string {
  const ci = relationIntervals(r);
  const lines = [
    `Relations: kg pipeline on ${r.gold} (${splitName(r.split)}), ${r.lenient ? 'LENIENT scoring: a gold actor without a span matches any predicted actor' : 'strict scoring'}`,
    speed(r),
    `${r.ignored} predictions on OTHER events not scored`,
    `${r.unscorable.relations} gold relations in ${plural(r.unscorable.records, 'record')} have an actor without a span: unscorable, ${r.lenient ? 'matched leniently' : 'counted as missed'}`,
    '',
    table(r.counts),
    '',
    `micro 95% bootstrap intervals over records: P ${range(ci.precision)}, R ${range(ci.recall)}, F1 ${range(ci.f1)}`,
  ];
  if (options.errors) lines.push('', ...errorSections(r.errors, relationErrorLine, options.maxErrors));
  return lines.join('\n');
}

function splitName(split: string): string {
  return split === 'all' ? 'all records' : `${split} half`;
}

function range([lo, hi]: [number, number]): string {
  return `${pct(lo)}–${pct(hi)}`;
}

/** 95% bootstrap intervals of a relation report's micro scores (seeded: the same on every run). */
export function relationIntervals(r: RelationReport): Intervals {
  return bootstrapIntervals(r.perRecord, seededRandom(2026));
}

/** Errors grouped by bucket, biggest bucket first, at most `max` examples each. */
function errorSections<E extends { bucket: string } & ErrorContext>(
  errors: readonly E[],
  describe: (e: E) => string,
  max = 20,
): string[] {
  const buckets = new Map<string, E[]>();
  for (const e of errors) {
    const list = buckets.get(e.bucket) ?? [];
    list.push(e);
    buckets.set(e.bucket, list);
  }
  const sorted = [...buckets].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const lines = [`Errors: ${errors.length} in ${plural(sorted.length, 'bucket')} (largest first)`];
  for (const [bucket, list] of sorted) {
    lines.push('', `== ${bucket}: ${list.length}`);
    for (const e of list.slice(0, max)) lines.push(`  ${describe(e)}`, `      ${e.context}`);
    if (list.length > max) lines.push(`  … ${list.length - max} more (--max-errors to see them)`);
  }
  return lines;
}

function spanText(s: LabeledSpan | undefined, text: string | undefined): string {
  return s ? `${s.kind} "${text ?? ''}" (${s.start}-${s.end})` : '';
}

function nerErrorLine(e: NerError & ErrorContext): string {
  const predicted = `predicted ${spanText(e.predicted, e.predictedText)}`;
  const gold = `gold ${spanText(e.gold, e.goldText)}`;
  if (e.type === 'spurious') return `${e.docId}: ${predicted}`;
  if (e.type === 'missed') return `${e.docId}: missed ${spanText(e.gold, e.goldText)}`;
  return `${e.docId}: ${predicted}, ${gold}`;
}

function relationErrorLine(e: RelationError & ErrorContext): string {
  if (e.predicted) {
    const trigger = e.predicted.trigger ? ` (trigger "${e.predicted.trigger}")` : '';
    return `${e.recordId}: predicted ${e.predicted.type} ${e.predictedText ?? ''}${trigger}`;
  }
  const reciprocal = e.gold?.reciprocal ? ' (reciprocal)' : '';
  return `${e.recordId}: missed ${e.gold?.type} ${e.goldText ?? ''}${reciprocal}`;
}

/** The report as JSON: scores per type and micro, speed, and the errors when asked. */
export function reportJson(r: NerReport | RelationReport, options: { errors?: boolean } = {}) {
  const table = (byType: CountsByType) => Object.fromEntries(scoreRows(byType));
  const common = {
    task: r.task,
    system: r.system,
    gold: r.gold,
    split: r.split,
    documents: r.documents,
    tokens: r.tokens,
    seconds: r.seconds,
    tokensPerSecond: r.tokens / Math.max(r.seconds, 1e-9),
    ignored: r.ignored,
  };
  const figures =
    r.task === 'ner'
      ? { exact: table(r.exact), lenient: table(r.lenient) }
      : {
          scoring: r.lenient ? 'lenient' : 'strict',
          scores: table(r.counts),
          intervals: relationIntervals(r),
          unscorable: r.unscorable,
        };
  return { ...common, ...figures, ...(options.errors ? { errors: r.errors } : {}) };
}
