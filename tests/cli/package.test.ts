/**
 * The compiled CLI and the packed package
 *
 * dist/ holds JavaScript only (no import of a .ts file, no tsx), the `kg` bin runs it with worker
 * threads that are JavaScript too; and the tarball `npm pack` makes, unpacked beside its production
 * dependencies only (no vite, typescript or tsx — what `npm install --omit=dev` leaves, put
 * together from this clone's node_modules since tests use no network), builds a graph and serves
 * the prebuilt web view with `kg view`; examples import it by package name (the store's too, into
 * PGlite), and a TypeScript consumer compiles against its declarations.
 */

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, SAMPLE, scratch } from './helpers.ts';
import { installPacked } from './packed.ts';

const { dir, cleanup } = scratch();
afterAll(cleanup);

const DIST = join(ROOT, 'dist');

function jsFiles(at: string): string[] {
  return readdirSync(at).flatMap((name) => {
    const path = join(at, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, KG_DEBUG: '' } });
}

describe('the compiled CLI (dist/)', () => {
  it('imports no TypeScript file and no tsx', () => {
    const files = jsFiles(DIST);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(/(from|import\()\s*['"][^'"]+\.ts['"]/.test(text), relative(ROOT, file)).toBe(false);
      expect(/['"]tsx(\/[^'"]*)?['"]/.test(text), relative(ROOT, file)).toBe(false);
    }
    expect(existsSync(join(DIST, 'src', 'corpus', 'worker.js'))).toBe(true);
  });

  it('bin/kg.js builds a corpus on two JavaScript worker threads', () => {
    const out = join(dir, 'corpus.json');
    const r = run(
      [join(ROOT, 'bin', 'kg.js'), 'build', fixture('corpus'), '-o', out, '--workers', '2'],
      ROOT,
    );
    expect(r.stderr).toMatch(/Built 2 documents/);
    expect(r.status).toBe(0);
    const version = run([join(ROOT, 'bin', 'kg.js'), '--version'], dir);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('the packed package without dev dependencies', () => {
  const app = join(dir, 'app');
  const modules = join(app, 'node_modules');
  const kg = join(modules, 'kg-builder', 'bin', 'kg.js');

  beforeAll(() => {
    const installed = installPacked(dir);
    expect(installed.app).toBe(app);
    // the models' weights and word classes (base64 of gzip, 5.3 MB as bytes) are carried by dist/ and by
    // the page's worker
    expect(installed.tarballBytes).toBeLessThan(12_600_000);
  }, 120_000);

  it('holds the compiled CLI and the built page, no sources and no dev dependency', () => {
    const pkg = join(modules, 'kg-builder');
    expect(existsSync(join(pkg, 'dist', 'src', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(pkg, 'web', 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    for (const dev of ['vite', 'typescript', 'tsx', 'vitest'])
      expect(existsSync(join(modules, dev)), dev).toBe(false);
  });

  it('runs the neighbours example by package name, and its types compile for a consumer', () => {
    copyFileSync(join(ROOT, 'examples', 'neighbors.mjs'), join(app, 'neighbors.mjs'));
    const r = run([join(app, 'neighbors.mjs')], app);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^met_with undirected Mustafa al-Kazemi: /m);
    copyFileSync(join(ROOT, 'examples', 'typed.ts'), join(app, 'typed.ts'));
    for (const config of ['tsconfig.json', 'tsconfig.node.json']) {
      copyFileSync(join(ROOT, 'examples', config), join(app, config));
      const tsc = run([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(app, config)], app);
      expect(tsc.stdout + tsc.stderr, config).toBe('');
      expect(tsc.status).toBe(0);
    }
  }, 60_000);

  it('runs the store example by package name: worker-thread extraction into PGlite, read back', () => {
    copyFileSync(join(ROOT, 'examples', 'store.mjs'), join(app, 'store.mjs'));
    const db = `pglite:${join(app, 'kg-db')}`;
    const r = run([join(app, 'store.mjs'), db], app);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^added 1, already stored 0; \d+ entities in pglite:/);
    expect(r.stdout).toMatch(/^met_with undirected Mustafa al-Kazemi: /m);
    expect(existsSync(join(app, 'kg-db', 'PG_VERSION'))).toBe(true);
  }, 60_000);

  it('builds a graph and serves it with kg view', async () => {
    const graph = join(app, 'g.json');
    const built = run([kg, 'build', SAMPLE, '-o', graph, '--quiet'], app);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const child = spawn(process.execPath, [kg, 'view', graph, '--port', '0'], { cwd: app });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c) => {
        stdout += String(c);
        const m = /http:\/\/127\.0\.0\.1:\d+\/\n/.exec(stdout);
        if (m) resolve(m[0].trim());
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script[^>]+src="\.\/assets\//);
    expect((await fetch(`${url}graph`)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  }, 120_000);
});
