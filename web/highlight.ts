/**
 * Evidence highlighting
 *
 * Splits an evidence sentence into runs of plain text and marked text (the trigger, the source
 * mention, the target mention, and who says it when the evidence is reported speech with a named
 * speaker) from the evidence's document offsets, so the details panel can build
 * them as text nodes and <mark> elements. Pure and defensive: spans from a foreign file may be out of
 * range, reversed or overlapping; they are clamped, and where marks overlap the trigger wins.
 */

import type { Evidence } from '../graph/types.ts';

export type MarkRole = 'trigger' | 'source' | 'target' | 'speaker';

export interface Segment {
  text: string;
  mark: MarkRole | null;
}

const PRIORITY: readonly MarkRole[] = ['trigger', 'source', 'target', 'speaker'];

function localSpan(span: unknown, offset: number, length: number): [number, number] | null {
  if (!Array.isArray(span) || span.length < 2) return null;
  const [s, e] = span as unknown[];
  if (typeof s !== 'number' || typeof e !== 'number' || !Number.isFinite(s) || !Number.isFinite(e))
    return null;
  const a = Math.max(0, Math.min(length, s - offset));
  const b = Math.max(0, Math.min(length, e - offset));
  return b > a ? [a, b] : null;
}

/** The sentence of `evidence` cut into plain and marked segments, in order; their texts join to the sentence. */
export function evidenceSegments(evidence: Evidence): Segment[] {
  const sentence = typeof evidence.sentence === 'string' ? evidence.sentence : '';
  const offset = typeof evidence.start === 'number' ? evidence.start : 0;
  const roles: (MarkRole | null)[] = new Array(sentence.length).fill(null);
  const spans: Record<MarkRole, unknown> = {
    trigger: evidence.triggerSpan,
    source: evidence.sourceSpan,
    target: evidence.targetSpan,
    speaker: evidence.speakerSpan,
  };
  // Lowest priority first, so higher ones overwrite.
  for (const role of [...PRIORITY].reverse()) {
    const span = localSpan(spans[role], offset, sentence.length);
    if (span) roles.fill(role, span[0], span[1]);
  }
  const segments: Segment[] = [];
  let from = 0;
  for (let i = 1; i <= sentence.length; i++) {
    if (i === sentence.length || roles[i] !== roles[from]) {
      segments.push({ text: sentence.slice(from, i), mark: roles[from] ?? null });
      from = i;
    }
  }
  return segments;
}
