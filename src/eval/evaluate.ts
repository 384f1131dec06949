/**
 * Running an evaluation
 *
 * Streams a gold file, runs each record's text through the extraction pipeline (or, for NER, plain
 * compromise as the baseline), scores it with the pure functions of ner.ts / relations.ts and adds
 * up the counts, the errors (each with its sentence, for `--errors`) and the time spent extracting.
 */

import { RELATIONS } from '../../graph/relations.ts';
import type { Span } from '../../graph/types.ts';
import { extractDocument } from '../extract/index.ts';
import { plainEntities } from '../nlp/compromise.ts';
import { readNerGold, readRelationGold } from './gold.ts';
import { type CountsByType, mergeCounts, microCounts } from './metrics.ts';
import { type LabeledSpan, type NerError, scoreNerDocument } from './ner.ts';
import {
  isUnscorable,
  type PredictedRelation,
  type RelationError,
  scoreRelationRecord,
} from './relations.ts';
import { inSplit, type Split } from './split.ts';

export interface EvalOptions {
  /** Score plain compromise instead of the pipeline (NER only). @default false */
  baseline?: boolean;
  /** Only the first n records (of the chosen split). @default every record */
  limit?: number;
  /** Which half of the set to score (./split.ts). @default 'all' */
  split?: Split;
  /** Relations: let a gold actor without a span match any predicted actor. @default false */
  lenient?: boolean;
  /**
   * Relations: the GUM news folder the texts of gold records that store none are rebuilt from
   * (./gold.ts). @default ../shared/eval/gum-news beside the package's folder
   */
  gumDir?: string;
}

/** Where an error happened: the marked line of text around it. */
export interface ErrorContext {
  context: string;
  /** The predicted span's text (NER), or "source" → "target" (relations). */
  predictedText?: string;
  /** The gold span's text, or "source" → "target". */
  goldText?: string;
}

export interface NerReport {
  task: 'ner';
  system: 'kg' | 'compromise';
  gold: string;
  split: Split;
  documents: number;
  tokens: number;
  /** Seconds spent in extraction only. */
  seconds: number;
  exact: CountsByType;
  lenient: CountsByType;
  /** Predictions not scored because they overlap a MISC span. */
  ignored: number;
  errors: (NerError & ErrorContext)[];
}

export interface RelationReport {
  task: 'relations';
  system: 'kg';
  gold: string;
  split: Split;
  lenient: boolean;
  documents: number;
  tokens: number;
  seconds: number;
  counts: CountsByType;
  /** Micro counts of each record, in order (for bootstrap intervals). */
  perRecord: { tp: number; fp: number; fn: number }[];
  /** Gold events with an actor the gold file does not locate, and the records holding them. */
  unscorable: { relations: number; records: number };
  ignored: number;
  errors: (RelationError & ErrorContext)[];
}

/** The pipeline's name mentions (form name or acronym) as NER predictions. */
export function pipelineMentions(id: string, text: string): LabeledSpan[] {
  return extractDocument({ id, text })
    .mentions.filter((m) => m.form === 'name' || m.form === 'acronym')
    .map((m) => ({ start: m.start, end: m.end, kind: m.kind }));
}

/** Plain compromise's people / places / organizations as NER predictions (the baseline). */
export function baselineMentions(text: string): LabeledSpan[] {
  return plainEntities(text).map((e) => ({ start: e.start, end: e.end, kind: e.kind }));
}

/**
 * The pipeline's relations, one prediction per evidence sentence: interaction relations, and
 * structural ones too when `structural`; only evidence ending after `from` (text before it is context).
 */
export function pipelineRelations(
  id: string,
  text: string,
  options: { structural?: boolean; from?: number } = {},
): PredictedRelation[] {
  const out: PredictedRelation[] = [];
  const from = options.from ?? 0;
  for (const r of extractDocument({ id, text }).relations) {
    const family = RELATIONS[r.relation]?.family;
    if (family !== 'interaction' && !(options.structural && family === 'structural')) continue;
    for (const ev of r.evidence) {
      if (ev.end <= from) continue;
      out.push({ type: r.relation, source: ev.sourceSpan, target: ev.targetSpan, trigger: ev.trigger });
    }
  }
  return out;
}

