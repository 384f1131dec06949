/**
 * kg view --db
 *
 * The web view of a store: the page opens with the store's most mentioned entities and the
 * relations among them (`/graph`), and asks for one entity's neighbourhood at a time
 * (`/api/neighbourhood?entity=<key or name>&depth=<n>`, an ego graph as graphology JSON), so the
 * view never needs the whole graph. The store stays open (a PGlite directory locked) while served.
 */

import { NotFoundError } from '../../../graph/errors.ts';
import { graphToJSON } from '../../../graph/index.ts';
import { openStore, redact, type SqlEngine, storedGraph, topGraph, waitSeconds } from '../../store/index.ts';
import type { CliContext } from '../context.ts';

/** Deepest neighbourhood one request may ask for. */
const MAX_DEPTH = 3;

/** What the server serves for a store. */
export interface StoreSource {
  name: string;
  graph(): Promise<string>;
  api(path: string, query: URLSearchParams): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * Opens `db` for reading and returns the server's source over it.
 * @throws StoreError when the store cannot be opened.
 */
export async function storeSource(db: string, top: number, ctx: CliContext): Promise<StoreSource> {
  const engine: SqlEngine = await openStore(db, { write: false, waitSeconds: waitSeconds(ctx.env) });
  return {
    name: redact(db),
    graph: async () => graphToJSON(await topGraph(engine, top)),
    async api(path, query) {
      if (path !== 'neighbourhood') return undefined;
      const entity = query.get('entity');
      const depth = Math.min(MAX_DEPTH, Math.max(0, Number.parseInt(query.get('depth') ?? '1', 10) || 0));
      if (!entity) return undefined;
      try {
        return graphToJSON(await storedGraph(engine, { ego: entity, depth }));
      } catch (error) {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      }
    },
    close: () => engine.close(),
  };
}
