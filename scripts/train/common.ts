/**
 * What the training scripts share: the project root, command-line flags, the UD English EWT folder,
 * and reading a treebank (a clear message and exit 1 when it cannot be read).
 */

import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
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

/**
 * EWT's split used for training by default: train (dev scores the training, test is held out).
 * Trained on train + dev (`--data <train>,<dev>`), the tagger and parser of 2026-12-04 reached GUM
 * news LAS 78.16 but read fewer right relations (see src/parse/weights/README.md), so they are not
 * the shipped ones.
 */
const EWT_TRAIN = 'en_ewt-ud-train.conllu';
const EWT_COMMIT = '15d613d8447b3478787d4c278730a1e48a945efb';

/**
 * The training treebanks: `--data FILE[,FILE…]` (read in that order), by default EWT train.
 * `describe` names them for a provenance banner; `hasDev` says EWT dev is among them (its scores
 * are then no held-out figure: `npm run eval` gives those, on EWT test and GUM news).
 */
export function trainingData(tool: string): {
  docs: ConlluDocument[];
  files: string[];
  describe: string;
  hasDev: boolean;
} {
  const given = flag('data', '');
  const files = given ? given.split(',').map((f) => resolve(f)) : [resolve(EWT, EWT_TRAIN)];
  const docs = files.flatMap((f) => readTreebank(f, tool));
  const split = (f: string): string | undefined =>
    /^en_ewt-ud-(train|dev|test)\.conllu$/.exec(basename(f))?.[1];
  const splits = files.map(split);
  const describe = splits.every((x) => x !== undefined)
    ? `UD English EWT v2 ${splits.join('+')} (CC BY-SA 4.0), commit ${EWT_COMMIT}`
    : `${files.map((f) => basename(f)).join(', ')} (CoNLL-U given with --data)`;
  return { docs, files, describe, hasDev: splits.includes('dev') };
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
