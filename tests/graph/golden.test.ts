/**
 * Golden files
 *
 * The fixture graph's JSON and GEXF are kept in tests/fixtures/graph, so any change to what the
 * builder or the writers produce shows up as a diff to review. Regenerate on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run tests/graph/golden.test.ts`.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphToJSON, parseGraphFile, writeGexf, writeGraphml } from '../../graph/index.ts';
import { buildFixtureGraph } from './fixture.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/graph');

const outputs: [string, (g: ReturnType<typeof buildFixtureGraph>) => string][] = [
  ['fixture.graph.json', graphToJSON],
  ['fixture.gexf', writeGexf],
  ['fixture.graphml', writeGraphml],
];

describe('golden files', () => {
  it.each(outputs)('%s matches what the fixture builds', (name, write) => {
    const path = join(FIXTURES, name);
    const text = write(buildFixtureGraph());
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it.each(outputs)('%s reads back as the fixture graph', (name) => {
    const graph = parseGraphFile(readFileSync(join(FIXTURES, name), 'utf8'), name);
    expect(graphToJSON(graph)).toBe(graphToJSON(buildFixtureGraph()));
  });
});
