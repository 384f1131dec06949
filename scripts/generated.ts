/**
 * What the generators of committed tables share: where ../shared lives, and running a generator as
 * a script (its module written atomically, one line of what was written).
 */

import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the shared data lives: `--shared <dir>`, KG_SHARED, or ../shared beside the checkout. */
export function sharedDir(root: string, argv: readonly string[] = []): string {
  const at = argv.indexOf('--shared');
  return resolve(
    at >= 0 && argv[at + 1] ? argv[at + 1]! : (process.env.KG_SHARED ?? join(root, '..', 'shared')),
  );
}

/**
 * When `moduleUrl` is the script node was started with: writes `generate(shared)` to `out` (relative
 * to the project root) through a temporary file and prints `wrote <out>: <count>`.
 */
export function runGenerator(
  moduleUrl: string,
  out: string,
  generate: (shared: string) => string,
  count: (text: string) => string,
): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const root = fileURLToPath(new URL('../', import.meta.url));
  const path = join(root, out);
  const text = generate(sharedDir(root, process.argv.slice(2)));
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  console.log(`wrote ${path}: ${count(text)}`);
}
