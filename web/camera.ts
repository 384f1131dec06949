/**
 * Camera
 *
 * Where the camera goes: fitted to what is visible (after a layout, a filter or a focus change), on a
 * selected entity, which is placed in the middle of the part of the graph the details panel leaves
 * uncovered (right of a desktop panel's edge, above a phone's bottom sheet), and the zoom / fit /
 * reset buttons and keys. The fitting itself is @sigma/utils'; this file only accounts for the panel.
 */

import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** The part of the graph's container, in its own pixels, that no panel covers. */
export interface FreeArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

const ANIMATION_MS = 400;

/** The container's area left uncovered by `panel` (an overlay on its right side or its bottom). */
export function freeArea(container: HTMLElement, panel: HTMLElement | null): FreeArea {
  const box = container.getBoundingClientRect();
  const area = { left: 0, top: 0, width: box.width, height: box.height };
  if (!panel || panel.hidden) return area;
  const p = panel.getBoundingClientRect();
  if (p.width === 0 || p.height === 0) return area;
  // A bottom sheet spans the width; a side panel spans the height.
  if (p.width >= box.width * 0.9 && p.top > box.top) area.height = Math.max(40, p.top - box.top);
  else if (p.left > box.left) area.width = Math.max(40, p.left - box.left);
  return area;
}

/**
 * The camera state that shows the framed-graph point `point` at the viewport point `at`, with the
 * given ratio (sigma's camera x / y is the framed-graph point at the viewport's centre).
 */
function placing(
  renderer: Sigma,
  point: { x: number; y: number },
  ratio: number,
  at: { x: number; y: number },
) {
  const current = renderer.getCamera().getState();
  const probe: CameraState = { ...current, x: point.x, y: point.y, ratio };
  const seen = renderer.viewportToFramedGraph(at, { cameraState: probe });
  return { ...probe, x: point.x + (point.x - seen.x), y: point.y + (point.y - seen.y) };
}

/** Moves the camera; the promise settles when the move is done (at once without animation). */
function move(renderer: Sigma, state: CameraState, animate: boolean): Promise<void> {
  const camera = renderer.getCamera();
  if (animate) return camera.animate(state, { duration: ANIMATION_MS });
  camera.setState(state);
  return Promise.resolve();
}

/** Fits the camera to `nodes` inside the free area. Nothing happens when the list is empty. */
export function fitNodes(renderer: Sigma, nodes: string[], free: FreeArea, animate = true): void {
  if (nodes.length === 0) return;
  const { width, height } = renderer.getDimensions();
  const fitted = getCameraStateToFitViewportToNodes(renderer, nodes);
  // Shrinking the viewport to the free area zooms out by the tighter of the two shrink factors.
  const shrink = Math.max(width / Math.max(1, free.width), height / Math.max(1, free.height));
  const ratio = fitted.ratio * shrink;
  const centre = { x: free.left + free.width / 2, y: free.top + free.height / 2 };
  void move(renderer, placing(renderer, { x: fitted.x, y: fitted.y }, ratio, centre), animate);
}

/**
 * Moves the camera so the node sits in the middle of the free area, zooming in when the view is
 * wide. The promise settles when the move is done.
 */
export function focusNode(renderer: Sigma, node: string, free: FreeArea, animate = true): Promise<void> {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return Promise.resolve();
  // From the graph's coordinates, not getNodeDisplayData: after a scheduled refresh the display data
  // is not normalised until the next frame.
  const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
  const point = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }));
  const ratio = Math.min(renderer.getCamera().getState().ratio, 0.6);
  const centre = { x: free.left + free.width / 2, y: free.top + free.height / 2 };
  return move(renderer, placing(renderer, point, ratio, centre), animate);
}

/** Whether the node's centre lies inside the free area (not under a panel, not off screen). */
export function nodeInFreeArea(renderer: Sigma, node: string, free: FreeArea): boolean {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return false;
  const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
  const p = renderer.graphToViewport({ x, y });
  return (
    p.x >= free.left && p.x <= free.left + free.width && p.y >= free.top && p.y <= free.top + free.height
  );
}

export function zoom(renderer: Sigma, factor: number): void {
  const camera = renderer.getCamera();
  void camera.animate({ ratio: camera.getState().ratio / factor }, { duration: 200 });
}

/** Pans by a share of the viewport (keyboard arrows). */
export function pan(renderer: Sigma, dx: number, dy: number): void {
  const { width, height } = renderer.getDimensions();
  const camera = renderer.getCamera();
  const target = renderer.viewportToFramedGraph({ x: width / 2 + dx * width, y: height / 2 + dy * height });
  void camera.animate({ x: target.x, y: target.y }, { duration: 150 });
}
