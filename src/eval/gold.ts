/**
 * Reading gold files
 *
 * Streams the evaluation sets (formats in ../shared/eval/README.md) record by record and checks
 * each one, so a malformed gold file fails with its name and line rather than a wrong score. The
 * files are read from the path given at run time; nothing of them is kept in the project. The
 * project's own relation gold on GUM news sentences stores no text: each record's text is rebuilt
 * from the GUM news folder (./gum-sentences.ts) and checked against the record's SHA-256 of it.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../../graph/errors.ts';
import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import { parseConllu } from '../io/conllu.ts';
import { fsReason } from '../io/fs-errors.ts';
import { fileChunks, type JsonlRecord, readJsonlRecords } from '../io/jsonl.ts';
import { packageRoot } from '../io/package-root.ts';
import { gumNerDoc } from './gum.ts';
import { type GumRecordText, readGumRecordTexts, textSha256 } from './gum-sentences.ts';
import { CONLL_KINDS, type LabeledSpan, type NerGoldDoc } from './ner.ts';
import { type GoldRelation, PLOVER_RELATIONS, type RelationGoldRecord } from './relations.ts';

/**
 * Streams the documents of an NER gold set: a CoNLL-style JSONL file, or GUM CoNLL-U (a .conllu
 * file or a folder of them, mapped to name spans by ./gum.ts).
 */
