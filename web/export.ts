/**
 * Exports of what is shown
 *
 * The graph to export — the whole graph, or only the entities and relations the filters and the focus
 * leave — and the PNG: at twice the view's size (nodes, edges and labels scaled with it, through
 * @sigma/export-image's temporary renderer) with the colour legend drawn in a corner. For GEXF the
 * copy carries each node's colour and size as shown, which graph/io/gexf.ts writes as viz data (with
 * the positions), so Gephi opens it looking as it does here. The shown graph itself is never touched.
 */

import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { RELATION_TYPES, RELATIONS } from '../graph/relations.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { ENTITY_KINDS } from '../graph/types.ts';
import type { RenderIndex } from './graph-index.ts';
import { communityColor } from './importance.ts';
import { KIND_COLORS, RELATION_COLORS, UNKNOWN_COLOR } from './palette.ts';
import type { DerivedView } from './reducers.ts';

/** A copy of the graph, reduced to what `view` shows when `shownOnly`. */
export function graphToExport(graph: KnowledgeGraph, view: DerivedView, shownOnly: boolean): KnowledgeGraph {
  const copy = graph.copy();
  if (!shownOnly) return copy;
  copy.forEachNode((node) => {
    if (!view.visibility.nodes.has(node)) copy.dropNode(node);
  });
  copy.forEachEdge((edge) => {
    if (!view.visibility.edges.has(edge)) copy.dropEdge(edge);
  });
  return copy;
}

/** The export copy with each node's displayed colour and size (GEXF viz). */
export function withDisplayAttributes(copy: KnowledgeGraph, view: DerivedView): KnowledgeGraph {
  copy.forEachNode((node, attrs) => {
    const color = view.communities
      ? communityColor(view.communities.get(node))
      : (KIND_COLORS[attrs.kind] ?? UNKNOWN_COLOR);
    copy.mergeNodeAttributes(node, { color, size: view.sizes.get(node) ?? 3 } as never);
  });
  return copy;
}

export interface LegendEntry {
  color: string;
  label: string;
}

/** What the PNG's legend lists: the colours in use (kinds or communities), then the relations shown. */
export function legendFor(graph: KnowledgeGraph, index: RenderIndex, view: DerivedView): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const vis = view.visibility;
  if (view.communities) {
    const seen = new Set<number>();
    for (const n of vis.nodes) seen.add(view.communities.get(n) ?? -1);
    for (const c of [...seen].filter((c) => c >= 0 && c < 8).sort((a, b) => a - b))
      entries.push({ color: communityColor(c), label: `community ${c + 1}` });
  } else {
    const kinds = new Set<string>();
    for (const n of vis.nodes) kinds.add(String(graph.getNodeAttribute(n, 'kind')));
    for (const k of ENTITY_KINDS) if (kinds.has(k)) entries.push({ color: KIND_COLORS[k], label: k });
  }
  const relations = new Set<string>();
  for (const e of vis.edges) relations.add(index.get(e)?.relation ?? '');
  for (const r of RELATION_TYPES)
    if (relations.has(r)) entries.push({ color: RELATION_COLORS[r], label: RELATIONS[r].label });
  return entries;
}

/** Scale of the PNG relative to the view. */
export const PNG_SCALE = 2;

/** The view as a PNG canvas at PNG_SCALE× with the legend in the lower left corner. */
export async function pngCanvas(
  renderer: Sigma,
  legend: readonly LegendEntry[],
  background: string,
  foreground: string,
): Promise<HTMLCanvasElement> {
  const { width, height } = renderer.getDimensions();
  const s = PNG_SCALE;
  const canvas = await drawOnCanvas(renderer, {
    width: width * s,
    height: height * s,
    backgroundColor: background,
    cameraState: renderer.getCamera().getState(),
    sigmaSettings: {
      // Sizes are divided by this ratio: half of sigma's default doubles nodes, edges and labels.
      zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio) / s,
      labelSize: (renderer.getSetting('labelSize') ?? 13) * s,
      edgeLabelSize: (renderer.getSetting('edgeLabelSize') ?? 12) * s,
    },
  });
  const ctx = canvas.getContext('2d');
  if (!ctx || legend.length === 0) return canvas;
  const k = canvas.width / width / s; // the device pixel ratio the temporary renderer used
  const unit = s * k;
  const line = 18 * unit;
  const pad = 10 * unit;
  ctx.font = `${12 * unit}px system-ui, sans-serif`;
  const textWidth = Math.max(...legend.map((e) => ctx.measureText(e.label).width));
  const boxWidth = textWidth + 2 * pad + 18 * unit;
  const boxHeight = legend.length * line + 2 * pad;
  const top = canvas.height - boxHeight - pad;
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = background;
  ctx.fillRect(pad, top, boxWidth, boxHeight);
  ctx.globalAlpha = 1;
  ctx.textBaseline = 'middle';
  legend.forEach((entry, i) => {
    const y = top + pad + i * line + line / 2;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(2 * pad + 5 * unit, y, 5 * unit, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = foreground;
    // Canvas text is drawn as text, never parsed: labels are safe here.
    ctx.fillText(entry.label, 2 * pad + 14 * unit, y);
  });
  return canvas;
}

/** Saves a canvas as a PNG download. */
export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('the browser could not encode the PNG'));
        return;
      }
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      resolve();
    }, 'image/png');
  });
}
