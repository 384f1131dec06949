/**
 * Running kg eval
 *
 * Reads the project's own tiny gold files (never ../shared/eval), runs the pipeline or the
 * baseline over them, and checks the report's shape, the error listing and bad gold files.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateNer, evaluateRelations, markedContext } from '../../src/eval/evaluate.ts';
import { formatNerReport } from '../../src/eval/report.ts';
import { fixture, runKg, scratch } from '../cli/helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

describe('evaluateNer', () => {
  it('scores the baseline over a gold file with counts that add up', async () => {
    const r = await evaluateNer(fixture('ner.gold.jsonl'), { baseline: true });
    expect(r.documents).toBe(2);
    expect(r.tokens).toBe(13 + 5);
    const gold = Object.values(r.exact).reduce((n, c) => n + c.tp + c.fn, 0);
    expect(gold).toBe(4);
    const text = formatNerReport(r, { errors: true });
    expect(text).toMatch(/Exact match[\s\S]*TYPE\s+TP\s+FP\s+FN\s+P\s+R\s+F1[\s\S]*micro/);
    expect(text).toMatch(/tokens\/s/);
  });

  it('--limit stops early', async () => {
    const r = await evaluateNer(fixture('ner.gold.jsonl'), { limit: 1 });
    expect(r.documents).toBe(1);
  });

  it('names the file and line of a bad gold record', async () => {
    const bad = join(dir, 'bad.gold.jsonl');
    writeFileSync(bad, '{"id":"x","text":"abc","entities":[{"start":0,"end":9,"type":"PER"}]}\n');
    await expect(evaluateNer(bad)).rejects.toThrow(/bad\.gold\.jsonl:1: entities\[0\]: bad span \[0, 9\]/);
  });
});

describe('evaluateRelations', () => {
  it('scores every record and does not score OTHER', async () => {
    const r = await evaluateRelations(fixture('relations.gold.jsonl'));
    expect(r.documents).toBe(3);
    const gold = Object.values(r.counts).reduce((n, c) => n + c.tp + c.fn, 0);
    expect(gold).toBe(2);
  });
});

describe('kg eval', () => {
  it('prints JSON with per-type and micro figures', async () => {
    const r = await runKg(['eval', 'ner', fixture('ner.gold.jsonl'), '--baseline', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.system).toBe('compromise');
    expect(report.exact.micro).toMatchObject({ precision: expect.any(Number), recall: expect.any(Number) });
    expect(report.lenient.micro.f1).toBeGreaterThanOrEqual(report.exact.micro.f1);
  });

  it('prints the relations table and errors', async () => {
    const r = await runKg(['eval', 'relations', fixture('relations.gold.jsonl'), '--errors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/TYPE\s+TP\s+FP\s+FN/);
    expect(r.stdout).toMatch(/Errors: \d+/);
  });

  it('a missing gold file exits 1 naming it', async () => {
    const r = await runKg(['eval', 'ner', 'no-such.gold.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kg: no-such.gold.jsonl: no such file or directory\n');
  });
});

describe('markedContext', () => {
  it('marks the spans on their line', () => {
    const text = 'First line.\nAngela Merkel visited Paris.\nLast.';
    expect(
      markedContext(text, [
        { start: 12, end: 25 },
        { start: 34, end: 39 },
      ]),
    ).toBe('[Angela Merkel] visited [Paris].');
  });
});
