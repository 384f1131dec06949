/**
 * kg-builder/extract — text to entities, relations and graphs
 *
 * The package's `kg-builder/extract` entry (the same code runs in Node and in the browser): one
 * function per job, `extract` for one text and `buildGraph` for many, plus the pipeline's own
 * `extractDocument` / `toGraphInput` and the data types. Extraction runs in the calling thread;
 * the `kg build` command is the way to use a pool of worker threads.
 *
 * @module kg-builder/extract
 */

import { GraphBuilder } from '../../graph/build.ts';
import { UsageError } from '../../graph/errors.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { extractDocument, toGraphInput } from '../extract/index.ts';
import type { DocExtraction, SourceDoc } from '../types.ts';

export type { DocExtraction, Entity, Mention, MentionForm, Relation, Sentence, SourceDoc } from '../types.ts';
export { extractDocument, toGraphInput };

/** Where a text came from; every field is optional. */
export interface ExtractOptions {
  /** Document id, kept on every evidence record. @default 'doc' */
  id?: string;
  title?: string;
  url?: string;
  date?: string;
}

/**
 * Finds the people, places and organizations in `text` and the relations between them, each with
 * character offsets into `text` and the sentence that states it.
 *
 * @param text English text (an article, a report, a transcript).
 * @param options the document's id and metadata. @default { id: 'doc' }
 * @returns sentences, mentions, entities and relations.
 * @throws UsageError when `text` is not a string.
 * @example
 *   const { entities, relations } = extract('Chilean Prime Minister Karim al-Nuri met Tomas Varga.');
 */
export function extract(text: string, options: ExtractOptions = {}): DocExtraction {
  if (typeof text !== 'string') throw new UsageError('extract: text must be a string');
  return extractDocument({ ...options, id: options.id ?? 'doc', text });
}

/** Options of buildGraph. */
export interface BuildGraphOptions {
  /** A graph to add to (documents whose id is already in it are skipped). @default a new graph */
  into?: KnowledgeGraph;
}

/**
 * Extracts every document and merges the results into one knowledge graph, in order.
 *
 * @param docs documents (`{ id, text, title?, url?, date? }`), or bare texts, which are named
 *   doc-1, doc-2, … in order.
 * @param options `into`: a graph to add to.
 * @returns the graph (graphology, with the kg-builder schema): query it with `neighbors`,
 *   `findEntity`… and write it with `graphToJSON`, `writeGexf`… from `kg-builder`.
 * @throws UsageError on a document without a string text.
 * @example
 *   const graph = buildGraph([{ id: 'a1', text: article }]);
 *   neighbors(graph, 'Varga');
 */
export function buildGraph(
  docs: Iterable<SourceDoc | string>,
  options: BuildGraphOptions = {},
): KnowledgeGraph {
  const builder = new GraphBuilder(options.into);
  let n = 0;
  for (const item of docs) {
    n++;
    const doc = typeof item === 'string' ? { id: `doc-${n}`, text: item } : item;
    if (typeof doc?.text !== 'string') throw new UsageError(`buildGraph: document ${n} has no text`);
    builder.addDocument(toGraphInput(extractDocument(doc)));
  }
  return builder.graph;
}
