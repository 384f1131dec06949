/**
 * Build summary
 *
 * The few lines printed on stderr after a build: documents (with those skipped or already in the
 * graph), words and speed, entities by kind, relations by type, the inputs skipped with their
 * reasons (the first few, then a count), and the files written.
 */

import type { KnowledgeGraph } from '../../graph/types.ts';
import { countBy, plural } from '../format.ts';
import type { CorpusStats } from './build.ts';

/** Skipped inputs listed one by one; beyond this, a count. */
export const MAX_LISTED_SKIPS = 10;

/** What the summary reports besides the graph. */
export interface SummaryFacts {
  stats: CorpusStats;
  /** Why each skipped input (bad file or line, failed document) was skipped, in order. */
  skipped: readonly string[];
  /** The graph added to (--into), if any. */
  into?: string;
  /** The outputs written, as shown to the user. */
  written: readonly string[];
  /** Whole build, and the part of it spent serializing and writing the outputs. */
  seconds: number;
  writeSeconds: number;
  workers: number;
}

/** The summary text, ending with a newline. */
export function buildSummary(graph: KnowledgeGraph, facts: SummaryFacts): string {
  const { stats, skipped } = facts;
  const kinds = countBy(graph.nodeEntries(), (n) => n.attributes.kind);
  const relations = countBy(graph.edgeEntries(), (e) => e.attributes.relation);
  const list = (pairs: [string, number][]) => pairs.map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const already = stats.known + stats.repeated;
  const notes = [
    skipped.length > 0 ? `${skipped.length} skipped` : '',
    already > 0 ? `${already} already in the graph` : '',
  ].filter(Boolean);
  const extra = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  const head = facts.into
    ? `Added ${plural(stats.added, 'document')} to ${facts.into}${extra}`
    : `Built ${plural(stats.added, 'document')}${extra}`;
  const rate = facts.seconds > 0 ? Math.round(stats.words / facts.seconds) : 0;
  const workers = facts.workers === 0 ? 'no worker threads' : plural(facts.workers, 'worker');
  const lines = [
    `${head} in ${facts.seconds.toFixed(1)} s`,
    `  words      ${fmt(stats.words)} (${fmt(rate)} words/s, ${workers}; merge ${secs(stats.mergeSeconds)}, write ${secs(facts.writeSeconds)})`,
    `  entities   ${graph.order}: ${list(kinds)}`,
    `  relations  ${graph.size}: ${list(relations)}`,
  ];
  skipped.slice(0, MAX_LISTED_SKIPS).forEach((reason, i) => {
    lines.push(`  ${i === 0 ? 'skipped  ' : '         '}  ${reason}`);
  });
  if (skipped.length > MAX_LISTED_SKIPS)
    lines.push(`             … and ${skipped.length - MAX_LISTED_SKIPS} more`);
  lines.push(`  wrote      ${facts.written.join(', ')}`, '');
  return lines.join('\n');
}

function secs(seconds: number): string {
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
