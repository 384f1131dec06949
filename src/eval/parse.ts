/**
 * Scoring part-of-speech tags and dependency trees
 *
 * Reads a CoNLL-U treebank (a file, or a folder of .conllu files), gives the tagger and the parser
 * the gold words of each sentence with compromise's tags of the document (as in use), and counts
 * UPOS and XPOS accuracy, UAS and LAS over every word, punctuation included (CoNLL 2018 style, gold
 * tokenization, predicted tags). LAS compares universal relations (subtypes dropped, as CoNLL 2018
 * does); LAS with subtypes and per-relation LAS (with subtypes) are printed beside it.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../../graph/errors.ts';
import { parseConllu } from '../io/conllu.ts';
import { fsReason } from '../io/fs-errors.ts';
import { tokenize, tokenTags } from '../nlp/compromise.ts';
import { parserModel, parseWords } from '../parse/model.ts';
import { documentNameSpans, wordNameTags } from '../parse/names.ts';
import { posTags } from '../pos/model.ts';
import { inSplit, type Split } from './split.ts';

export interface ParseReport {
  task: 'parse';
  gold: string;
  /** Which half of the documents was scored (split by document id, ./split.ts). */
  split: Split;
  sentences: number;
  words: number;
  seconds: number;
  upos: number;
  xpos: number;
  /** UPOS confusions, gold → predicted, most frequent first. */
  confusions: [string, number][];
  /** Tree scores, when a parser is trained. */
  parser: {
    uas: number;
    /** Universal relations (CoNLL 2018). */
    las: number;
    /** Relations with their subtypes. */
    lasFull: number;
    /** Per gold relation (with subtypes): words, and the share with the right head and relation. */
    byLabel: Record<string, { n: number; las: number }>;
  } | null;
}

/** Relations whose LAS is printed on their own (the ones relation extraction reads). */
export const REPORTED_RELATIONS = [
  'nsubj',
  'obj',
  'nsubj:pass',
  'obl:agent',
  'obl',
  'nmod',
  'nmod:poss',
  'conj',
  'xcomp',
  'ccomp',
  'appos',
  'flat',
  'compound',
];

async function files(path: string): Promise<string[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new BadInputError(`${path}: ${fsReason(error, 'cannot read')}`, { cause: error });
  });
  if (!info.isDirectory()) return [path];
  const list = (await readdir(path)).filter((f) => f.endsWith('.conllu')).sort();
  if (list.length === 0) throw new BadInputError(`${path}: no .conllu files in this folder`);
  return list.map((f) => join(path, f));
}

/** Tags every sentence of a treebank and counts what the tagger got right. */
export async function evaluateParse(
  path: string,
  options: { limit?: number; split?: Split } = {},
): Promise<ParseReport> {
  const report: ParseReport = {
    task: 'parse',
    gold: path,
    split: options.split ?? 'all',
    sentences: 0,
    words: 0,
    seconds: 0,
    upos: 0,
    xpos: 0,
    confusions: [],
    parser: null,
  };
  const withParser = parserModel() !== null;
  const withNames = parserModel()?.meta.names === true;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  const byLabel = new Map<string, { n: number; right: number }>();
  const confusions = new Map<string, number>();
  let uposRight = 0;
  let xposRight = 0;
  for (const file of await files(path)) {
    for (const doc of parseConllu(await readFile(file, 'utf8'), file)) {
      if (!inSplit(doc.id, report.split)) continue;
      if (options.limit !== undefined && report.sentences >= options.limit) break;
      const t0 = performance.now();
      const tagsOf = tokenTags(tokenize(doc.text).flatMap((s) => s.tokens));
      const spans = withNames ? documentNameSpans(doc.text) : [];
      for (const sent of doc.sentences) {
        const tags = tagsOf(sent.words);
        const words = sent.words.map((w) => w.form);
        const tree = withParser
          ? parseWords({ words, ctags: tags, names: withNames ? wordNameTags(sent.words, spans) : undefined })
          : null;
        const got = tree ?? posTags({ words, tags });
        if (!got)
          throw new BadInputError('kg eval parse: no part-of-speech tagger is trained (npm run train:pos)');
        if (tree) {
          sent.words.forEach((w, i) => {
            const entry = byLabel.get(w.deprel) ?? { n: 0, right: 0 };
            byLabel.set(w.deprel, entry);
            entry.n++;
            if (tree.head[i] !== w.head - 1) return;
            uas++;
            const l = tree.deprel[i] as string;
            if (l === w.deprel) {
              lasFull++;
              entry.right++;
            }
            if (l.split(':')[0] === w.deprel.split(':')[0]) las++;
          });
        }
        sent.words.forEach((w, i) => {
          if (got.upos[i] === w.upos) uposRight++;
          else {
            const k = `${w.upos}→${got.upos[i]}`;
            confusions.set(k, (confusions.get(k) ?? 0) + 1);
          }
          if (got.xpos[i] === w.xpos) xposRight++;
        });
        report.sentences++;
        report.words += sent.words.length;
      }
      report.seconds += (performance.now() - t0) / 1000;
    }
  }
  report.upos = report.words === 0 ? 0 : uposRight / report.words;
  report.xpos = report.words === 0 ? 0 : xposRight / report.words;
  report.confusions = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 15);
  if (withParser && report.words > 0) {
    report.parser = {
      uas: uas / report.words,
      las: las / report.words,
      lasFull: lasFull / report.words,
      byLabel: Object.fromEntries(
        [...byLabel].sort((a, b) => b[1].n - a[1].n).map(([l, e]) => [l, { n: e.n, las: e.right / e.n }]),
      ),
    };
  }
  return report;
}

/** The report as text. */
export function formatParseReport(r: ParseReport): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  return [
    `Parse: part-of-speech tagger${r.parser ? ' and dependency parser' : ''} on ${r.gold}${r.split === 'all' ? '' : ` (${r.split} half of the documents)`} (gold tokenization, punctuation counted)`,
    `${r.sentences} sentences, ${r.words} words in ${r.seconds.toFixed(2)} s (with compromise's parse)`,
    `UPOS ${pct(r.upos)}  XPOS ${pct(r.xpos)}`,
    ...(r.parser
      ? [
          `UAS ${pct(r.parser.uas)}  LAS ${pct(r.parser.las)}  (LAS with subtypes ${pct(r.parser.lasFull)})`,
          '',
          'LAS by gold relation (with subtypes):',
          ...REPORTED_RELATIONS.map((l) => {
            const e = r.parser?.byLabel[l];
            return `  ${l.padEnd(11)} ${e ? `${pct(e.las).padStart(6)}  (${e.n} words)` : '     -  (0 words)'}`;
          }),
        ]
      : ['No dependency parser is trained: UAS / LAS are not measured (npm run train:parser).']),
    '',
    'Most frequent UPOS confusions (gold→predicted):',
    ...r.confusions.map(([k, n]) => `  ${k} ${n}`),
  ].join('\n');
}
