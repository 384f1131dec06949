/**
 * Paste and extract
 *
 * Builds a graph from pasted text — in the extraction worker (kg.ts), with a progress indicator,
 * into a copy of the shown graph when "merge" is ticked — and shows it, or says why not.
 */

import type { App } from './app.ts';
import { graphFromText } from './kg.ts';
import { alertUser, describe, withProgress } from './shell.ts';

export async function extractPasted(app: App, text: string, merge: boolean): Promise<void> {
  try {
    const into = merge && app.loaded ? app.loaded.graph.copy() : undefined;
    const words = (text.match(/\S+/g) ?? []).length.toLocaleString('en-US');
    const graph = await withProgress(
      `Extracting entities and relations from ${words} words…`,
      graphFromText(text, 'pasted', into),
    );
    if (graph.order === 0) {
      alertUser('No people, places or organizations found in the pasted text.');
      return;
    }
    alertUser(null);
    app.show(graph, merge && app.loaded ? `${app.loaded.name} + pasted text` : 'pasted text');
  } catch (error) {
    alertUser(`Pasted text: ${describe(error)}`);
  }
}
