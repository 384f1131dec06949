/**
 * Opening a store
 *
 * `openStore("pglite:./kg-db" | "postgres://…", { write })` picks the engine, connects, and checks
 * the schema: a writer creates or upgrades it, a reader requires this code's version. A PGlite
 * directory created by this call and left without a usable store (the schema could not be made) is
 * removed again (engine.discard), so a failed first run leaves nothing behind.
 */

import type { SqlEngine } from './engine.ts';
import { StoreError } from './errors.ts';
import { checkVersion, migrate, storeVersion } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { parseStoreSpec, storeName } from './spec.ts';

/** Options of openStore. */
export interface OpenOptions {
  /** Create or upgrade the schema (a build); otherwise only read a store of this version. */
  write: boolean;
  /** Seconds to wait for a PGlite directory locked by another process. @default 60 */
  waitSeconds?: number;
}

/** How long a process waits for a locked PGlite directory by default, in seconds. */
export const DEFAULT_WAIT_SECONDS = 60;

/**
 * Opens the store `value` names (a `--db` value).
 * @throws UsageError for a value that is no store address; StoreError when the store cannot be
 *   opened or is not a store of this version.
 */
export async function openStore(value: string, options: OpenOptions): Promise<SqlEngine> {
  const spec = parseStoreSpec(value);
  const wait = options.waitSeconds ?? DEFAULT_WAIT_SECONDS;
  if (spec.kind === 'postgres') {
    const engine = await openPostgres(spec.url);
    try {
      if (options.write) await migrate(engine);
      else await checkVersion(engine);
      return engine;
    } catch (error) {
      await engine.close().catch(() => {});
      throw asStoreError(error, engine.name);
    }
  }
  const engine = await openPglite(spec.dir, { create: options.write, waitSeconds: wait });
  try {
    if (options.write) {
      if (!engine.created && (await storeVersion(engine)) === 0) {
        throw new StoreError(
          'BAD_FORMAT',
          `${storeName(spec)}: not a kg store (a database without the kg schema)`,
        );
      }
      await migrate(engine);
    } else await checkVersion(engine);
    return engine;
  } catch (error) {
    await engine.discard().catch(() => {});
    throw asStoreError(error, engine.name);
  }
}

function asStoreError(error: unknown, name: string): unknown {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError('IO', `${name}: ${message}`, { cause: error });
}
