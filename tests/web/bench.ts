/**
 * Web view benchmark (run by scripts/bench-web.ts)
 *
 * Generates random knowledge graphs (default 1,000 / 5,000 / 10,000 entities with four relations
 * each, so 5,000 nodes come with 20,000 edges), serves each with serveView, opens it in headless
 * Chromium and prints: time from navigation to sigma's first frame, the cost of one view-state
 * change (reducers over every node and edge), and sigma's own render time per frame (its
 * beforeRender / afterRender events) while the camera is dragged and zoomed. Headless Chromium draws
 * with SwiftShader (software WebGL), so frame intervals say little about a user's GPU; the render
 * time is what the JavaScript side costs.
 *
 *   npx tsx scripts/bench-web.ts [--quick] [brown] [nodes...]   e.g. npx tsx scripts/bench-web.ts brown 10000 50000
 *
 * `brown`: also the Brown corpus graph (built by the extraction pipeline, cached in the temporary
 * folder). Every graph is also opened in plain sigma (web/plain.html) and the view's first frame and
 * render time per frame are printed beside plain sigma's, with their ratio (bench-plain.ts).
 *
 * --quick runs the 5,000-entity graph only. For each size it also starts ForceAtlas2 with the
 * layout button and reports the main thread's responsiveness while the layout runs (longest task,
 * frame intervals) and how fast a click on Stop is handled and takes effect.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { graphToJSON } from '../../graph/index.ts';
import { RELATION_TYPES, RELATIONS } from '../../graph/relations.ts';
import { ENTITY_KINDS, type KnowledgeGraph } from '../../graph/types.ts';
import { brownGraph, measurePage } from './bench-plain.ts';
import { startSession, waitForGraph } from './browser.ts';

const EDGES_PER_NODE = 4;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random graph with the project's attributes; endpoints skewed so a few hubs exist, like news. */
export function generateGraph(order: number, size = order * EDGES_PER_NODE, seed = 1): KnowledgeGraph {
  const rnd = random(seed);
  const g: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  g.replaceAttributes({ schema: 'kg/1', documents: [{ id: 'bench' }], createdBy: 'bench-web' });
  const keys: string[] = [];
  for (let i = 0; i < order; i++) {
    const kind = ENTITY_KINDS[Math.floor(rnd() * ENTITY_KINDS.length)]!;
    const label = `Entity ${i}`;
    const key = `${kind}/entity-${i}`;
    keys.push(key);
    g.addNode(key, {
      label,
      kind,
      aliases: [label, `E${i}`],
      titles: [],
      mentions: 1 + Math.floor(20 * rnd() ** 4),
      docs: ['bench'],
      // Positions as a finished layout would leave them (a disc), so the page does not start
      // ForceAtlas2 and panning measures rendering alone.
      x: Math.sqrt(rnd()) * Math.cos(i),
      y: Math.sqrt(rnd()) * Math.sin(i),
    });
  }
  const pick = () => keys[Math.floor(order * rnd() ** 2)]!;
  while (g.size < size) {
    const relation = RELATION_TYPES[Math.floor(rnd() * RELATION_TYPES.length)]!;
    const source = pick();
    const target = keys[Math.floor(rnd() * order)]!;
    if (source === target) continue;
    const symmetric = RELATIONS[relation].symmetric;
    const [a, b] = symmetric && target < source ? [target, source] : [source, target];
    const key = symmetric ? `${relation}:${a}--${b}` : `${relation}:${a}->${b}`;
    if (g.hasEdge(key)) continue;
    const sentence = `${a} ${RELATIONS[relation].label} ${b}.`;
    const attrs = {
      relation,
      label: RELATIONS[relation].label,
      weight: 1,
      evidence: [
        {
          docId: 'bench',
          sentence,
          start: 0,
          end: sentence.length,
          trigger: RELATIONS[relation].label,
          triggerSpan: [a.length + 1, a.length + 1 + RELATIONS[relation].label.length] as [number, number],
          sourceSpan: [0, a.length] as [number, number],
          targetSpan: [sentence.length - 1 - b.length, sentence.length - 1] as [number, number],
        },
      ],
    };
    if (symmetric) g.addUndirectedEdgeWithKey(key, a, b, attrs);
    else g.addDirectedEdgeWithKey(key, a, b, attrs);
  }
  return g;
}

