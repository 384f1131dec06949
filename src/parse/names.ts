/**
 * The name tagger's output as a parser feature
 *
 * The parser reads, for every word, whether the name tagger put it at the start or inside of a name
 * and of which type ("B-PER", "I-ORG", "O"): flat names, appositions and compounds are the
 * structures around names that a treebank of web text teaches least. In use the extraction stage
 * passes the spans it already has; training and evaluation compute them here the same way.
 */

import { ruleCandidates } from '../extract/index.ts';
import { nameTaggerSpans } from '../extract/names.ts';
import { segment } from '../extract/segment.ts';
import type { NameSpan } from './name-tags.ts';

export { type NameSpan, wordNameTags } from './name-tags.ts';

/** The name tagger's raw spans over a document, as extraction computes them (none without a tagger). */
export function documentNameSpans(text: string): NameSpan[] {
  const tokenized = segment(text);
  return nameTaggerSpans(text, tokenized, ruleCandidates(text, tokenized))?.spans ?? [];
}
