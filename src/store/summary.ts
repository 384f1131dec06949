/**
 * Store build summary
 *
 * The lines `kg build --db` prints on stderr: documents stored (and those already there, skipped
 * or failed), words and speed, and what the store holds after the run, counted by SQL.
 */

import type { CorpusStats } from '../corpus/build.ts';
import type { SqlEngine } from './engine.ts';

/** Counts of what a store holds. */
export interface StoreCounts {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
}

/** The store's row counts. */
export async function storeCounts(engine: SqlEngine): Promise<StoreCounts> {
  const [row] = await engine.query<Record<keyof StoreCounts, string | number>>(
    `SELECT (SELECT count(*) FROM kg.documents) AS documents,
            (SELECT count(*) FROM kg.entities) AS entities,
            (SELECT count(*) FROM kg.relations) AS relations,
            (SELECT count(*) FROM kg.evidence) AS evidence`,
  );
  return {
    documents: Number(row?.documents ?? 0),
    entities: Number(row?.entities ?? 0),
    relations: Number(row?.relations ?? 0),
    evidence: Number(row?.evidence ?? 0),
  };
}

/** The summary text, ending with a newline. */
export function storeSummary(
  name: string,
  stats: CorpusStats,
  counts: StoreCounts,
  facts: { seconds: number; skipped: readonly string[] },
): string {
  const already = stats.known + stats.repeated;
  const notes = [
    facts.skipped.length > 0 ? `${facts.skipped.length} skipped` : '',
    already > 0 ? `${already} already in the store` : '',
  ].filter(Boolean);
  const rate = facts.seconds > 0 ? Math.round(stats.words / facts.seconds) : 0;
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    `Stored ${n(stats.added)} document${stats.added === 1 ? '' : 's'} in ${name}${notes.length ? ` (${notes.join(', ')})` : ''} in ${facts.seconds.toFixed(1)} s`,
    `  words      ${n(stats.words)} (${n(rate)} words/s; merge ${stats.mergeSeconds.toFixed(2)} s)`,
    `  the store  ${n(counts.documents)} documents, ${n(counts.entities)} entities, ${n(counts.relations)} relations, ${n(counts.evidence)} evidence sentences`,
    ...facts.skipped.slice(0, 10).map((reason) => `  skipped    ${reason}`),
    '',
  ].join('\n');
}
