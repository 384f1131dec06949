/**
 * What the training scripts share: the project root, command-line flags, the UD English EWT folder,
 * and reading a treebank (a clear message and exit 1 when it cannot be read).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../graph/random.ts';
import { type ConlluDocument, parseConllu } from '../../src/io/conllu.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EWT = resolve(ROOT, '..', 'shared', 'train', 'ud-english-ewt');

const argv = process.argv.slice(2);

/** The value after `--name` on the command line, or `fallback`. */
export function flag(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : fallback;
}

/** A whole-number flag of at least `min`; says which flag and what it got and exits 2 otherwise. */
export function countFlag(name: string, fallback: number, min = 1): number {
  const given = flag(name, String(fallback));
  const n = Number(given);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`--${name} needs a whole number of at least ${min} (got "${given}")\n`);
    process.exit(2);
  }
  return n;
}

/** True when `--name` is on the command line. */
export function hasFlag(name: string): boolean {
  return argv.includes(`--${name}`);
}

/** The documents of a CoNLL-U file; says which and why and exits 1 when it cannot be read. */
export function readTreebank(path: string, tool: string): ConlluDocument[] {
  try {
    return parseConllu(readFileSync(path, 'utf8'), path);
  } catch (error) {
    process.stderr.write(`${tool}: cannot read ${path}: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * Training passes over `order` (indexes of training items), shuffled in place before each pass by
 * a generator seeded with `seed` (or by `seed` itself when it is a generator the pass also draws
 * from, as the parser's exploration does): the schedule of every trainer here, so the part-of-speech
 * tagger, the parser's jackknifing, the parser and the name tagger shuffle the same way.
 */
export function shuffledPasses(
  order: number[],
  epochs: number,
  seed: number | (() => number),
  pass: (epoch: number) => void,
): void {
  const random = typeof seed === 'number' ? seededRandom(seed) : seed;
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    pass(e);
  }
}

/** Class names from gold labels, most frequent first, ties by name (the order models store them in). */
export function classesByFrequency(labels: Iterable<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const list of labels) for (const g of list) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
}
