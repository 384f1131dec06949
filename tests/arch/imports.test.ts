/**
 * Architecture: imports go one way (graph ← src ← web; inside src, nothing imports src/cli, which
 * sits on top; no source folder imports scripts/ or tests/), graph stays free of Node, the DOM,
 * compromise and the database clients and imports nothing outside graph/, each heavy dependency
 * enters through one door (the database clients through src/store, used by the CLI and server),
 * relative imports name their .ts file, and every source file opens with a banner comment.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const re =
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

/** The top folder an import lands in, for relative imports; the package name otherwise. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const abs = relative(root, join(root, file, '..', spec));
  return abs.split('/')[0]!;
}

/** The path an import lands on, relative to the root, for relative imports; undefined otherwise. */
function targetPath(file: string, spec: string): string | undefined {
  return spec.startsWith('.') ? relative(root, join(root, file, '..', spec)) : undefined;
}

const all = ['graph', 'src', 'web'].flatMap((d) => files(d));

describe('import rules', () => {
  it('finds the source files', () => {
    expect(all.filter((f) => f.startsWith('graph/')).length).toBeGreaterThan(3);
    expect(all.filter((f) => f.startsWith('src/')).length).toBeGreaterThan(3);
  });

  it.each(all)('%s follows the rules', (file) => {
    const top = file.split('/')[0];
    for (const spec of imports(file)) {
      const to = target(file, spec);
      if (top === 'graph') {
        // the core runs in Node and in the browser: nothing from outside graph/, no Node module
        if (spec.startsWith('.')) expect(to, `${file} imports ${spec} from outside graph/`).toBe('graph');
        expect(
          spec.startsWith('node:') ||
            ['fs', 'path', 'compromise', 'sigma', 'pg', '@electric-sql/pglite'].includes(spec),
          `${file} imports ${spec}`,
        ).toBe(false);
      }
      // a module import names its .ts file; assets ("sample.txt?raw") keep their own extension
      const asset = /\.(?!ts$)\w+(\?\w+)?$/.test(spec);
      if (spec.startsWith('.') && !asset) {
        expect(spec.endsWith('.ts'), `${file}: relative import ${spec} needs .ts`).toBe(true);
      }
      expect(['scripts', 'tests'], `${file} imports ${spec}`).not.toContain(to);
      if (top === 'src') {
        expect(to, `${file} imports ${spec}`).not.toBe('web');
        // the CLI sits on top: only src/cli itself imports src/cli
        if (!file.startsWith('src/cli/')) {
          expect(targetPath(file, spec)?.startsWith('src/cli/'), `${file} imports ${spec}`).not.toBe(true);
        }
        expect(spec.startsWith('sigma') || spec.startsWith('@sigma/'), `${file} imports ${spec}`).toBe(false);
      }
      if (top === 'web') {
        expect(spec.includes('/cli/') || spec.includes('/server/'), `${file} imports ${spec}`).toBe(false);
      }
      if (spec === 'compromise' || spec.startsWith('compromise/')) expect(file).toBe('src/nlp/compromise.ts');
      // the store's engines enter through src/store only, and only the CLI and the server use the store
      if (spec === 'pg' || spec.startsWith('@electric-sql/'))
        expect(file.startsWith('src/store/'), `${file} imports ${spec}`).toBe(true);
      if (spec.startsWith('.') && relative(root, join(root, file, '..', spec)).startsWith('src/store/')) {
        expect(/^src\/(store|cli|server)\//.test(file), `${file} imports the store`).toBe(true);
      }
      if (/^graphology-(gexf|graphml)/.test(spec))
        expect(file.startsWith('graph/io/'), `${file} imports ${spec}`).toBe(true);
    }
  });

  it('keeps the benchmark harness out of src/', () => {
    expect(all.filter((f) => f.startsWith('src/') && /\bbench\b/.test(f))).toEqual([]);
  });

  it('keeps the DOM out of graph/ and src/ (no document, window, localStorage or navigator)', () => {
    for (const file of all.filter((f) => !f.startsWith('web/') && !f.startsWith('src/server/'))) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(/\b(document|window|localStorage|navigator)\.\w/.test(text), file).toBe(false);
    }
  });

  it.each(all)('%s opens with a banner comment', (file) => {
    expect(readFileSync(join(root, file), 'utf8').startsWith('/**')).toBe(true);
  });
});
