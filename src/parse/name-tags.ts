/**
 * Name tags per word
 *
 * Turns the name tagger's character spans into the per-word tags the parser reads ("B-PER",
 * "I-ORG", "O"). Pure: the spans come from the extraction stage in use, from ./names.ts in
 * training and evaluation.
 */

/** A typed name span in character offsets. */
export interface NameSpan {
  start: number;
  end: number;
  type: string;
}

/** BIO tag per word ("B-PER", "I-PER", "O") from spans sorted by start. */
export function wordNameTags(
  words: readonly { start: number; end: number }[],
  spans: readonly NameSpan[],
): string[] {
  const out: string[] = [];
  // the first span that ends after the first word starts (binary search: spans cover a whole document)
  let k = 0;
  let hi = spans.length;
  const first = words[0]?.start ?? 0;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if ((spans[mid] as NameSpan).end <= first) k = mid + 1;
    else hi = mid;
  }
  for (const w of words) {
    while (k < spans.length && (spans[k] as NameSpan).end <= w.start) k++;
    const s = spans[k];
    if (s && s.start < w.end && w.start < s.end) out.push(`${w.start <= s.start ? 'B' : 'I'}-${s.type}`);
    else out.push('O');
  }
  return out;
}
