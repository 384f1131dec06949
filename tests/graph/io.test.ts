/**
 * Import and export
 *
 * Lossless round trips (JSON, GEXF, GraphML) checked through the real graphology-gexf and
 * graphology-graphml parsers, escaping of hostile text, Neo4j CSV, and clear errors for files that
 * are not graphs.
 */

import Graph from 'graphology';
import { parse as parseGexfRaw } from 'graphology-gexf';
import { parse as parseGraphmlRaw } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { speakerText } from '../../graph/evidence.ts';
import {
  BadFormatError,
  EDGES_CSV_HEADER,
  GraphBuilder,
  graphToJSON,
  type KnowledgeGraph,
  NODES_CSV_HEADER,
  parseGexf,
  parseGraphFile,
  parseGraphJSON,
  parseGraphml,
  writeCsv,
  writeGexf,
  writeGraphml,
} from '../../graph/index.ts';
import type { Evidence } from '../../graph/types.ts';
import { buildFixtureGraph, DOC_1, HOSTILE_LABEL } from './fixture.ts';

const SUPPORTS = 'supports:organization/front-img-src-x-onerror-alert-1-partners->person/mustafa-al-kadiri';

/** The fixture plus what a layout adds and text that strains XML: line ends of XML 1.0 and 1.1, a control character. */
function strainedGraph(): KnowledgeGraph {
  const builder = new GraphBuilder(buildFixtureGraph());
  builder.addDocument({
    doc: { id: 'odd "doc" <3>', title: 'Line one\nline two\ttab' },
    entities: [
      {
        id: 'a',
        kind: 'person',
        label: 'Zoë\u0001 Ünal',
        aliases: ['Zoë Ünal', 'Z; U'],
        titles: [],
        mentionCount: 1,
      },
      {
        id: 'b',
        kind: 'organization',
        label: 'R&D <Unit>',
        aliases: ['R&D <Unit>'],
        titles: [],
        mentionCount: 1,
      },
    ],
    relations: [
      {
        relation: 'agreed_with',
        source: 'b',
        target: 'a',
        evidence: [
          {
            ...DOC_1.relations[0]!.evidence[0]!,
            docId: 'odd "doc" <3>',
            sentence: 'Zoë Ünal\nagreed\u2028with R&D <Unit> ]]> "today"\u0085.',
            negated: true,
          },
        ],
      },
    ],
  });
  const graph = builder.graph;
  graph.forEachNode((key, _a) => {
    graph.mergeNodeAttributes(key, { x: key.length * 1.5, y: -key.length, size: 3, color: '#e63946' });
  });
  return graph;
}

function withoutControlCharacters(graph: KnowledgeGraph): string {
  return graphToJSON(graph).replaceAll('\\u0001', '');
}

