/**
 * No lost updates: kg build --into holds a lock on its graph
 *
 * Two real `kg build --into graph.json` processes started together, while this test itself holds
 * the graph's lock: both say they are waiting, and once the lock is freed each in turn reads what
 * the other wrote, so the graph ends with every document of both runs. A run that cannot get the
 * lock in time fails with exit 1 naming the file and its lock; an abandoned (stale) lock is taken
 * over; a lock is never left behind.
 */

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runKg, scratch, spawnKg } from '../cli/helpers.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

const doc = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;

function documentIds(graph: string): string[] {
  const data = JSON.parse(readFileSync(graph, 'utf8')) as { attributes: { documents: { id: string }[] } };
  return data.attributes.documents.map((d) => d.id).sort();
}

/** Starts `kg` as a real process; resolves `waiting` when it says it waits for the lock. */
function startKg(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, KG_DEBUG: '' },
  });
  let stderr = '';
  let onWaiting: () => void = () => {};
  const waiting = new Promise<void>((resolve) => {
    onWaiting = resolve;
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
    if (/waiting for another kg run/.test(stderr)) onWaiting();
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    child.on('exit', (code) => resolve({ code, stderr }));
  });
  return { waiting, exited };
}

describe('kg build --into under a lock', () => {
  it('two runs at once both land: neither loses the other’s documents', async () => {
    const graph = join(dir, 'graph.json');
    writeFileSync(join(dir, 'a.jsonl'), doc('a', 'Kenyan President William Ruto met Abiy Ahmed in Nairobi.'));
    writeFileSync(
      join(dir, 'b.jsonl'),
      doc('b', 'The European Union sanctioned Belarus after the election.'),
    );
    writeFileSync(
      join(dir, 'c.jsonl'),
      doc('c', 'Protesters in Santiago demonstrated against the government.'),
    );
    expect(
      (await runKg(['build', join(dir, 'a.jsonl'), '-o', graph, '--workers', '0', '--quiet'])).code,
    ).toBe(0);

    const release = await lockfile.lock(graph, { realpath: false });
    const runs = ['b', 'c'].map((name) =>
      startKg(['build', join(dir, `${name}.jsonl`), '--into', graph, '--workers', '0', '--quiet']),
    );
    await Promise.all(runs.map((r) => r.waiting));
    await release();
    const results = await Promise.all(runs.map((r) => r.exited));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(documentIds(graph)).toEqual(['a', 'b', 'c']);
    expect(existsSync(`${graph}.lock`)).toBe(false);
  }, 120_000);

  it('fails clearly, exit 1, when the lock is still held after the wait', async () => {
    const graph = join(dir, 'held.json');
    expect(
      (await runKg(['build', join(dir, 'a.jsonl'), '-o', graph, '--workers', '0', '--quiet'])).code,
    ).toBe(0);
    const release = await lockfile.lock(graph, { realpath: false });
    try {
      const r = spawnKg(['build', join(dir, 'b.jsonl'), '--into', graph, '--workers', '0'], {
        env: { KG_LOCK_WAIT_SECONDS: '0' },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^kg: .*held\.json: locked by another kg run \(.*held\.json\.lock\)/m);
    } finally {
      await release();
    }
    expect(documentIds(graph)).toEqual(['a']);
  }, 60_000);

  it('takes over a lock whose holder died long ago', async () => {
    const graph = join(dir, 'stale.json');
    expect(
      (await runKg(['build', join(dir, 'a.jsonl'), '-o', graph, '--workers', '0', '--quiet'])).code,
    ).toBe(0);
    mkdirSync(`${graph}.lock`);
    const long = new Date(Date.now() - 24 * 3600 * 1000);
    utimesSync(`${graph}.lock`, long, long);
    const r = await runKg(['build', join(dir, 'b.jsonl'), '--into', graph, '--workers', '0', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(documentIds(graph)).toEqual(['a', 'b']);
    expect(existsSync(`${graph}.lock`)).toBe(false);
  });
});