/** Scores NER over a gold file. */
export async function evaluateNer(path: string, options: EvalOptions = {}): Promise<NerReport> {
  const report: NerReport = {
    task: 'ner',
    system: options.baseline ? 'compromise' : 'kg',
    gold: path,
    split: options.split ?? 'all',
    documents: 0,
    tokens: 0,
    seconds: 0,
    exact: {},
    lenient: {},
    ignored: 0,
    errors: [],
  };
  for await (const doc of readNerGold(path)) {
    if (!inSplit(doc.id, report.split)) continue;
    if (options.limit !== undefined && report.documents >= options.limit) break;
    const t0 = performance.now();
    const predictions = options.baseline ? baselineMentions(doc.text) : pipelineMentions(doc.id, doc.text);
    report.seconds += (performance.now() - t0) / 1000;
    const result = scoreNerDocument(doc, predictions);
    report.documents++;
    report.tokens += doc.tokens;
    report.ignored += result.ignored;
    mergeCounts(report.exact, result.exact);
    mergeCounts(report.lenient, result.lenient);
    for (const e of result.errors) {
      const marks = [e.predicted, e.gold].filter((s): s is LabeledSpan => s !== undefined);
      const slice = (x: LabeledSpan | undefined) => (x ? doc.text.slice(x.start, x.end) : undefined);
      report.errors.push({
        ...e,
        context: markedContext(doc.text, marks),
        predictedText: slice(e.predicted),
        goldText: slice(e.gold),
      });
    }
  }
  return report;
}

/** Scores interaction relations over a gold file. */
export async function evaluateRelations(path: string, options: EvalOptions = {}): Promise<RelationReport> {
  const report: RelationReport = {
    task: 'relations',
    system: 'kg',
    gold: path,
    split: options.split ?? 'all',
    lenient: options.lenient ?? false,
    documents: 0,
    tokens: 0,
    seconds: 0,
    counts: {},
    perRecord: [],
    unscorable: { relations: 0, records: 0 },
    ignored: 0,
    errors: [],
  };
  for await (const record of readRelationGold(path, { gumDir: options.gumDir })) {
    if (!inSplit(record.group, report.split)) continue;
    if (options.limit !== undefined && report.documents >= options.limit) break;
    const t0 = performance.now();
    const predictions = pipelineRelations(record.id, record.text, {
      structural: record.structural,
      from: record.sentenceStart,
    });
    report.seconds += (performance.now() - t0) / 1000;
    const result = scoreRelationRecord(record, predictions, { lenient: report.lenient });
    report.documents++;
    report.tokens += record.text.slice(record.sentenceStart).split(/\s+/).filter(Boolean).length;
    report.ignored += result.ignored;
    const unscorable = record.relations.filter(isUnscorable).length;
    report.unscorable.relations += unscorable;
    if (unscorable > 0) report.unscorable.records++;
    mergeCounts(report.counts, result.counts);
    report.perRecord.push(microCounts(result.counts));
    for (const e of result.errors) {
      const r = e.predicted ?? e.gold;
      const marks = [r?.source, r?.target]
        .filter((s): s is Span => s !== null && s !== undefined)
        .map(([start, end]) => ({ start, end }));
      const actor = (s: Span | null) => (s ? `"${record.text.slice(...s)}"` : '(actor not located)');
      const pair = (x: { source: Span | null; target: Span | null } | undefined) =>
        x ? `${actor(x.source)} → ${actor(x.target)}` : undefined;
      report.errors.push({
        ...e,
        context: markedContext(record.text, marks),
        predictedText: pair(e.predicted),
        goldText: pair(e.gold),
      });
    }
  }
  return report;
}

/**
 * The line of `text` holding the first span, with every span wrapped in [ ], shortened around
 * the spans to at most `width` characters.
 */
export function markedContext(
  text: string,
  spans: readonly { start: number; end: number }[],
  width = 160,
): string {
  const first = spans[0];
  if (!first) return '';
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const nl = text.indexOf('\n', first.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const inside = [...new Map(spans.map((s) => [`${s.start}:${s.end}`, s])).values()]
    .filter((s) => s.start >= lineStart && s.end <= lineEnd)
    .sort((a, b) => b.start - a.start || a.end - b.end);
  let line = text.slice(lineStart, lineEnd);
  for (const s of inside) {
    const a = s.start - lineStart;
    const b = s.end - lineStart;
    // Nested or crossing spans: mark only the outer one, whole.
    if (line.slice(a, b).includes('[')) continue;
    line = `${line.slice(0, a)}[${line.slice(a, b)}]${line.slice(b)}`;
  }
  line = line.replace(/\s+/g, ' ');
  if (line.length <= width) return line;
  const at = Math.max(0, line.indexOf('[') - Math.floor(width / 3));
  const cut = line.slice(at, at + width);
  return `${at > 0 ? '…' : ''}${cut}${at + width < line.length ? '…' : ''}`;
}
