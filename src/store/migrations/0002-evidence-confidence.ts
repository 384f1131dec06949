/**
 * Migration 2: evidence confidence
 *
 * Each evidence row keeps the extractor's confidence in its sentence (0–1), as the JSON graph's
 * evidence does. Null on rows stored before confidences existed, read as absent (counting as 1).
 * An edge's confidence is not stored: it is the highest of its evidence's, computed when rows are
 * read back into a graph (read-graph.ts), as GraphBuilder computes it.
 */

export const VERSION = 2;
export const NAME = 'evidence-confidence';

export const SQL = `
ALTER TABLE kg.evidence ADD COLUMN confidence double precision
  CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
`;
