/**
 * The package's own folder
 *
 * Where package.json, samples/ and web/dist are, found by walking up from this module to the
 * folder whose package.json is ours. The same answer from the TypeScript sources (src/io/) and from
 * the compiled CLI (dist/src/io/), which sit at different depths.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'kg-builder';

let root: string | undefined;

/** The package's root folder (no trailing separator). @throws Error when no package.json is ours. */
export function packageRoot(): string {
  root ??= find(dirname(fileURLToPath(import.meta.url)));
  return root;
}

function find(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === NAME
    )
      return dir;
    if (dirname(dir) === dir) throw new Error(`${from}: not inside the ${NAME} package`);
  }
}
