/**
 * In-browser extraction
 *
 * Runs the extraction pipeline (src/extract, compromise underneath) in the page and merges the
 * result into a graph with graph/'s GraphBuilder: for pasted text and for the bundled sample
 * article. Loaded on demand by kg.ts, so opening a graph file never downloads the NLP code.
 */

import { GraphBuilder } from '../graph/index.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import sampleText from '../samples/iran-iraq-meeting.txt?raw';
import { extractDocument, toGraphInput } from '../src/extract/index.ts';

export function buildFromText(text: string, id: string, into?: KnowledgeGraph): KnowledgeGraph {
  const builder = new GraphBuilder(into);
  builder.addDocument(toGraphInput(extractDocument({ id, text })));
  return builder.graph;
}

export function buildSample(): KnowledgeGraph {
  return buildFromText(sampleText, 'iran-iraq-meeting');
}
