/**
 * Expand and hide neighbours, end to end
 *
 * In headless Chromium: `kg view --db pglite:<dir>` (the real CLI, in a child process) over a store
 * built from the store fixtures opens with the top entities; "Expand neighbours" on one fetches its
 * neighbourhood and draws every neighbour the store knows, with the link remembering it. On a graph
 * file, "Hide neighbours" hides an entity's leaf neighbours and "Show neighbours" brings them back,
 * and "Expand neighbours" reveals the relations the evidence filter hid. No page errors.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { egoGraph, graphToJSON, parseGraphJSON } from '../../graph/index.ts';
import { serveView, type ViewServer } from '../../src/server/serve.ts';
import { ROOT, runKg } from '../cli/helpers.ts';
import { CORPORA, ENGINES, type TestStore } from '../store/helpers.ts';
import { CHROMIUM_ARGS, openPage, type Session } from './browser.ts';
import { findChromium } from './chromium.ts';
import { fixtureGraph } from './fixture.ts';

const TOP = 3;
let dir: string;
let store: TestStore;
let child: ChildProcess | null = null;
let browser: Browser;
let fileServer: ViewServer;
let storeSession: Session;
let fileSession: Session;
const errors: string[] = [];

/** Starts `kg view --db` and resolves with the address it prints. */
function startKgView(db: string): Promise<string> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'view', '--db', db, '--top', String(TOP), '--port', '0'],
    { cwd: ROOT },
  );
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stderr.on('data', (c) => {
    stderr += String(c);
  });
  return new Promise<string>((resolve, reject) => {
    proc.stdout.on('data', (c) => {
      stdout += String(c);
      const m = /http:\/\/127\.0\.0\.1:\d+\/\n/.exec(stdout);
      if (m) resolve(m[0].trim());
    });
    proc.on('exit', () => reject(new Error(`kg view --db exited early: ${stderr}`)));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-expand-e2e-'));
  store = await (ENGINES[0] as (typeof ENGINES)[number]).make();
  expect((await runKg(['build', ...CORPORA, '--db', store.db, '-j', '0', '-q'])).code).toBe(0);
  expect((await runKg(['build', ...CORPORA, '-o', join(dir, 'corpus.json'), '-j', '0', '-q'])).code).toBe(0);
  const url = await startKgView(store.db);
  await writeFile(join(dir, 'fixture.json'), graphToJSON(fixtureGraph()));
  fileServer = await serveView({ port: 0, graphFile: join(dir, 'fixture.json') });
  const found = await findChromium();
  browser = await chromium.launch({
    executablePath: found.executablePath,
    env: found.env,
    args: CHROMIUM_ARGS,
  });
  const noClose = async () => {};
  storeSession = { server: { url, close: noClose }, browser, close: noClose };
  fileSession = { server: fileServer, browser, close: noClose };
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await fileServer?.close();
  if (child && child.exitCode === null) {
    const proc = child;
    await new Promise<void>((done) => {
      proc.on('exit', () => done());
      proc.kill('SIGINT');
    });
  }
  await store?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

const shown = (page: Page) =>
  page.evaluate(() => {
    const view = window.__kgView!;
    const r = view.renderer!;
    return view.graph!.nodes().filter((n) => !r.getNodeDisplayData(n)?.hidden);
  });
const order = (page: Page) => page.evaluate(() => window.__kgView!.graph!.order);
const details = (page: Page, id: string) => page.locator(`[data-testid="details"] [data-testid="${id}"]`);

describe('kg view --db', () => {
  it('"Expand neighbours" fetches an entity\'s neighbourhood from the store and draws it', async () => {
    const page = await openPage(storeSession, errors);
    try {
      expect(await order(page)).toBe(TOP);
      const top = await page.locator('[data-testid="top-entity"]').first();
      const key = (await top.getAttribute('data-key')) as string;
      await top.click();
      const full = parseGraphJSON(await readFile(join(dir, 'corpus.json'), 'utf8'));
      const neighbours = egoGraph(full, key, 1).nodes().sort();
      expect(neighbours.length).toBeGreaterThan(TOP);
      await details(page, 'expand-neighbours').click();
      await expect.poll(() => order(page), { timeout: 15_000 }).toBeGreaterThan(TOP);
      const drawn = await shown(page);
      for (const n of neighbours) expect(drawn).toContain(n);
      expect(await page.locator('[data-testid="graph-info"]').textContent()).toContain(
        `${await order(page)} entities`,
      );
      expect(await details(page, 'expand-neighbours').getAttribute('aria-pressed')).toBe('true');
      expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`expand=${key}`);
      // The link restores the expansion: the neighbourhood is fetched again.
      await page.reload();
      await expect.poll(() => order(page), { timeout: 15_000 }).toBeGreaterThan(TOP);
      const again = await shown(page);
      for (const n of neighbours) expect(again).toContain(n);
    } finally {
      await page.close();
    }
  });
});

describe('a graph file', () => {
  const KHORVANI = 'person/ali-khorvani';
  const US = 'place/united-states';
  const KADIRI = 'person/mustafa-al-kadiri';

  it('"Hide neighbours" hides the leaf neighbours, "Show neighbours" brings them back', async () => {
    const page = await openPage(fileSession, errors, `node=${encodeURIComponent(KHORVANI)}`);
    try {
      expect(await shown(page)).toContain(US);
      await details(page, 'hide-neighbours').click();
      await expect.poll(() => shown(page)).not.toContain(US);
      expect(await shown(page)).toContain(KADIRI);
      expect(await page.evaluate(() => [...window.__kgView!.state.collapsed])).toEqual([KHORVANI]);
      await details(page, 'show-neighbours').click();
      await expect.poll(() => shown(page)).toContain(US);
      expect(await details(page, 'hide-neighbours').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('"Expand neighbours" reveals the neighbours the evidence filter hid', async () => {
    const page = await openPage(fileSession, errors, `node=${encodeURIComponent(KHORVANI)}&minEvidence=2`);
    try {
      expect(await shown(page)).not.toContain(US);
      const before = await order(page);
      await details(page, 'expand-neighbours').click();
      await expect.poll(() => shown(page)).toContain(US);
      expect(await shown(page)).toContain(KADIRI);
      // The whole graph is already here: nothing is fetched or added.
      expect(await order(page)).toBe(before);
    } finally {
      await page.close();
    }
  });
});
