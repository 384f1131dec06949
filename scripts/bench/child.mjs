/**
 * Benchmark child: `kg` with its peak memory
 *
 * Runs one `kg` command line exactly as bin/kg.js does — the compiled CLI in dist/, what a user's
 * `kg` runs (the benchmark builds it first) — then prints one last line on stdout,
 * `{"bench": {...}}`, with the process's peak resident set size (process.resourceUsage().maxRSS,
 * which counts the worker threads too: they live in this process), the CPU time of all its
 * threads, and the wall time. Plain JavaScript, run with plain `node`: under tsx the sources would
 * be compiled in every worker thread, which costs time and memory a user's `kg` never spends.
 */

import { runCli } from '../../dist/src/cli/run.js';

const started = performance.now();
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  interrupted: new Promise(() => {}),
});
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
// maxRSS is in kibibytes, CPU times in microseconds (all threads of the process).
const maxRssBytes = usage.maxRSS * 1024;
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(`${JSON.stringify({ bench: { code, seconds, maxRssBytes, cpuSeconds } })}\n`);
process.exitCode = code;
