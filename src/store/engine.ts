/**
 * SQL engines
 *
 * The one interface both engines answer: PGlite (embedded PostgreSQL in this process) and a
 * PostgreSQL server through `pg`. The store's SQL is the same text for both; only opening and closing
 * differ. `transaction` runs a function between BEGIN and COMMIT and rolls back when it throws.
 */

/** A connection to one database. */
export interface SqlEngine {
  /** The store as the user named it, without password (`pglite:./kg-db`, `postgres://kg@host/db`). */
  readonly name: string;
  /** `pglite` or `postgres`. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** True when opening created the database (a new PGlite directory). */
  readonly created: boolean;
  /**
   * Closes and deletes a database this run created (PGlite only), so a failed first run leaves
   * nothing behind; for a server, the same as close.
   */
  discard(): Promise<void>;
}

/** Runs `fn` in a transaction: COMMIT when it returns, ROLLBACK when it throws. */
export async function transaction<T>(engine: SqlEngine, fn: () => Promise<T>): Promise<T> {
  await engine.exec('BEGIN');
  try {
    const result = await fn();
    await engine.exec('COMMIT');
    return result;
  } catch (error) {
    await engine.exec('ROLLBACK').catch(() => {});
    throw error;
  }
}