export async function* readNerGold(path: string): AsyncGenerator<NerGoldDoc> {
  const info = await stat(path).catch((error: unknown) => {
    throw new BadInputError(`${path}: ${fsReason(error, 'cannot read')}`, { cause: error });
  });
  if (info.isDirectory() || path.endsWith('.conllu')) {
    yield* readConlluNerGold(path, info.isDirectory());
    return;
  }
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

async function* readConlluNerGold(path: string, isDir: boolean): AsyncGenerator<NerGoldDoc> {
  const files = isDir
    ? (await readdir(path))
        .filter((f) => f.endsWith('.conllu'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new BadInputError(`${path}: no .conllu files in this folder`);
  for (const file of files) {
    for (const doc of parseConllu(await readFile(file, 'utf8'), file)) yield gumNerDoc(doc);
  }
}

/** Project relation ids accepted in the `"relation"` field of the project's own gold format. */
const PROJECT_RELATIONS = new Set(Object.keys(RELATIONS).filter((r) => r !== 'located_in'));

export interface RelationGoldOptions {
  /**
   * The GUM news folder (`GUM_news_*.conllu`) the texts of records that store none are rebuilt from.
   * @default ../shared/eval/gum-news beside the package's folder
   */
  gumDir?: string;
}

/**
 * Streams the records of a relation gold file: PLOVER-style (`"type": "ACCUSE"`, spans as
 * `source_span` / `target_span`) or the project's own format (`"relation": "accused"`, the same
 * span fields, optional `source_antecedent_span` / `target_antecedent_span` for pronoun ends, and
 * `sentence_start` where the record carries a context sentence before the annotated one).
 *
 * A record of the project's own GUM news gold stores no `"text"` but its `"text_sha256"`: the text
 * is rebuilt from the GUM news folder (`options.gumDir`) by the record's id (`<doc>#<sentence>`), as
 * the sample was drawn, and must hash to `text_sha256` and begin its sentence at `sentence_start`.
 * A record that carries `"text"` is read as it is (and checked against `text_sha256` if it has one).
 * @throws BadInputError naming the file, line and record when the folder cannot be read or a
 *   rebuilt text does not match.
 */
export async function* readRelationGold(
  path: string,
  options: RelationGoldOptions = {},
): AsyncGenerator<RelationGoldRecord> {
  await checkFile(path);
  const gum = lazyGumTexts(options.gumDir);
  for await (const record of readJsonlRecords(fileChunks(path), path)) {
    const where = `${path}:${record.line}`;
    const { id, text } = await relationBase(record, where, gum);
    const raw = record.value.relations;
    if (!Array.isArray(raw)) throw new BadInputError(`${where}: no "relations" array`);
    let structural = false;
    const relations: GoldRelation[] = raw.map((r, i) => {
      const at = `${where}: relations[${i}]`;
      let type: RelationType | null;
      if (r?.relation !== undefined) {
        const name = String(r.relation);
        if (!PROJECT_RELATIONS.has(name)) throw new BadInputError(`${at}: unknown relation "${name}"`);
        type = name as RelationType;
        structural = true;
      } else {
        const name = String(r?.type);
        if (!Object.hasOwn(PLOVER_RELATIONS, name)) throw new BadInputError(`${at}: unknown type "${name}"`);
        type = PLOVER_RELATIONS[name] ?? null;
      }
      const gold: GoldRelation = {
        type,
        source: optionalSpan(r?.source_span, text, `${at}: source_span`),
        target: optionalSpan(r?.target_span, text, `${at}: target_span`),
        reciprocal: r?.reciprocal === true,
      };
      const sa = optionalSpan(r?.source_antecedent_span, text, `${at}: source_antecedent_span`);
      const ta = optionalSpan(r?.target_antecedent_span, text, `${at}: target_antecedent_span`);
      if (sa) gold.sourceAntecedent = sa;
      if (ta) gold.targetAntecedent = ta;
      return gold;
    });
    const start = record.value.sentence_start ?? 0;
    if (typeof start !== 'number' || !Number.isInteger(start) || start < 0 || start > text.length) {
      throw new BadInputError(`${where}: bad "sentence_start" ${String(start)}`);
    }
    const doc = record.value.doc;
    const group = typeof doc === 'string' && doc !== '' ? doc : id;
    yield { id, text, relations, group, sentenceStart: start, structural };
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

/** The GUM news folder read and its record texts by id. */
type GumTexts = () => Promise<{ dir: string; texts: Map<string, GumRecordText> }>;

/** The GUM news record texts by id, read from `dir` the first time a record needs one. */
function lazyGumTexts(dir: string | undefined): GumTexts {
  let loaded: ReturnType<GumTexts> | undefined;
  return () => {
    loaded ??= (async () => {
      const at = dir ?? join(packageRoot(), '..', 'shared', 'eval', 'gum-news');
      return { dir: at, texts: await readGumRecordTexts(at) };
    })();
    return loaded;
  };
}

/**
 * A relation record's id and text: its `"text"`, or the text rebuilt from GUM news when it stores
 * only `"text_sha256"` (checked against it and against `"sentence_start"`).
 */
async function relationBase(
  record: JsonlRecord,
  where: string,
  gum: GumTexts,
): Promise<{ id: string; text: string }> {
  const hash = record.value.text_sha256;
  if (hash !== undefined && typeof hash !== 'string')
    throw new BadInputError(`${where}: "text_sha256" is not a string`);
  if (record.value.text !== undefined || hash === undefined) {
    const stored = base(record, where);
    if (hash !== undefined && textSha256(stored.text) !== hash)
      throw new BadInputError(`${where}: ${stored.id}: "text" does not match its "text_sha256"`);
    return stored;
  }
  const id = record.value.id;
  if (typeof id !== 'string')
    throw new BadInputError(
      `${where}: a record with no "text" needs the string "id" of its GUM news sentence`,
    );
  let dir: string;
  let texts: Map<string, GumRecordText>;
  try {
    ({ dir, texts } = await gum());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadInputError(
      `${where}: ${id}: the text is not stored in the file and cannot be rebuilt from the GUM news folder (${reason})`,
      { cause: error },
    );
  }
  const rebuilt = texts.get(id);
  if (!rebuilt) throw new BadInputError(`${where}: ${id}: no such sentence in the GUM news folder ${dir}`);
  if (textSha256(rebuilt.text) !== hash) {
    throw new BadInputError(
      `${where}: ${id}: the text rebuilt from ${dir} does not match "text_sha256" (not the text the record was annotated on)`,
    );
  }
  const start = record.value.sentence_start ?? 0;
  if (start !== rebuilt.sentenceStart) {
    throw new BadInputError(
      `${where}: ${id}: "sentence_start" ${String(start)} does not match the text rebuilt from ${dir} (its sentence starts at ${rebuilt.sentenceStart})`,
    );
  }
  return { id, text: rebuilt.text };
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
