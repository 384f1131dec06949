/**
 * The server engine (PostgreSQL through pg)
 *
 * Connects one `pg` client to a PostgreSQL server. Connection failures become one-line StoreErrors
 * naming the server without its password: unreachable, authentication refused, no such database.
 */

import pg from 'pg';
import type { SqlEngine } from './engine.ts';
import { StoreError } from './errors.ts';
import { redact } from './spec.ts';

/** Seconds to wait for a server to answer before calling it unreachable. */
const CONNECT_TIMEOUT_SECONDS = 10;

/**
 * Connects to the server at `url`.
 * @throws StoreError (IO) when it cannot be reached or refuses the user.
 */
export async function openPostgres(url: string): Promise<SqlEngine> {
  const name = redact(url);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_SECONDS * 1000,
    application_name: 'kg-builder',
  });
  // a server that goes away mid-run surfaces as a failed query; do not crash on the event
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new StoreError('IO', `${name}: ${connectProblem(error)}`, { cause: error });
  }
  await client.query("SET client_min_messages = 'warning'");
  return {
    name,
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    created: false,
    async close() {
      await client.end();
    },
    async discard() {
      await client.end();
    },
  };
}

/** What went wrong while connecting, in a few words. */
function connectProblem(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'cannot reach the server (connection refused)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'cannot reach the server (unknown host)';
    case 'ETIMEDOUT':
      return 'cannot reach the server (timed out)';
    case '28P01':
    case '28000':
      return `the server refused the login (${e.message})`;
    case '3D000':
      return `no such database (${e.message})`;
    default:
      return `cannot connect (${e.message ?? String(error)})`;
  }
}
