/**
 * Stores that cannot be used: an unreachable server, a refused login, a store of another schema
 * version, a directory or file that is not a store, a store that does not exist, a PGlite directory
 * held by another process, a first build that fails. Each ends with one line naming the store,
 * exit code 1, and nothing written.
 */

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { lockDirectory } from '../../src/store/lock.ts';
import { fixture, type KgResult, runKg, spawnKg } from '../cli/helpers.ts';
import { CORPORA, ENGINES, PG_URL } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-store-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One line on stderr, naming `name`, and exit code 1. */
function failsWithOneLine(result: KgResult, name: string | RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kg: /);
  if (typeof name === 'string') expect(lines[0]).toContain(name);
  else expect(lines[0]).toMatch(name);
}

describe('a server that cannot be used', () => {
  it('is unreachable', async () => {
    const result = await runKg(['query', '--db', 'postgres://kg:secret@127.0.0.1:1/kg', 'entity', 'Iran']);
    failsWithOneLine(result, 'postgres://kg:***@127.0.0.1:1/kg: cannot reach the server');
    expect(result.stderr).not.toContain('secret');
  });

  it('is not a store address at all (usage error)', async () => {
    const result = await runKg(['query', '--db', 'mysql://localhost/kg', 'entity', 'Iran']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected pglite:<dir> or postgres:/);
  });
});

const server = ENGINES.find((e) => e.name === 'postgres');
if (PG_URL !== undefined && server !== undefined) {
  const serverUrl = PG_URL;
  describe('a server that refuses', () => {
    it('refuses a wrong password', async () => {
      const url = new URL(serverUrl);
      url.password = 'not-the-password';
      const result = await runKg(['build', CORPORA[0]!, '--db', url.toString(), '-j', '0']);
      failsWithOneLine(result, /:\*\*\*@.*refused the login/);
      expect(result.stderr).not.toContain('not-the-password');
    });

    it('finds no kg schema in a database without one', async () => {
      const empty = await server.make();
      try {
        const result = await runKg(['query', '--db', empty.db, 'entity', 'Iran']);
        failsWithOneLine(result, 'not a kg store');
      } finally {
        await empty.drop();
      }
    });
  });
}

