/**
 * Test setup: the builds the tests serve and run
 *
 * Before any test file, `scripts/build.mjs --if-stale` brings dist/ (the compiled CLI) and web/dist/
 * (the web view) up to date with the sources, since the server no longer builds at run time. A
 * no-op when both are fresh, as after `npm ci` (prepare builds them).
 */

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`scripts/build.mjs failed (exit ${run.status})`);
}
