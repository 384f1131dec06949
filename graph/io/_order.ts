/**
 * Attribute key order (internal)
 *
 * One fixed key order per record (node, edge, graph attributes, document), so a graph serializes to
 * the same bytes however its attribute objects were built: schema keys first, any others sorted.
 */

export const NODE_KEYS = [
  'label',
  'kind',
  'aliases',
  'titles',
  'mentions',
  'docs',
  'x',
  'y',
  'size',
  'color',
] as const;
export const EDGE_KEYS = ['relation', 'label', 'weight', 'confidence', 'evidence', 'role'] as const;
export const GRAPH_KEYS = ['schema', 'documents', 'createdBy'] as const;

/** A copy of `value` with the `known` keys first, in that order, then the others sorted; undefined values dropped. */
export function ordered<T extends object>(value: T, known: readonly string[]): T {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of known) if (source[key] !== undefined) out[key] = source[key];
  const rest = Object.keys(source).filter((key) => !known.includes(key) && source[key] !== undefined);
  for (const key of rest.sort()) out[key] = source[key];
  return out as T;
}
