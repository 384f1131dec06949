/**
 * Extraction entry point
 *
 * `extractDocument` runs the pipeline over one document: segment → mentions → resolve →
 * relations. It never throws on odd text: it returns less. `toGraphInput` turns the result into
 * what graph/build merges.
 */

import type { DocGraphInput } from '../../graph/types.ts';
import { slugify } from '../../graph/index.ts';
import { plainEntities } from '../nlp/compromise.ts';
import type { DocExtraction, Entity, Mention, SourceDoc } from '../types.ts';

/** Extracts entities and relations from one document. */
export function extractDocument(doc: SourceDoc): DocExtraction {
  const mentions: Mention[] = plainEntities(doc.text).map((e) => ({
    docId: doc.id,
    start: e.start,
    end: e.end,
    text: e.text,
    kind: e.kind,
    sentence: 0,
    form: 'name',
  }));
  const byId = new Map<string, Entity>();
  for (const m of mentions) {
    const id = `${m.kind}/${slugify(m.text)}`;
    m.entity = id;
    let e = byId.get(id);
    if (!e) {
      e = { id, kind: m.kind, label: m.text, aliases: [m.text], titles: [], mentionCount: 0, mentions: [] };
      byId.set(id, e);
    }
    e.mentions.push(m);
    e.mentionCount++;
  }
  return { doc, sentences: [], mentions, entities: [...byId.values()], relations: [] };
}

/** The part of an extraction that graph/build merges. */
export function toGraphInput(ex: DocExtraction): DocGraphInput {
  const { doc } = ex;
  return {
    doc: { id: doc.id, title: doc.title, url: doc.url, date: doc.date },
    entities: ex.entities.map(({ id, kind, label, aliases, titles, mentionCount }) => ({
      id,
      kind,
      label,
      aliases,
      titles,
      mentionCount,
    })),
    relations: ex.relations,
  };
}
