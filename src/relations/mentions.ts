/**
 * Mentions on a parse
 *
 * Puts the extract stage's mentions (character spans with their resolved entity) onto the words of a
 * parsed sentence, the shape the tree reader takes. Title mentions ("President", "Iraq's Prime
 * Minister") are left out on purpose: the reader finds titles in the tree itself, and a title
 * counted as part of a person would hide the title it reads leader_of / member_of from. Mentions
 * without an entity, or that cover no word, are dropped.
 */

import type { ParsedSentence } from '../parse/types.ts';
import type { Mention } from '../types.ts';
import type { TreeMention } from './from-tree.ts';

/** The words each mention covers (any overlap with the word's characters), in word order. */
export function mentionsOnWords(
  parse: Pick<ParsedSentence, 'start' | 'end'>,
  mentions: readonly Pick<Mention, 'start' | 'end' | 'entity' | 'kind' | 'form'>[],
): TreeMention[] {
  const out: TreeMention[] = [];
  for (const m of mentions) {
    if (!m.entity || m.form === 'title') continue;
    let from = -1;
    let to = -1;
    for (let i = 0; i < parse.start.length; i++) {
      if (parse.start[i]! < m.end && parse.end[i]! > m.start) {
        if (from < 0) from = i;
        to = i + 1;
      }
    }
    if (from < 0) continue;
    out.push({ from, to, entity: m.entity, kind: m.kind, span: [m.start, m.end] });
  }
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}
