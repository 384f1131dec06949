/**
 * Layout responsiveness, end to end
 *
 * A generated graph of 3,000 entities and 12,000 relations in headless Chromium: Start runs
 * ForceAtlas2 in its worker, the page keeps drawing frames while it runs, and Stop takes effect at
 * once (counted in animation frames, not milliseconds: the CI machine is slow and shared). No page
 * errors.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphToJSON } from '../../graph/index.ts';
import { generateGraph } from './bench.ts';
import { openPage, type Session, startSession } from './browser.ts';

let session: Session;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-layout-e2e-'));
  const file = join(dir, 'generated.json');
  await writeFile(file, graphToJSON(generateGraph(3_000)));
  session = await startSession({ graphFile: file });
}, 60_000);

afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Probe {
  frames: number;
  /** Longest gap between two animation frames while the layout ran, in frames of the idle page. */
  longestGap: number;
  idleFrame: number;
  stop: { frame: number } | null;
  /** Frames (counted from the Stop click) in which a probed node's display position changed. */
  movedAfterStop: number[];
  runningAtFrame: Record<number, boolean>;
}

it('keeps drawing frames while ForceAtlas2 runs on 3,000 nodes, and Stop takes effect within two frames', async () => {
  const errors: string[] = [];
  const page = await openPage(session, errors);
  const button = page.locator('[data-testid="layout"]');
  expect(await button.getAttribute('data-running')).toBe('false');

  // A frame counter that also watches a few nodes' drawn positions and the layout's state.
  await page.evaluate(`(() => {
    const p = { frames: 0, longestGap: 0, idleFrame: 0, stop: null, movedAfterStop: [], runningAtFrame: {}, gaps: [] };
    window.__probe = p;
    const r = window.__kgView.renderer;
    const probes = r.getGraph().nodes().filter((_, i) => i % 50 === 0);
    let last = 0;
    let sig = '';
    const tick = (now) => {
      p.frames++;
      if (last) p.gaps.push(now - last);
      last = now;
      let s = '';
      for (const n of probes) { const d = r.getNodeDisplayData(n); s += d.x + ',' + d.y + ';'; }
      if (p.stop && s !== sig) p.movedAfterStop.push(p.frames - p.stop.frame);
      sig = s;
      if (p.stop) p.runningAtFrame[p.frames - p.stop.frame] = window.__kgView.layout.running;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    document.querySelector('[data-testid="layout"]').addEventListener('click', () => {
      if (window.__kgView.layout.running) p.stop = { frame: p.frames };
    }, { capture: true });
  })()`);
  // The idle page's frame interval, the unit the gaps are counted in.
  await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.frames >= 30);
  await page.evaluate(`(() => {
    const p = window.__probe;
    const sorted = p.gaps.slice().sort((a, b) => a - b);
    p.idleFrame = sorted[Math.floor(sorted.length / 2)];
    p.gaps = [];
  })()`);

  const box = (await button.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  expect(await button.getAttribute('data-running')).toBe('true');
  // Let the worker iterate a while (it must have produced positions) with the page drawing frames.
  await page.waitForFunction(() => (window.__kgView?.layout?.iterations ?? 0) >= 10, null, {
    timeout: 15_000,
  });
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { __probe: Probe & { gaps: number[] } }).__probe;
      return p.gaps.length >= 60;
    },
    null,
    { timeout: 15_000 },
  );
  await page.evaluate(`(() => {
    const p = window.__probe;
    p.longestGap = Math.max(...p.gaps) / p.idleFrame;
  })()`);
  expect(await button.getAttribute('data-running')).toBe('true');

  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => window.__kgView?.layout?.running === false, null, { timeout: 5_000 });
  // A few more frames, to see whether anything still moves.
  await page.waitForFunction(() => {
    const p = (window as unknown as { __probe: Probe }).__probe;
    return p.stop !== null && p.frames - p.stop.frame >= 10;
  });
  const probe = (await page.evaluate('window.__probe')) as Probe;

  // While the layout ran, no frame waited longer than about half a second of the idle page's frames
  // (before batching, each iteration redrew the whole graph and frames waited seconds).
  expect(probe.longestGap).toBeLessThan(30);
  // Stop: the layout reads as stopped at the first frame after the click, and the positions computed
  // so far are drawn at most once, within two frames; nothing moves after that.
  expect(probe.stop).not.toBeNull();
  expect(probe.runningAtFrame[1]).toBe(false);
  expect(probe.movedAfterStop.every((f) => f <= 2)).toBe(true);
  expect(probe.movedAfterStop.length).toBeLessThanOrEqual(1);
  expect(await button.getAttribute('data-running')).toBe('false');
  expect(await button.textContent()).toBe('Start layout');
  await page.close();
  expect(errors).toEqual([]);
}, 60_000);
