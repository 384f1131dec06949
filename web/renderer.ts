/**
 * Renderer
 *
 * Creates the sigma instance for a graph: the edge programs (straight and curved, with and without
 * arrows — the reducers pick one per edge through the display `type`), the reducers, and settings
 * that keep large graphs responsive (edges hidden while the camera moves, sparse labels).
 */

import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { drawDiscNodeHover, EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { createReducers, type DerivedView } from './reducers.ts';

/** From this many edges, edges are hidden while panning and zooming. */
export const HIDE_EDGES_ON_MOVE_FROM = 2_000;
/**
 * Up to this many edges, edges answer the pointer (hover label, click for evidence). Edge picking
 * redraws every edge into a picking buffer and reads it back on each pointer move; above this, the
 * evidence stays one click away in the details panel of either end.
 */
export const EDGE_EVENTS_UP_TO = 10_000;

export function createRenderer(
  graph: Graph<Attributes, Attributes, Attributes>,
  container: HTMLElement,
  view: () => DerivedView,
): Sigma {
  const { nodeReducer, edgeReducer } = createReducers(view);
  const large = graph.size >= HIDE_EDGES_ON_MOVE_FROM;
  return new Sigma(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= EDGE_EVENTS_UP_TO,
    hideEdgesOnMove: large,
    hideLabelsOnMove: graph.order >= 5_000,
    zIndex: true,
    defaultEdgeType: 'line',
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    labelFont: 'system-ui, sans-serif',
    // Arrowheads scale with the edge's thickness (sigma's default head is tiny on thin edges).
    minEdgeThickness: 1.5,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: large ? 0.3 : 1,
    labelGridCellSize: large ? 120 : 60,
    labelRenderedSizeThreshold: large ? 8 : 5,
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 12,
    edgeLabelColor: { color: '#333' },
    // The hover box is white whatever the theme: its text stays dark (the theme's light label
    // colour would vanish on it).
    defaultDrawNodeHover: (context, data, settings) =>
      drawDiscNodeHover(context, data, { ...settings, labelColor: { color: '#222' } }),
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
    stagePadding: 40,
    nodeReducer,
    edgeReducer,
  });
}

/** Label colours for the page theme (the canvas background is the container's, set in CSS). */
export function setRendererTheme(renderer: Sigma, theme: 'light' | 'dark'): void {
  const dark = theme === 'dark';
  renderer.setSetting('labelColor', { color: dark ? '#e6e6e6' : '#222' });
  renderer.setSetting('edgeLabelColor', { color: dark ? '#cfcfcf' : '#333' });
}
