/**
 * Importance, search, details and links, end to end
 *
 * The corpus-like graph with a hub of 34 relations, in headless Chromium: size by mentions / degree /
 * PageRank with a size legend, colour by Louvain community, the "top entities" list, the hub's label
 * always drawn; search on word starts and aliases with a fuzzy fallback, namesakes ranked by
 * importance and told apart, ArrowDown starting at the first item; the evidence-first details panel;
 * Back after two selections; a reload restoring selection and camera; the selected entity never
 * under the panel; relation names on the selected entity's edges (or on all), thickness by evidence;
 * exports that follow the filters, GEXF with viz colour / size / position, PNG at 2× with a legend.
 * No page errors.
 */

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToJSON, parseGraphJSON } from '../../graph/index.ts';
import { COMMUNITY_COLORS, KIND_COLORS, RELATION_COLORS } from '../../web/palette.ts';
import { nonBlankRatio, openPage, type Session, startSession, waitForGraph } from './browser.ts';
import { HUB, HUB_LABEL, USA } from './corpus-fixture.ts';
import { hubGraph } from './hub-fixture.ts';

let session: Session;
let dir: string;
let page: Page;
const errors: string[] = [];
const KADIRI = 'person/b0';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-explore-e2e-'));
  await writeFile(join(dir, 'hub.json'), graphToJSON(hubGraph()));
  session = await startSession({ graphFile: join(dir, 'hub.json') });
  page = await openPage(session, errors);
}, 120_000);