describe('graphology JSON', () => {
  it('round-trips losslessly and byte for byte', () => {
    const graph = strainedGraph();
    const json = graphToJSON(graph);
    const back = parseGraphJSON(json, 'g.json');
    expect(back.export()).toEqual(graph.export());
    expect(graphToJSON(back)).toBe(json);
    expect(JSON.parse(graphToJSON(graph, { pretty: false }))).toEqual(JSON.parse(json));
  });

  it('writes the graphology export shape with the graph attributes', () => {
    const data = JSON.parse(graphToJSON(buildFixtureGraph()));
    expect(Object.keys(data)).toEqual(['options', 'attributes', 'nodes', 'edges']);
    expect(data.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: false });
    expect(data.attributes.schema).toBe('kg/1');
    expect(data.edges[0].undirected).toBe(true);
    expect(data.edges[1]).not.toHaveProperty('undirected');
  });

  it('writes keys in schema order whatever order attributes were set in', () => {
    const graph = buildFixtureGraph();
    const shuffled = parseGraphJSON(graphToJSON(graph));
    shuffled.forEachNode((key, attributes) => {
      const reversed = Object.fromEntries(Object.entries(attributes).reverse());
      shuffled.replaceNodeAttributes(key, reversed as never);
    });
    expect(graphToJSON(shuffled)).toBe(graphToJSON(graph));
  });

  const node = (attributes: object) => ({ key: 'person/x', attributes });
  const good = { label: 'X', kind: 'person', aliases: [], titles: [], mentions: 1, docs: [] };
  it.each([
    ['not json', 'g.json: not valid JSON'],
    ['[1, 2]', 'g.json: not a knowledge graph: expected an object'],
    ['{"hello": "world"}', 'g.json: not a knowledge graph: no "nodes" array'],
    [
      JSON.stringify({ nodes: [node({ label: 'x' })] }),
      'g.json: not a knowledge graph: node "person/x" has no kind',
    ],
    [
      JSON.stringify({ nodes: [node({ ...good, kind: 'animal' })] }),
      'g.json: not a knowledge graph: node "person/x" has an unknown kind "animal"',
    ],
    [
      JSON.stringify({ nodes: [node({ ...good, aliases: 'X' })] }),
      'g.json: not a knowledge graph: node "person/x" has aliases that are not a list of strings',
    ],
    [
      JSON.stringify({ nodes: [node(good), node(good)] }),
      'g.json: not a knowledge graph: node "person/x" appears twice',
    ],
    [
      JSON.stringify({
        nodes: [node(good)],
        edges: [{ key: 'e', source: 'person/x', target: 'nope', attributes: {} }],
      }),
      'g.json: not a knowledge graph: edge "e" has an unknown target "nope"',
    ],
    [
      JSON.stringify({
        nodes: [node(good), { key: 'person/y', attributes: good }],
        edges: [{ key: 'e', source: 'person/x', target: 'person/y', attributes: { relation: 'met_with' } }],
      }),
      'g.json: not a knowledge graph: edge "e" is directed but met_with is not',
    ],
    [
      JSON.stringify({
        nodes: [node(good), { key: 'person/y', attributes: good }],
        edges: [
          {
            source: 'person/x',
            target: 'person/y',
            attributes: { relation: 'accused', evidence: [{ docId: 'd' }] },
          },
        ],
      }),
      'g.json: not a knowledge graph: edge #0 evidence #0 has no sentence',
    ],
    [JSON.stringify({ attributes: { schema: 'kg/9' }, nodes: [] }), 'g.json: unsupported schema "kg/9"'],
  ])('refuses %s', (text, message) => {
    expect(() => parseGraphJSON(text, 'g.json')).toThrow(BadFormatError);
    expect(() => parseGraphJSON(text, 'g.json')).toThrow(message);
  });

  it("keeps edge and evidence confidences, and gives an edge without one its evidence's", () => {
    const data = JSON.parse(graphToJSON(buildFixtureGraph()));
    const supports = data.edges.find((e: { key: string }) => e.key === SUPPORTS);
    expect(supports.attributes.confidence).toBe(0.25);
    expect(supports.attributes.evidence[0].confidence).toBe(0.25);
    expect(parseGraphJSON(JSON.stringify(data)).getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
    // a graph written before confidences: the edge's confidence comes from its evidence (absent: 1)
    for (const edge of data.edges) delete edge.attributes.confidence;
    const old = parseGraphJSON(JSON.stringify(data));
    expect(old.getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
    expect(old.getEdgeAttribute('accused:person/ali-khorvani->place/united-states', 'confidence')).toBe(1);
    for (const edge of data.edges) for (const e of edge.attributes.evidence) delete e.confidence;
    expect(parseGraphJSON(JSON.stringify(data)).getEdgeAttribute(SUPPORTS, 'confidence')).toBe(1);
  });

  it.each([
    ['an edge', (edge: { attributes: Record<string, unknown> }) => (edge.attributes.confidence = 1.5)],
    [
      'an evidence record',
      (edge: { attributes: { evidence: Record<string, unknown>[] } }) =>
        (edge.attributes.evidence[0]!.confidence = 'high'),
    ],
  ])('refuses a confidence outside 0–1 on %s', (_name, spoil) => {
    const data = JSON.parse(graphToJSON(buildFixtureGraph()));
    spoil(data.edges.find((e: { key: string }) => e.key === SUPPORTS));
    expect(() => parseGraphJSON(JSON.stringify(data), 'g.json')).toThrow(
      /g\.json: not a knowledge graph: edge "supports:.*" (evidence #0 )?has a confidence that is not a number from 0 to 1/,
    );
  });

  it("keeps a reported sentence's speaker span, and refuses a bad one", () => {
    const data = JSON.parse(graphToJSON(buildFixtureGraph()));
    const said = data.edges
      .flatMap((e: { attributes: { evidence: Evidence[] } }) => e.attributes.evidence)
      .find((e: Evidence) => e.speakerSpan);
    expect(speakerText(said)).toBe('Al-Kádiri');
    const back = parseGraphJSON(JSON.stringify(data));
    const again = back
      .edges()
      .flatMap((k) => back.getEdgeAttribute(k, 'evidence'))
      .find((e) => e.speakerSpan);
    expect(again).toEqual(said);
    said.speakerSpan = [1, 'x'];
    expect(() => parseGraphJSON(JSON.stringify(data), 'g.json')).toThrow(/evidence #0 has a bad speakerSpan/);
  });

  it('drops a `type` attribute on import (sigma would read it)', () => {
    const text = JSON.stringify({ nodes: [node({ ...good, type: 'circle' })] });
    expect(parseGraphJSON(text).getNodeAttributes('person/x')).not.toHaveProperty('type');
  });
});

describe('GEXF', () => {
  const graph = strainedGraph();
  const gexf = writeGexf(graph);

  it('writes GEXF 1.3 of a mixed graph with symmetric edges undirected', () => {
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('defaultedgetype="directed"');
    expect(gexf).toMatch(/<edge id="met_with:[^"]*" type="undirected"/);
    expect(gexf).toContain('<viz:color hex="#e63946"/>');
  });

  it('is readable by graphology-gexf as it is: labels, flattened lists, readable evidence', () => {
    const raw = parseGexfRaw(Graph, gexf);
    expect(raw.order).toBe(graph.order);
    expect(raw.size).toBe(graph.size);
    const front = raw.getNodeAttributes('organization/front-img-src-x-onerror-alert-1-partners');
    expect(front.label).toBe(HOSTILE_LABEL);
    const khorvani = raw.getNodeAttributes('person/ali-khorvani');
    expect(khorvani.aliases).toBe(
      "Ali Khorvani; Ayatollah Ali Khorvani; Iran's Leader; Khorvani; Supreme Leader",
    );
    expect(khorvani.mentions).toBe(4);
    const accused = raw.getEdgeAttributes('accused:person/ali-khorvani->place/united-states');
    expect(accused.label).toBe('accused');
    expect(accused.weight).toBe(2);
    expect(accused.evidence).toBe(
      'Khorvani accused the United States of occupying Iraq. [irna-2020-07-22] | ' +
        'Supreme Leader Khorvani accused the United States & its allies of "<b>sabotage</b>". [reuters-2020-07-23, confidence 0.3]',
    );
    expect(raw.isUndirected('met_with:person/ali-khorvani--person/mustafa-al-kadiri')).toBe(true);
  });

  it("writes each edge's confidence as a number column graphology-gexf reads back", () => {
    const raw = parseGexfRaw(Graph, gexf);
    expect(raw.getEdgeAttribute('met_with:person/ali-khorvani--person/mustafa-al-kadiri', 'confidence')).toBe(
      0.84,
    );
    expect(raw.getEdgeAttribute('accused:person/ali-khorvani->place/united-states', 'confidence')).toBe(1);
    expect(raw.getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
    const back = parseGexf(gexf, 'g.gexf');
    expect(back.getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
    expect(back.getEdgeAttribute(SUPPORTS, 'evidence')[0]?.confidence).toBe(0.25);
  });

  it('escapes markup: no raw tag from the text reaches the XML', () => {
    expect(gexf).not.toContain('<img');
    expect(gexf).not.toContain('<b>');
    expect(gexf).not.toContain('\u0001');
  });

  it('round-trips every node, edge and attribute (control characters aside)', () => {
    const back = parseGexf(gexf, 'g.gexf');
    expect(graphToJSON(back)).toBe(withoutControlCharacters(graph));
    expect(
      back.getEdgeAttribute('agreed_with:organization/r-d-unit--person/zoe-unal', 'evidence')[0],
    ).toMatchObject({
      negated: true,
      sentence: 'Zoë Ünal\nagreed\u2028with R&D <Unit> ]]> "today"\u0085.',
    });
  });

  it.each([
    ['XML garbage', '<<<not xml at all', 'g.gexf: not a GEXF file'],
    [
      'a GEXF without nodes',
      '<?xml version="1.0"?><gexf version="1.3"><graph></graph></gexf>',
      'no <nodes> element',
    ],
    ['a truncated GEXF', '<gexf version="1.3"><graph><nodes><node id="a" label="A"/>', 'truncated GEXF'],
    [
      'a GEXF of something else',
      '<gexf version="1.3"><graph><nodes><node id="a" label="A"/></nodes></graph></gexf>',
      'g.gexf: not a knowledge graph: node "a" has no kind',
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseGexf(text, 'g.gexf')).toThrow(BadFormatError);
    expect(() => parseGexf(text, 'g.gexf')).toThrow(message);
  });
});

describe('GraphML', () => {
  const graph = strainedGraph();
  const graphml = writeGraphml(graph);

  it('is readable by graphology-graphml as a mixed multi graph', () => {
    const raw = parseGraphmlRaw(Graph, graphml);
    expect(raw.order).toBe(graph.order);
    expect(raw.size).toBe(graph.size);
    expect(raw.type).toBe('mixed');
    expect(raw.isUndirected('met_with:person/ali-khorvani--person/mustafa-al-kadiri')).toBe(true);
    expect(raw.isDirected('accused:person/ali-khorvani->place/united-states')).toBe(true);
    expect(raw.getNodeAttribute('organization/front-img-src-x-onerror-alert-1-partners', 'label')).toBe(
      HOSTILE_LABEL,
    );
    expect(raw.getNodeAttribute('person/ali-khorvani', 'mentions')).toBe(4);
    expect(raw.getAttribute('schema')).toBe('kg/1');
  });

  it("writes each edge's confidence as a double graphology-graphml reads back", () => {
    const raw = parseGraphmlRaw(Graph, graphml);
    expect(raw.getEdgeAttribute('met_with:person/ali-khorvani--person/mustafa-al-kadiri', 'confidence')).toBe(
      0.84,
    );
    expect(raw.getEdgeAttribute('accused:person/ali-khorvani->place/united-states', 'confidence')).toBe(1);
    expect(raw.getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
    const back = parseGraphml(graphml, 'g.graphml');
    expect(back.getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
    expect(back.getEdgeAttribute(SUPPORTS, 'evidence')[0]?.confidence).toBe(0.25);
  });

  it('escapes markup', () => {
    expect(graphml).not.toContain('<img');
    expect(graphml).not.toContain('<b>');
    expect(graphml).not.toContain('\u0001');
  });

  it('round-trips every node, edge and attribute (control characters aside)', () => {
    expect(graphToJSON(parseGraphml(graphml, 'g.graphml'))).toBe(withoutControlCharacters(graph));
  });

  it.each([
    ['XML garbage', '<<<', 'g.graphml: not a GraphML file'],
    ['a truncated file', graphml.slice(0, graphml.length / 2), 'g.graphml: truncated GraphML'],
    ['a GraphML without a graph', '<graphml></graphml>', 'no <graph> element'],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseGraphml(text, 'g.graphml')).toThrow(message);
  });
});

/** A strict RFC 4180 reader, to check what writeCsv writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('CSV (Neo4j bulk import)', () => {
  const graph = strainedGraph();
  const { nodes, edges } = writeCsv(graph);

  it('writes the Neo4j headers exactly', () => {
    expect(NODES_CSV_HEADER).toBe('id:ID,label,:LABEL,aliases:string[],mentions:int');
    expect(EDGES_CSV_HEADER).toBe(':START_ID,:END_ID,:TYPE,weight:int,confidence:double,evidence');
    expect(nodes.split('\n')[0]).toBe(NODES_CSV_HEADER);
    expect(edges.split('\n')[0]).toBe(EDGES_CSV_HEADER);
  });

  it('writes one row per node and per edge, quoted per RFC 4180', () => {
    const nodeRows = readCsv(nodes);
    expect(nodeRows).toHaveLength(graph.order + 1);
    expect(nodeRows.every((r) => r.length === 5)).toBe(true);
    expect(nodeRows).toContainEqual([
      'organization/front-img-src-x-onerror-alert-1-partners',
      HOSTILE_LABEL,
      'Organization',
      HOSTILE_LABEL,
      '1',
    ]);
    expect(nodeRows).toContainEqual([
      'person/zoe-unal',
      'Zoë\u0001 Ünal',
      'Person',
      'Z, U;Zoë\u0001 Ünal;Zoë Ünal',
      '1',
    ]);

    const edgeRows = readCsv(edges);
    expect(edgeRows).toHaveLength(graph.size + 1);
    expect(edgeRows.filter((r) => r[2] === 'MET_WITH')).toEqual([
      [
        'person/ali-khorvani',
        'person/mustafa-al-kadiri',
        'MET_WITH',
        '2',
        '0.84',
        'Ayatollah Ali Khorvani met with Iraqi Prime Minister Mustafa al-Kádiri in Tehran on Wednesday. | ' +
          'Ali Khorvani met Mustafa Al Kadiri again in Tehran.',
      ],
    ]);
    expect(edgeRows).toContainEqual([
      'organization/r-d-unit',
      'person/zoe-unal',
      'AGREED_WITH',
      '1',
      '0.84',
      'Zoë Ünal\nagreed\u2028with R&D <Unit> ]]> "today"\u0085.',
    ]);
  });
});

describe('parseGraphFile', () => {
  const graph = buildFixtureGraph();
  const json = graphToJSON(graph);
  const formats: [string, string][] = [
    ['graph.json', json],
    ['graph.gexf', writeGexf(graph)],
    ['graph.graphml', writeGraphml(graph)],
    ['graph.xml', writeGexf(graph)],
    ['graph.XML', writeGraphml(graph)],
    ['from-stdin', json],
    ['download', writeGexf(graph)],
    ['export.txt', writeGraphml(graph)],
  ];
  it.each(formats)('reads %s', (filename, text) => {
    expect(graphToJSON(parseGraphFile(text, filename))).toBe(json);
  });

  it.each([
    ['notes.txt', 'just some text'],
    ['data.xml', '<html><body>hello</body></html>'],
    ['graph.json', '<gexf></gexf>'],
  ])('refuses %s with a BadFormatError naming the file', (filename, text) => {
    expect(() => parseGraphFile(text, filename)).toThrow(BadFormatError);
    expect(() => parseGraphFile(text, filename)).toThrow(new RegExp(`^${filename.replace('.', '\\.')}: `));
  });
});
