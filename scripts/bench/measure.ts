/**
 * Benchmark measuring helpers
 *
 * Timing a function, running `kg` in a child process (through child.mjs, on the compiled CLI) and reading back its wall
 * time, its peak memory and its summary, and formatting numbers for the report. Nothing here
 * asserts a time: the benchmark reports figures and ratios.
 */

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));
const PLAIN_CHILD = fileURLToPath(new URL('./plain-child.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Wall seconds and CPU seconds (this process, all threads) taken by `fn`, with its result. */
export async function timed<T>(
  fn: () => T | Promise<T>,
): Promise<{ seconds: number; cpuSeconds: number; value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, value };
}

/** What one `kg` child process did. */
export interface ChildRun {
  code: number;
  /** Wall time of the whole process, from spawn to exit (startup, workers, writing included). */
  wallSeconds: number;
  /** Peak resident memory of the process (worker threads included). */
  maxRssBytes: number;
  /** CPU time of all the process's threads (user + system). */
  cpuSeconds: number;
  stderr: string;
}

/** What a node child printed, how it ended and how long it took. */
interface ChildOutput {
  code: number;
  stdout: string;
  stderr: string;
  wallSeconds: number;
}

/** Runs `node <script> <args>` from the project's root without blocking, collecting its output. */
function runNode(script: string, args: readonly string[], env = process.env): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += String(c);
    });
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout, stderr, wallSeconds: (performance.now() - start) / 1000 }),
    );
  });
}

/** Runs `kg <args>` in a child process and collects its figures. */
export async function runKg(args: readonly string[]): Promise<ChildRun> {
  const { code, stdout, stderr, wallSeconds } = await runNode(CHILD, args, { ...process.env, KG_DEBUG: '' });
  const line = stdout.trim().split('\n').pop() ?? '';
  let figures = { maxRssBytes: Number.NaN, cpuSeconds: Number.NaN };
  try {
    figures = (JSON.parse(line) as { bench: typeof figures }).bench;
  } catch {
    // The child died before reporting; the caller sees the code and stderr.
  }
  return { code, wallSeconds, ...figures, stderr };
}

/** "1,234,567". */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "12.3 s" or "45 ms". */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'n/a';
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

/** "512 MB". */
export function megabytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  const mb = bytes / 1e6;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** "1.32×". */
export function ratio(value: number, base: number): string {
  return base > 0 ? `${(value / base).toFixed(2)}×` : 'n/a';
}

/**
 * How much the machine's cores give together: total words/s of plain compromise run in `n`
 * processes at once over `file` (./plain-child.mjs), divided by one process alone. Near `n` on
 * independent cores; near 1 where the "cores" share one physical core. The build's ratio with
 * several workers cannot exceed it times the one-worker ratio.
 */
export async function coreScaling(file: string, n: number): Promise<number> {
  const once = async () => {
    const run = await runNode(PLAIN_CHILD, [file]);
    if (run.code !== 0) throw new Error(`plain-child.mjs failed (exit ${run.code}):\n${run.stderr}`);
    const { words, seconds } = JSON.parse(run.stdout) as { words: number; seconds: number };
    return words / seconds;
  };
  const alone = await once();
  const together = await Promise.all(Array.from({ length: n }, once));
  return together.reduce((a, b) => a + b, 0) / alone;
}
