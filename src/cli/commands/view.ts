/**
 * kg view and kg start
 *
 * `view` serves the web view of a graph on 127.0.0.1 and prints its address until Ctrl-C. `start`
 * (what `npm start` runs) builds the bundled sample article into out/sample.json and
 * out/sample.gexf, prints the summary, then serves its view. The server (src/server/serve.ts) is
 * loaded lazily, so every other command works without it and `start` still builds when it is
 * missing.
 */

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError, UsageError } from '../../../graph/errors.ts';
import type { KnowledgeGraph } from '../../../graph/types.ts';
import { cannotWrite } from '../../io/atomic.ts';
import { readGraphFile } from '../../io/graph-file.ts';
import { packageRoot } from '../../io/package-root.ts';
import { DEFAULT_TOP } from '../../store/index.ts';
import { type CliContext, defineCommand, writeLine } from '../context.ts';
import { runBuild } from './build.ts';
import { type StoreSource, storeSource } from './view-db.ts';

/** The part of src/server/serve.ts the CLI uses. */
interface ServeModule {
  serveView(options: { graphFile?: string; port?: number; host?: string; source?: StoreSource }): Promise<{
    url: string;
    close(): Promise<void> | void;
  }>;
}

// serve.ts from the sources, serve.js from the compiled CLI in dist/
const SERVE_URL = new URL(`../../server/serve${import.meta.url.slice(-3)}`, import.meta.url);
const ROOT = packageRoot();
/** The bundled sample article. */
export const SAMPLE_FILE = join(ROOT, 'samples', 'iran-iraq-meeting.txt');

const serverOptions = {
  port: {
    type: 'number',
    short: 'p',
    min: 0,
    max: 65535,
    description: 'port (0: any free port; default 5173)',
  },
  host: { type: 'string', valueName: 'address', description: 'loopback address to bind (default 127.0.0.1)' },
} as const;

export const viewCommand = defineCommand({
  spec: {
    name: 'view',
    summary: 'Serve the interactive web view of a graph on 127.0.0.1 and print its address.',
    synopsis: 'view [graph.json|gexf|graphml] | --db <store> [--top N] [--port N]',
    details: [
      'Without a graph, the view opens the bundled sample. Stop with Ctrl-C.',
      "With --db, the view opens the store's most mentioned entities and loads neighbourhoods on demand.",
    ],
    positionals: { min: 0, max: 1, description: 'at most one graph file' },
    options: {
      ...serverOptions,
      db: { type: 'string', valueName: 'pglite:dir|postgres://…', description: 'view a PostgreSQL store' },
      top: {
        type: 'number',
        min: 1,
        max: 100000,
        default: DEFAULT_TOP,
        description: 'entities in the opening view of a store',
      },
    },
  },
  async run({ positionals, options }, ctx) {
    const graphFile = positionals[0];
    if (options.db !== undefined) {
      if (graphFile !== undefined) throw new UsageError('"kg view" takes a graph file or --db, not both');
      const serve = await loadServer();
      if (!serve) throw new KgError('IO', 'web server not available');
      const source = await storeSource(options.db, options.top, ctx);
      try {
        return await serveUntilInterrupted(serve, { source, port: options.port, host: options.host }, ctx);
      } finally {
        await source.close();
      }
    }
    // A bad graph file fails here, with its name, rather than on the page.
    if (graphFile) await readGraphFile(graphFile);
    const serve = await loadServer();
    if (!serve)
      throw new KgError(
        'IO',
        `${relative(process.cwd(), fileURLToPath(SERVE_URL))}: web server not available`,
      );
    return serveUntilInterrupted(serve, { graphFile, port: options.port, host: options.host }, ctx);
  },
});

export const startCommand = defineCommand({
  spec: {
    name: 'start',
    summary: 'Build the bundled sample article into out/ and serve its view (what npm start runs).',
    synopsis: 'start [--port N]',
    positionals: { min: 0, max: 0, description: 'no arguments' },
    options: { ...serverOptions, 'no-serve': { type: 'boolean', description: 'build the sample and stop' } },
  },
  async run({ options }, ctx) {
    const outDir = join(ROOT, 'out');
    await mkdir(outDir, { recursive: true }).catch((error) => Promise.reject(cannotWrite(outDir, error)));
    const graphFile = join(outDir, 'sample.json');
    const show = (p: string) => relative(process.cwd(), p) || p;
    await runBuild(
      { inputs: [show(SAMPLE_FILE)], out: show(graphFile), gexf: show(join(outDir, 'sample.gexf')) },
      ctx,
    );
    if (options['no-serve']) return 0;
    const serve = await loadServer();
    if (!serve) {
      const top = bestConnected(await readGraphFile(graphFile));
      await writeLine(ctx.stderr, `Query it: npm run kg -- query ${show(graphFile)} neighbors ${top}`);
      return 0;
    }
    return serveUntilInterrupted(serve, { graphFile, port: options.port, host: options.host }, ctx);
  },
});

/** The label of the entity with the most relations (the first such), for an example query; '' for an empty graph. */
export function bestConnected(graph: KnowledgeGraph): string {
  let top = '';
  let best = -1;
  graph.forEachNode((n, attrs) => {
    const degree = graph.degree(n);
    if (degree > best) {
      best = degree;
      top = attrs.label ?? n;
    }
  });
  return top;
}

async function loadServer(): Promise<ServeModule | null> {
  if (!existsSync(fileURLToPath(SERVE_URL))) return null;
  return (await import(SERVE_URL.href)) as ServeModule;
}

async function serveUntilInterrupted(
  serve: ServeModule,
  options: { graphFile?: string; port?: number; host?: string; source?: StoreSource },
  ctx: CliContext,
): Promise<number> {
  const server = await serve.serveView(options);
  await writeLine(ctx.stdout, server.url);
  await writeLine(ctx.stderr, 'Serving the web view; press Ctrl-C to stop.');
  await ctx.interrupted;
  await server.close();
  return 0;
}
