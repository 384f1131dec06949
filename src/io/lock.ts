/**
 * Locks on read-modify-write targets
 *
 * `withFileLock(path, run)` holds an inter-process lock on `path` (proper-lockfile: a `<path>.lock`
 * folder beside it, its time refreshed while held) for as long as `run` takes, so two `kg build
 * --into graph.json` runs never both read the old graph and both write theirs: the second waits
 * for the first (saying so once on stderr), then reads what the first wrote. A lock whose holder
 * died is taken over once it is `stale` (not refreshed for that long). A lock still held after
 * `waitSeconds` fails with a KgError that names the file and the lock; so does a lock lost while
 * held (refreshed too late), after `run`, since another process may then have written too.
 */

import lockfile from 'proper-lockfile';
import { KgError } from '../../graph/errors.ts';

export interface LockOptions {
  /** How long to wait for another holder, in seconds. @default 600 */
  waitSeconds?: number;
  /** Milliseconds without a refresh after which a lock counts as abandoned. @default 120_000 */
  stale?: number;
  /** Told once when the lock is busy and this process starts waiting. */
  onWait?: (message: string) => void;
}

export const LOCK_DEFAULTS = { waitSeconds: 600, stale: 120_000 } as const;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs `run` while holding the lock on `path`; releases it however `run` ends. */
export async function withFileLock<T>(
  path: string,
  run: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const asked = options.waitSeconds;
  const waitSeconds =
    asked !== undefined && Number.isFinite(asked) && asked >= 0 ? asked : LOCK_DEFAULTS.waitSeconds;
  const stale = options.stale ?? LOCK_DEFAULTS.stale;
  let lost: Error | undefined;
  const deadline = Date.now() + waitSeconds * 1000;
  let release: (() => Promise<void>) | undefined;
  for (let pause = 100, told = false; release === undefined; pause = Math.min(pause * 2, 1000)) {
    try {
      release = await lockfile.lock(path, {
        realpath: false,
        stale,
        onCompromised: (error) => {
          lost = error;
        },
      });
    } catch (error) {
      // no such folder: nothing there to protect, and `run` reports the missing file in its own words
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return run();
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new KgError('IO', `${path}: cannot lock (${(error as Error).message})`, { cause: error });
      }
      if (Date.now() >= deadline) {
        throw new KgError(
          'IO',
          `${path}: locked by another kg run (${path}.lock); try again when it ends, or delete that lock if no kg is running`,
          { cause: error },
        );
      }
      if (!told) options.onWait?.(`kg: ${path}: waiting for another kg run that holds its lock…`);
      told = true;
      await sleep(pause);
    }
  }
  let result: T;
  try {
    result = await run();
  } finally {
    await release().catch(() => {});
  }
  if (lost) {
    throw new KgError('IO', `${path}: the lock was lost while writing (${lost.message}); check the file`, {
      cause: lost,
    });
  }
  return result;
}
