/**
 * Overlap removal
 *
 * After ForceAtlas2, graphology-layout-noverlap pushes apart the discs that still overlap, at every
 * graph size, in its web worker. The stock supervisor writes every iteration into the graph (each
 * write makes sigma re-process the whole graph); this one keeps the worker's matrix and writes the
 * positions once, when the layout converged or after MAX_NOVERLAP_ITERATIONS, so the page stays
 * responsive. Node sizes are given in pixels and converted to graph units from the drawing's extent
 * and the viewport, so "no overlap" means no overlap on screen at the fitted zoom.
 */

import type Graph from 'graphology';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';

/**
 * Iterations after which the positions are taken as they are: 400 on small graphs (noverlap
 * converges well before), fewer as graphs grow (an iteration visits every node: on ~9,000 entities
 * one took 100–150 ms in headless Chromium), never fewer than 20.
 */
export function noverlapIterations(order: number): number {
  return Math.max(20, Math.min(400, Math.round(400_000 / Math.max(1, order))));
}
/** Attributes per node in noverlap's matrix (x, y, size), graphology-layout-noverlap 0.4. */
const PPN = 3;

interface NoverlapInternals {
  running: boolean;
  matrices: { nodes: Float32Array } | null;
  askForIterations(): unknown;
}

export interface NoverlapOptions {
  /** Node radius in pixels; 0 for a hidden node (it then makes room for nothing). */
  sizeOf: (node: string) => number;
  /** Viewport size in pixels. */
  viewport: { width: number; height: number };
  /** Called once, after the positions were written into the graph. */
  onDone: () => void;
}

class OnceSupervisor extends NoverlapLayoutSupervisor {
  iterations = 0;
  private readonly maxIterations: number;
  private readonly target: Graph;
  private readonly done: () => void;

  constructor(
    graph: Graph,
    params: ConstructorParameters<typeof NoverlapLayoutSupervisor>[1],
    done: () => void,
  ) {
    super(graph, params);
    this.maxIterations = noverlapIterations(graph.order);
    this.target = graph;
    this.done = done;
  }

  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer; result: { converged: boolean } }>): void {
    const self = this as unknown as NoverlapInternals;
    if (!self.running || !self.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    self.matrices.nodes = matrix;
    this.iterations++;
    if (!event.data.result.converged && this.iterations < this.maxIterations) {
      self.askForIterations();
      return;
    }
    this.stop();
    let i = 0;
    this.target.updateEachNodeAttributes(
      (_n, a) => {
        a.x = matrix[i];
        a.y = matrix[i + 1];
        i += PPN;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
    this.done();
  }
}

/** Extent of the drawing (the larger side of its bounding box), in graph units. */
export function graphExtent(graph: Graph): number {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_n, a) => {
    const x = a.x as number;
    const y = a.y as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  return Math.max(1e-9, maxX - minX, maxY - minY);
}

/** Starts overlap removal; returns its handle (stop, kill, isRunning). */
export function startNoverlap(graph: Graph, options: NoverlapOptions): NoverlapLayoutSupervisor {
  const unitsPerPixel =
    graphExtent(graph) / Math.max(1, Math.min(options.viewport.width, options.viewport.height));
  const supervisor = new OnceSupervisor(
    graph,
    {
      inputReducer: (key, attrs) => ({ x: attrs.x, y: attrs.y, size: options.sizeOf(key) * unitsPerPixel }),
      settings: { margin: 2 * unitsPerPixel, ratio: 1, expansion: 1.1, gridSize: 20, speed: 3 },
    },
    options.onDone,
  );
  supervisor.start();
  return supervisor;
}
