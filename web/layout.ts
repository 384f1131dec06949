/**
 * Layout
 *
 * Seeds positions deterministically (nodes in a seeded shuffled order at random places in a disc: in
 * key order on a circle, the kinds, whose keys share a prefix, started as pie slices and stayed so),
 * then runs ForceAtlas2 in a web worker
 * through graphology-layout-forceatlas2's supervisor. The supervisor never stops on its own, so this
 * controller samples positions a few times a second and stops when nodes barely move any more
 * (or after a time budget that grows with the graph). Small graphs move on every iteration; from
 * BATCH_FROM nodes the worker iterates freely and its positions are drawn in batches, at most every
 * BATCH_MIN_MS and never more than a 1/BATCH_DUTY share of the main thread, so the page (and Stop)
 * stays responsive while the layout runs. When ForceAtlas2 settles by itself, noverlap (noverlap.ts)
 * removes the overlaps that remain, still inside the same "running" phase.
 */

import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import { seededRandom } from '../graph/random.ts';
import { startNoverlap } from './noverlap.ts';

/**
 * Gives every node without numeric `x` / `y` a random position in a disc, in a seeded shuffled order
 * (the same graph always starts the same way). Returns true when it placed any node. Positions are layout output, the one thing the view writes
 * into the graph, as the architecture allows.
 */
