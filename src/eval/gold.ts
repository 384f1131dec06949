/**
 * Reading gold files
 *
 * Streams the evaluation sets (formats in ../shared/eval/README.md) record by record and checks
 * each one, so a malformed gold file fails with its name and line rather than a wrong score. The
 * files are read from the path given at run time; nothing of them is kept in the project.
 */

import { stat } from 'node:fs/promises';
import { BadInputError } from '../../graph/errors.ts';
import { fsReason } from '../io/fs-errors.ts';
import { fileChunks, type JsonlRecord, readJsonlRecords } from '../io/jsonl.ts';
import { CONLL_KINDS, type LabeledSpan, type NerGoldDoc } from './ner.ts';
import { type GoldRelation, PLOVER_RELATIONS, type RelationGoldRecord } from './relations.ts';

/** Streams the documents of a CoNLL-style NER gold file. */
export async function* readNerGold(path: string): AsyncGenerator<NerGoldDoc> {
  await checkFile(path);
  for await (const record of readJsonlRecords(fileChunks(path), path)) {
    const where = `${path}:${record.line}`;
    const { id, text } = base(record, where);
    const raw = record.value.entities;
    if (!Array.isArray(raw)) throw new BadInputError(`${where}: no "entities" array`);
    const entities: LabeledSpan[] = [];
    const ignored: [number, number][] = [];
    for (const [i, e] of raw.entries()) {
      const s = spanOf(e?.start, e?.end, text, `${where}: entities[${i}]`);
      const type = String(e?.type);
      if (!Object.hasOwn(CONLL_KINDS, type))
        throw new BadInputError(`${where}: entities[${i}]: unknown type "${type}"`);
      const kind = CONLL_KINDS[type];
      if (kind) entities.push({ start: s[0], end: s[1], kind });
      else ignored.push(s);
    }
    const tokens = Array.isArray(record.value.tokens)
      ? record.value.tokens.length
      : text.split(/\s+/).filter(Boolean).length;
    yield { id, text, entities, ignored, tokens };
  }
}

/** Streams the records of a PLOVER-style relation gold file. */
export async function* readRelationGold(path: string): AsyncGenerator<RelationGoldRecord> {
  await checkFile(path);
  for await (const record of readJsonlRecords(fileChunks(path), path)) {
    const where = `${path}:${record.line}`;
    const { id, text } = base(record, where);
    const raw = record.value.relations;
    if (!Array.isArray(raw)) throw new BadInputError(`${where}: no "relations" array`);
    const relations: GoldRelation[] = raw.map((r, i) => {
      const at = `${where}: relations[${i}]`;
      const type = String(r?.type);
      if (!Object.hasOwn(PLOVER_RELATIONS, type)) throw new BadInputError(`${at}: unknown type "${type}"`);
      return {
        type: PLOVER_RELATIONS[type] ?? null,
        source: optionalSpan(r?.source_span, text, `${at}: source_span`),
        target: optionalSpan(r?.target_span, text, `${at}: target_span`),
        reciprocal: r?.reciprocal === true,
      };
    });
    yield { id, text, relations };
  }
}

async function checkFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BadInputError(`${path}: is a directory, not a gold .jsonl file`);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError(`${path}: ${fsReason(error, 'cannot read')}`, { cause: error });
  }
}

function base(record: JsonlRecord, where: string): { id: string; text: string } {
  const { id, text } = record.value;
  if (typeof text !== 'string') throw new BadInputError(`${where}: no string "text" field`);
  return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : `line ${record.line}`, text };
}

/** A [start, end] pair, or null when the gold file leaves it out (an actor it could not locate). */
function optionalSpan(value: unknown, text: string, where: string): [number, number] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new BadInputError(`${where}: expected [start, end]`);
  return spanOf(value[0], value[1], text, where);
}

function spanOf(start: unknown, end: unknown, text: string, where: string): [number, number] {
  if (
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    end > text.length
  ) {
    throw new BadInputError(
      `${where}: bad span [${String(start)}, ${String(end)}] (text has ${text.length} characters)`,
    );
  }
  return [start, end];
}
