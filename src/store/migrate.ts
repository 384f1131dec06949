/**
 * Schema versions
 *
 * The store's SQL migrations, applied in order and recorded in `kg.migrations`. A writer brings a
 * store up to date inside one transaction holding an advisory lock, so builds starting together on
 * an empty server create the schema once. A reader only checks: a store of a newer version, or a
 * database without our schema, is refused with a message naming it.
 */

import { type SqlEngine, transaction } from './engine.ts';
import { StoreError } from './errors.ts';
import * as init from './migrations/0001-init.ts';
import * as evidenceConfidence from './migrations/0002-evidence-confidence.ts';
import * as evidenceSpeaker from './migrations/0003-evidence-speaker.ts';

/** Every migration, oldest first. */
export const MIGRATIONS: readonly { VERSION: number; NAME: string; SQL: string }[] = [
  init,
  evidenceConfidence,
  evidenceSpeaker,
];

/** The schema version this code reads and writes. */
export const STORE_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.VERSION;

/** Advisory lock key of schema changes ('kg' 'mi'). */
const MIGRATE_LOCK = 0x6b676d69;

/** The store's version: 0 for a database without the kg schema. */
export async function storeVersion(engine: SqlEngine): Promise<number> {
  const [row] = await engine.query<{ present: boolean }>(
    "SELECT to_regclass('kg.migrations') IS NOT NULL AS present",
  );
  if (!row?.present) return 0;
  const [max] = await engine.query<{ v: number | null }>('SELECT max(version) AS v FROM kg.migrations');
  return Number(max?.v ?? 0);
}

/**
 * Refuses a store of another version than this code's.
 * @throws StoreError (NOT_FOUND) without the kg schema, (BAD_FORMAT) for another version.
 */
export async function checkVersion(engine: SqlEngine): Promise<void> {
  const version = await storeVersion(engine);
  if (version === 0) {
    throw new StoreError(
      'NOT_FOUND',
      `${engine.name}: not a kg store (no kg schema; build one with kg build --db)`,
    );
  }
  if (version !== STORE_VERSION) throw versionError(engine, version);
}

/**
 * Applies the missing migrations.
 * @throws StoreError (BAD_FORMAT) when the store is newer than this code.
 */
export async function migrate(engine: SqlEngine): Promise<void> {
  await transaction(engine, async () => {
    await engine.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    const version = await storeVersion(engine);
    if (version > STORE_VERSION) throw versionError(engine, version);
    if (version === 0) {
      await engine.exec(`CREATE SCHEMA IF NOT EXISTS kg;
        CREATE TABLE kg.migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        );`);
    }
    for (const m of MIGRATIONS) {
      if (m.VERSION <= version) continue;
      await engine.exec(m.SQL);
      await engine.query('INSERT INTO kg.migrations (version, name) VALUES ($1, $2)', [m.VERSION, m.NAME]);
    }
  });
}

function versionError(engine: SqlEngine, version: number): StoreError {
  return new StoreError(
    'BAD_FORMAT',
    `${engine.name}: store schema version ${version}, this kg reads version ${STORE_VERSION}` +
      (version > STORE_VERSION ? ' (upgrade kg)' : ' (run kg build --db on it to upgrade the store)'),
  );
}
