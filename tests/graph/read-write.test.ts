/**
 * readGraph and writeGraph: one call to read any graph file's text, one to write a format
 *
 * Every format round-trips the fixture graph (JSON byte for byte), bytes read like text, the reader
 * is picked by the name or else by the content, and bad input or an unknown format fails with the
 * library's typed errors.
 */

import { describe, expect, it } from 'vitest';
import { type GraphFormat, graphToJSON, readGraph, writeGraph } from '../../graph/index.ts';
import { buildFixtureGraph } from './fixture.ts';

const graph = buildFixtureGraph();
const json = graphToJSON(graph);

describe('readGraph / writeGraph', () => {
  it.each(['json', 'gexf', 'graphml'] as GraphFormat[])('%s round-trips the graph', (format) => {
    const text = writeGraph(graph, format);
    expect(graphToJSON(readGraph(text, `g.${format}`))).toBe(json);
    // without a telling name, the content picks the reader
    expect(graphToJSON(readGraph(text))).toBe(json);
  });

  it('writes JSON by default and reads bytes as UTF-8', () => {
    const bytes = new TextEncoder().encode(writeGraph(graph));
    expect(graphToJSON(readGraph(bytes, 'g.json'))).toBe(json);
  });

  it("keeps an evidence's confidence and refuses one outside 0–1", () => {
    const data = JSON.parse(json);
    const edge = data.edges.find(
      (e: { attributes: { evidence: unknown[] } }) => e.attributes.evidence.length > 0,
    );
    edge.attributes.evidence[0].confidence = 0.64;
    const back = JSON.parse(graphToJSON(readGraph(JSON.stringify(data), 'g.json')));
    const same = back.edges.find((e: { key: string }) => e.key === edge.key);
    expect(same.attributes.evidence[0].confidence).toBe(0.64);
    edge.attributes.evidence[0].confidence = 1.5;
    expect(() => readGraph(JSON.stringify(data), 'g.json')).toThrow(
      /confidence that is not a number from 0 to 1/,
    );
  });

  it('fails with BadFormatError naming the file, and UsageError on an unknown format', () => {
    expect(() => readGraph('not a graph', 'notes.txt')).toThrow(
      expect.objectContaining({ name: 'BadFormatError' }),
    );
    expect(() => readGraph('not a graph', 'notes.txt')).toThrow(/^notes\.txt/);
    expect(() => writeGraph(graph, 'csv' as GraphFormat)).toThrow(
      expect.objectContaining({ name: 'UsageError' }),
    );
  });
});
