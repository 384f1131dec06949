/**
 * Import and export
 *
 * Strings in, strings out: graphology JSON (native, lossless), GEXF 1.3, GraphML, Neo4j CSV, and one
 * reader that picks the format. The CLI and the web view do the file I/O.
 */

export { EDGES_CSV_HEADER, NODES_CSV_HEADER, writeCsv } from './csv.ts';
export { GEXF_VERSION, parseGexf, writeGexf } from './gexf.ts';
export { parseGraphml, writeGraphml } from './graphml.ts';
export { graphToJSON, type JsonOptions, parseGraphJSON } from './json.ts';
export { parseGraphFile } from './parse-file.ts';
export { type GraphFormat, readGraph, writeGraph } from './read-write.ts';