function stats(values: number[]) {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function benchOne(graph: KnowledgeGraph, name: string, dir: string): Promise<void> {
  const file = join(dir, `bench-${name}.json`);
  await writeFile(file, graphToJSON(graph));
  const session = await startSession({ graphFile: file });
  try {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.server.url);
    await page.waitForFunction(
      () => !!document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.loaded,
      null,
      {
        timeout: 120_000,
      },
    );
    const firstFrame = await page.evaluate(
      () => performance.getEntriesByName('kg:first-frame')[0]?.startTime ?? Number.NaN,
    );
    const showStart = await page.evaluate(
      () => performance.getEntriesByName('kg:show')[0]?.startTime ?? Number.NaN,
    );
    const show = firstFrame - showStart;
    const parse = await page.evaluate(
      () => performance.getEntriesByName('kg:parse')[0]?.duration ?? Number.NaN,
    );
    await waitForGraph(page, undefined, false);

    // One view-state change = reducers over every node and edge, re-indexing, then a render.
    const refresh = await page.evaluate(() => {
      const r = window.__kgView!.renderer!;
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        r.refresh({ skipIndexation: true });
        times.push(performance.now() - t);
      }
      return times;
    });

    // A hover on a large graph: a partial refresh of the hub's neighbourhood (see changedItems).
    const hover = await page.evaluate(() => {
      const r = window.__kgView!.renderer!;
      const g = r.getGraph();
      let hub = '';
      let degree = -1;
      g.forEachNode((n) => {
        if (g.degree(n) > degree) {
          degree = g.degree(n);
          hub = n;
        }
      });
      const nodes = [hub, ...g.neighbors(hub)];
      const edges = g.edges(hub);
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        r.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
        times.push(performance.now() - t);
      }
      return { times, degree };
    });

    // A string, not a function: tsx would wrap the inner named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__renders = [];
      window.__processed = [];
      window.__frames = [];
      const r = window.__kgView.renderer;
      let start = 0;
      let processes = false;
      r.on('beforeRender', () => { start = performance.now(); processes = r.needToProcess; });
      // Frames that only redraw (panning, zooming) apart from frames that first re-index the graph
      // (after a view-state change).
      r.on('afterRender', () => (processes ? window.__processed : window.__renders).push(performance.now() - start));
      let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const box = (await page.locator('[data-testid="graph"]').boundingBox())!;
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
    const layout = await measureLayout(page);
    const { renders, processed, frames } = await page.evaluate(() => {
      const w = window as unknown as { __renders: number[]; __processed: number[]; __frames: number[] };
      return { renders: w.__renders, processed: w.__processed, frames: w.__frames.slice(1) };
    });
    const r = stats(renders);
    const p = stats(processed);
    const f = stats(frames);
    const q = stats(refresh);
    const h = stats(hover.times);
    console.log(`${name}:`);
    console.log(
      `${String(graph.order).padStart(6)} nodes ${String(graph.size).padStart(6)} edges | first frame ${ms(firstFrame)} ` +
        `(parse ${ms(parse)}, graph → first frame ${ms(show)}) | full state change ${ms(q.median)}, hover on a hub (degree ${hover.degree}) ${ms(h.median)} | sigma render per frame: ` +
        `median ${ms(r.median)}, p95 ${ms(r.p95)}, max ${ms(r.max)} over ${r.n} frames ` +
        `(+${p.n} re-indexing frames, median ${ms(p.median)}) | ` +
        `frame interval (SwiftShader) median ${ms(f.median)}`,
    );
    console.log(
      `${' '.repeat(26)}while ForceAtlas2 runs (${LAYOUT_RUN_MS / 1000} s): longest task ${ms(layout.longestTask)}, ` +
        `${layout.longTasks} long tasks (${ms(layout.longTaskTotal)} in all), frame interval p95 ${ms(layout.frames.p95)}, max ${ms(layout.frames.max)}, ` +
        `${layout.applies} position updates drawn (median ${ms(layout.applyCost)}) | Stop: click handled after ${ms(layout.clickDelay)}, ` +
        `positions still for good ${ms(layout.stopMs)} after the click (${layout.stopFrames} frames)` +
        `${errors.length ? ` | PAGE ERRORS: ${errors.join('; ')}` : ''}`,
    );
    await page.close();
    // The same graph in plain sigma, and the view again, measured the same way in the same run.
    const base = await measurePage(session, true);
    const view = await measurePage(session, false);
    const vr = stats(view.renders).median;
    const br = stats(base.renders).median;
    console.log(
      `${' '.repeat(26)}vs plain sigma: first frame ${ms(view.firstFrame)} vs ${ms(base.firstFrame)} ` +
        `(×${(view.firstFrame / base.firstFrame).toFixed(2)}), render per frame median ${ms(vr)} vs ${ms(br)} ` +
        `(×${(vr / br).toFixed(2)})`,
    );
  } finally {
    await session.close();
  }
}

/** How long the layout runs before the benchmark clicks Stop. */
const LAYOUT_RUN_MS = 4_000;

interface LayoutFigures {
  longestTask: number;
  longTasks: number;
  longTaskTotal: number;
  frames: ReturnType<typeof stats>;
  applies: number;
  applyCost: number;
  clickDelay: number;
  stopMs: number;
  stopFrames: number;
}

