/**
 * Opening graphs
 *
 * The graph the page opens with — the server's (`/graph`, a file or a store's overview, whose
 * expansions named in the link are fetched again), else the bundled sample, prebuilt at build
 * time — and a graph file the user opens (picker or drag-and-drop); a bad file leaves the current
 * graph in place and says why.
 */

import type { App } from './app.ts';
import { MAX_FILE_BYTES } from './files.ts';
import { readGraph, sampleGraph } from './kg.ts';
import { expandFromLink } from './neighbours.ts';
import { alertUser, describe } from './shell.ts';

/** Opens a file; a bad one leaves the current graph in place and says why. */
export async function openFile(app: App, file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    alertUser(`${file.name}: too large (${Math.round(file.size / 1e6)} MB; the limit is 200 MB)`);
    return;
  }
  try {
    const graph = readGraph(await file.text(), file.name);
    alertUser(null);
    app.show(graph, file.name);
  } catch (error) {
    const message = describe(error);
    alertUser(message.includes(file.name) ? message : `${file.name}: ${message}`);
  }
}

/** The server's graph when there is one, else the sample article's. */
export async function openFirstGraph(app: App): Promise<void> {
  try {
    const response = await fetch('./graph', { cache: 'no-store' });
    const name = response.headers.get('X-Graph-Name');
    if (response.ok && name !== null) {
      const filename = decodeURIComponent(name);
      try {
        const text = await response.text();
        const parseStart = performance.now();
        const graph = readGraph(text, filename);
        performance.measure('kg:parse', { start: parseStart });
        const store = response.headers.get('X-Graph-Source') === 'store';
        app.show(graph, filename, store);
        if (store) await expandFromLink(app);
        return;
      } catch (error) {
        alertUser(describe(error));
      }
    }
  } catch {
    // No server graph (vite dev server, static hosting): fall through to the sample.
  }
  try {
    app.show(await sampleGraph(), 'sample: iran-iraq-meeting.txt');
  } catch (error) {
    alertUser(`Sample: ${describe(error)}`);
  }
}
