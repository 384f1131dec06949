/**
 * Mentions on a parse
 *
 * Puts the extract stage's mentions (character spans with their resolved entity) onto the words of a
 * parsed sentence, the shape the tree reader takes. A title mention ("President", "Norway's Prime
 * Minister") is left out when its person is named in the sentence: the reader finds titles in the
 * tree itself, and a title counted as part of a named person would hide the title it reads
 * leader_of / member_of from. A title that is the only mention of its person ("Norway's Vice Foreign
 * Minister visited Chile") stays: it is that person. Mentions without an entity, or that cover no
 * word, are dropped.
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
  // a title names its person only when no name of that person is in the sentence
  const named = new Set(mentions.filter((m) => m.form !== 'title' && m.entity).map((m) => m.entity));
  for (const m of mentions) {
    if (!m.entity || (m.form === 'title' && named.has(m.entity))) continue;
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
