/**
 * Layout
 *
 * Seeds positions deterministically (nodes on a circle in key order, with a small jitter from a
 * seeded PRNG so ForceAtlas2 has no symmetry to get stuck in), then runs ForceAtlas2 in a web worker
 * through graphology-layout-forceatlas2's supervisor. The supervisor never stops on its own, so this
 * controller samples positions a few times a second and stops when nodes barely move any more
 * (or after a time budget that grows with the graph).
 */

import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';

/** mulberry32: a tiny seeded PRNG, so the same graph always starts from the same positions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Gives every node without numeric `x` / `y` a position on a circle (in sorted key order) plus jitter.
 * Returns true when it placed any node. Positions are layout output, the one thing the view writes
 * into the graph, as the architecture allows.
 */
export function seedPositions(graph: Graph, seed = 42): boolean {
  const missing = graph.filterNodes(
    (_n, a) => typeof a.x !== 'number' || typeof a.y !== 'number' || Number.isNaN(a.x),
  );
  if (missing.length === 0) return false;
  missing.sort();
  const random = seededRandom(seed);
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  missing.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / missing.length;
    graph.mergeNodeAttributes(node, {
      x: radius * Math.cos(angle) + (random() - 0.5) * radius * 0.2,
      y: radius * Math.sin(angle) + (random() - 0.5) * radius * 0.2,
    });
  });
  return true;
}

/** Shortest run, so a layout never stops before it visibly started. */
export const MIN_RUN_MS = 1_000;
/** Average motion per sample, relative to the drawing's width, under which the layout counts as settled. */
export const SETTLED_RATIO = 0.005;

/** From this many nodes, the layout asks the worker for at most one iteration per animation frame. */
export const THROTTLE_FROM = 1_000;

/**
 * The supervisor asks its worker for the next iteration as soon as one arrives, and each arrival
 * makes sigma re-run the node reducer over the whole graph; on a large graph that keeps the main
 * thread busy and the page (even the Stop button) unresponsive. Asking again only on the next
 * animation frame caps the rate at the display's. `askForIterations` is the supervisor's internal
 * method (graphology-layout-forceatlas2 0.10): the first call, with the edges, is left as is.
 */
function throttleToFrames(supervisor: FA2LayoutSupervisor): void {
  const internal = supervisor as unknown as { askForIterations(withEdges?: boolean): unknown };
  const ask = internal.askForIterations.bind(supervisor);
  internal.askForIterations = (withEdges?: boolean) => {
    if (withEdges) return ask(true);
    requestAnimationFrame(() => {
      if (supervisor.isRunning()) ask(false);
    });
    return supervisor;
  };
}

export interface LayoutOptions {
  /** Called when the layout starts or stops. */
  onChange?: (running: boolean) => void;
  /** Sampling period of the settle check, in ms. @default 250 */
  sampleMs?: number;
}

export class LayoutController {
  private readonly graph: Graph;
  private readonly supervisor: FA2LayoutSupervisor;
  private readonly onChange: (running: boolean) => void;
  private readonly sampleMs: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private previous: Float64Array;
  private startedAt = 0;
  private calm = 0;
  private movedOnce = false;

  constructor(graph: Graph, options: LayoutOptions = {}) {
    this.graph = graph;
    this.onChange = options.onChange ?? (() => {});
    this.sampleMs = options.sampleMs ?? 250;
    // Stronger gravity than inferSettings' 0.05 keeps the many unconnected entities of a news graph
    // near the centre instead of on a far ring; sizes matter (no overlaps) while the graph is small.
    const settings = { ...forceAtlas2.inferSettings(graph), gravity: 0.5, adjustSizes: graph.order < 1_000 };
    this.supervisor = new FA2LayoutSupervisor(graph, { settings });
    if (graph.order >= THROTTLE_FROM) throttleToFrames(this.supervisor);
    this.previous = new Float64Array(graph.order * 2);
  }

  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  start(): void {
    if (this.isRunning() || this.graph.order < 2) return;
    this.supervisor.start();
    this.startedAt = performance.now();
    this.calm = 0;
    this.movedOnce = false;
    this.snapshot();
    this.timer = setInterval(() => this.check(), this.sampleMs);
    this.onChange(true);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (!this.isRunning()) return;
    this.supervisor.stop();
    this.onChange(false);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    this.stop();
    this.supervisor.kill();
  }

  /** Longest run allowed: 4 s for a small graph, up to 20 s for a large one. */
  private budgetMs(): number {
    return Math.min(20_000, 4_000 + this.graph.order * 2);
  }

  private snapshot(): { moved: number; extent: number } {
    if (this.previous.length !== this.graph.order * 2) this.previous = new Float64Array(this.graph.order * 2);
    const prev = this.previous;
    let i = 0;
    let moved = 0;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    this.graph.forEachNode((_n, a) => {
      const x = a.x as number;
      const y = a.y as number;
      moved += Math.abs(x - (prev[i] ?? 0)) + Math.abs(y - (prev[i + 1] ?? 0));
      prev[i] = x;
      prev[i + 1] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      i += 2;
    });
    return { moved: moved / Math.max(1, this.graph.order), extent: Math.max(1e-9, maxX - minX) };
  }

  private check(): void {
    const { moved, extent } = this.snapshot();
    // The worker takes a moment to start: nothing counts as settled before something has moved.
    // Settled: the average node moved less than 0.5% of the drawing's width per sample, twice running
    // (ForceAtlas2 keeps jittering a little for ever, so "no motion" never comes).
    if (moved > 0) this.movedOnce = true;
    this.calm = this.movedOnce && moved / extent < SETTLED_RATIO ? this.calm + 1 : 0;
    const elapsed = performance.now() - this.startedAt;
    if ((this.calm >= 2 && elapsed > MIN_RUN_MS) || elapsed > this.budgetMs()) this.stop();
  }
}
