/**
 * Scoring part-of-speech tags (and, once a parser exists, dependency trees)
 *
 * Reads a CoNLL-U treebank (a file, or a folder of .conllu files), gives the tagger the gold words
 * of each sentence with compromise's tags of the document (as in use), and counts UPOS and XPOS
 * accuracy over every word, punctuation included (CoNLL 2018 style, gold tokenization).
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../../graph/errors.ts';
import { parseConllu } from '../io/conllu.ts';
import { fsReason } from '../io/fs-errors.ts';
import { type Token, tokenize } from '../nlp/compromise.ts';
import { posTags } from '../pos/model.ts';

export interface ParseReport {
  task: 'parse';
  gold: string;
  sentences: number;
  words: number;
  seconds: number;
  upos: number;
  xpos: number;
  /** UPOS confusions, gold → predicted, most frequent first. */
  confusions: [string, number][];
}

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
export async function evaluateParse(path: string, options: { limit?: number } = {}): Promise<ParseReport> {
  const report: ParseReport = {
    task: 'parse',
    gold: path,
    sentences: 0,
    words: 0,
    seconds: 0,
    upos: 0,
    xpos: 0,
    confusions: [],
  };
  const confusions = new Map<string, number>();
  let uposRight = 0;
  let xposRight = 0;
  for (const file of await files(path)) {
    for (const doc of parseConllu(await readFile(file, 'utf8'), file)) {
      if (options.limit !== undefined && report.sentences >= options.limit) break;
      const t0 = performance.now();
      const tokens: Token[] = tokenize(doc.text).flatMap((s) => s.tokens);
      let t = 0;
      for (const sent of doc.sentences) {
        const tags = sent.words.map((w) => {
          while (t < tokens.length && (tokens[t] as Token).end <= w.start) t++;
          const tok = tokens[t];
          return tok && tok.start < w.end && w.start < tok.end ? tok.tags : null;
        });
        const got = posTags({ words: sent.words.map((w) => w.form), tags });
        if (!got)
          throw new BadInputError('kg eval parse: no part-of-speech tagger is trained (npm run train:pos)');
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
  return report;
}

/** The report as text. */
export function formatParseReport(r: ParseReport): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  return [
    `Parse: part-of-speech tagger on ${r.gold} (gold tokenization, punctuation counted)`,
    `${r.sentences} sentences, ${r.words} words in ${r.seconds.toFixed(2)} s (with compromise's parse)`,
    `UPOS ${pct(r.upos)}  XPOS ${pct(r.xpos)}`,
    'No dependency parser yet: UAS / LAS are not measured.',
    '',
    'Most frequent UPOS confusions (gold→predicted):',
    ...r.confusions.map(([k, n]) => `  ${k} ${n}`),
  ].join('\n');
}
