/**
 * Extraction worker
 *
 * Runs the extraction pipeline (src/extract, compromise underneath) off the main thread, so pasting
 * a long text never freezes the page. The only copy of the extraction code and the models' weights
 * in web/dist: web/kg.ts starts this worker on the first extraction and keeps it, so the weights are
 * downloaded and decoded once. It receives `{ job, id, text }` and answers `{ job, input }` (the
 * document's entities and relations as plain data, ready for graph/'s GraphBuilder) or
 * `{ job, error }`.
 */

import { extractDocument, toGraphInput } from '../src/extract/index.ts';

self.onmessage = (event: MessageEvent<{ job: number; id: string; text: string }>) => {
  const { job, id, text } = event.data;
  try {
    self.postMessage({ job, input: toGraphInput(extractDocument({ id, text })) });
  } catch (error) {
    self.postMessage({ job, error: error instanceof Error ? error.message : String(error) });
  }
};
