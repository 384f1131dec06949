/**
 * The package in a page: kg-builder/extract bundled by vite, run in headless Chromium
 *
 * A page of a user's project imports `kg-builder` and `kg-builder/extract` by package name from
 * the packed tarball (installed without dev dependencies, tests/cli/packed.ts), vite bundles it,
 * and Chromium runs it: the sample article becomes a graph in the browser and Khamenei's
 * neighbours show on the page. The bundle stays under its size budget.
 */

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, scratch } from '../cli/helpers.ts';
import { installPacked } from '../cli/packed.ts';
import { CHROMIUM_ARGS } from './browser.ts';
import { findChromium } from './chromium.ts';

const { dir, cleanup } = scratch();
let server: Server | undefined;
afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  cleanup();
});

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MAIN = `
import { neighbors } from 'kg-builder';
import { buildGraph } from 'kg-builder/extract';

const text = document.getElementById('text').textContent;
const graph = buildGraph([{ id: 'sample', text }]);
document.getElementById('out').textContent = neighbors(graph, 'Khamenei')
  .map((n) => n.relation + ' ' + n.label)
  .join('\\n');
`;

let page = '';
let bundleBytes = 0;

beforeAll(async () => {
  const { app } = installPacked(dir);
  page = join(app, 'page');
  mkdirSync(page);
  writeFileSync(join(page, 'main.js'), MAIN);
  writeFileSync(
    join(page, 'index.html'),
    `<!doctype html><meta charset="utf-8"><pre id="text">${escapeHtml(readFileSync(SAMPLE, 'utf8'))}</pre>` +
      '<pre id="out"></pre><script type="module" src="./main.js"></script>',
  );
  const { build } = await import('vite');
  await build({ root: page, base: './', configFile: false, logLevel: 'silent', build: { outDir: 'dist' } });
  const assets = join(page, 'dist', 'assets');
  bundleBytes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  server = createServer((req, res) => {
    const path = req.url === '/' ? '/index.html' : (req.url ?? '/');
    try {
      const body = readFileSync(join(page, 'dist', path));
      res.writeHead(200, { 'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
}, 180_000);

describe('kg-builder/extract in a vite-built page', () => {
  it('extracts the sample article in Chromium and lists Khamenei’s neighbours', async () => {
    const found = await findChromium();
    const browser = await chromium.launch({
      executablePath: found.executablePath,
      env: found.env,
      args: CHROMIUM_ARGS,
    });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      const { port } = server!.address() as AddressInfo;
      await tab.goto(`http://127.0.0.1:${port}/`);
      await tab.waitForFunction(() => (document.getElementById('out')?.textContent ?? '') !== '', null, {
        timeout: 60_000,
      });
      const out = await tab.locator('#out').textContent();
      expect(errors).toEqual([]);
      expect(out?.split('\n')).toContain('met_with Mustafa al-Kazemi');
      expect(out?.split('\n')).toContain('accused United States');
    } finally {
      await browser.close();
    }
  });

  it("bundles into less than 8.6 MB of JavaScript (most of it the three models' weights)", () => {
    expect(bundleBytes).toBeGreaterThan(10_000);
    expect(bundleBytes).toBeLessThan(8_600_000);
  });
});
