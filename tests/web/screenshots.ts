/**
 * Screenshots of the web view
 *
 * `npx tsx tests/web/screenshots.ts`: in headless Chromium, saves
 * - docs/sample-graph.png and docs/sample-selected.png: the sample article, laid out, then Khamenei
 *   selected (neighbourhood highlighted, details panel with evidence);
 * - docs/corpus-overview.png and docs/corpus-hub.png: the Brown corpus graph (bench-plain.ts builds
 *   and caches it) laid out by the page (ForceAtlas2 then noverlap), unconnected entities hidden,
 *   then its top entity selected;
 * - docs/phone.png: the corpus at 390×844 with the top entity's bottom sheet open;
 * - docs/dark.png: the corpus in the dark theme, sized by PageRank, coloured by community.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { graphToJSON } from '../../graph/index.ts';
import { brownGraph } from './bench-plain.ts';
import { openPage, startSession, waitForGraph } from './browser.ts';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const errors: string[] = [];

async function settleCamera(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__kgView?.renderer?.getCamera().isAnimated());
  await page.waitForTimeout(600);
}

async function pickTop(page: Page): Promise<void> {
  await page.locator('[data-testid="top-entity"]').first().click();
  await page.locator('[data-testid="details-label"]').waitFor();
  await settleCamera(page);
}

const sample = await startSession();
try {
  const page = await openPage(sample, errors, '', { viewport: { width: 1400, height: 860 }, settle: true });
  await settleCamera(page);
  await page.screenshot({ path: `${DOCS}sample-graph.png` });
  const search = page.locator('[data-testid="search"]');
  await search.fill('Khamenei');
  await search.press('Enter');
  await page.locator('[data-testid="details-label"]').waitFor();
  await settleCamera(page);
  await page.screenshot({ path: `${DOCS}sample-selected.png` });
} finally {
  await sample.close();
}

// The corpus without positions, so the page lays it out as a user would see it.
const graph = await brownGraph();
graph.forEachNode((_n, a) => {
  delete a.x;
  delete a.y;
});
const dir = await mkdtemp(join(tmpdir(), 'kg-shots-'));
const file = join(dir, 'brown-corpus.json');
await writeFile(file, graphToJSON(graph));
const corpus = await startSession({ graphFile: file });
try {
  const context = await corpus.browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(corpus.server.url);
  // ForceAtlas2 (up to 20 s) then noverlap on ~9,000 entities: longer than waitForGraph allows.
  await page.waitForFunction(() => window.__kgView?.layout?.running === true, null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__kgView?.layout?.running === false, null, { timeout: 300_000 });
  await settleCamera(page);
  await page.screenshot({ path: `${DOCS}corpus-overview.png` });
  await pickTop(page);
  await page.screenshot({ path: `${DOCS}corpus-hub.png` });
  // The same browser context keeps the laid-out positions (localStorage) for the next pages.
  const url = page.url().replace(/#.*$/, '');
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(url);
  await waitForGraph(phone);
  await settleCamera(phone);
  await phone.locator('[data-testid="sidebar-toggle"]').click();
  await pickTop(phone);
  await phone.screenshot({ path: `${DOCS}phone.png` });
  const dark = await context.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.goto(`${url}#size=pagerank&color=community`);
  await waitForGraph(dark);
  await settleCamera(dark);
  await dark.screenshot({ path: `${DOCS}dark.png` });
  await context.close();
} finally {
  await corpus.close();
  await rm(dir, { recursive: true, force: true });
}
if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
console.log(`wrote the screenshots in ${DOCS}`);
