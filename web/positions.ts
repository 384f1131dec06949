/**
 * Saved positions
 *
 * The laid-out positions of a graph, kept in localStorage under the graph's name and shape, so a
 * reload or a shared link on the same machine shows the same picture (and the camera in the URL
 * points at the same place) instead of re-running the layout. Exported JSON carries the positions
 * too (they are the `x` / `y` node attributes). Graphs above MAX_SAVED_NODES are not saved (the
 * storage quota is a few megabytes).
 */

import type Graph from 'graphology';

export const MAX_SAVED_NODES = 20_000;
const PREFIX = 'kg-view-positions:';

function storageKey(graph: Graph, name: string): string {
  return `${PREFIX}${name}|${graph.order}|${graph.size}`;
}

/** Saves the graph's positions; silently skipped when storage is unavailable or full. */
export function savePositions(graph: Graph, name: string): void {
  if (graph.order > MAX_SAVED_NODES) return;
  const xy: number[] = [];
  const keys: string[] = [];
  graph.forEachNode((key, a) => {
    keys.push(key);
    xy.push(Math.round((a.x as number) * 1e4) / 1e4, Math.round((a.y as number) * 1e4) / 1e4);
  });
  try {
    // Only the latest graph's positions are kept.
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX)) localStorage.removeItem(k);
    }
    localStorage.setItem(storageKey(graph, name), JSON.stringify({ keys, xy }));
  } catch {
    // Quota or privacy mode: the layout simply runs again next time.
  }
}

/** Applies saved positions when every node has one; returns whether it did. */
export function loadPositions(graph: Graph, name: string): boolean {
  if (graph.order === 0) return false;
  let saved: { keys: string[]; xy: number[] } | null = null;
  try {
    const text = localStorage.getItem(storageKey(graph, name));
    saved = text ? (JSON.parse(text) as { keys: string[]; xy: number[] }) : null;
  } catch {
    return false;
  }
  if (!saved || !Array.isArray(saved.keys) || saved.keys.length !== graph.order) return false;
  if (!saved.keys.every((k) => graph.hasNode(k))) return false;
  saved.keys.forEach((key, i) => {
    const x = saved?.xy[2 * i];
    const y = saved?.xy[2 * i + 1];
    if (typeof x === 'number' && typeof y === 'number') graph.mergeNodeAttributes(key, { x, y });
  });
  return true;
}
