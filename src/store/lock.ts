/**
 * Locking a PGlite directory
 *
 * PGlite is one process's database: two processes opening one directory would corrupt it. A lock
 * file inside the directory (`kg-store.lock`, created exclusively, holding the owner's pid) lets one
 * process in at a time; the others wait for it, polling, up to a limit, then fail with a message
 * naming the directory and the process that holds it. A lock left by a process that died is taken
 * over.
 */

import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './errors.ts';

/** The lock file's name inside a store directory. */
export const LOCK_FILE = 'kg-store.lock';

/** How often a waiting process looks again, in milliseconds. */
const POLL_MS = 100;

/** A held lock; `release` removes it. */
export interface DirLock {
  release(): Promise<void>;
}

/**
 * Takes the lock of `dir` (which must exist), waiting up to `waitSeconds` for another process to
 * release it.
 * @throws StoreError (IO) when the lock is still held after the wait.
 */
export async function lockDirectory(dir: string, name: string, waitSeconds: number): Promise<DirLock> {
  const path = join(dir, LOCK_FILE);
  const token = `${process.pid} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(token);
      await handle.close();
      return {
        release: async () => {
          const now = await readFile(path, 'utf8').catch(() => '');
          if (now === token) await unlink(path).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // the directory was removed meanwhile (a failed first run cleaning up): make it again
        await mkdir(dir, { recursive: true });
        continue;
      }
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreError('IO', `${name}: cannot lock the store (${(error as Error).message})`, {
          cause: error,
        });
      }
    }
    const holder = await readFile(path, 'utf8').catch(() => '');
    const pid = Number(holder.split(' ')[0]);
    if (holder !== '' && !alive(pid)) {
      // the owner died without releasing: take over (one of the waiters wins the unlink + create)
      await unlink(path).catch(() => {});
      continue;
    }
    if (Date.now() >= deadline) {
      const who = Number.isInteger(pid) && pid > 0 ? `process ${pid}` : 'another process';
      throw new StoreError(
        'IO',
        `${name}: the store is in use by ${who} (waited ${waitSeconds} s; set KG_DB_WAIT to wait longer)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true; // a lock being written: not stale yet
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
