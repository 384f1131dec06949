/**
 * Evidence records
 *
 * Copying evidence into the graph in one canonical shape (fixed key order, fresh span arrays, flags
 * only when set), and the identity that makes two records "the same sentence for the same trigger",
 * so a document merged twice, or a relation reported twice, never counts a sentence twice.
 */

import type { DocumentInfo, Evidence, Span } from './types.ts';

/** A copy of `evidence` with keys in schema order and the optional flags only when true. */
export function cloneEvidence(evidence: Evidence): Evidence {
  const copy: Evidence = {
    docId: evidence.docId,
    sentence: evidence.sentence,
    start: evidence.start,
    end: evidence.end,
    trigger: evidence.trigger,
    triggerSpan: copySpan(evidence.triggerSpan),
    sourceSpan: copySpan(evidence.sourceSpan),
    targetSpan: copySpan(evidence.targetSpan),
  };
  if (evidence.negated) copy.negated = true;
  if (evidence.hedged) copy.hedged = true;
  if (evidence.reported) copy.reported = true;
  if (evidence.speakerSpan) copy.speakerSpan = copySpan(evidence.speakerSpan);
  if (evidence.confidence !== undefined) copy.confidence = evidence.confidence;
  return copy;
}

/**
 * Who says it, as written in the sentence (evidence.speakerSpan), or undefined when the record names
 * no speaker or its span does not lie in the sentence (defensive: a record may come from a foreign file).
 */
export function speakerText(evidence: Evidence): string | undefined {
  const { speakerSpan: span, sentence, start } = evidence;
  if (!Array.isArray(span) || typeof sentence !== 'string' || typeof start !== 'number') return undefined;
  const from = span[0] - start;
  const to = span[1] - start;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > sentence.length || from >= to)
    return undefined;
  return sentence.slice(from, to);
}

function copySpan(span: Span): Span {
  return [span[0], span[1]];
}

/** Identity of an evidence record: same document, same sentence start, same trigger span. */
export function evidenceId(evidence: Evidence): string {
  return `${evidence.docId}\u0000${evidence.start}\u0000${evidence.triggerSpan[0]}\u0000${evidence.triggerSpan[1]}`;
}

/** A copy of a document record with keys in schema order and unset fields left out. */
export function cloneDocumentInfo(doc: DocumentInfo): DocumentInfo {
  const copy: DocumentInfo = { id: doc.id };
  if (doc.title !== undefined) copy.title = doc.title;
  if (doc.url !== undefined) copy.url = doc.url;
  if (doc.date !== undefined) copy.date = doc.date;
  if (doc.hash !== undefined) copy.hash = doc.hash;
  return copy;
}
