/**
 * Benchmark child: `kg` with its peak memory
 *
 * Runs one `kg` command line exactly as src/cli/main.ts does (same runCli, same streams), then
 * prints one last line on stdout, `{"bench": {...}}`, with the process's peak resident set size
 * (process.resourceUsage().maxRSS, which counts the worker threads too: they live in this process)
 * and the wall time. The benchmark spawns it with `node --import tsx`, so no external `time` tool
 * is needed.
 */

import { runCli } from '../../cli/run.ts';

const started = performance.now();
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  interrupted: new Promise<void>(() => {}),
});
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kibibytes.
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ bench: { code, seconds, maxRssBytes } })}\n`);
process.exitCode = code;