afterAll(async () => {
  await page?.close();
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
const display = (key: string) => page.evaluate((k) => window.__kgView!.renderer!.getNodeDisplayData(k), key);
const selected = () => page.evaluate(() => window.__kgView!.state.selection?.key ?? null);
const label = () => byTestId('details').locator('[data-testid="details-label"]').textContent();

async function clear(): Promise<void> {
  await page.evaluate(() => {
    location.hash = '';
  });
  await expect.poll(selected).toBeNull();
}

describe('importance', () => {
  const largest = () =>
    page.evaluate(() => {
      const r = window.__kgView!.renderer!;
      let best = '';
      let size = 0;
      r.getGraph().forEachNode((n) => {
        const s = r.getNodeDisplayData(n)?.size ?? 0;
        if (s > size) {
          size = s;
          best = n;
        }
      });
      return { best, size };
    });

  it('sizes by mentions, degree or PageRank with a size legend, the hub at the top', async () => {
    expect((await largest()).best).toBe(HUB);
    expect(await byTestId('size-legend').textContent()).toContain('219 mentions');
    await byTestId('size-by').selectOption('degree');
    expect(page.url()).toContain('size=degree');
    expect((await largest()).best).toBe(HUB);
    expect(await byTestId('size-legend').textContent()).toContain('34 relations');
    const small = (await display('person/b0'))?.size ?? 0;
    expect(small).toBeLessThan((await largest()).size / 2);
    await byTestId('size-by').selectOption('pagerank');
    expect(await byTestId('size-legend').textContent()).toContain('PageRank');
    // PageRank flows along directed relations to the accused: the hub, an accuser, is not the top
    // one; the list and the sizes agree on which is.
    const top = byTestId('top-entities').locator('[data-testid="top-entity"]').first();
    expect(await top.getAttribute('data-key')).toBe((await largest()).best);
    await byTestId('size-by').selectOption('mentions');
  });

  it('colours by Louvain community and back by kind', async () => {
    expect((await display(HUB))?.color).toBe(KIND_COLORS.person);
    await byTestId('color-by').selectOption('community');
    const hub = (await display(HUB))?.color;
    expect(COMMUNITY_COLORS).toContain(hub);
    // The two chains of the corpus are in other communities than the hub's.
    expect((await display('person/b9'))?.color).not.toBe(hub);
    await byTestId('color-by').selectOption('kind');
    expect((await display(HUB))?.color).toBe(KIND_COLORS.person);
  });

  it('lists the top entities, the hub first, and selects one on click; its label is always drawn', async () => {
    const top = byTestId('top-entities').locator('[data-testid="top-entity"]');
    expect(await top.count()).toBe(10);
    expect(await top.first().textContent()).toBe(HUB_LABEL);
    expect((await display(HUB))?.forceLabel).toBe(true);
    expect((await display('place/a13'))?.forceLabel).toBe(false);
    await top.first().click();
    expect(await selected()).toBe(HUB);
    await clear();
  });
});

describe('search', () => {
  const options = () => byTestId('search-suggestions').locator('[role="option"]');

  it('matches word starts and aliases, never inside a word', async () => {
    await byTestId('search').fill('usa');
    await expect.poll(() => options().count()).toBe(1);
    expect(await options().first().getAttribute('data-key')).toBe(USA);
    expect(await options().first().textContent()).toContain('USA');
    await byTestId('search').fill('');
  });

  it('falls back to a fuzzy match', async () => {
    await byTestId('search').fill('kadiry');
    await expect.poll(() => options().count()).toBe(1);
    expect(await options().first().textContent()).toContain('Mustafa al-Kadiri');
    await byTestId('search').fill('');
  });

  it('ranks namesakes by importance, tells them apart, and ArrowDown starts at the first', async () => {
    const input = byTestId('search');
    await input.fill('hassan rouhani');
    await expect.poll(() => options().count()).toBe(2);
    expect(await options().first().getAttribute('data-key')).toBe(HUB);
    expect(await options().nth(0).locator('[data-testid="context"]').textContent()).toMatch(/^person, with /);
    expect(await options().nth(1).locator('[data-testid="context"]').textContent()).toBe('organization');
    expect(await options().first().getAttribute('aria-selected')).toBe('false');
    await input.press('ArrowDown');
    expect(await options().first().getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await expect.poll(selected).toBe(HUB);
    await clear();
  });
});

describe('details, history and links', () => {
  it('shows a hub evidence first: sorted, one sentence each, the rest folded', async () => {
    await byTestId('top-entities').locator('[data-testid="top-entity"]').first().click();
    await expect.poll(label).toBe(HUB_LABEL);
    const details = byTestId('details');
    const rows = details.locator('.relation:visible');
    expect(await rows.count()).toBe(25);
    const counts = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-evidence'))));
    expect(counts[0]).toBe(7);
    // Within each relation type, strongest first.
    for (const section of await details.locator('section.relation-group:visible').all()) {
      const c = await section
        .locator('.relation:visible')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-evidence'))));
      expect(c).toEqual([...c].sort((a, b) => b - a));
    }
    for (const row of await rows.all()) expect(await row.locator('[data-testid="evidence"]').count()).toBe(1);
    const strong = details.locator(`.relation[data-evidence="7"]`);
    await strong.locator('[data-testid="show-all-evidence"]').click();
    expect(await strong.locator('[data-testid="evidence"]').count()).toBe(7);
    await details.locator('[data-testid="more-relations"]').click();
    expect(await details.locator('.relation:visible').count()).toBe(34);
    expect(await details.locator('[data-testid="details-docs"]').getAttribute('open')).toBeNull();
  });

  it('keeps the selected entity out from under the panel', async () => {
    await expect
      .poll(() => page.evaluate(() => window.__kgView!.renderer!.getCamera().isAnimated()))
      .toBe(false);
    const inside = await page.evaluate((key) => {
      const r = window.__kgView!.renderer!;
      const a = r.getGraph().getNodeAttributes(key);
      const p = r.graphToViewport({ x: a.x as number, y: a.y as number });
      const box = r.getContainer().getBoundingClientRect();
      const panel = document.querySelector('[data-testid="details"]')!.getBoundingClientRect();
      return { x: box.left + p.x, panel: panel.left };
    }, HUB);
    expect(inside.x).toBeLessThan(inside.panel);
  });

  it('goes Back through two selections', async () => {
    await byTestId('search').fill('kadiri');
    await byTestId('search').press('Enter');
    await expect.poll(selected).toBe(KADIRI);
    await page.goBack();
    await expect.poll(selected).toBe(HUB);
    await expect.poll(label).toBe(HUB_LABEL);
    await page.goForward();
    await expect.poll(selected).toBe(KADIRI);
  });

  it('restores the selection and the camera after a reload', async () => {
    await page.locator('[data-testid="zoom-in"]').click();
    await expect.poll(() => page.url(), { timeout: 5_000 }).toMatch(/cam=/);
    await expect
      .poll(() => page.evaluate(() => window.__kgView!.renderer!.getCamera().isAnimated()))
      .toBe(false);
    await page.waitForTimeout(400);
    const before = await page.evaluate(() => window.__kgView!.renderer!.getCamera().getState());
    const url = page.url();
    await page.reload();
    await waitForGraph(page);
    expect(page.url()).toBe(url);
    expect(await selected()).toBe(KADIRI);
    expect(await label()).toBe('Mustafa al-Kadiri');
    const after = await page.evaluate(() => window.__kgView!.renderer!.getCamera().getState());
    expect(after.x).toBeCloseTo(before.x, 3);
    expect(after.y).toBeCloseTo(before.y, 3);
    expect(after.ratio).toBeCloseTo(before.ratio, 3);
  });
});

describe('edges and exports', () => {
  const edge = (key: string) => page.evaluate((k) => window.__kgView!.renderer!.getEdgeDisplayData(k), key);
  const STRONG = `met_with:${HUB}--${USA}`;
  const CHAIN = 'met_with:person/b0--place/b1';

  it("names the selected entity's relations, or all of them, and thickens by evidence", async () => {
    await clear();
    expect((await edge(STRONG))?.label).toBeFalsy();
    await byTestId('top-entities').locator('[data-testid="top-entity"]').first().click();
    await expect.poll(async () => (await edge(STRONG))?.label).toBe('met with');
    expect((await edge(`accused:${HUB}->organization/u5`))?.label).toBe('accused');
    expect((await edge(`accused:${HUB}->organization/u5`))?.type).toBe('arrow');
    expect((await edge(CHAIN))?.label).toBeFalsy();
    await byTestId('edge-labels').check();
    await expect.poll(async () => (await edge(CHAIN))?.label).toBe('met with');
    expect(page.url()).toContain('labels=1');
    await byTestId('edge-labels').uncheck();
    const weak = (await edge(CHAIN))?.size ?? 0;
    expect((await edge(STRONG))?.size ?? 0).toBeGreaterThan(2 * weak);
    await clear();
  });

  async function save(id: string) {
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(id).click()]);
    return { name: download.suggestedFilename(), data: await readFile((await download.path())!) };
  }

  it('exports what is shown, or everything, and GEXF with colours (edges too), sizes and positions', async () => {
    expect(await byTestId('export-visible').isChecked()).toBe(true);
    const shown = await save('export-json');
    // 35 connected entities of the corpus plus the 30 the hub accuses.
    expect(parseGraphJSON(shown.data.toString('utf8'), shown.name).order).toBe(65);
    await byTestId('export-visible').uncheck();
    const all = await save('export-json');
    expect(parseGraphJSON(all.data.toString('utf8'), all.name).order).toBe(200);
    await byTestId('export-visible').check();
    const gexf = (await save('export-gexf')).data.toString('utf8');
    expect(gexf.match(/<node /g)?.length).toBe(65);
    const hub = gexf.slice(gexf.indexOf(`id="${HUB}"`), gexf.indexOf('</node>', gexf.indexOf(`id="${HUB}"`)));
    expect(hub).toMatch(/<viz:color hex="#d55e00"/);
    expect(hub).toMatch(/<viz:size value="30"/);
    expect(hub).toMatch(/<viz:position x="[-\d.]+" y="[-\d.]+"/);
    // every edge in its relation's colour, as drawn here
    const edges = [...gexf.matchAll(/<edge [^>]*>[\s\S]*?<\/edge>/g)].map((m) => m[0]);
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      const relation = /<attvalue for="relation" value="(\w+)"/.exec(
        edge,
      )?.[1] as keyof typeof RELATION_COLORS;
      expect(edge).toContain(`<viz:color hex="${RELATION_COLORS[relation]}"/>`);
    }
  });

  it('exports a PNG at twice the size of the view, with a legend', async () => {
    const png = (await save('export-png')).data;
    const box = (await byTestId('graph').boundingBox())!;
    expect(png.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round(box.height) * 2);
    expect(nonBlankRatio(png)).toBeGreaterThan(0.005);
  });
});

