/**
 * Using a store for one command
 *
 * `withStore(value, options, fn)` opens the store, runs `fn` with it and closes it whatever happens,
 * so a failed command never leaves a PGlite directory locked. The wait for a locked directory comes
 * from KG_DB_WAIT (seconds) when set.
 */

import { UsageError } from '../../graph/errors.ts';
import type { SqlEngine } from './engine.ts';
import { DEFAULT_WAIT_SECONDS, openStore } from './open.ts';

/** Seconds to wait for a locked PGlite directory, from the environment. */
export function waitSeconds(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.KG_DB_WAIT;
  if (raw === undefined || raw === '') return DEFAULT_WAIT_SECONDS;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`KG_DB_WAIT must be a number of seconds (got "${raw}")`);
  return n;
}

async function isEmpty(engine: SqlEngine): Promise<boolean> {
  try {
    const [row] = await engine.query<{ n: number | string }>('SELECT count(*) AS n FROM kg.documents');
    return Number(row?.n) === 0;
  } catch {
    return true;
  }
}

/** Opens the store, runs `fn`, closes the store (a store this run created and filled nothing in is removed). */
export async function withStore<T>(
  value: string,
  options: { write: boolean; env: Readonly<Record<string, string | undefined>> },
  fn: (engine: SqlEngine) => Promise<T>,
): Promise<T> {
  const engine = await openStore(value, { write: options.write, waitSeconds: waitSeconds(options.env) });
  let result: T;
  try {
    result = await fn(engine);
  } catch (error) {
    // a first build that failed leaves no store behind; an existing store keeps its committed batches
    if (options.write && engine.created && (await isEmpty(engine))) await engine.discard().catch(() => {});
    else await engine.close().catch(() => {});
    throw error;
  }
  await engine.close();
  return result;
}
