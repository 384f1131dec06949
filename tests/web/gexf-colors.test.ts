/**
 * GEXF edge colours
 *
 * Every edge of our GEXF carries its relation's colour as viz:color — graph/palette.ts, the table
 * the web view draws with (web/palette.ts re-exports it, so they cannot drift apart). Proved by a
 * round trip through graphology-gexf's own parser (the colour comes back as the edge's `color`),
 * by reading the XML namespace-aware (every viz element is in the GEXF 1.3 viz namespace
 * Gephi reads, a colour has the form its schema allows, and sits inside its edge), and by our own
 * reader restoring the graph exactly (the palette colour is derived, not an attribute), while an
 * edge colour of its own survives a round trip.
 */

import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexfRaw } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { graphToJSON, parseGexf, RELATION_TYPES, writeGexf } from '../../graph/index.ts';
import {
  RELATION_COLORS as GRAPH_RELATION_COLORS,
  relationColor,
  UNKNOWN_COLOR,
} from '../../graph/palette.ts';
import { RELATION_COLORS } from '../../web/palette.ts';
import { buildFixtureGraph } from '../graph/fixture.ts';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

const graph = buildFixtureGraph();
const gexf = writeGexf(graph);

describe('GEXF edge colours', () => {
  it('has edges of several relations to check', () => {
    const relations = new Set(graph.mapEdges((_e, a) => a.relation));
    expect(graph.size).toBeGreaterThan(3);
    expect(relations.size).toBeGreaterThan(2);
  });

  it('shares the web view’s palette: one table', () => {
    expect(RELATION_COLORS).toBe(GRAPH_RELATION_COLORS);
    for (const r of RELATION_TYPES) expect(relationColor(r)).toMatch(/^#[0-9a-f]{6}$/);
    expect(relationColor('made_up')).toBe(UNKNOWN_COLOR);
  });

  it('round-trips through graphology-gexf: each edge comes back with its relation’s colour', () => {
    const raw = parseGexfRaw(Graph, gexf);
    expect(raw.size).toBe(graph.size);
    graph.forEachEdge((edge, attributes) => {
      const color = raw.getEdgeAttribute(edge, 'color');
      expect(color, edge).toBe(RELATION_COLORS[attributes.relation]);
    });
  });

  it('writes valid GEXF 1.3 viz: in the viz namespace, a #rrggbb hex, inside its edge', () => {
    const parseErrors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, message: unknown) => {
        if (level !== 'warning') parseErrors.push(String(message));
      },
    }).parseFromString(gexf, 'text/xml');
    expect(parseErrors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(GEXF_NS);
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.lookupNamespaceURI('viz')).toBe(VIZ_NS);
    const edges = Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'edge'));
    expect(edges).toHaveLength(graph.size);
    for (const edge of edges) {
      const colors = Array.from(edge.childNodes).filter(
        (n): n is Element => n.nodeType === 1 && (n as Element).localName === 'color',
      );
      expect(colors, edge.getAttribute('id') ?? '').toHaveLength(1);
      const color = colors[0]!;
      expect(color.namespaceURI).toBe(VIZ_NS);
      expect(color.prefix).toBe('viz');
      // the viz schema's colour: a hex value, or r, g, b in 0–255 (and a in 0–1); we write hex
      expect(color.getAttribute('hex')).toMatch(/^#[0-9a-fA-F]{6}$/);
      for (const channel of ['r', 'g', 'b', 'a']) expect(color.hasAttribute(channel)).toBe(false);
      expect(color.childNodes.length).toBe(0);
      const relation = graph.getEdgeAttribute(edge.getAttribute('id')!, 'relation');
      expect(color.getAttribute('hex')).toBe(RELATION_COLORS[relation]);
    }
    // every viz element anywhere is in the viz namespace, none in another one or none
    const viz = Array.from(doc.getElementsByTagName('*')).filter((e) => e.prefix === 'viz');
    expect(viz.length).toBeGreaterThanOrEqual(graph.size);
    for (const e of viz) expect(e.namespaceURI).toBe(VIZ_NS);
  });

  it('reads back as the same graph: the palette colour is not an attribute of the edge', () => {
    expect(graphToJSON(parseGexf(gexf))).toBe(graphToJSON(graph));
  });

  it('keeps an edge’s own colour through a round trip', () => {
    const coloured = graph.copy();
    const edge = coloured.edges()[0]!;
    coloured.setEdgeAttribute(edge, 'color' as never, '#123456' as never);
    const text = writeGexf(coloured);
    expect(parseGexfRaw(Graph, text).getEdgeAttribute(edge, 'color')).toBe('#123456');
    expect(parseGexf(text).getEdgeAttribute(edge, 'color' as never)).toBe('#123456');
  });
});
