/**
 * Minimum confidence, end to end
 *
 * The graph fixture (tests/graph/fixture.ts: met_with 0.84, supports 0.25, the others 1), with one
 * edge whose file carries no confidence at all, in headless Chromium: the "minimum confidence"
 * slider hides the edges below it in sigma (and the entities left without a relation), edges
 * without a confidence count as 1, the value lives in the URL, the keyboard moves the slider, and
 * the edge details panel shows each sentence's confidence as text. No page errors.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToJSON } from '../../graph/index.ts';
import { buildFixtureGraph, HOSTILE_LABEL } from '../graph/fixture.ts';
import { openPage, type Session, startSession } from './browser.ts';

const MET = 'met_with:person/ali-khorvani--person/mustafa-al-kadiri';
const SUPPORTS = 'supports:organization/front-img-src-x-onerror-alert-1-partners->person/mustafa-al-kadiri';
const LOCATED = 'located_in:place/tehran->place/iran';

let session: Session;
let dir: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-confidence-e2e-'));
  const data = JSON.parse(graphToJSON(buildFixtureGraph()));
  // a graph made before confidences: neither the edge nor its evidence has one
  const located = data.edges.find((e: { key: string }) => e.key === LOCATED);
  delete located.attributes.confidence;
  for (const e of located.attributes.evidence) delete e.confidence;
  const file = join(dir, 'confidence.json');
  await writeFile(file, JSON.stringify(data));
  session = await startSession({ graphFile: file });
  page = await openPage(session, errors);
}, 120_000);

afterAll(async () => {
  await page?.close();
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

/** The edges sigma draws (not hidden by the reducers), sorted. */
function drawnEdges(): Promise<string[]> {
  return page.evaluate(() => {
    const r = window.__kgView!.renderer!;
    return r
      .getGraph()
      .filterEdges((edge) => r.getEdgeDisplayData(edge)?.hidden !== true)
      .sort();
  });
}

const allEdges = () => page.evaluate(() => window.__kgView!.renderer!.getGraph().edges().sort());

describe('minimum confidence', () => {
  it('is a labelled range from 0 to 1 in steps of 0.05, at 0 (everything shown)', async () => {
    const slider = page.getByLabel('Minimum confidence', { exact: true });
    expect(await slider.getAttribute('type')).toBe('range');
    expect(await slider.getAttribute('min')).toBe('0');
    expect(await slider.getAttribute('max')).toBe('1');
    expect(await slider.getAttribute('step')).toBe('0.05');
    expect(await byTestId('min-confidence-value').textContent()).toBe('0.00');
    expect(await drawnEdges()).toEqual(await allEdges());
  });

  it('hides the edges below it; an edge without a confidence counts as 1', async () => {
    const slider = byTestId('min-confidence');
    const all = await allEdges();
    expect(all).toHaveLength(5);

    await slider.fill('0.3');
    await expect.poll(drawnEdges).toEqual(all.filter((e) => e !== SUPPORTS));
    expect(await byTestId('min-confidence-value').textContent()).toBe('0.30');
    // the organization had only that relation: it goes too
    expect(
      await page.evaluate(
        (k) => window.__kgView!.renderer!.getNodeDisplayData(k)?.hidden,
        'organization/front-img-src-x-onerror-alert-1-partners',
      ),
    ).toBe(true);
    expect(page.url()).toContain('minConfidence=0.3');

    await slider.fill('0.85');
    await expect.poll(drawnEdges).toEqual(all.filter((e) => e !== SUPPORTS && e !== MET));
    expect(await drawnEdges()).toContain(LOCATED);

    await slider.fill('1');
    await expect.poll(drawnEdges).toEqual(all.filter((e) => e !== SUPPORTS && e !== MET));
    expect(await byTestId('showing').textContent()).toMatch(/3 of 5 relations/);

    await slider.fill('0');
    await expect.poll(drawnEdges).toEqual(all);
  });

  it('moves with the keyboard', async () => {
    const slider = byTestId('min-confidence');
    await slider.focus();
    for (let i = 0; i < 6; i++) await slider.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.__kgView!.state.minConfidence)).toBe(0.3);
    await expect.poll(drawnEdges).not.toContain(SUPPORTS);
    await slider.press('Home');
    await expect.poll(drawnEdges).toContain(SUPPORTS);
  });

  it('is restored from the URL, and reset with the other filters', async () => {
    await page.evaluate(() => {
      location.hash = 'minConfidence=0.9';
    });
    await expect.poll(drawnEdges).not.toContain(MET);
    expect(await byTestId('min-confidence').inputValue()).toBe('0.9');
    await page.evaluate(() => {
      location.hash = '';
    });
    await expect.poll(drawnEdges).toContain(MET);
  });

  it("shows each sentence's confidence as text in the relation's details", async () => {
    await page.evaluate((edge) => {
      location.hash = `edge=${encodeURIComponent(edge)}`;
    }, SUPPORTS);
    const details = byTestId('details');
    await expect
      .poll(() => details.locator('[data-testid="evidence-confidence"]').allTextContents())
      .toEqual([' · confidence 0.25']);
    expect(await byTestId('edge-confidence').textContent()).toBe('Best confidence 0.25');
    expect(await details.textContent()).toContain(HOSTILE_LABEL);
    expect(await details.locator('img').count()).toBe(0);

    await page.evaluate((edge) => {
      location.hash = `edge=${encodeURIComponent(edge)}`;
    }, MET);
    await expect
      .poll(() => details.locator('[data-testid="evidence-confidence"]').allTextContents())
      .toEqual([' · confidence 0.84', ' · confidence 0.5']);

    // evidence without a confidence shows none
    await page.evaluate((edge) => {
      location.hash = `edge=${encodeURIComponent(edge)}`;
    }, LOCATED);
    await expect.poll(() => details.locator('[data-testid="evidence"]').count()).toBe(1);
    expect(await details.locator('[data-testid="evidence-confidence"]').count()).toBe(0);
  });
});
