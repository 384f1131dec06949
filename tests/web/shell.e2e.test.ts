/**
 * The shell on phones, in the dark and from the keyboard, end to end
 *
 * At 390×844 the sidebar is a drawer and the details a bottom sheet, and tapping an entity keeps the
 * graph full size with the entity above the sheet; the dark theme follows prefers-color-scheme and
 * the toggle; zoom / fit / reset buttons and keys move the camera; Escape closes the panel; "Open
 * file" and the graph are reachable with Tab. No page errors.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphToJSON } from '../../graph/index.ts';
import { type Session, startSession, waitForGraph } from './browser.ts';
import { HUB } from './corpus-fixture.ts';
import { hubGraph } from './hub-fixture.ts';

let session: Session;
let dir: string;
const errors: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-shell-e2e-'));
  await writeFile(join(dir, 'hub.json'), graphToJSON(hubGraph()));
  session = await startSession({ graphFile: join(dir, 'hub.json') });
}, 120_000);

afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
  expect(errors.splice(0)).toEqual([]);
});

async function open(
  options: { viewport?: { width: number; height: number }; colorScheme?: 'dark' | 'light' } = {},
  hash = '',
): Promise<Page> {
  const page = await session.browser.newPage({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.viewport !== undefined && options.viewport.width < 500,
  });
  pages.push(page);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(session.server.url + (hash ? `#${hash}` : ''));
  await waitForGraph(page);
  return page;
}

const camera = (page: Page) => page.evaluate(() => window.__kgView!.renderer!.getCamera().getState());
const atRest = (page: Page) =>
  expect.poll(() => page.evaluate(() => window.__kgView!.renderer!.getCamera().isAnimated())).toBe(false);

describe('a phone, 390×844', () => {
  it('keeps the sidebar in a drawer and the details in a bottom sheet above which the entity stays', async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    const graph = await page.locator('[data-testid="graph"]').boundingBox();
    expect(graph!.width).toBeGreaterThanOrEqual(380);
    expect(graph!.height).toBeGreaterThan(600);
    // The drawer is off screen until "Filters" opens it; Escape closes it.
    const sidebar = page.locator('[data-testid="sidebar"]');
    expect((await sidebar.boundingBox())!.x + (await sidebar.boundingBox())!.width).toBeLessThanOrEqual(0);
    await page.locator('[data-testid="sidebar-toggle"]').click();
    await expect.poll(async () => (await sidebar.boundingBox())!.x).toBe(0);
    expect(await page.locator('[data-testid="sidebar-toggle"]').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => {
        const box = (await sidebar.boundingBox())!;
        return box.x + box.width;
      })
      .toBeLessThanOrEqual(0);

    // Tap the hub on the canvas.
    await atRest(page);
    const at = await page.evaluate((key) => {
      const r = window.__kgView!.renderer!;
      const a = r.getGraph().getNodeAttributes(key);
      const p = r.graphToViewport({ x: a.x as number, y: a.y as number });
      const box = r.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, HUB);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => page.evaluate(() => window.__kgView!.state.selection?.key ?? null)).toBe(HUB);
    const sheet = (await page.locator('[data-testid="details"]').boundingBox())!;
    expect(sheet.width).toBeGreaterThanOrEqual(380);
    expect(sheet.y).toBeGreaterThan(300);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(845);
    // The graph did not shrink, and the hub sits above the sheet.
    expect((await page.locator('[data-testid="graph"]').boundingBox())!.height).toBeGreaterThan(600);
    await atRest(page);
    const hub = await page.evaluate((key) => {
      const r = window.__kgView!.renderer!;
      const a = r.getGraph().getNodeAttributes(key);
      const box = r.getContainer().getBoundingClientRect();
      return box.top + r.graphToViewport({ x: a.x as number, y: a.y as number }).y;
    }, HUB);
    expect(hub).toBeLessThan(sheet.y);
    expect(hub).toBeGreaterThan(0);
  });
});

describe('the dark theme', () => {
  it('follows prefers-color-scheme, and the toggle switches it', async () => {
    const page = await open({ colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe('rgb(22, 24, 28)');
    const toggle = page.locator('[data-testid="theme"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
  });
});

describe('camera and keyboard', () => {
  it('zooms, fits and resets from buttons and keys', async () => {
    const page = await open();
    await atRest(page);
    const start = await camera(page);
    await page.locator('[data-testid="zoom-in"]').click();
    await atRest(page);
    expect((await camera(page)).ratio).toBeCloseTo(start.ratio / 1.5, 5);
    await page.locator('[data-testid="zoom-out"]').click();
    await atRest(page);
    expect((await camera(page)).ratio).toBeCloseTo(start.ratio, 5);
    await page.locator('[data-testid="zoom-reset"]').click();
    await atRest(page);
    expect(await camera(page)).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
    // Fitting waits for the next render, then animates: poll.
    await page.locator('[data-testid="zoom-fit"]').click();
    await expect.poll(async () => Math.abs((await camera(page)).ratio - start.ratio)).toBeLessThan(1e-5);
    // From the focused graph: + zooms in, an arrow pans, 0 fits.
    await page.locator('[data-testid="graph"]').focus();
    await page.keyboard.press('+');
    await atRest(page);
    expect((await camera(page)).ratio).toBeLessThan(start.ratio);
    await page.keyboard.press('ArrowRight');
    await atRest(page);
    expect((await camera(page)).x).toBeGreaterThan(start.x);
    await page.keyboard.press('0');
    await expect.poll(async () => Math.abs((await camera(page)).ratio - start.ratio)).toBeLessThan(1e-5);
  });

  it('closes the panel with Escape', async () => {
    const page = await open({}, `node=${encodeURIComponent(HUB)}`);
    expect(await page.locator('[data-testid="details"]').isVisible()).toBe(true);
    await page.locator('body').press('Escape');
    await expect.poll(() => page.evaluate(() => window.__kgView!.state.selection)).toBeNull();
    expect(await page.locator('[data-testid="details"]').isVisible()).toBe(false);
  });

  it('reaches "Open file" and the graph with Tab', async () => {
    const page = await open();
    const reached = new Set<string>();
    for (let i = 0; i < 80 && !reached.has('graph'); i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id) reached.add(id);
    }
    for (const id of [
      'search',
      'layout',
      'file-open',
      'paste-open',
      'export-png',
      'theme',
      'unconnected',
      'graph',
    ])
      expect(reached).toContain(id);
  });
});