/**
 * Main-thread responsiveness while ForceAtlas2 runs: clicks Start, records long tasks (a
 * PerformanceObserver for 'longtask'), animation-frame intervals and sigma's re-indexing renders
 * for LAYOUT_RUN_MS, then clicks Stop with the mouse (no actionability wait, which itself needs
 * frames) and reports how long the click waited for the main thread (handler time minus the
 * event's timestamp) and when node positions stopped changing for good.
 */
async function measureLayout(page: import('playwright-core').Page): Promise<LayoutFigures> {
  const button = (await page.locator('[data-testid="layout"]').boundingBox())!;
  const bx = button.x + button.width / 2;
  const by = button.y + button.height / 2;
  await page.evaluate(`(() => {
    const w = window;
    w.__lt = { tasks: [], frames: [], applies: [], moves: [], stamps: [], click: null };
    const lt = w.__lt;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) lt.tasks.push(e.duration); })
      .observe({ type: 'longtask' });
    const r = w.__kgView.renderer;
    const g = r.getGraph();
    const probes = g.nodes().filter((_, i) => i % 97 === 0);
    let start = 0;
    let processes = false;
    r.on('beforeRender', () => { start = performance.now(); processes = r.needToProcess; });
    r.on('afterRender', () => { if (processes) lt.applies.push(performance.now() - start); });
    let last = performance.now();
    let sig = '';
    const tick = (now) => {
      lt.frames.push(now - last);
      if (lt.armed) lt.stamps.push(now);
      last = now;
      let s = '';
      for (const n of probes) { const d = r.getNodeDisplayData(n); s += d ? d.x.toFixed(5) + ',' : ''; }
      if (s !== sig) { lt.moves.push(now); sig = s; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    document.querySelector('[data-testid="layout"]').addEventListener('click', (e) => {
      if (lt.armed) lt.click = { at: e.timeStamp, handled: performance.now() };
    }, { capture: true });
  })()`);
  await page.mouse.click(bx, by);
  await page.waitForTimeout(LAYOUT_RUN_MS);
  const during = (await page.evaluate(`(() => {
    const lt = window.__lt;
    const out = { tasks: lt.tasks.slice(), frames: lt.frames.slice(2), applies: lt.applies.slice(), running: document.querySelector('[data-testid="layout"]').dataset.running };
    lt.armed = true;
    lt.frames = [];
    return out;
  })()`)) as { tasks: number[]; frames: number[]; applies: number[]; running: string };
  if (during.running !== 'true') console.log('  (the layout stopped on its own before Stop was clicked)');
  await page.mouse.click(bx, by);
  await page.waitForTimeout(2_000);
  const after = (await page.evaluate(`(() => {
    const lt = window.__lt;
    return { click: lt.click, moves: lt.moves.slice(), stamps: lt.stamps.slice(), running: document.querySelector('[data-testid="layout"]').dataset.running, now: performance.now() };
  })()`)) as {
    click: { at: number; handled: number } | null;
    moves: number[];
    stamps: number[];
    running: string;
  };
  if (after.running !== 'false') console.log('  (the layout did not stop after the click on Stop)');
  const clickAt = after.click?.at ?? Number.NaN;
  const lastMove = after.moves.filter((t) => t >= clickAt).pop();
  const stopMs = lastMove === undefined ? 0 : lastMove - clickAt;
  const frameStats = stats(during.frames);
  return {
    longestTask: Math.max(0, ...during.tasks),
    longTasks: during.tasks.length,
    longTaskTotal: during.tasks.reduce((a, b) => a + b, 0),
    frames: frameStats,
    applies: during.applies.length,
    applyCost: stats(during.applies).median,
    clickDelay: (after.click?.handled ?? Number.NaN) - clickAt,
    stopMs,
    stopFrames: after.stamps.filter((t) => t > clickAt && lastMove !== undefined && t <= lastMove).length,
  };
}

/** Runs the benchmark for each size (default 1,000, 5,000 and 10,000 entities) and prints a line each. */
export async function benchWeb(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const sizes = args.map(Number).filter((n) => n > 0);
  if (quick && !sizes.length) sizes.push(5_000);
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-web-'));
  try {
    console.log(`web view benchmark (headless Chromium, SwiftShader), ${EDGES_PER_NODE} edges per node`);
    if (args.includes('brown')) {
      console.log('building the Brown corpus graph (cached after the first run)…');
      await benchOne(await brownGraph(), 'Brown corpus graph', dir);
    }
    const defaults = args.includes('brown') ? [] : [1_000, 5_000, 10_000];
    for (const order of sizes.length ? sizes : defaults)
      await benchOne(generateGraph(order), `generated, ${order} entities`, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
