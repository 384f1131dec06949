/**
 * Store test helpers
 *
 * The engines every store suite runs on: PGlite always (a fresh directory per store), and a
 * PostgreSQL server when KG_TEST_PG_URL names one (`.ci/run` starts a throwaway cluster and sets
 * it), each store a fresh database created and dropped on that server. Plus the corpus fixtures and
 * a child-process `kg` that runs concurrently with others.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type KgResult, ROOT } from '../cli/helpers.ts';

/** The server URL of the server suites, if any. */
export const PG_URL = process.env.KG_TEST_PG_URL;

/** A store made for a test, and the way to remove it. */
export interface TestStore {
  db: string;
  drop(): Promise<void>;
}

export interface TestEngine {
  name: 'pglite' | 'postgres';
  make(): Promise<TestStore>;
}

const pgliteEngine: TestEngine = {
  name: 'pglite',
  async make() {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    return {
      db: `pglite:${join(dir, 'kg-db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

let databases = 0;

/** A fresh database on the KG_TEST_PG_URL server for each store. */
function postgresEngine(url: string): TestEngine {
  return {
    name: 'postgres',
    async make() {
      const name = `kg_t_${process.pid}_${Date.now().toString(36)}_${databases++}`;
      await admin(url, `CREATE DATABASE ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return {
        db: target.toString(),
        drop: () => admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      };
    },
  };
}

/** Runs one statement on the server's own database. */
export async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** PGlite, and the server when KG_TEST_PG_URL is set. */
export const ENGINES: readonly TestEngine[] = PG_URL
  ? [pgliteEngine, postgresEngine(PG_URL)]
  : [pgliteEngine];

export const STORE_FIXTURES = join(ROOT, 'tests', 'fixtures', 'store');
/** Three corpora of four documents each, sharing entities (Iran, Iraq, Zarif, Kadiri…). */
export const CORPORA = ['north', 'south', 'east'].map((n) => join(STORE_FIXTURES, `${n}.jsonl`));

/** Runs the real CLI in a child process without blocking, so several run at once. */
export function spawnKgAsync(args: string[], env: Record<string, string> = {}): Promise<KgResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, KG_DEBUG: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.on('data', (c) => out.push(String(c)));
    child.stderr.on('data', (c) => err.push(String(c)));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: out.join(''), stderr: err.join('') }));
  });
}