describe('drag', () => {
  it('moves a dragged entity and leaves the camera still', async () => {
    await clear();
    await expect
      .poll(() => page.evaluate(() => window.__kgView!.renderer!.getCamera().isAnimated()))
      .toBe(false);
    const where = () =>
      page.evaluate(() => {
        const r = window.__kgView!.renderer!;
        const a = r.getGraph().getNodeAttributes('place/a13');
        const p = r.graphToViewport({ x: a.x as number, y: a.y as number });
        const box = r.getContainer().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y, camera: r.getCamera().getState() };
      });
    const before = await where();
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(before.x + i * 6, before.y + i * 3);
    await page.mouse.up();
    const after = await where();
    expect(after.x - before.x).toBeCloseTo(60, -1);
    expect(after.y - before.y).toBeCloseTo(30, -1);
    expect(after.camera).toEqual(before.camera);
  });
});

describe('path to another entity', () => {
  it('draws the shortest path whatever the filters, and says when there is none', async () => {
    await clear();
    await page.evaluate(() => {
      location.hash = 'node=place%2Fa13&minEvidence=7';
    });
    await expect.poll(selected).toBe('place/a13');
    const details = byTestId('details');
    await details.locator('[data-testid="path-to"]').fill('hassan rouhani');
    await details.locator('[data-testid="path-to"]').press('Enter');
    const steps = details.locator('[data-testid="path-steps"]');
    await expect.poll(() => steps.locator('[data-testid="neighbour"]').count()).toBe(11);
    expect(await steps.locator('[data-testid="neighbour"]').last().textContent()).toBe(HUB_LABEL);
    expect(page.url()).toContain('path=person%2Fa0');
    // The chain's relations have one sentence each, under the filter's minimum of 7: drawn anyway.
    const hop = await page.evaluate(() =>
      window.__kgView!.renderer!.getEdgeDisplayData('met_with:place/a13--organization/a14'),
    );
    const onPath = await page.evaluate(() =>
      window.__kgView!.renderer!.getEdgeDisplayData('met_with:place/a4--organization/a5'),
    );
    expect(onPath?.hidden).toBe(false);
    expect(hop?.hidden).toBe(true);
    expect((await display(HUB))?.hidden).toBe(false);
    await details.locator('[data-testid="path-to"]').fill('mustafa al-kadiri');
    await details.locator('[data-testid="path-to"]').press('Enter');
    await expect
      .poll(() => details.locator('[data-testid="path"]').textContent())
      .toContain('No path to Mustafa al-Kadiri');
    await clear();
  });
});
