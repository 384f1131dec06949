/**
 * Node drag
 *
 * Drag an entity to move it, as in sigma's drag-and-drop example: pressing on a node captures it,
 * moving the pointer writes its new position (layout output, the one thing the view writes into the
 * graph), and the camera stays still meanwhile. Not while the layout runs (it would move the node
 * back at once).
 */

import type Sigma from 'sigma';

export interface DragOptions {
  /** Whether dragging is allowed now (false while the layout runs). */
  enabled(): boolean;
  /** Called once when a drag that moved the node ends. */
  onDrop(node: string): void;
}

export function attachDrag(renderer: Sigma, options: DragOptions): void {
  const graph = renderer.getGraph();
  let dragged: string | null = null;
  let moved = false;
  renderer.on('downNode', ({ node }) => {
    if (!options.enabled()) return;
    dragged = node;
    moved = false;
  });
  renderer.on('moveBody', ({ event }) => {
    if (dragged === null) return;
    const pos = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
    moved = true;
    // Keep the camera still while a node is dragged.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    if (dragged !== null && moved) options.onDrop(dragged);
    dragged = null;
  };
  renderer.on('upNode', release);
  renderer.on('upStage', release);
}