export function seedPositions(graph: Graph, seed = 42): boolean {
  const missing = graph.filterNodes(
    (_n, a) => typeof a.x !== 'number' || typeof a.y !== 'number' || Number.isNaN(a.x),
  );
  if (missing.length === 0) return false;
  missing.sort();
  const random = seededRandom(seed);
  for (let i = missing.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [missing[i], missing[j]] = [missing[j] as string, missing[i] as string];
  }
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  for (const node of missing) {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  return true;
}

/** Shortest run, so a layout never stops before it visibly started. */
export const MIN_RUN_MS = 1_000;
/** Average motion per sample, relative to the drawing's width, under which the layout counts as settled. */
export const SETTLED_RATIO = 0.005;

/**
 * From this many nodes, the layout's positions reach the graph in batches (see BatchedSupervisor),
 * not on every iteration.
 */
export const BATCH_FROM = 1_000;
/** Shortest interval between two batched position updates, in ms. */
export const BATCH_MIN_MS = 250;
/**
 * A batched update costs one re-indexing render of the whole graph (sigma re-processes every node
 * and edge to move them); the next one waits at least this many times as long, so position updates
 * take at most a fifth of the main thread whatever the graph's size or the machine's speed.
 */
export const BATCH_DUTY = 5;
/**
 * From this many nodes, nothing is drawn while the layout runs: the worker's positions are applied
 * once, when it stops (settled, out of time, or Stop), and the layout reports its progress instead.
 * Measured in headless Chromium (software WebGL, 2 busy cores) at 5,000 nodes: each intermediate
 * redraw cost 50–80 ms of JavaScript but blocked the main thread 0.5–1.5 s while the worker ran, so
 * a click on Stop waited that long; without redraws the main thread stays idle.
 */
export const DRAW_AT_END_FROM = 2_000;

/** Attributes per node in the supervisor's node matrix (x, y, dx, dy, …), graphology-layout-forceatlas2 0.10. */
const PPN = 10;

/** The supervisor's internals this module relies on (graphology-layout-forceatlas2 0.10). */
interface SupervisorInternals {
  running: boolean;
  matrices: { nodes: Float32Array } | null;
  askForIterations(withEdges?: boolean): unknown;
}

/**
 * The stock supervisor writes every iteration into the graph with `updateEachNodeAttributes`, and
 * sigma answers each such event by running the node reducer over the whole graph (twice) and
 * re-processing every node and edge: on 5,000 nodes that kept the main thread busy for seconds
 * and a click on Stop waited as long. This one only copies the worker's positions into a buffer
 * and asks for the next iteration at once (the worker runs on its own thread); the controller
 * writes the latest positions into the graph at a bounded rate (`LayoutController.flush`).
 * It overrides `handleMessage`, which the base constructor binds and registers with the worker.
 */
class BatchedSupervisor extends FA2LayoutSupervisor {
  /** Latest x, y per node in graph order; `fresh` tells whether it changed since the last flush. */
  positions: Float64Array;
  fresh = false;
  iterations = 0;

  constructor(graph: Graph, params: ConstructorParameters<typeof FA2LayoutSupervisor>[1]) {
    super(graph, params);
    this.positions = new Float64Array(graph.order * 2);
  }

  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const self = this as unknown as SupervisorInternals;
    if (!self.running || !self.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    // Sized on first use: the base constructor spawns the worker before this constructor's body runs.
    const n = matrix.length / PPN;
    if (this.positions?.length !== n * 2) this.positions = new Float64Array(n * 2);
    const out = this.positions;
    for (let i = 0, j = 0; i < n; i++, j += PPN) {
      out[2 * i] = matrix[j] as number;
      out[2 * i + 1] = matrix[j + 1] as number;
    }
    this.fresh = true;
    this.iterations++;
    self.matrices.nodes = matrix;
    self.askForIterations();
  }
}

export interface LayoutOptions {
  /** Called when the layout starts or stops. */
  onChange?: (running: boolean) => void;
  /** Sampling period of the settle check, in ms. @default 250 */
  sampleMs?: number;
  /**
   * Graphs from BATCH_FROM nodes: called after a batch of positions was written into the graph's
   * `x` / `y` attributes in place, without a graph event; it must redraw them (sigma: a refresh that
   * re-indexes but runs no reducer). Without it, batches are written with `updateEachNodeAttributes`.
   */
  onPositions?: () => void;
  /** Graphs from DRAW_AT_END_FROM nodes: the worker's iteration count, a few times a second. */
  onProgress?: (iterations: number) => void;
  /**
   * Node radius in pixels and the viewport's size: given, overlaps are removed (noverlap) after
   * ForceAtlas2 settles by itself; its positions are written with `updateEachNodeAttributes`.
   */
  noverlap?: { sizeOf: (node: string) => number; viewport: () => { width: number; height: number } };
  /** Called when the whole layout (ForceAtlas2, then noverlap) finished by itself. */
  onSettled?: () => void;
}

export class LayoutController {
  private readonly graph: Graph;
  private readonly supervisor: FA2LayoutSupervisor;
  private readonly batched: BatchedSupervisor | null;
  private readonly onChange: (running: boolean) => void;
  private readonly onPositions: (() => void) | null;
  private readonly onProgress: (iterations: number) => void;
  private readonly noverlapOptions: LayoutOptions['noverlap'] | null;
  private readonly onSettled: () => void;
  private overlap: NoverlapLayoutSupervisor | null = null;
  /** How many times overlap removal ran to its end (for tests). */
  overlapsRemoved = 0;
  /** Draw only when the layout stops (DRAW_AT_END_FROM). */
  private readonly drawAtEnd: boolean;
  private readonly sampleMs: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private frame: number | null = null;
  private nextFlushAt = 0;
  /** Cost of the last batched update (write and redraw), in ms. */
  private lastFlushMs = 0;
  private previous: Float64Array;
  private startedAt = 0;
  private calm = 0;
  private movedOnce = false;

  constructor(graph: Graph, options: LayoutOptions = {}) {
    this.graph = graph;
    this.onChange = options.onChange ?? (() => {});
    this.onPositions = options.onPositions ?? null;
    this.onProgress = options.onProgress ?? (() => {});
    this.noverlapOptions = options.noverlap ?? null;
    this.onSettled = options.onSettled ?? (() => {});
    this.drawAtEnd = graph.order >= DRAW_AT_END_FROM;
    this.sampleMs = options.sampleMs ?? 250;
    // Stronger gravity than inferSettings' 0.05 keeps the many unconnected entities of a news graph
    // near the centre instead of on a far ring; sizes matter (no overlaps) while the graph is small.
    const settings = { ...forceAtlas2.inferSettings(graph), gravity: 0.5, adjustSizes: graph.order < 1_000 };
    this.batched = graph.order >= BATCH_FROM ? new BatchedSupervisor(graph, { settings }) : null;
    this.supervisor = this.batched ?? new FA2LayoutSupervisor(graph, { settings });
    this.previous = new Float64Array(graph.order * 2);
  }

  isRunning(): boolean {
    return this.supervisor.isRunning() || this.overlap !== null;
  }

  /** Whether the overlap-removal phase runs. */
  removingOverlaps(): boolean {
    return this.overlap !== null;
  }

  start(): void {
    if (this.isRunning() || this.graph.order < 2) return;
    this.supervisor.start();
    this.startedAt = performance.now();
    this.calm = 0;
    this.movedOnce = false;
    this.snapshot();
    this.timer = setInterval(() => this.check(), this.sampleMs);
    if (this.batched) {
      this.batched.fresh = false;
      this.nextFlushAt = 0;
      this.frame = requestAnimationFrame(this.tick);
    }
    this.onChange(true);
  }

  /** Positions computed by the worker so far (batched mode), for tests and the benchmark. */
  iterations(): number {
    return this.batched?.iterations ?? 0;
  }

  /**
   * Stops at once: no position reaches the graph after this call. `settled`: ForceAtlas2 finished by
   * itself, so overlap removal follows (when configured) before the layout reads as stopped.
   */
  stop(settled = false): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    if (this.overlap) {
      this.overlap.kill();
      this.overlap = null;
      this.onChange(false);
      return;
    }
    if (!this.supervisor.isRunning()) return;
    this.supervisor.stop();
    const overlap = settled ? this.noverlapOptions : null;
    if (!overlap) this.onChange(false);
    // The positions computed so far, drawn once (the only draw on a DRAW_AT_END_FROM graph).
    if (this.batched?.fresh) this.flush();
    if (!overlap) {
      if (settled) this.onSettled();
      return;
    }
    this.overlap = startNoverlap(this.graph, {
      sizeOf: overlap.sizeOf,
      viewport: overlap.viewport(),
      onDone: () => {
        this.overlapsRemoved++;
        this.overlap?.kill();
        this.overlap = null;
        this.onChange(false);
        this.onSettled();
      },
    });
    this.onChange(true);
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  kill(): void {
    this.stop();
    this.supervisor.kill();
  }

  /** Each animation frame while running (batched mode): flushes positions when the last flush is old enough. */
  private readonly tick = (now: number): void => {
    this.frame = null;
    if (!this.isRunning()) return;
    if (now >= this.nextFlushAt && this.drawAtEnd) {
      this.nextFlushAt = now + BATCH_MIN_MS;
      this.onProgress(this.iterations());
    } else if (now >= this.nextFlushAt && this.batched?.fresh) {
      const t = performance.now();
      this.flush();
      this.lastFlushMs = performance.now() - t;
      this.nextFlushAt = t + Math.max(BATCH_MIN_MS, BATCH_DUTY * this.lastFlushMs);
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  /** Writes the worker's latest positions into the graph and has them redrawn. */
  private flush(): void {
    const batched = this.batched;
    if (!batched) return;
    batched.fresh = false;
    const pos = batched.positions;
    if (pos.length !== this.graph.order * 2) return;
    let i = 0;
    if (this.onPositions) {
      // In place: the attributes object graphology hands to forEachNode is the node's own.
      this.graph.forEachNode((_n, a) => {
        a.x = pos[i];
        a.y = pos[i + 1];
        i += 2;
      });
      this.onPositions();
    } else {
      this.graph.updateEachNodeAttributes(
        (_n, a) => {
          a.x = pos[i];
          a.y = pos[i + 1];
          i += 2;
          return a;
        },
        { attributes: ['x', 'y'] },
      );
    }
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
    const visit = (x: number, y: number) => {
      moved += Math.abs(x - (prev[i] ?? 0)) + Math.abs(y - (prev[i + 1] ?? 0));
      prev[i] = x;
      prev[i + 1] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      i += 2;
    };
    // Batched: the worker's latest positions, which reach the graph only now and then.
    const pos = this.batched?.positions;
    if (pos && this.batched?.iterations && pos.length === prev.length) {
      for (let j = 0; j < pos.length; j += 2) visit(pos[j] as number, pos[j + 1] as number);
    } else this.graph.forEachNode((_n, a) => visit(a.x as number, a.y as number));
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
    if ((this.calm >= 2 && elapsed > MIN_RUN_MS) || elapsed > this.budgetMs()) this.stop(true);
  }
}
