/**
 * Vite plugin: the prebuilt sample graph
 *
 * Provides `virtual:kg-sample-graph`, a module whose default export is the bundled sample
 * article's graph as JSON text. The graph is built here, in Node, by running web/sample-graph.ts
 * through vite's module runner (so `?raw` imports and .ts sources work as in the page), once per
 * build or dev server. The page imports the module on demand, when there is no server graph:
 * opening the sample then costs a few kB instead of the extraction code and the models' weights.
 */

import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';

const ID = 'virtual:kg-sample-graph';
const RESOLVED = `\0${ID}`;
const BUILDER = fileURLToPath(new URL('./sample-graph.ts', import.meta.url));

export function sampleGraphPlugin(): Plugin {
  let built: Promise<{ json: string; dependencies: string[] }> | null = null;
  let sources = new Set<string>();
  return {
    name: 'kg-sample-graph',
    resolveId: {
      filter: { id: new RegExp(`^${ID}$`) },
      handler: () => RESOLVED,
    },
    load: {
      filter: { id: new RegExp(`^\0${ID}$`) },
      async handler() {
        built ??= runnerImport<typeof import('./sample-graph.ts')>(BUILDER, {
          configFile: false,
          logLevel: 'warn',
        }).then(({ module, dependencies }) => ({ json: module.sampleGraphJSON(), dependencies }));
        const { json, dependencies } = await built;
        sources = new Set(dependencies);
        for (const file of dependencies) this.addWatchFile(file);
        // compact: the page parses it with graph/io like any graph file
        return `export default ${JSON.stringify(JSON.stringify(JSON.parse(json)))};\n`;
      },
    },
    handleHotUpdate({ file, server }) {
      // the dev server saw a source of the sample change: build it again on the next load
      if (!sources.has(file)) return;
      built = null;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
