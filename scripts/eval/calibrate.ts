/**
 * Calibrating the confidence of each reading
 *
 * `npx tsx scripts/eval/calibrate.ts [--split tune|check]` scores, for every way the extractor reads
 * a relation (src/extract/confidence.ts `Reading`), the predictions of that reading alone against the
 * gold of PLOVER dev and GUM news (the given half; tune by default), and prints predictions, true
 * positives and (tp + 1) / (predictions + 2), the figure `CONFIDENCE` holds. Window readings are
 * scored on both sets, titles and affiliations on GUM news only (PLOVER does not annotate them).
 * It then prints precision and recall of both sets at each candidate minimum confidence.
 * Needs ../shared (the evaluation data); reads it only.
 */

import { RELATIONS } from '../../graph/relations.ts';
import { readRelationGold } from '../../src/eval/gold.ts';
import {
  type PredictedRelation,
  type RelationGoldRecord,
  scoreRelationRecord,
} from '../../src/eval/relations.ts';
import type { Split } from '../../src/eval/split.ts';
import { inSplit } from '../../src/eval/split.ts';
import { CONFIDENCE, type Reading } from '../../src/extract/confidence.ts';
import { extractDocument } from '../../src/extract/index.ts';

const SETS = {
  plover: '../shared/eval/plover-gsr.dev.jsonl',
  gum: 'tests/fixtures/eval/gum-news.relations.jsonl',
};
const splitAt = process.argv.indexOf('--split');
const split = (splitAt > 0 ? process.argv[splitAt + 1] : 'tune') as Split;

// every reading gets a code of its own for this run, so a prediction's confidence says its reading
const readings = Object.keys(CONFIDENCE) as Reading[];
const table = CONFIDENCE as Record<Reading, number>;
const shipped = { ...table };
readings.forEach((r, i) => {
  table[r] = (i + 1) / 1000;
});
const readingOf = (confidence: number | undefined): Reading | undefined =>
  readings[Math.round((confidence ?? 0) * 1000) - 1];

interface Scored {
  record: RelationGoldRecord;
  predictions: (PredictedRelation & { reading: Reading })[];
}

const scored: Record<string, Scored[]> = {};
for (const [name, path] of Object.entries(SETS)) {
  scored[name] = [];
  for await (const record of readRelationGold(path)) {
    if (!inSplit(record.group, split)) continue;
    const predictions: Scored['predictions'] = [];
    for (const r of extractDocument({ id: record.id, text: record.text }).relations) {
      const family = RELATIONS[r.relation]?.family;
      if (family !== 'interaction' && !(record.structural && family === 'structural')) continue;
      for (const ev of r.evidence) {
        if (ev.end <= record.sentenceStart) continue;
        const reading = readingOf(ev.confidence);
        if (!reading) throw new Error(`evidence without a reading in ${record.id}`);
        predictions.push({
          type: r.relation,
          source: ev.sourceSpan,
          target: ev.targetSpan,
          trigger: ev.trigger,
          reading,
        });
      }
    }
    (scored[name] as Scored[]).push({ record, predictions });
  }
}

const micro = (rows: Scored[], keep: (p: Scored['predictions'][number]) => boolean) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { record, predictions } of rows) {
    const result = scoreRelationRecord(record, predictions.filter(keep));
    for (const c of Object.values(result.counts)) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
  }
  return { tp, fp, fn };
};

console.log(
  `Readings on the ${split} halves (PLOVER dev + GUM news): predictions, true positives, (tp+1)/(n+2), shipped`,
);
const calibrated: Partial<Record<Reading, number>> = {};
for (const reading of readings) {
  let tp = 0;
  let n = 0;
  const each: string[] = [];
  for (const [name, rows] of Object.entries(scored)) {
    const c = micro(rows, (p) => p.reading === reading);
    tp += c.tp;
    n += c.tp + c.fp;
    each.push(`${name} ${c.tp}/${c.tp + c.fp}`);
  }
  calibrated[reading] = (tp + 1) / (n + 2);
  console.log(
    `  ${reading.padEnd(14)} ${String(n).padStart(4)} ${String(tp).padStart(4)}  ${(calibrated[reading] as number).toFixed(2)}  ${shipped[reading].toFixed(2)}   (${each.join(', ')})`,
  );
}

console.log('\nAt a minimum confidence (shipped table): P / R per set');
for (const min of [0, 0.3, 0.4, 0.5, 0.6, 0.7]) {
  const line = Object.entries(scored).map(([name, rows]) => {
    const c = micro(rows, (p) => shipped[p.reading] >= min);
    const P = (100 * c.tp) / Math.max(1, c.tp + c.fp);
    const R = (100 * c.tp) / Math.max(1, c.tp + c.fn);
    return `${name} P ${P.toFixed(1)} R ${R.toFixed(1)} (${c.tp}/${c.fp}/${c.fn})`;
  });
  console.log(`  ≥ ${min.toFixed(2)}  ${line.join('   ')}`);
}
