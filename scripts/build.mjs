#!/usr/bin/env node
/**
 * Build: the compiled CLI (dist/) and the web view (web/dist/)
 *
 * `node scripts/build.mjs [cli] [web] [--if-stale] [--quiet]` — what `npm run build`, `prepare`,
 * `prepack`, `npm start` and `npm run kg` run. `cli` compiles graph/ and src/ once with tsc
 * (tsconfig.build.json: .ts imports rewritten to .js, declarations and source maps) into dist/,
 * and copies the non-TypeScript files those folders read at run time; `web` builds the vite app
 * into web/dist. Each output is written to a temporary folder and renamed into place, so a
 * concurrent reader never sees half a build, and builds in one folder take turns (a lock,
 * `.build.lock`, held while building). With `--if-stale` a part is built only when an input is
 * newer than its output (checked again once the lock is held: another run may just have built it). Plain JavaScript on purpose: it runs before anything is compiled, and
 * without the dev dependencies it says so and leaves a prebuilt output alone.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

/** Each part: what it is built from, the file whose age stands for the output, how to build it. */
export const PARTS = {
  cli: {
    inputs: ['graph', 'src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
    output: join(ROOT, 'dist'),
    stamp: join(ROOT, 'dist', 'src', 'cli', 'main.js'),
    needs: 'typescript',
    build: buildCli,
  },
  web: {
    inputs: ['web', 'graph', 'src', 'samples', 'package.json'],
    output: join(ROOT, 'web', 'dist'),
    stamp: join(ROOT, 'web', 'dist', 'index.html'),
    needs: 'vite',
    build: buildWeb,
  },
};

/** Newest modification time under `path` (0 when missing), skipping outputs and node_modules. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  const name = basename(path);
  if (name === 'node_modules' || name === 'dist' || name.startsWith('.tmp-')) return 0;
  let time = 0;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

/** True when the part's output is missing or older than one of its inputs. */
export function isStale(name) {
  const part = PARTS[name];
  const built = newest(part.stamp);
  if (built === 0) return true;
  return part.inputs.some((input) => newest(join(ROOT, input)) > built);
}

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** Moves a finished build into place (replacing the old one). */
function swapIn(tmp, output) {
  rmSync(output, { recursive: true, force: true });
  try {
    renameSync(tmp, output);
  } catch (error) {
    // another process moved its build into place first: it is built from the same sources
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  }
}

async function buildCli(tmp) {
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], {
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`tsc failed (exit ${run.status})`);
  // files read at run time beside the code (data tables, weights, the worker's bootstrap)
  for (const top of ['graph', 'src']) {
    cpSync(join(ROOT, top), join(tmp, top), {
      recursive: true,
      filter: (from) => !/\.(ts|mts|cts|mjs)$/.test(from) || statSync(from).isDirectory(),
    });
  }
}

async function buildWeb(tmp) {
  const { build } = await import('vite');
  await build({
    root: join(ROOT, 'web'),
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: tmp, emptyOutDir: true },
  });
}

/** Runs `run` holding the build lock of this folder (proper-lockfile; waits up to 10 minutes). */
async function withBuildLock(run) {
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(ROOT, {
    lockfilePath: join(ROOT, '.build.lock'),
    realpath: false,
    stale: 120_000,
    retries: { retries: 1200, factor: 1, minTimeout: 500, maxTimeout: 500 },
  });
  try {
    return await run();
  } finally {
    await release().catch(() => {});
  }
}

/** Builds the named parts; returns the names actually built. */
export async function buildParts(names, options = {}) {
  const { ifStale = false } = options;
  // nothing to do: no lock needed (the common case of `npm run kg`)
  if (ifStale && !names.some((name) => isStale(name))) return [];
  return withBuildLock(() => buildLocked(names, options));
}

async function buildLocked(names, { ifStale = false, quiet = false } = {}) {
  const built = [];
  for (const name of names) {
    const part = PARTS[name];
    if (ifStale && !isStale(name)) continue;
    if (!installed(part.needs)) {
      if (existsSync(part.stamp)) continue; // prebuilt (an install without dev dependencies)
      throw new Error(
        `cannot build ${relative(ROOT, part.output)}: ${part.needs} is not installed (run "npm install")`,
      );
    }
    if (!quiet) process.stderr.write(`build: ${relative(ROOT, part.output)}\n`);
    const tmp = join(ROOT, `.tmp-build-${name}-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    try {
      await part.build(tmp);
      swapIn(tmp, part.output);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    built.push(name);
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['cli', 'web', '--if-stale', '--quiet'].includes(a));
  if (unknown.length > 0) {
    process.stderr.write(
      `build: unknown argument ${unknown[0]}\nUsage: build.mjs [cli] [web] [--if-stale] [--quiet]\n`,
    );
    process.exit(2);
  }
  const names = args.filter((a) => !a.startsWith('--'));
  try {
    await buildParts(names.length > 0 ? names : ['cli', 'web'], {
      ifStale: args.includes('--if-stale'),
      quiet: args.includes('--quiet'),
    });
  } catch (error) {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
