/**
 * The name tagger's output as a parser feature
 *
 * The parser reads, for every word, whether the name tagger put it at the start or inside of a name
 * and of which type ("B-PER", "I-ORG", "O"): flat names, appositions and compounds are the
 * structures around names that a treebank of web text teaches least. In use the extraction stage
 * passes the spans it already has; training and evaluation compute them here the same way.
 */

import { ruleCandidates } from '../extract/index.ts';
import { segment } from '../extract/segment.ts';
import { nerModel } from '../ner/model.ts';
import { nerDocument } from '../ner/prepare.ts';
import { spansOf, tagDocument } from '../ner/tagger.ts';
import type { NameSpan } from './name-tags.ts';

export { type NameSpan, wordNameTags } from './name-tags.ts';

/** The name tagger's raw spans over a document (none when no tagger is trained). */
export function documentNameSpans(text: string): NameSpan[] {
  const model = nerModel();
  if (!model) return [];
  const tokenized = segment(text);
  const found = ruleCandidates(text, tokenized);
  const doc = nerDocument(
    text,
    tokenized,
    found.map((f) => f.cands),
  );
  return spansOf(doc, tagDocument(model, doc));
}
