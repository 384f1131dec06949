/**
 * Every relation the pipeline reads from CoNLL-2003 *training* articles, one line each with its
 * sentence (`npx tsx scripts/eval/relations-dump.ts [--root DIR] [--all-evidence] FROM COUNT >
 * out.txt`; with --all-evidence one line for every evidence sentence, not only the first)
 *
 * Those articles (../shared/train/conll2003.train.jsonl, Reuters) carry no gold relations and are
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
const rootAt = argv.indexOf('--root');
const root = resolve(rootAt >= 0 ? (argv.splice(rootAt, 2)[1] as string) : '.');
const [from, count] = argv.map(Number);
if (!Number.isInteger(from) || !Number.isInteger(count)) {
  console.error('usage: relations-dump.ts [--root DIR] [--all-evidence] FROM COUNT');
  process.exit(2);
}
const { extractDocument } = await import(resolve(root, 'src/extract/index.ts'));
const data = resolve(root, '..', 'shared', 'train', 'conll2003.train.jsonl');
const lines = readFileSync(data, 'utf8').trim().split('\n');
for (const line of lines.slice(from, (from as number) + (count as number))) {
  const doc = JSON.parse(line) as { id: string; text: string };
  for (const r of extractDocument({ id: doc.id, text: doc.text }).relations) {
    for (const e of allEvidence ? r.evidence : r.evidence.slice(0, 1)) {
      const sentence = e.sentence.replace(/\s+/g, ' ').slice(0, 220);
      console.log(`${r.relation} ${r.source} -> ${r.target} [${e.trigger}] | ${sentence}`);
    }
  }
}
