/**
 * graph/ import rules
 *
 * graph/ is the core every other folder builds on and it runs in Node and in the browser: it imports
 * nothing outside graph/, no node: module, no compromise, no DOM global; only graph/io imports the
 * XML format libraries. This test reads the import lines and the source of every file under graph/.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GRAPH = join(ROOT, 'graph');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const files = sourceFiles(GRAPH).map((path) => ({
  name: relative(ROOT, path),
  path,
  text: readFileSync(path, 'utf8'),
}));

describe('graph/ import rules', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s', (name, file) => {
    for (const specifier of importsOf(file.text)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file.path), specifier);
        expect(target.startsWith(GRAPH), `${name} imports ${specifier} from outside graph/`).toBe(true);
        expect(specifier.endsWith('.ts'), `${name}: relative import ${specifier} needs .ts`).toBe(true);
        continue;
      }
      expect(specifier.startsWith('node:'), `${name} imports ${specifier}`).toBe(false);
      expect(['fs', 'path', 'compromise', 'sigma'].includes(specifier), `${name} imports ${specifier}`).toBe(
        false,
      );
      if (/^graphology-(gexf|graphml)/.test(specifier)) {
        expect(name.startsWith('graph/io/'), `${name} imports ${specifier}`).toBe(true);
      }
    }
    expect(file.text, `${name} uses a DOM global`).not.toMatch(
      /\b(?:window|document|localStorage|navigator)\.[A-Za-z_]/,
    );
    expect(file.text.startsWith('/**'), `${name} has no banner comment`).toBe(true);
  });
});