describe('a directory that is not a store', () => {
  it('holds other files: refused, left untouched', async () => {
    const other = join(dir, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'cat.jpg'), 'meow');
    const result = await runKg(['build', CORPORA[0]!, '--db', `pglite:${other}`, '-j', '0']);
    failsWithOneLine(result, `pglite:${other}: not a store`);
    expect(readdirSync(other)).toEqual(['cat.jpg']);
  });

  it('is a file', async () => {
    const file = join(dir, 'graph.json');
    writeFileSync(file, '{}');
    const result = await runKg(['query', '--db', `pglite:${file}`, 'entity', 'Iran']);
    failsWithOneLine(result, 'not a directory');
  });

  it('does not exist: a query creates nothing', async () => {
    const missing = join(dir, 'missing');
    const result = await runKg(['query', '--db', `pglite:${missing}`, 'entity', 'Iran']);
    failsWithOneLine(result, `pglite:${missing}: no store there`);
    expect(existsSync(missing)).toBe(false);
  });

  it('is held by another process: a second run waits, then fails clearly', async () => {
    const held = join(dir, 'held');
    expect((await runKg(['build', CORPORA[0]!, '--db', `pglite:${held}`, '-j', '0', '-q'])).code).toBe(0);
    const lock = await lockDirectory(held, 'test', 0);
    try {
      const result = spawnKg(['query', '--db', `pglite:${held}`, 'entity', 'Iran'], {
        env: { KG_DB_WAIT: '0' },
      });
      failsWithOneLine(result, `pglite:${held}: the store is in use by process ${process.pid}`);
    } finally {
      await lock.release();
    }
    expect((await runKg(['query', '--db', `pglite:${held}`, 'entity', 'Iran'])).code).toBe(0);
  });

  it('a failed first build leaves no directory behind', async () => {
    const fresh = join(dir, 'fresh');
    const result = await runKg(['build', fixture('broken.jsonl'), '--db', `pglite:${fresh}`, '-j', '0']);
    expect(result.code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe.each(ENGINES)('a store of another schema version on $name', (engine) => {
  it('is refused by build and query, and left as it was', async () => {
    const store = await engine.make();
    try {
      expect((await runKg(['build', CORPORA[0]!, '--db', store.db, '-j', '0', '-q'])).code).toBe(0);
      const engineOpen = await openStore(store.db, { write: false });
      await engineOpen.query("INSERT INTO kg.migrations (version, name) VALUES (99, 'from the future')");
      await engineOpen.close();

      const build = await runKg(['build', CORPORA[1]!, '--db', store.db, '-j', '0']);
      failsWithOneLine(build, /store schema version 99, this kg reads version 3 \(upgrade kg\)/);
      const query = await runKg(['query', '--db', store.db, 'entity', 'Iran']);
      failsWithOneLine(query, 'store schema version 99');

      const back = await openStore(store.db, { write: true }).catch((e: Error) => e);
      expect(back).toBeInstanceOf(Error);
      const raw = await openStoreIgnoringVersion(store.db);
      const [row] = await raw.query<{ n: string | number }>('SELECT count(*) AS n FROM kg.documents');
      expect(Number(row?.n)).toBe(4);
      await raw.query('DELETE FROM kg.migrations WHERE version = 99');
      await raw.close();
      expect((await runKg(['query', '--db', store.db, 'entity', 'Iran'])).code).toBe(0);
    } finally {
      await store.drop();
    }
  });
});

describe.each(ENGINES)('a store of the previous schema version (1) on $name', (engine) => {
  it('is refused by query with the way to upgrade, and upgraded by build with its rows kept', async () => {
    const store = await engine.make();
    try {
      expect((await runKg(['build', CORPORA[0]!, '--db', store.db, '-j', '0', '-q'])).code).toBe(0);
      // back to version 1 as it was written: no confidence nor speaker on evidence, migrations 2
      // and 3 not recorded
      const raw = await openStoreIgnoringVersion(store.db);
      await raw.exec(
        'ALTER TABLE kg.evidence DROP COLUMN confidence, DROP COLUMN speaker_start, DROP COLUMN speaker_end; DELETE FROM kg.migrations WHERE version >= 2;',
      );
      const [before] = await raw.query<{ n: string | number }>('SELECT count(*) AS n FROM kg.evidence');
      await raw.close();

      const query = await runKg(['query', '--db', store.db, 'entity', 'Iran']);
      failsWithOneLine(
        query,
        /store schema version 1, this kg reads version 3 \(run kg build --db on it to upgrade/,
      );

      expect((await runKg(['build', CORPORA[1]!, '--db', store.db, '-j', '0', '-q'])).code).toBe(0);
      const up = await openStoreIgnoringVersion(store.db);
      const versions = await up.query<{ version: number }>(
        'SELECT version FROM kg.migrations ORDER BY version',
      );
      expect(versions.map((v) => Number(v.version))).toEqual([1, 2, 3]);
      const [docs] = await up.query<{ n: string | number }>('SELECT count(*) AS n FROM kg.documents');
      const [old] = await up.query<{ n: string | number }>(
        'SELECT count(*) AS n FROM kg.evidence WHERE confidence IS NULL',
      );
      const [fresh] = await up.query<{ n: string | number }>(
        'SELECT count(*) AS n FROM kg.evidence WHERE confidence IS NOT NULL',
      );
      await up.close();
      expect(Number(docs?.n)).toBeGreaterThan(4);
      // the rows of version 1 are kept, without a confidence; the new ones carry theirs
      expect(Number(old?.n)).toBe(Number(before?.n));
      expect(Number(fresh?.n)).toBeGreaterThan(0);
      expect((await runKg(['query', '--db', store.db, 'entity', 'Iran'])).code).toBe(0);
    } finally {
      await store.drop();
    }
  });
});

/** The engine under the store, without the version check (to look at and repair the test store). */
async function openStoreIgnoringVersion(db: string) {
  if (db.startsWith('pglite:')) {
    const { openPglite } = await import('../../src/store/pglite.ts');
    return openPglite(db.slice('pglite:'.length), { create: false, waitSeconds: 5 });
  }
  const { openPostgres } = await import('../../src/store/postgres.ts');
  return openPostgres(db);
}
