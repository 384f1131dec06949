/**
 * kg eval
 *
 * Scores the extraction against a gold file: `ner` (CoNLL-style people / places / organizations,
 * exact and lenient) or `relations` (PLOVER-style events). Prints per-type and micro precision /
 * recall / F1 and the speed; `--errors` lists the false positives and misses by bucket; `--json`
 * prints the same as JSON; `--baseline` scores plain compromise instead (NER). The project's GUM
 * news relation gold stores no texts: they are rebuilt from `<shared>/eval/gum-news` (`--shared`,
 * default ../shared beside the package).
 */

import { join } from 'node:path';
import { UsageError } from '../../../graph/errors.ts';
import { formatNerReport, formatRelationReport, reportJson } from '../../eval/report.ts';
import type { Split } from '../../eval/split.ts';
import { defineCommand, writeLine } from '../context.ts';

export const evalCommand = defineCommand({
  spec: {
    name: 'eval',
    summary: 'Score extraction against a gold file: precision, recall and F1 per type.',
    synopsis:
      'eval ner|relations|parse <gold> [--split tune|check|all] [--lenient] [--errors] [--baseline] [--limit n] [--shared dir] [--json]',
    details: [
      '  ner        CoNLL-style {"id","text","entities":[{"start","end","type"}]} lines; PER, LOC, ORG',
      '             scored (exact and lenient), MISC not scored; or GUM CoNLL-U (a .conllu file or a folder)',
      '  relations  PLOVER-style {"id","text","relations":[{"type","source_span","target_span","reciprocal"}]}',
      '             or the project\'s own {"relation":"accused",...} records (structural relations scored too;',
      '             records with "text_sha256" and no "text" are rebuilt from <shared>/eval/gum-news)',
      '  parse      a CoNLL-U treebank (a file or a folder): UPOS and XPOS accuracy, gold tokenization',
      'Strict scoring: a gold actor without a span matches nothing (--lenient: matches any actor).',
      '--split: records are split once by a hash of their document id into a tune half (read its',
      'errors) and a check half (scores only).',
      'Example: kg eval ner ../shared/eval/conll2003.dev.jsonl --split tune --errors',
    ],
    positionals: { min: 2, max: 2, description: 'a task (ner, relations or parse) and a gold file' },
    options: {
      errors: {
        type: 'boolean',
        short: 'e',
        description: 'list false positives and misses, grouped by type',
      },
      'max-errors': { type: 'number', min: 1, default: 20, description: 'examples shown per error bucket' },
      baseline: { type: 'boolean', description: 'score plain compromise instead of the pipeline (ner only)' },
      split: {
        type: 'string',
        choices: ['tune', 'check', 'all'],
        default: 'all',
        description: 'which half of the set to score',
      },
      lenient: {
        type: 'boolean',
        description: 'relations: a gold actor without a span matches any predicted actor',
      },
      limit: { type: 'number', short: 'n', min: 1, description: 'only the first n records' },
      shared: {
        type: 'string',
        valueName: 'dir',
        description:
          'relations: rebuild texts the gold does not store from <dir>/eval/gum-news (default: ../shared beside the package)',
      },
      json: { type: 'boolean', description: 'print JSON' },
    },
  },
  async run({ positionals, options }, ctx) {
    const [task, gold] = positionals as [string, string];
    if (task !== 'ner' && task !== 'relations' && task !== 'parse') {
      throw new UsageError(`unknown evaluation "${task}" (expected ner, relations or parse)`);
    }
    if (task !== 'relations' && options.shared !== undefined) {
      throw new UsageError('--shared applies to "kg eval relations" only');
    }
    if (task === 'parse') {
      const { evaluateParse, formatParseReport } = await import('../../eval/parse.ts');
      const r = await evaluateParse(gold, { limit: options.limit, split: options.split as Split });
      await writeLine(ctx.stdout, options.json ? JSON.stringify(r, null, 2) : formatParseReport(r));
      return 0;
    }
    if (task === 'relations' && options.baseline) {
      throw new UsageError('--baseline applies to "kg eval ner" only');
    }
    const { evaluateNer, evaluateRelations } = await import('../../eval/evaluate.ts');
    if (task === 'ner' && options.lenient) {
      throw new UsageError(
        '--lenient applies to "kg eval relations" (NER always prints both exact and lenient)',
      );
    }
    const run = {
      baseline: options.baseline,
      limit: options.limit,
      split: options.split as Split,
      lenient: options.lenient,
      gumDir: options.shared === undefined ? undefined : join(options.shared, 'eval', 'gum-news'),
    };
    const report = task === 'ner' ? await evaluateNer(gold, run) : await evaluateRelations(gold, run);
    const shown = { errors: options.errors, maxErrors: options['max-errors'] };
    let text: string;
    if (options.json) text = JSON.stringify(reportJson(report, shown), null, 2);
    else if (report.task === 'ner') text = formatNerReport(report, shown);
    else text = formatRelationReport(report, shown);
    await writeLine(ctx.stdout, text);
    return 0;
  },
});
