/**
 * Reading input documents
 *
 * `readDocuments` turns the command line's inputs (.txt / .md files, folders of them searched
 * recursively in a stable order, .jsonl files of `{id, text, title?, url?, date?}` records, and `-`
 * for stdin) into a stream of SourceDoc. It is an async generator so a build can consume documents
 * as they come (one at a time now, through a worker pool later) and a corpus never sits in memory
 * as one string. Every problem is a BadInputError naming the file (and line); with `onError` the
 * bad file or line is reported and skipped instead.
 */

import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { BadInputError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import { decodeText } from './decode.ts';
import { fsReason } from './fs-errors.ts';
import { fileChunks, readJsonlRecords, toSourceDoc } from './jsonl.ts';

/** Extensions read as one plain-text document each. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.text'];
/** Extensions read as JSON Lines, one document a line. */
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson'];

/** One file (or stdin) to read, after folders were expanded. */
export interface InputSource {
  kind: 'text' | 'jsonl' | 'stdin';
  /** File system path, or `-` for stdin. */
  path: string;
  /** How messages name it: the path as the user wrote it (joined with the folder's). */
  name: string;
  /** Document id of a text file: its path relative to the folder given, or its base name. */
  id: string;
}

export interface ReadOptions {
  /**
   * Receives each bad file or line instead of throwing; reading goes on with the next.
   * @default undefined (the first problem throws)
   */
  onError?: (error: BadInputError) => void;
  /**
   * What `-` reads.
   * @default process.stdin
   */
  stdin?: AsyncIterable<Buffer | string>;
}

/** Expands the inputs into the files to read, in order, each file once. */
export async function expandInputs(
  inputs: readonly string[],
  options: ReadOptions = {},
): Promise<InputSource[]> {
  const out: InputSource[] = [];
  const seen = new Set<string>();
  const push = (source: InputSource, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(source);
  };
  for (const input of inputs) {
    try {
      if (input === '-') {
        push({ kind: 'stdin', path: '-', name: 'stdin', id: 'stdin' }, '-');
        continue;
      }
      const info = await statInput(input);
      if (info.isDirectory()) {
        const files = await walk(input);
        if (files.length === 0) {
          throw new BadInputError(`${input}: no .txt, .md or .jsonl files in this folder`);
        }
        for (const rel of files) {
          const path = join(input, rel);
          push(sourceFor(path, rel.split(sep).join('/')), await realpath(path));
        }
      } else {
        push(sourceFor(input, basename(input)), await realpath(input));
      }
    } catch (error) {
      if (!(error instanceof BadInputError) || !options.onError) throw error;
      options.onError(error);
    }
  }
  return out;
}

/**
 * Streams the documents of the inputs, in input order, checking that ids are unique.
 * @throws BadInputError for a missing, binary, non-UTF-8 or empty file, a broken JSONL line, a
 *   record without a string "text", a duplicate id (each reported and skipped with `onError`).
 */
export async function* readDocuments(
  inputs: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<SourceDoc> {
  const sources = await expandInputs(inputs, options);
  const ids = new Map<string, string>();
  const claim = (doc: SourceDoc, where: string, alternative?: string): SourceDoc => {
    let first = ids.get(doc.id);
    if (first !== undefined && alternative !== undefined && !ids.has(alternative)) {
      doc.id = alternative;
      first = undefined;
    }
    if (first !== undefined) {
      throw new BadInputError(`${where}: duplicate document id "${doc.id}" (already used by ${first})`);
    }
    ids.set(doc.id, where);
    return doc;
  };
  for (const source of sources) {
    try {
      if (source.kind === 'jsonl') {
        const records = readJsonlRecords(readChunks(source), source.name, { onError: options.onError });
        for await (const record of records) {
          const where = `${source.name}:${record.line}`;
          try {
            yield claim(toSourceDoc(record, source.name, `${basename(source.name)}:${record.line}`), where);
          } catch (error) {
            if (!(error instanceof BadInputError) || !options.onError) throw error;
            options.onError(error);
          }
        }
      } else {
        const bytes =
          source.kind === 'stdin' ? await readAll(options.stdin ?? process.stdin) : await read(source);
        const text = decodeText(bytes, source.name);
        const alternative = relative(process.cwd(), resolve(source.path)).split(sep).join('/');
        yield claim({ id: source.id, text }, source.name, source.kind === 'text' ? alternative : undefined);
      }
    } catch (error) {
      if (!(error instanceof BadInputError) || !options.onError) throw error;
      options.onError(error);
    }
  }
}

function sourceFor(path: string, id: string): InputSource {
  const ext = extname(path).toLowerCase();
  return { kind: JSONL_EXTENSIONS.includes(ext) ? 'jsonl' : 'text', path, name: path, id };
}

async function statInput(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    throw new BadInputError(`${path}: ${fsReason(error, 'cannot read')}`, { cause: error });
  }
}

/** Files under `dir` with a readable extension, relative to it, sorted by code point for determinism. */
async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    throw new BadInputError(`${join(dir, prefix)}: ${fsReason(error, 'cannot read folder')}`, {
      cause: error,
    });
  }
  for (const entry of entries) {
    // Hidden files and dependency folders are never documents.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = prefix === '' ? entry.name : join(prefix, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(join(dir, rel)).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) out.push(...(await walk(dir, rel)));
    else if (isFile) {
      const ext = extname(entry.name).toLowerCase();
      if (TEXT_EXTENSIONS.includes(ext) || JSONL_EXTENSIONS.includes(ext)) out.push(rel);
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function read(source: InputSource): Promise<Buffer> {
  try {
    return await readFile(source.path);
  } catch (error) {
    throw new BadInputError(`${source.name}: ${fsReason(error, 'cannot read')}`, { cause: error });
  }
}

async function* readChunks(source: InputSource): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of fileChunks(source.path)) yield chunk;
  } catch (error) {
    throw new BadInputError(`${source.name}: ${fsReason(error, 'cannot read')}`, { cause: error });
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}
