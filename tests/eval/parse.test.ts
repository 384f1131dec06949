/**
 * `kg eval parse`'s halves: documents split by id as the other evaluations split theirs, so a
 * treebank's tune half may be read for choices and its check half only scored.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateParse } from '../../src/eval/parse.ts';
import { halfOf } from '../../src/eval/split.ts';

const tiny = readFileSync(new URL('../fixtures/eval/tiny.conllu', import.meta.url), 'utf8');

/** Two documents, the fixture's text under ids that fall in different halves. */
function twoHalves(): { dir: string; tune: string; check: string } {
  const ids = Array.from({ length: 20 }, (_, i) => `doc_${i}`);
  const tune = ids.find((id) => halfOf(id) === 'tune') as string;
  const check = ids.find((id) => halfOf(id) === 'check') as string;
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-parse-'));
  const as = (id: string) => tiny.replaceAll('doc_ruritania', id);
  writeFileSync(join(dir, 'a.conllu'), as(tune));
  // the check document twice over, so the halves differ in size
  writeFileSync(join(dir, 'b.conllu'), `${as(check)}\n${as(check)}`);
  return { dir, tune, check };
}

describe('evaluateParse halves', () => {
  it('scores only the documents of the half asked for, and both halves make the whole', async () => {
    const { dir } = twoHalves();
    const [all, tune, check] = await Promise.all([
      evaluateParse(dir),
      evaluateParse(dir, { split: 'tune' }),
      evaluateParse(dir, { split: 'check' }),
    ]).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(tune.split).toBe('tune');
    expect(all.split).toBe('all');
    expect(tune.sentences).toBeGreaterThan(0);
    expect(check.sentences).toBe(2 * tune.sentences);
    expect(tune.sentences + check.sentences).toBe(all.sentences);
    expect(tune.words + check.words).toBe(all.words);
  });
});
