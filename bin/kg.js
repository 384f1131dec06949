#!/usr/bin/env node
// The `kg` command: runs the compiled CLI in dist/ (plain JavaScript, built by `npm run build` at
// prepare and prepack), so no TypeScript is compiled at start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`kg: ${fileURLToPath(main)}: not built (run "npm run build" in ${root})\n`);
  process.exit(1);
}
await import(main.href);
