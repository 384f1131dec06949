/**
 * All accuracy figures in one table (`npm run eval`)
 *
 * Scores the pipeline on every development set, each where it applies in its tune and check
 * halves (src/eval/split.ts): NER on CoNLL-2003 dev (exact and lenient) and on GUM news (real
 * Wikinews articles, 2006–2023); relations on PLOVER dev (strict, and lenient for comparison with
 * older figures) and on the project's own blind annotation of GUM news sentences
 * (tests/fixtures/eval/gum-news.relations.jsonl, which stores no text: the texts are rebuilt from the
 * GUM news set), with 95% bootstrap intervals; parsing on GUM news
 * and UD EWT dev when a parser exists. Prints the commit the figures belong to.
 *
 * The sets are read from ../shared (or `--shared <dir>`, or KG_SHARED) at run time and never copied
 * here; without them the script says what is missing and exits 1.
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateNer, evaluateRelations, type NerReport, type RelationReport } from '../src/eval/evaluate.ts';
import { microCounts, scores } from '../src/eval/metrics.ts';
import { evaluateParse, REPORTED_RELATIONS } from '../src/eval/parse.ts';
import { relationIntervals } from '../src/eval/report.ts';
import type { Split } from '../src/eval/split.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const sharedArg = argv.indexOf('--shared');
const shared = resolve(
  sharedArg >= 0 && argv[sharedArg + 1]
    ? argv[sharedArg + 1]!
    : (process.env.KG_SHARED ?? join(root, '..', 'shared')),
);

const sets = {
  conll: join(shared, 'eval', 'conll2003.dev.jsonl'),
  plover: join(shared, 'eval', 'plover-gsr.dev.jsonl'),
  gum: join(shared, 'eval', 'gum-news'),
  gumRelations: join(root, 'tests', 'fixtures', 'eval', 'gum-news.relations.jsonl'),
  ewtTest: join(shared, 'train', 'ud-english-ewt', 'en_ewt-ud-test.conllu'),
};

const missing = [sets.conll, sets.plover, sets.gum].filter((p) => !existsSync(p));
if (missing.length > 0) {
  process.stderr.write(
    `eval: the development sets are missing:\n${missing.map((m) => `  ${m}`).join('\n')}\n` +
      'Put the shared folder beside the project (../shared) or pass --shared <dir>.\n',
  );
  process.exit(1);
}

const pct = (x: number) => (100 * x).toFixed(1);
const KIND_TAGS: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const rows: string[][] = [];
const header = ['set', 'half', 'task', 'scoring', 'P', 'R', 'F1', 'n', 'notes'];

function nerRows(name: string, split: Split, r: NerReport): void {
  for (const [scoring, counts] of [
    ['exact', r.exact],
    ['lenient', r.lenient],
  ] as const) {
    const s = scores(microCounts(counts));
    const per = ['person', 'place', 'organization']
      .map((k) => {
        const c = counts[k];
        return c ? `${KIND_TAGS[k]} ${pct(scores(c).f1)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    rows.push([
      name,
      split,
      'NER',
      scoring,
      pct(s.precision),
      pct(s.recall),
      pct(s.f1),
      String(s.tp + s.fn),
      per,
    ]);
  }
}

function relationRow(name: string, split: Split, r: RelationReport, withCi: boolean): void {
  const s = scores(microCounts(r.counts));
  const notes: string[] = [];
  if (withCi) {
    const ci = relationIntervals(r);
    const band = ([a, b]: [number, number]) => `${pct(a)}–${pct(b)}`;
    notes.push(`95% CI P ${band(ci.precision)}, R ${band(ci.recall)}`);
  }
  if (r.unscorable.relations > 0) notes.push(`${r.unscorable.relations} unscorable gold`);
  const scoring = r.lenient ? 'lenient' : 'strict';
  rows.push([
    name,
    split,
    'relations',
    scoring,
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    String(s.tp + s.fn),
    notes.join('; '),
  ]);
}

for (const split of ['tune', 'check'] as const)
  nerRows('CoNLL-2003 dev', split, await evaluateNer(sets.conll, { split }));
nerRows('GUM news', 'all', await evaluateNer(sets.gum));
for (const split of ['tune', 'check'] as const) {
  relationRow('PLOVER dev', split, await evaluateRelations(sets.plover, { split }), true);
}
for (const split of ['tune', 'check'] as const) {
  relationRow('PLOVER dev', split, await evaluateRelations(sets.plover, { split, lenient: true }), false);
}
if (existsSync(sets.gumRelations)) {
  // the fixture stores no texts: they are rebuilt from the GUM news folder of the shared sets
  relationRow(
    'GUM news (ours)',
    'all',
    await evaluateRelations(sets.gumRelations, { gumDir: sets.gum }),
    true,
  );
} else
  rows.push(['GUM news (ours)', 'all', 'relations', '—', '', '', '', '', `missing ${sets.gumRelations}`]);

const syntax: string[] = [];
for (const [name, path] of [
  ['GUM news', sets.gum],
  ['UD EWT test', sets.ewtTest],
] as const) {
  if (!existsSync(path)) continue;
  const r = await evaluateParse(path);
  const p = r.parser;
  const label = (l: string) => (p?.byLabel[l] ? `${l} ${pct(p.byLabel[l].las)}` : `${l} —`);
  syntax.push(
    `| ${name} | ${r.words} | ${pct(r.upos)} | ${pct(r.xpos)} | ${p ? pct(p.uas) : '—'} | ${p ? pct(p.las) : '—'} | ${p ? REPORTED_RELATIONS.map(label).join(', ') : ''} |`,
  );
}

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (dirty.trim()) commit += ' (with uncommitted changes)';
} catch {
  // not a git checkout: the figures still print
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i >= 4 && i <= 7 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
const out = [
  `Accuracy of kg-builder at commit ${commit} (sets from ${shared})`,
  '',
  line(header),
  `|${widths.map((w, i) => (i >= 4 && i <= 7 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  ...rows.map(line),
  '',
  'Part of speech and dependencies (gold tokenization, punctuation counted):',
  '',
  '| treebank | words | UPOS | XPOS | UAS | LAS | LAS by relation (with subtypes) |',
  '|---|---:|---:|---:|---:|---:|---|',
  ...syntax,
  '',
  'n: gold spans (NER) or gold relations. Strict relations: a gold actor without a span matches nothing.',
  'The hand rules before the split were tuned on all of CoNLL dev and PLOVER dev; since the split, errors',
  'are read on the tune halves only. The check halves and GUM news are scores only.',
];
process.stdout.write(`${out.join('\n')}\n`);
