/**
 * Store addresses
 *
 * What `--db` accepts: `pglite:<dir>` (an embedded store in a directory) or a PostgreSQL connection
 * URL (`postgres://user:password@host:port/database`, or `postgresql://`). `redact` gives the form
 * shown in messages, with the password replaced.
 */

import { UsageError } from '../../graph/errors.ts';

export type StoreSpec = { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string };

/**
 * Parses a `--db` value.
 * @throws UsageError for anything else.
 */
export function parseStoreSpec(value: string): StoreSpec {
  if (value.startsWith('pglite:')) {
    const dir = value.slice('pglite:'.length);
    if (dir === '') throw new UsageError('--db pglite: needs a directory (pglite:./kg-db)');
    return { kind: 'pglite', dir };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new UsageError(`--db ${redact(value)}: not a valid PostgreSQL URL`);
    }
    return { kind: 'postgres', url: value };
  }
  throw new UsageError(`--db "${value}": expected pglite:<dir> or postgres://user@host:port/database`);
}

/** The URL with its password replaced by `***`. */
export function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1:***@');
}

/** The name of a store in messages. */
export function storeName(spec: StoreSpec): string {
  return spec.kind === 'pglite' ? `pglite:${spec.dir}` : redact(spec.url);
}
