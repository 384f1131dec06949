/**
 * Atomic writes
 *
 * Every output is written to a temporary file in its own directory (`.tmp-<name>.<pid>.<n>`,
 * git-ignored) and renamed over the target only when complete, so a failed or interrupted run
 * never leaves half a file and an existing output stays untouched. `writeFilesAtomic` writes all
 * temporary files first and renames them together at the end, so a build's outputs appear together
 * or not at all (short of a failure between two renames). Errors are KgError('IO') reading
 * `<path>: cannot write (<reason>)`.
 */

import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { access, constants, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../../graph/errors.ts';
import { fsReason } from './fs-errors.ts';

/** One file to write. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/** The error for a path that cannot be written. */
export function cannotWrite(path: string, cause: unknown): KgError {
  const reason = (cause as NodeJS.ErrnoException | null)?.code === 'ENOENT' ? 'no such directory' : '';
  const text = reason ? `cannot write (${reason})` : fsReason(cause, 'cannot write');
  return new KgError('IO', `${path}: ${text}`, { cause });
}

/** A fresh temporary path next to `path`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.tmp-${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
}

/**
 * Checks before the work starts that `path` can be written: its directory exists and is writable
 * and the path itself is not a directory. With `directory`, `path` is a folder to be filled (CSV):
 * either it exists and is writable, or its parent is.
 * @throws KgError('IO') naming the path.
 */
export async function checkWritable(path: string, options: { directory?: boolean } = {}): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (options.directory && existing) {
    if (!existing.isDirectory()) throw new KgError('IO', `${path}: cannot write (not a directory)`);
    await access(path, constants.W_OK).catch((e) => Promise.reject(cannotWrite(path, e)));
    return;
  }
  if (existing?.isDirectory()) throw new KgError('IO', `${path}: cannot write (is a directory)`);
  const dir = dirname(path);
  const parent = await stat(dir).catch((e) => Promise.reject(cannotWrite(path, e)));
  if (!parent.isDirectory()) throw new KgError('IO', `${path}: cannot write (${dir} is not a directory)`);
  await access(dir, constants.W_OK).catch((e) => Promise.reject(cannotWrite(path, e)));
}

/** Writes one file atomically. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ path, data }]);
}

/**
 * Writes several files atomically: all temporary files first, then all renames. On any failure
 * every temporary file is removed and the targets are left as they were.
 * @throws KgError('IO') `<path>: cannot write (…)`.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(file.path);
      temps.push({ temp, path: file.path });
      await writeTemp(temp, file.path, file.data);
    }
    for (const { temp, path } of temps) {
      await rename(temp, path).catch((e) => Promise.reject(cannotWrite(path, e)));
    }
  } finally {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
  }
}

/** Creates the folder `path` if missing (its parent must exist), for outputs such as CSV. */
export async function ensureDirectory(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const info = await stat(path);
      if (info.isDirectory()) return;
      throw new KgError('IO', `${path}: cannot write (not a directory)`);
    }
    throw cannotWrite(path, error);
  }
}

async function writeTemp(temp: string, path: string, data: string | Uint8Array): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    await handle?.close();
  }
}

/** A file written piece by piece and renamed into place by `commit`, removed by `abort`. */
export interface AtomicWriter {
  readonly path: string;
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Opens a streaming atomic writer, for outputs too large to hold in memory (`kg extract -o`).
 * @throws KgError('IO') when the temporary file cannot be created.
 */
export async function createAtomicWriter(path: string): Promise<AtomicWriter> {
  const temp = tempPathFor(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    throw cannotWrite(path, error);
  }
  const h = handle;
  let done = false;
  const abort = async () => {
    if (done) return;
    done = true;
    await h.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
  };
  return {
    path,
    async write(chunk) {
      try {
        await h.write(chunk);
      } catch (error) {
        await abort();
        throw cannotWrite(path, error);
      }
    },
    async commit() {
      if (done) return;
      try {
        await h.sync();
        await h.close();
        done = true;
        await rename(temp, path);
      } catch (error) {
        done = false;
        await abort();
        throw cannotWrite(path, error);
      }
    },
    abort,
  };
}
