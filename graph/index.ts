/**
 * Knowledge-graph core
 *
 * The public face of graph/: the schema and relation vocabulary, typed errors, keys and name
 * normalization, building and merging, the query API and import / export. Runs unchanged in Node and
 * in the browser; imports nothing outside graph/. Published as the package's main entry.
 *
 * @module kg-builder
 */

export { GraphBuilder } from './build.ts';
export { edgeConfidence, evidenceConfidence, isConfidence, keepConfident } from './confidence.ts';
export { CREATED_BY, createGraph } from './create.ts';
export * from './errors.ts';
export * from './io/index.ts';
export { edgeKey, nodeKey, normalizeName, slugify } from './keys.ts';
export * from './merge.ts';
export * from './query/index.ts';
export { seededRandom } from './random.ts';
export * from './relations.ts';
export * from './types.ts';
