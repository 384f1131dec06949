/**
 * What the page downloads, end to end
 *
 * Chromium loads the built view through a counting proxy (./transfer.ts). Opening the sample graph
 * (prebuilt at build time) or a served graph file downloads no extraction code and no model
 * weights; the first pasted text downloads the extraction worker's chunk — the one chunk that
 * carries the name tagger's weights — exactly once, and a second paste downloads nothing more (the
 * worker is kept). Each step's bytes are printed for the README's figures.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startSession, waitForGraph } from './browser.ts';
import { type CountingProxy, startCountingProxy, type Transfer, totalBytes } from './transfer.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXTRACTION = /\/assets\/extract[^/]*\.js$/;
const SAMPLE = /\/assets\/[^/]*sample-graph[^/]*\.js$/;
/** The name tagger's weights are a base64 string: a piece of it marks the chunk carrying them. */
const WEIGHTS_MARK = (() => {
  const source = readFileSync(join(ROOT, 'src', 'ner', 'weights', 'ner.ts'), 'utf8');
  const literal = /'([A-Za-z0-9+/=]{10000,})'/.exec(source)?.[1];
  if (!literal) throw new Error('no weights literal in src/ner/weights/ner.ts');
  return literal.slice(5000, 5064);
})();

const TEXT =
  'German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday. ' +
  'Macron praised Merkel after the talks, officials said.';

function paths(transfers: readonly Transfer[]): string[] {
  return transfers.map((t) => t.path);
}

function report(step: string, transfers: readonly Transfer[]): void {
  const list = transfers.map((t) => `${t.path} ${t.bytes}`).join(', ');
  console.log(`${step}: ${totalBytes(transfers)} bytes (${list || 'nothing'})`);
}

/** Pastes `text` and waits until the graph shown has an entity labelled `label` (from that text). */
async function paste(page: Page, text: string, label: string): Promise<void> {
  await page.locator('[data-testid="paste-open"]').click();
  await page.locator('[data-testid="paste-text"]').fill(text);
  await page.locator('[data-testid="paste-build"]').click();
  await waitForGraph(page, 'pasted text');
  await page.waitForFunction(
    (wanted) => window.__kgView?.graph?.someNode((_n, a) => a.label === wanted) === true,
    label,
    { timeout: 60_000 },
  );
}

describe('sample graph, then pasted text', () => {
  let session: Session;
  let proxy: CountingProxy;

  beforeAll(async () => {
    session = await startSession();
    proxy = await startCountingProxy(session.server.url);
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await session?.close();
  });

  it('downloads the weights only when text is extracted, and once', async () => {
    const errors: string[] = [];
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(proxy.url);
    await waitForGraph(page, 'sample: iran-iraq-meeting.txt');
    const labels = await page.evaluate(() => window.__kgView!.graph!.mapNodes((_n, a) => a.label as string));
    expect(labels.join(' ')).toMatch(/Khamenei/);

    const open = proxy.take();
    report('open the sample graph', open);
    expect(paths(open).filter((p) => SAMPLE.test(p))).toHaveLength(1);
    expect(paths(open).filter((p) => EXTRACTION.test(p))).toEqual([]);
    // the page's own chunks and the sample's graph: far below the 1.7 MB of the extraction chunk
    expect(totalBytes(open)).toBeLessThan(600_000);

    await paste(page, TEXT, 'Angela Merkel');
    const first = proxy.take();
    report('paste text and extract (first time)', first);
    const chunks = first.filter((t) => EXTRACTION.test(t.path));
    expect(chunks).toHaveLength(1);
    const chunk = readFileSync(join(ROOT, 'web', 'dist', chunks[0]!.path), 'utf8');
    expect(chunk).toContain(WEIGHTS_MARK);

    // a second text, extracted by the same worker: only a graph with its new entity ends the wait
    await paste(page, `${TEXT} Macron thanked Merkel in Berlin.`, 'Berlin');
    const second = proxy.take();
    report('paste text and extract (second time)', second);
    expect(paths(second).filter((p) => EXTRACTION.test(p))).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('a served graph file', () => {
  let session: Session;
  let proxy: CountingProxy;

  beforeAll(async () => {
    session = await startSession({
      graphFile: join(ROOT, 'tests', 'fixtures', 'graph', 'fixture.graph.json'),
    });
    proxy = await startCountingProxy(session.server.url);
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await session?.close();
  });

  it('opens without the sample or any extraction code', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(proxy.url);
    await waitForGraph(page, 'fixture.graph.json');
    const open = proxy.take();
    report('open a served graph file', open);
    expect(paths(open)).toContain('/graph');
    expect(paths(open).filter((p) => EXTRACTION.test(p) || SAMPLE.test(p))).toEqual([]);
    await page.close();
  }, 120_000);
});
