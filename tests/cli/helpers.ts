/**
 * CLI test helpers
 *
 * Two ways to run `kg`: `spawnKg` starts the real process (exit code, stderr as a user sees it;
 * about a second each, so used sparingly) and `runKg` runs the same code in-process with captured
 * streams (fast, for the many bad-input cases). Plus a scratch folder per test file.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cli');
export const SAMPLE = join(ROOT, 'samples', 'iran-iraq-meeting.txt');
export const fixture = (name: string) => join(FIXTURES, name);

export interface KgResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process. */
export function spawnKg(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): KgResult {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args],
    {
      cwd: ROOT,
      input: options.input ?? '',
      encoding: 'utf8',
      env: { ...process.env, KG_DEBUG: '', ...options.env },
      timeout: 60_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI in-process with captured output. */
export async function runKg(args: string[], options: { stdin?: string } = {}): Promise<KgResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: {},
    interrupted: Promise.resolve(),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A fresh scratch folder, and a function that removes it. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Names of leftover temporary files in a folder. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('.tmp-'));
}
