/**
 * CLI start-up benchmark (`npm run bench:start`)
 *
 * How long `kg --help` and `kg query` on the sample graph (18 nodes) take, the compiled CLI
 * (`node bin/kg.js`, JavaScript from dist/) against the TypeScript sources run through tsx's loader
 * (`node --import tsx src/cli/main.ts`, what bin/kg.js did before the CLI was compiled) and
 * through tsx's own command (`tsx src/cli/main.ts`, what `npm run kg` ran before, npm's own
 * start-up aside); and `npm run kg` today (npm, the staleness check of dist/, the CLI). Each command
 * runs once to warm the caches, then `--runs N` times (default 7); the median wall time and the
 * ratio old / new are printed. Nothing is asserted: timings on a shared machine are noisy, which
 * is why the load average is printed too. Needs dist/ (`npm run build`) and the dev dependencies.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bestConnected } from '../src/cli/commands/view.ts';
import { readGraphFile } from '../src/io/graph-file.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt === -1 ? 7 : Number(argv[runsAt + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('bench-start: --runs needs a positive integer');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
  console.error('bench-start: dist/ is not built (run "npm run build")');
  process.exit(1);
}

const node = process.execPath;
const compiled = [node, join(ROOT, 'bin', 'kg.js')];
const viaTsx = [node, '--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
const npmKg = ['npm', 'run', '--silent', 'kg', '--'];
const tsxCli = [join(ROOT, 'node_modules', '.bin', 'tsx'), join(ROOT, 'src', 'cli', 'main.ts')];

/** Median wall time in seconds of `RUNS` runs, after one warm-up run. */
function median(command: string[]): number {
  const [file, ...args] = command as [string, ...string[]];
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(file, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KG_DEBUG: '' } });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(`${command.join(' ')} failed (${run.status}): ${run.stderr}`);
    if (i > 0) times.push(seconds);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-start-'));
try {
  const graph = join(scratch, 'sample.json');
  const sample = join(ROOT, 'samples', 'iran-iraq-meeting.txt');
  const built = spawnSync(node, [...compiled.slice(1), 'build', sample, '-o', graph, '--quiet'], {
    cwd: ROOT,
  });
  if (built.status !== 0) throw new Error(`cannot build the sample graph: ${built.stderr}`);
  // the query asks for the neighbours of the graph's best-connected entity (named by no one here)
  const query = ['query', graph, 'neighbors', bestConnected(await readGraphFile(graph))];

  console.log(`kg start-up, median of ${RUNS} warm runs; load average ${loadavg()[0]!.toFixed(2)} at start`);
  console.log('');
  console.log('| command | before (TypeScript through tsx) | after (compiled) | before / after |');
  console.log('|---|---:|---:|---:|');
  const rows: [string, string[], string[] | null, string[]][] = [
    ['`kg --help` (`node --import tsx` → `node bin/kg.js`)', ['--help'], viaTsx, compiled],
    ['`kg query` on the 18-node sample graph (same)', query, viaTsx, compiled],
    ['`kg --help` (`tsx src/cli/main.ts` → `node bin/kg.js`)', ['--help'], tsxCli, compiled],
    ['`kg query` (same)', query, tsxCli, compiled],
    ['`npm run kg -- --help` today', ['--help'], null, npmKg],
    ['`npm run kg -- query …` today', query, null, npmKg],
  ];
  for (const [label, args, before, after] of rows) {
    const old = before ? median([...before, ...args]) : undefined;
    const now = median([...after, ...args]);
    const shown = old === undefined ? ['—', '—'] : [`${old.toFixed(3)} s`, `${(old / now).toFixed(2)}×`];
    console.log(`| ${label} | ${shown[0]} | ${now.toFixed(3)} s | ${shown[1]} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
