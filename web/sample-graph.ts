/**
 * The sample graph, built at build time
 *
 * Extracts the bundled sample article (src/extract, compromise and the trained models underneath)
 * and writes its graph as graphology JSON. Never part of the page: web/sample-plugin.ts runs this
 * module in Node through vite's module runner when the page's `virtual:kg-sample-graph` module is
 * built, so opening the sample downloads a small JSON module and none of the extraction code or
 * its weights (those are only in the extraction worker, extract-worker.ts).
 */

import { GraphBuilder, graphToJSON } from '../graph/index.ts';
import sampleText from '../samples/iran-iraq-meeting.txt?raw';
import { extractDocument, toGraphInput } from '../src/extract/index.ts';

/** The sample's document id, and the name the view shows for it. */
export const SAMPLE_ID = 'iran-iraq-meeting';

/** The sample article's graph as graphology JSON text (graph/io's writer). */
export function sampleGraphJSON(): string {
  const builder = new GraphBuilder();
  builder.addDocument(toGraphInput(extractDocument({ id: SAMPLE_ID, text: sampleText })));
  return graphToJSON(builder.graph);
}
