/**
 * Reading a graph file
 *
 * Loads a knowledge graph saved as graphology JSON, GEXF or GraphML (chosen by graph/io from the
 * file name) for `query`, `export` and `view`. Every problem, from a missing file to a file that
 * is not a graph, is one KgError whose message starts with the file's name.
 */

import { readFile } from 'node:fs/promises';
import { BadFormatError, BadInputError, KgError } from '../../graph/errors.ts';
import { parseGraphFile } from '../../graph/index.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { decodeText } from './decode.ts';
import { fsReason } from './fs-errors.ts';

/**
 * Reads and parses the graph at `path`.
 * @throws BadInputError when the file cannot be read as text, BadFormatError when it is not a graph.
 */
export async function readGraphFile(path: string): Promise<KnowledgeGraph> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new BadInputError(`${path}: ${fsReason(error, 'cannot read')}`, { cause: error });
  }
  const text = decodeText(bytes, path);
  try {
    return parseGraphFile(text, path);
  } catch (error) {
    if (error instanceof KgError) {
      // graph/io names the file itself; make sure the one line still starts with it.
      if (error.message.startsWith(path)) throw error;
      throw new BadFormatError(`${path}: ${error.message}`, { cause: error });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new BadFormatError(`${path}: not a knowledge graph (${reason})`, { cause: error });
  }
}
