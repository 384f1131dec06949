/**
 * Overview and honest filters, end to end
 *
 * The corpus-like graph (corpus-fixture.ts) in headless Chromium: unconnected entities hidden behind
 * "show N unconnected", ForceAtlas2 then noverlap when the layout settles, the camera fitted to what
 * is visible after the layout and after each filter, largest component and k-core, the
 * minimum-evidence slider bounded by the real maximum and hiding the entities it leaves without a
 * relation, the counts, the empty state and its reset, a hidden selection cleared. No page errors.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToJSON } from '../../graph/index.ts';
import { openPage, type Session, startSession } from './browser.ts';
import { CLIQUE, corpusGraph, HUB } from './corpus-fixture.ts';

let session: Session;
let dir: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-overview-e2e-'));
  const file = join(dir, 'corpus.json');
  await writeFile(file, graphToJSON(corpusGraph()));
  session = await startSession({ graphFile: file });
  page = await openPage(session, errors, '', { settle: true });
}, 120_000);

afterAll(async () => {
  await page?.close();
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const showing = () => byTestId('showing').textContent();

/** Visible nodes' viewport positions and whether each lies inside the viewport. */
function visibleNodes() {
  return page.evaluate(() => {
    const r = window.__kgView!.renderer!;
    const { width, height } = r.getDimensions();
    const out: { key: string; x: number; y: number; size: number; inside: boolean }[] = [];
    r.getGraph().forEachNode((key, a) => {
      const d = r.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = r.graphToViewport({ x: a.x as number, y: a.y as number });
      out.push({ key, ...p, size: d.size, inside: p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height });
    });
    return { nodes: out, width, height };
  });
}

async function cameraAtRest(): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__kgView!.renderer!.getCamera().isAnimated()), { timeout: 5_000 })
    .toBe(false);
}

/** Checks that every visible node is in view and that together they fill a good part of it. */
async function expectFitted(): Promise<void> {
  await cameraAtRest();
  const { nodes, width, height } = await visibleNodes();
  expect(nodes.length).toBeGreaterThan(1);
  expect(nodes.every((n) => n.inside)).toBe(true);
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const spread = Math.max(
    (Math.max(...xs) - Math.min(...xs)) / width,
    (Math.max(...ys) - Math.min(...ys)) / height,
  );
  expect(spread).toBeGreaterThan(0.4);
}

describe('overview first', () => {
  it('hides the 165 unconnected entities behind a toggle, and counts what is shown', async () => {
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
    const toggle = byTestId('unconnected');
    expect(await toggle.textContent()).toBe('Show 165 unconnected');
    expect(
      await page.evaluate(() => window.__kgView!.renderer!.getNodeDisplayData('person/u3')?.hidden),
    ).toBe(true);
    await toggle.click();
    expect(await showing()).toBe('Showing 200 of 200 entities, 39 of 39 relations');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('unconnected=1');
    await toggle.click();
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
  });

  it('removed overlaps after ForceAtlas2 settled, and fitted the camera to what is visible', async () => {
    const layout = await page.evaluate(() => window.__kgView!.layout);
    expect(layout?.running).toBe(false);
    expect(layout?.overlapsRemoved).toBe(1);
    await expectFitted();
  });

  it('keeps the largest component, then its 2-core, and refits the camera each time', async () => {
    await byTestId('lcc').check();
    expect(await showing()).toBe('Showing 25 of 200 entities, 30 of 39 relations');
    await expectFitted();
    await byTestId('k-core').fill('2');
    await byTestId('k-core').dispatchEvent('change');
    expect(await showing()).toBe('Showing 5 of 200 entities, 10 of 39 relations');
    const { nodes } = await visibleNodes();
    expect(nodes.map((n) => n.key).sort()).toEqual([...CLIQUE].sort());
    await expectFitted();
    expect(page.url()).toMatch(/lcc=1&k=2/);
    await byTestId('k-core').fill('0');
    await byTestId('k-core').dispatchEvent('change');
    await byTestId('lcc').uncheck();
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
  });
});

describe('honest filters', () => {
  it('bounds the evidence slider by the real maximum and hides entities left without a relation', async () => {
    const slider = byTestId('min-evidence');
    expect(await slider.getAttribute('type')).toBe('range');
    expect(await slider.getAttribute('max')).toBe('7');
    await slider.fill('7');
    expect(await showing()).toBe('Showing 2 of 200 entities, 1 of 39 relations');
    expect(await byTestId('min-evidence-value').textContent()).toBe('7');
    await expectFitted();
    await slider.fill('1');
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
  });

  it('shows an empty state when the filters leave nothing, with a reset', async () => {
    expect(await byTestId('empty').isVisible()).toBe(false);
    for (const kind of ['person', 'place', 'organization']) await byTestId(`kind-${kind}`).click();
    expect(await showing()).toBe('Showing 0 of 200 entities, 0 of 39 relations');
    expect(await byTestId('empty').isVisible()).toBe(true);
    await byTestId('empty-reset').click();
    expect(await byTestId('empty').isVisible()).toBe(false);
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
  });

  it('clears a selection the filters hide', async () => {
    await page.evaluate(() => {
      location.hash = 'node=person%2Fa0';
    });
    await expect.poll(() => page.evaluate(() => window.__kgView!.state.selection?.key ?? null)).toBe(HUB);
    expect(await byTestId('details').isVisible()).toBe(true);
    await byTestId('kind-person').click();
    expect(await page.evaluate(() => window.__kgView!.state.selection)).toBeNull();
    expect(await byTestId('details').isVisible()).toBe(false);
    // Nothing is left dimmed around a selection that is gone.
    const color = await page.evaluate(() => window.__kgView!.renderer!.getNodeDisplayData('place/a1')?.color);
    expect(color).not.toBe('#e4e4e4');
    await byTestId('kind-person').click();
  });

  it('restricts relations to documents dated in the range, by date fields or slider', async () => {
    expect(await byTestId('time-range').isVisible()).toBe(true);
    await byTestId('date-from').fill('2021-01-01');
    await byTestId('date-from').dispatchEvent('change');
    // Only the last four chain relations come from the 2021 document.
    expect(await showing()).toBe('Showing 5 of 200 entities, 4 of 39 relations');
    expect(page.url()).toContain('from=2021-01-01');
    await byTestId('date-from').fill('');
    await byTestId('date-from').dispatchEvent('change');
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
    // The same with the slider, which steps through the two document dates.
    const start = byTestId('date-start');
    expect(await start.getAttribute('max')).toBe('1');
    await start.fill('1');
    expect(await showing()).toBe('Showing 5 of 200 entities, 4 of 39 relations');
    expect(await byTestId('date-from').inputValue()).toBe('2021-03-02');
    await start.fill('0');
    expect(await showing()).toBe('Showing 35 of 200 entities, 39 of 39 relations');
    expect(page.url()).not.toContain('from=');
  });
});
