/**
 * The embedded engine (PGlite)
 *
 * Opens a store directory with @electric-sql/pglite, PostgreSQL compiled to WebAssembly and run in
 * this process: nothing to install. Before opening, the directory is checked (a file, or a folder of
 * other things, is refused untouched) and locked against other processes (see lock.ts).
 */

import { mkdir, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlEngine } from './engine.ts';
import { StoreError } from './errors.ts';
import { LOCK_FILE, lockDirectory } from './lock.ts';

/** Options of openPglite. */
export interface PgliteOptions {
  /** Create the directory and an empty database when there is none. */
  create: boolean;
  /** Seconds to wait for another process's lock. */
  waitSeconds: number;
}

/**
 * Opens the PGlite store in `dir`.
 * @throws StoreError when `dir` is missing (and not `create`), not a directory, holds something
 *   other than a PGlite database, or stays locked by another process.
 */
export async function openPglite(dir: string, options: PgliteOptions): Promise<SqlEngine> {
  const name = `pglite:${dir}`;
  const entries = await listDirectory(dir, name);
  if (entries === null) {
    if (!options.create) throw notFound(name);
    await mkdir(dir, { recursive: true });
  } else if (!entries.includes(LOCK_FILE) && foreign(entries)) {
    throw notAStore(name);
  }
  const lock = await lockDirectory(dir, name, options.waitSeconds);
  // looked at again under the lock: another process may have created the store while this one waited
  const now = (await listDirectory(dir, name)) ?? [];
  const created = !now.includes('PG_VERSION');
  if (foreign(now) || (created && !options.create)) {
    await lock.release();
    throw foreign(now) ? notAStore(name) : notFound(name);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    await lock.release();
    throw new StoreError('BAD_FORMAT', `${name}: cannot open the database (${(error as Error).message})`, {
      cause: error,
    });
  }
  return {
    name,
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    created,
    async close() {
      try {
        await db.close();
      } finally {
        await lock.release();
      }
    },
    async discard() {
      try {
        await db.close();
        if (created) {
          // emptied while still locked, so no other process opens a half-removed database
          for (const entry of await readdir(dir)) {
            if (entry !== LOCK_FILE) await rm(join(dir, entry), { recursive: true, force: true });
          }
        }
      } finally {
        await lock.release();
        if (created) await rmdir(dir).catch(() => {});
      }
    },
  };
}

/** Files in a directory that is neither empty nor a database. */
function foreign(entries: readonly string[]): boolean {
  return !entries.includes('PG_VERSION') && entries.some((e) => e !== LOCK_FILE);
}

function notFound(name: string): StoreError {
  return new StoreError('NOT_FOUND', `${name}: no store there (build one with kg build --db ${name})`);
}

function notAStore(name: string): StoreError {
  return new StoreError('BAD_FORMAT', `${name}: not a store (the directory holds other files)`);
}

/** The names in `dir`, or null when it does not exist. */
async function listDirectory(dir: string, name: string): Promise<string[] | null> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new StoreError('BAD_FORMAT', `${name}: not a store (not a directory)`);
    return await readdir(dir);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError('IO', `${name}: cannot read the directory (${(error as Error).message})`, {
      cause: error,
    });
  }
}
