/**
 * Input size
 *
 * The total size in bytes of a build's input files, for the progress line's share done and time
 * left. Folders are expanded the way the reader expands them; stdin has no size known in advance,
 * and any input that cannot be listed makes the total unknown (the reader reports the problem).
 */

import { stat } from 'node:fs/promises';
import { expandInputs } from '../io/inputs.ts';

/** Sum of the input files' sizes, or undefined when it cannot be known (stdin, unreadable input). */
export async function inputSize(inputs: readonly string[]): Promise<number | undefined> {
  try {
    const sources = await expandInputs(inputs);
    let total = 0;
    for (const source of sources) {
      if (source.kind === 'stdin') return undefined;
      total += (await stat(source.path)).size;
    }
    return total;
  } catch {
    return undefined;
  }
}
