/**
 * Store errors
 *
 * The store's failures as typed errors: a database that cannot be reached or refuses us (IO), and a
 * database or directory that is not a store of our schema version (BAD_FORMAT). Messages name the
 * store as the user wrote it, with any password removed.
 */

import { KgError, type KgErrorCode } from '../../graph/errors.ts';

/** A store that cannot be opened, read or written. */
export class StoreError extends KgError {
  constructor(code: KgErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'StoreError';
  }
}
