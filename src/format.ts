/**
 * Text output helpers
 *
 * Aligned plain-text tables and the short phrases the commands print (a shortened sentence, a
 * count by key). Output is plain text with no colour, so it pipes and diffs cleanly. Shared by the
 * CLI, the build summary (src/corpus) and the evaluation report (src/eval), which never import
 * src/cli.
 */

import type { Evidence } from '../graph/types.ts';

/** Shortens `text` to `max` characters on a word boundary, with an ellipsis; collapses white space. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The part of an evidence sentence that states the relation: from the first to the last of the
 * source, trigger and target spans, widened to `max` characters where room is left, with ellipses
 * where the sentence goes on, and a [not] / [may] mark for negated or hedged evidence.
 */
export function evidenceExcerpt(ev: Evidence, max: number): string {
  const spans = [ev.sourceSpan, ev.targetSpan, ev.triggerSpan].map(([a, b]) => [a - ev.start, b - ev.start]);
  const text = ev.sentence;
  let from = Math.max(0, Math.min(...spans.map((s) => s[0]!)));
  let to = Math.min(text.length, Math.max(...spans.map((s) => s[1]!)));
  if (to - from > max) {
    // too long to show whole: keep the trigger in the middle
    const t = (ev.triggerSpan[0] + ev.triggerSpan[1]) / 2 - ev.start;
    from = Math.max(0, Math.round(t - max / 2));
    to = Math.min(text.length, from + max);
  }
  const room = Math.max(0, max - (to - from));
  from = Math.max(0, from - Math.floor(room / 2));
  to = Math.min(text.length, to + (room - Math.floor(room / 2)));
  // cut on word boundaries
  if (from > 0 && text.indexOf(' ', from) !== -1 && text.indexOf(' ', from) < to)
    from = text.indexOf(' ', from) + 1;
  if (to < text.length && text.lastIndexOf(' ', to) > from) to = text.lastIndexOf(' ', to);
  const mark = ev.negated ? '[not] ' : ev.hedged ? '[may] ' : '';
  const core = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${mark}${from > 0 ? '…' : ''}${core}${to < text.length ? '…' : ''}`;
}

export type Align = 'left' | 'right';

/**
 * An aligned table: a header row, a rule, then the rows. Cells never hold newlines; the last column
 * is not padded.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: Align[],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const last = i === cells.length - 1;
        const w = widths[i] ?? 0;
        if (align?.[i] === 'right') return cell.padStart(w);
        return last ? cell : cell.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Counts values by key, sorted by count then key: [["person", 8], ["place", 7]]. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** "1 document", "3 documents". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
