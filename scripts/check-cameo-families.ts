/**
 * Check of the CAMEO code families on real sentences
 *
 * `npx tsx scripts/check-cameo-families.ts [--shared <dir>] [--per 3]` prints, for every relation id,
 * the bare verb rows of the generated CAMEO table (src/lexicon/relations/cameo.ts) that occur most
 * often in the CoNLL-2003 training text (Reuters news, ../shared/train), each with a few sentences
 * it occurs in, so a reader can judge whether the family's mapping holds for the verbs that matter.
 * Reads training data only (never evaluation data); prints, writes nothing. The findings that shaped
 * the table are in src/lexicon/relations/README.md.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAMEO_ROWS } from '../src/lexicon/relations/cameo.ts';
import { sharedDir } from './gen-relation-lexicon.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const per = Number(argv[argv.indexOf('--per') + 1] ?? 3) || 3;
const shared = sharedDir(root, argv);
const sentences = readFileSync(join(shared, 'train', 'conll2003.train.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .flatMap((l) => (JSON.parse(l) as { text: string }).text.split('\n'))
  .filter((s) => /[a-z]/.test(s) && s.length < 200);

/** Regular inflections of a verb lemma (irregular ones are missed: a check, not a parser). */
function forms(l: string): string[] {
  const b = l.endsWith('e') ? l.slice(0, -1) : l;
  const y = l.endsWith('y') ? l.slice(0, -1) : null;
  return [l, `${l}s`, `${l}es`, `${b}ed`, `${b}ing`, ...(y ? [`${y}ied`, `${y}ies`] : [])];
}

const byRelation = new Map<string, { lemma: string; hits: string[] }[]>();
for (const r of CAMEO_ROWS) {
  if (r.prep || r.object || r.particle || !r.relation) continue;
  const re = new RegExp(`\\b(${forms(r.lemma).join('|')})\\b`, 'i');
  const hits = sentences.filter((s) => re.test(s));
  const list = byRelation.get(r.relation) ?? [];
  list.push({ lemma: r.lemma, hits });
  byRelation.set(r.relation, list);
}
for (const [relation, list] of [...byRelation].sort()) {
  console.log(`\n== ${relation}`);
  for (const { lemma, hits } of list.sort((a, b) => b.hits.length - a.hits.length).slice(0, 8)) {
    console.log(`  ${lemma} (${hits.length})`);
    for (const s of hits.slice(0, per)) console.log(`    ${s}`);
  }
}
