/**
 * Web view against plain sigma (part of scripts/bench-web.ts)
 *
 * Opens the same served graph twice in the same browser — the web view and plain.html, sigma with
 * its defaults and nothing else — and measures both the same way: time from navigation to sigma's
 * first frame (the `kg:first-frame` mark) and sigma's render time per frame (beforeRender /
 * afterRender) while the camera is dragged and zoomed by the same mouse script. Also builds the
 * corpus graph the issue was measured on (the Brown corpus through the extraction pipeline), cached
 * in the temporary folder because extraction takes minutes.
 */

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { GraphBuilder, graphToJSON, parseGraphJSON } from '../../graph/index.ts';
import { seededRandom } from '../../graph/random.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { brownDocuments } from '../../scripts/bench/brown.ts';
import { extractDocument, toGraphInput } from '../../src/extract/index.ts';
import type { Session } from './browser.ts';

export interface PageFigures {
  firstFrame: number;
  renders: number[];
}

/** The Brown corpus (500 documents) as a knowledge graph with seeded positions; cached. */
export async function brownGraph(): Promise<KnowledgeGraph> {
  const cache = join(tmpdir(), 'kg-bench-web-brown.json');
  if (existsSync(cache)) return parseGraphJSON(await readFile(cache, 'utf8'), cache);
  const builder = new GraphBuilder();
  for (const doc of brownDocuments()) builder.addDocument(toGraphInput(extractDocument(doc)));
  const graph = builder.graph;
  // Positions as a finished layout would leave them (a disc), so both pages skip the layout.
  const rnd = seededRandom(3);
  graph.forEachNode((n) => {
    const r = Math.sqrt(rnd());
    const a = 2 * Math.PI * rnd();
    graph.mergeNodeAttributes(n, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  await writeFile(cache, graphToJSON(graph));
  return graph;
}

/** The same drag-and-zoom script on either page, recording sigma's render time per frame. */
async function panAndZoom(page: Page, handle: string): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__renders = [];
    const r = ${handle};
    let start = 0;
    let processes = false;
    r.on('beforeRender', () => { start = performance.now(); processes = r.needToProcess; });
    r.on('afterRender', () => { if (!processes) window.__renders.push(performance.now() - start); });
  })()`);
  const box = (await page.locator('[data-testid="graph"]').boundingBox()) as {
    x: number;
    y: number;
    width: number;
    height: number;
  };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(cx + i * 12 * (round % 2 ? -1 : 1), cy + i * 6);
    await page.mouse.up();
    await page.mouse.wheel(0, round % 2 ? 300 : -300);
    await page.waitForTimeout(400);
  }
  return (await page.evaluate('window.__renders')) as number[];
}

/** First frame and render times of a page of the session: the view (`/`) or plain sigma (`plain.html`). */
export async function measurePage(session: Session, plain: boolean): Promise<PageFigures> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(session.server.url + (plain ? 'plain.html' : ''));
    await page.waitForFunction(
      () => !!document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.loaded,
      null,
      { timeout: 300_000 },
    );
    if (!plain) {
      // Stop a layout the view may have started (the benchmark graphs come with positions).
      await page.waitForFunction(() => window.__kgView?.layout?.running === false, null, { timeout: 60_000 });
    }
    const firstFrame = (await page.evaluate(
      () => performance.getEntriesByName('kg:first-frame')[0]?.startTime ?? Number.NaN,
    )) as number;
    const renders = await panAndZoom(page, plain ? 'window.__plain.renderer' : 'window.__kgView.renderer');
    return { firstFrame, renders };
  } finally {
    await page.close();
  }
}
