/**
 * Reading any graph file
 *
 * Picks the reader by file extension (.json, .gexf, .graphml, .xml), or by sniffing the content when
 * the extension says nothing, so the CLI and the web view's drag-and-drop share one entry point.
 */

import { BadFormatError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { parseGexf } from './gexf.ts';
import { parseGraphml } from './graphml.ts';
import { parseGraphJSON } from './json.ts';

type Format = 'json' | 'gexf' | 'graphml';

function sniff(text: string): Format | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (!head.startsWith('<')) return null;
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  return null;
}

/**
 * Parses `text` as the graph format its `filename` names, or as what its content looks like.
 * @throws BadFormatError starting with `filename` when it is no graph this library reads.
 * @example
 *   const graph = parseGraphFile(readFileSync('graph.gexf', 'utf8'), 'graph.gexf');
 */
export function parseGraphFile(text: string, filename: string): KnowledgeGraph {
  const extension = /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase();
  let format: Format | null =
    extension === 'json'
      ? 'json'
      : extension === 'gexf'
        ? 'gexf'
        : extension === 'graphml'
          ? 'graphml'
          : null;
  if (format === null) format = sniff(text);
  switch (format) {
    case 'json':
      return parseGraphJSON(text, filename);
    case 'gexf':
      return parseGexf(text, filename);
    case 'graphml':
      return parseGraphml(text, filename);
    default:
      throw new BadFormatError(`${filename}: not a graph file (expected graphology JSON, GEXF or GraphML)`);
  }
}
