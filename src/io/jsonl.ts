/**
 * JSON Lines reading
 *
 * Streams a JSONL file one record at a time, decoding and parsing each line on its own so an error
 * names the file and the line ("dump.jsonl:17: invalid JSON (…)"). `readJsonlRecords` yields raw
 * objects (the evaluation reads its gold files with it); `toSourceDoc` checks that a record is a
 * document: a string "text", an id, optional title / url / date, other fields ignored.
 */

import { createReadStream } from 'node:fs';
import { BadInputError } from '../../graph/errors.ts';
import type { SourceDoc } from '../types.ts';
import { decodeText } from './decode.ts';
import { splitLines } from './lines.ts';

/** One parsed JSONL line. */
export interface JsonlRecord {
  value: Record<string, unknown>;
  /** 1-based line number in the file. */
  line: number;
}

export interface JsonlOptions {
  /**
   * Called with a bad line's error instead of throwing; reading goes on with the next line.
   * @default undefined (the first bad line throws)
   */
  onError?: (error: BadInputError) => void;
}

/**
 * Yields the objects of a JSONL stream. Blank lines are skipped; a stream without any record is an
 * "empty file". `name` is how errors name the source.
 * @throws BadInputError on a line that is not UTF-8 or not a JSON object (unless `onError`).
 */
export async function* readJsonlRecords(
  chunks: AsyncIterable<Buffer | string>,
  name: string,
  options: JsonlOptions = {},
): AsyncGenerator<JsonlRecord> {
  let records = 0;
  let lines = 0;
  for await (const raw of splitLines(chunks)) {
    lines++;
    try {
      const text = decodeText(raw.bytes, name, {
        allowEmpty: true,
        line: raw.line,
        byteBase: raw.byteOffset,
      });
      if (text.trim() === '') continue;
      records++;
      yield { value: parseObject(text, name, raw.line), line: raw.line };
    } catch (error) {
      if (!(error instanceof BadInputError) || !options.onError) throw error;
      options.onError(error);
    }
  }
  if (records === 0) {
    throw new BadInputError(lines === 0 ? `${name}: empty file` : `${name}: empty file (no JSON records)`);
  }
}

/** Opens a JSONL file as a stream of chunks; open errors surface on the first read. */
export function fileChunks(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: 1 << 16 });
}

function parseObject(text: string, name: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadInputError(`${name}:${line}: invalid JSON (${shorten(reason, 80)})`, { cause: error });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new BadInputError(`${name}:${line}: expected a JSON object, found ${what}`);
  }
  return value as Record<string, unknown>;
}

/**
 * Checks that a JSONL record is a document and returns it as one. A numeric id is taken as a
 * string; a record without an id gets `<file name>:<line>`.
 * @throws BadInputError without a non-empty string "text" or with a bad id.
 */
export function toSourceDoc(record: JsonlRecord, name: string, fallbackId: string): SourceDoc {
  const { value, line } = record;
  const where = `${name}:${line}`;
  const text = value.text;
  if (typeof text !== 'string') {
    const found = text === undefined ? 'none' : describe(text);
    throw new BadInputError(`${where}: no string "text" field (found ${found})`);
  }
  if (text.trim() === '') throw new BadInputError(`${where}: empty "text"`);
  let id: string;
  if (value.id === undefined || value.id === null) id = fallbackId;
  else if (typeof value.id === 'string' && value.id !== '') id = value.id;
  else if (typeof value.id === 'number' && Number.isFinite(value.id)) id = String(value.id);
  else throw new BadInputError(`${where}: "id" must be a non-empty string (found ${describe(value.id)})`);
  const doc: SourceDoc = { id, text };
  for (const key of ['title', 'url', 'date'] as const) {
    const v = value[key];
    if (typeof v === 'string' && v !== '') doc[key] = v;
  }
  return doc;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v === '' ? 'an empty string' : 'a string';
  return `a ${typeof v}`;
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
