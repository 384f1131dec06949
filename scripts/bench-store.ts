/**
 * Store benchmark (`npm run bench`, last part; or `tsx scripts/bench-store.ts`)
 *
 * In one run: `kg build` of a Brown-corpus slice to a JSON file and into a PGlite store (and into a
 * PostgreSQL server when KG_TEST_PG_URL or --pg names one), each in words per second, with the
 * store's size per document; then a store of generated documents (the graph benchmark's synthetic
 * corpus) of 100,000 entities, ingested in batches, and the latency of `neighbors` (one hop, read
 * through the store's subgraph path as `kg query --db` does) for random entities: median and 95th
 * percentile. Flags: --words N (default 200,000), --entities N (default 100,000), --quick, --pg URL.
 * Every figure is printed, none asserted.
 */

import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { seededRandom } from '../graph/random.ts';
import type { DocGraphInput } from '../graph/types.ts';
import { countWords } from '../src/corpus/ordered.ts';
import { analyzeStore, openStore, questionGraph, type SqlEngine, writeBatch } from '../src/store/index.ts';
import { brownDocuments } from './bench/brown.ts';
import { generatedDocuments } from './bench/graphs.ts';
import { type ChildRun, duration, int, megabytes, ratio, runKg } from './bench/measure.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const targetWords = Number(arg('--words') ?? (quick ? 20_000 : 200_000));
const entities = Number(arg('--entities') ?? (quick ? 10_000 : 100_000));
const pgUrl = arg('--pg') ?? process.env.KG_TEST_PG_URL;
const workers = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-store-'));
const say = (line = '') => console.log(line);
const row = (label: string, value: string) => say(`  ${label.padEnd(40)} ${value}`);

/** Bytes of every file under `path`. */
function du(path: string): number {
  let total = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, e.name);
    total += e.isDirectory() ? du(p) : statSync(p).size;
  }
  return total;
}

/** A fresh database on the server, and its URL. */
async function serverDatabase(url: string, name: string, drop = false): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    if (!drop) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function tablesBytes(engine: SqlEngine): Promise<number> {
  const [row] = await engine.query<{ bytes: string | number }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'kg' AND c.relkind = 'r'`,
  );
  return Number(row?.bytes ?? 0);
}

function check(run: ChildRun, what: string): void {
  if (run.code !== 0) throw new Error(`${what} failed (${run.code}): ${run.stderr.trim().split('\n').pop()}`);
}

try {
  const docs: { id: string; text: string }[] = [];
  let words = 0;
  for (const doc of brownDocuments()) {
    if (words >= targetWords) break;
    docs.push(doc);
    words += countWords(doc.text);
  }
  const jsonl = join(dir, 'corpus.jsonl');
  writeFileSync(jsonl, docs.map((d) => JSON.stringify(d)).join('\n'));
  say(`Store benchmark: ${int(docs.length)} Brown documents, ${int(words)} words, ${workers} workers`);
  say(
    `  load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const file = await runKg(['build', jsonl, '-o', join(dir, 'graph.json'), '--workers', String(workers)]);
  check(file, 'kg build -o');
  row('kg build -o graph.json', `${duration(file.wallSeconds)}, ${int(words / file.wallSeconds)} words/s`);
  const lite = join(dir, 'kg-db');
  const store = await runKg(['build', jsonl, '--db', `pglite:${lite}`, '--workers', String(workers)]);
  check(store, 'kg build --db pglite');
  row(
    'kg build --db pglite:…',
    `${duration(store.wallSeconds)}, ${int(words / store.wallSeconds)} words/s (${ratio(words / store.wallSeconds, words / file.wallSeconds)} the JSON build)`,
  );
  const liteEngine = await openStore(`pglite:${lite}`, { write: false });
  const liteTables = await tablesBytes(liteEngine);
  await liteEngine.close();
  row(
    'PGlite store size per document',
    `${int(liteTables / docs.length)} bytes in the kg tables with indexes (directory ${megabytes(du(lite))}, an empty one ~40 MB)`,
  );
  if (pgUrl) {
    const url = await serverDatabase(pgUrl, 'kg_bench');
    const server = await runKg(['build', jsonl, '--db', url, '--workers', String(workers)]);
    check(server, 'kg build --db postgres');
    row(
      'kg build --db postgres://…',
      `${duration(server.wallSeconds)}, ${int(words / server.wallSeconds)} words/s (${ratio(words / server.wallSeconds, words / file.wallSeconds)} the JSON build)`,
    );
    const engine = await openStore(url, { write: false });
    row(
      'server store size per document',
      `${int((await tablesBytes(engine)) / docs.length)} bytes in the kg tables with indexes`,
    );
    await engine.close();
    await serverDatabase(pgUrl, 'kg_bench', true);
  }
  say();

  const targets: { name: string; db: string }[] = [{ name: 'PGlite', db: `pglite:${join(dir, 'big')}` }];
  if (pgUrl) targets.push({ name: 'server', db: await serverDatabase(pgUrl, 'kg_bench_big') });
  for (const target of targets) {
    say(`Generated store of ${int(entities)} entities (${target.name})`);
    const engine = await openStore(target.db, { write: true });
    const start = performance.now();
    let batch: DocGraphInput[] = [];
    let count = 0;
    for (const input of generatedDocuments(entities)) {
      batch.push(input);
      count++;
      if (batch.length === 100) {
        await writeBatch(engine, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await writeBatch(engine, batch);
    await analyzeStore(engine); // as kg build --db does at its end
    const ingest = (performance.now() - start) / 1000;
    row('ingestion', `${duration(ingest)} (${int(count)} documents, ${int(count / ingest)} documents/s)`);
    const next = seededRandom(7);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const n = Math.floor(next() * entities);
      const label = `${['Person', 'Place', 'Agency'][n % 3]} ${n}`;
      const t = performance.now();
      const { graph } = await questionGraph(engine, 'neighbors', [label], 1);
      times.push(performance.now() - t);
      found += graph.order - 1;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    row(
      'neighbors, one hop (200 random entities)',
      `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${(found / times.length).toFixed(1)} neighbours on average)`,
    );
    await engine.close();
    if (target.name === 'server' && pgUrl) await serverDatabase(pgUrl, 'kg_bench_big', true);
    say();
  }
  say(
    `  load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
