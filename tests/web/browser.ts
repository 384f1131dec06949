/**
 * Browser test helpers
 *
 * Starts the built web view with serveView and a headless Chromium through playwright-core (found by
 * ./chromium.ts: CHROMIUM_PATH, Debian's, or the one inside an npm package; never `playwright
 * install`), collects page errors, and checks that a screenshot is not blank.
 * Shared by the e2e tests, the screenshot script and the benchmark.
 */

import { inflateSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type ServeOptions, serveView, type ViewServer } from '../../src/server/serve.ts';
import { findChromium } from './chromium.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  server: ViewServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(options: ServeOptions = {}): Promise<Session> {
  const server = await serveView({ port: 0, ...options });
  const found = await findChromium();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    env: found.env,
    args: CHROMIUM_ARGS,
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the page, recording page errors and console errors in `errors`. */
export async function openPage(
  session: Session,
  errors: string[],
  hash = '',
  { viewport = { width: 1280, height: 800 }, settle = false } = {},
): Promise<Page> {
  const page = await session.browser.newPage({ viewport, acceptDownloads: true });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(session.server.url + (hash ? `#${hash}` : ''));
  await waitForGraph(page, undefined, settle);
  return page;
}

/**
 * Waits until a graph (named `name`, when given) is shown. With `settle`, also waits until the
 * layout stopped by itself; without, stops it with the layout button to save time.
 */
export async function waitForGraph(page: Page, name?: string, settle = false): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const loaded = document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.loaded;
      return !!loaded && (expected === null || loaded === expected);
    },
    name ?? null,
    { timeout: 30_000 },
  );
  const layout = page.locator('[data-testid="layout"]');
  if (!settle && (await layout.getAttribute('data-running')) === 'true') await layout.click();
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="layout"]')?.dataset.running === 'false',
    null,
    { timeout: 30_000 },
  );
}

/** Share of pixels in a PNG that differ from its first pixel (0 = blank). Handles 8-bit RGB(A) PNGs. */
export function nonBlankRatio(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colorType = png[25];
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (png[24] !== 8 || channels === 0) throw new Error(`nonBlankRatio: unsupported PNG (type ${colorType})`);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
      const value = line[x]!;
      let out: number;
      if (filter === 0) out = value;
      else if (filter === 1) out = value + left;
      else if (filter === 2) out = value + up;
      else if (filter === 3) out = value + ((left + up) >> 1);
      else {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        out = value + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      pixels[y * stride + x] = out & 0xff;
    }
  }
  let different = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) different++;
  }
  return different / (width * height);
}
