/**
 * Extraction worker
 *
 * Runs the extraction pipeline (src/extract, compromise underneath) off the main thread, so pasting
 * a long text never freezes the page: it receives `{ id, text }` and answers `{ input }` (the
 * document's entities and relations as plain data, ready for graph/'s GraphBuilder) or `{ error }`.
 */

import { extractDocument, toGraphInput } from '../src/extract/index.ts';

self.onmessage = (event: MessageEvent<{ id: string; text: string }>) => {
  try {
    const { id, text } = event.data;
    self.postMessage({ input: toGraphInput(extractDocument({ id, text })) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
