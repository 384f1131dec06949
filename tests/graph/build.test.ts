/**
 * Building and merging
 *
 * Two documents that name the same people differently merge into one node each; evidence
 * accumulates; a document added twice changes nothing; the same input always gives the same bytes.
 */

import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  createGraph,
  type DocGraphInput,
  GraphBuilder,
  graphToJSON,
  parseGraphJSON,
  SCHEMA_VERSION,
} from '../../graph/index.ts';
import { buildFixtureGraph, DOC_1, DOC_2, evidence, HOSTILE_LABEL } from './fixture.ts';

function person(id: string, label: string, aliases: string[], titles: string[] = [], mentionCount = 1) {
  return { id, kind: 'person' as const, label, aliases, titles, mentionCount };
}

describe('createGraph', () => {
  it('is a mixed multi graph without self loops, with the schema attributes', () => {
    const graph = createGraph();
    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(graph.allowSelfLoops).toBe(false);
    expect(graph.getAttributes()).toEqual({ schema: SCHEMA_VERSION, documents: [], createdBy: 'kg-builder' });
  });
});

describe('GraphBuilder.addDocument', () => {
  it('merges entities across documents by name aliases', () => {
    const graph = buildFixtureGraph();
    expect(graph.order).toBe(7);
    const khorvani = graph.getNodeAttributes('person/ali-khorvani');
    expect(khorvani.label).toBe('Ali Khorvani');
    expect(khorvani.aliases).toEqual([
      'Ali Khorvani',
      'Ayatollah Ali Khorvani',
      "Iran's Leader",
      'Khorvani',
      'Supreme Leader',
    ]);
    expect(khorvani.titles).toEqual(["Iran's Leader", 'Supreme Leader']);
    expect(khorvani.mentions).toBe(4);
    expect(khorvani.docs).toEqual(['irna-2020-07-22', 'reuters-2020-07-23']);
    const kadiri = graph.getNodeAttributes('person/mustafa-al-kadiri');
    expect(kadiri.label).toBe('Mustafa al-Kádiri');
    expect(kadiri.aliases).toContain('Al Kadiri');
    expect(graph.hasNode('person/al-kadiri')).toBe(false);
    expect(graph.hasNode('person/khorvani')).toBe(false);
  });

  it('accumulates evidence on one edge per relation and pair; symmetric edges are undirected', () => {
    const graph = buildFixtureGraph();
    const met = 'met_with:person/ali-khorvani--person/mustafa-al-kadiri';
    expect(graph.hasEdge(met)).toBe(true);
    expect(graph.isUndirected(met)).toBe(true);
    expect(graph.getEdgeAttribute(met, 'weight')).toBe(2);
    expect(graph.getEdgeAttribute(met, 'evidence').map((e) => e.docId)).toEqual([
      'irna-2020-07-22',
      'reuters-2020-07-23',
    ]);
    const accused = 'accused:person/ali-khorvani->place/united-states';
    expect(graph.isDirected(accused)).toBe(true);
    expect(graph.getEdgeAttributes(accused)).toMatchObject({
      relation: 'accused',
      label: 'accused',
      weight: 2,
    });
    const leader = graph.getEdgeAttributes('leader_of:person/mustafa-al-kadiri->place/iraq');
    expect(leader.role).toBe('Prime Minister');
    expect(leader.evidence[0]?.reported).toBe(true);
    expect(graph.size).toBe(5);
  });

  it('stores no `type` attribute on nodes or edges (sigma reads it)', () => {
    const graph = buildFixtureGraph();
    graph.forEachNode((_key, attributes) => expect(attributes).not.toHaveProperty('type'));
    graph.forEachEdge((_key, attributes) => expect(attributes).not.toHaveProperty('type'));
  });

  it('records the documents in order', () => {
    const graph = buildFixtureGraph();
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual([
      'irna-2020-07-22',
      'reuters-2020-07-23',
    ]);
    expect(graph.getAttribute('documents')[1]?.title).toBe('Khorvani & al-Kadiri: "<b>talks</b>"');
  });

  it.each([
    ['the same document', DOC_1],
    ['another id with the same hash', { ...DOC_1, doc: { ...DOC_1.doc, id: 'copy' } }],
    ['the same id with another hash', { ...DOC_1, doc: { ...DOC_1.doc, hash: 'other' } }],
  ])('returns false and changes nothing for %s', (_name, again) => {
    const builder = new GraphBuilder();
    expect(builder.addDocument(DOC_1)).toBe(true);
    const before = graphToJSON(builder.graph);
    expect(builder.addDocument(again)).toBe(false);
    expect(graphToJSON(builder.graph)).toBe(before);
  });

  it('is deterministic: the same input order gives byte-identical JSON', () => {
    expect(graphToJSON(buildFixtureGraph())).toBe(graphToJSON(buildFixtureGraph()));
  });

  it('wraps a loaded graph and keeps merging into it (kg build --into)', () => {
    const first = new GraphBuilder();
    first.addDocument(DOC_1);
    const loaded = parseGraphJSON(graphToJSON(first.graph));
    const builder = new GraphBuilder(loaded);
    expect(builder.graph).toBe(loaded);
    expect(builder.addDocument(DOC_1)).toBe(false);
    expect(builder.addDocument(DOC_2)).toBe(true);
    expect(graphToJSON(builder.graph)).toBe(graphToJSON(buildFixtureGraph()));
  });

  it('merges people across documents on full names only, and upgrades the label to the fuller one', () => {
    const builder = new GraphBuilder();
    const doc = (id: string, label: string, aliases: string[]): DocGraphInput => ({
      doc: { id },
      entities: [person('p', label, aliases)],
      relations: [],
    });
    builder.addDocument(doc('d1', 'Khorvani', ['Khorvani']));
    builder.addDocument(doc('d2', 'Ayatollah Khorvani', ['Ayatollah Khorvani', 'Khorvani']));
    // a surname (with or without an honorific) is the same ambiguous reference in both
    expect(builder.graph.order).toBe(1);
    expect(builder.graph.getNodeAttribute('person/khorvani', 'label')).toBe('Khorvani');
    builder.addDocument(doc('d3', 'Ali Khorvani', ['Ali Khorvani', 'Khorvani']));
    builder.addDocument(doc('d4', 'Ali Hosseini Khorvani', ['Ali Hosseini Khorvani', 'Ali Khorvani']));
    // the full name is a person of its own; a fuller spelling of it merges and becomes the label
    expect(builder.graph.order).toBe(2);
    expect(builder.graph.getNodeAttributes('person/ali-khorvani')).toMatchObject({
      label: 'Ali Hosseini Khorvani',
      mentions: 2,
    });
    // an honorific of the shared table (graph/words.ts) opens a title, not a fuller name
    builder.addDocument(
      doc('d5', 'Seyyed Ali Hosseini Khorvani', ['Seyyed Ali Hosseini Khorvani', 'Ali Khorvani']),
    );
    expect(builder.graph.getNodeAttributes('person/ali-khorvani')).toMatchObject({
      label: 'Ali Hosseini Khorvani',
      mentions: 3,
    });
  });

  it('never merges two people who share a surname', () => {
    const builder = new GraphBuilder();
    const doc = (id: string, label: string): DocGraphInput => ({
      doc: { id },
      entities: [person('p', label, [label, label.split(' ').at(-1)!])],
      relations: [],
    });
    builder.addDocument(doc('d1', 'Hanna Lund'));
    builder.addDocument(doc('d2', 'Erik Lund'));
    builder.addDocument(doc('d3', 'Hanna Maria Lund'));
    expect(builder.graph.nodes().sort()).toEqual([
      'person/erik-lund',
      'person/hanna-lund',
      'person/hanna-maria-lund',
    ]);
  });

  it('never merges by a title, and suffixes a key taken by an unrelated entity', () => {
    const builder = new GraphBuilder();
    builder.addDocument({
      doc: { id: 'd1' },
      entities: [person('a', 'Ali Khorvani', ['Ali Khorvani'], ['Supreme Leader'])],
      relations: [],
    });
    builder.addDocument({
      doc: { id: 'd2' },
      entities: [
        person('b', 'Park Min Jun', ['Park Min Jun'], ['Supreme Leader']),
        person('c', 'Ali-Khorvani!', ['Ali-Khorvani!']),
      ],
      relations: [],
    });
    expect(builder.graph.nodes()).toEqual(['person/ali-khorvani', 'person/park-min-jun']);
    expect(builder.graph.getNodeAttribute('person/ali-khorvani', 'mentions')).toBe(2);

    builder.addDocument({
      doc: { id: 'd3' },
      entities: [person('d', 'Ali Khorvani?', ['Ali Khorvani?'])],
      relations: [],
    });
    expect(builder.graph.order).toBe(2);
    const other = new GraphBuilder();
    other.addDocument({ doc: { id: 'd1' }, entities: [person('a', 'AT&T', ['AT&T'])], relations: [] });
    other.addDocument({ doc: { id: 'd2' }, entities: [person('b', 'AT T', ['AT T'])], relations: [] });
    expect(other.graph.nodes()).toEqual(['person/at-t', 'person/at-t-2']);
  });

  it('drops self loops, deduplicates identical evidence and keeps the first role', () => {
    const text = 'Al-Sadr met al Sadr. Al-Sadr, the cleric of Kufa, leads Kufa.';
    const first = evidence('d1', text, 'Al-Sadr met', 'met', 'Al-Sadr', 'al Sadr');
    const lead = evidence('d1', text, 'Al-Sadr, the', 'leads', 'Al-Sadr', 'Kufa');
    const builder = new GraphBuilder();
    builder.addDocument({
      doc: { id: 'd1' },
      entities: [
        person('a', 'Al-Sadr', ['Al-Sadr']),
        person('b', 'al Sadr', ['al Sadr']),
        { id: 'k', kind: 'place', label: 'Kufa', aliases: ['Kufa'], titles: [], mentionCount: 2 },
      ],
      relations: [
        { relation: 'met_with', source: 'a', target: 'b', evidence: [first] },
        { relation: 'leader_of', source: 'a', target: 'k', role: 'cleric', evidence: [lead, { ...lead }] },
        { relation: 'leader_of', source: 'b', target: 'k', role: 'imam', evidence: [lead] },
      ],
    });
    const graph = builder.graph;
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes('leader_of:person/al-sadr->place/kufa')).toMatchObject({
      role: 'cleric',
      weight: 1,
    });
  });

  it('refuses malformed input with BadInputError before changing anything', () => {
    const builder = new GraphBuilder();
    const bad: DocGraphInput = {
      doc: { id: 'bad' },
      entities: [person('a', 'A', ['A'])],
      relations: [{ relation: 'met_with', source: 'a', target: 'missing', evidence: [] }],
    };
    expect(() => builder.addDocument(bad)).toThrow(BadInputError);
    expect(builder.graph.order).toBe(0);
    expect(builder.graph.getAttribute('documents')).toEqual([]);
  });

  it('keeps hostile labels as plain text', () => {
    const graph = buildFixtureGraph();
    const key = graph.findNode((_k, a) => a.kind === 'organization');
    expect(key).toBe('organization/front-img-src-x-onerror-alert-1-partners');
    expect(graph.getNodeAttribute(key!, 'label')).toBe(HOSTILE_LABEL);
  });

  it('merges 2,000 documents quickly', () => {
    const builder = new GraphBuilder();
    const started = performance.now();
    for (let i = 0; i < 2000; i++) {
      builder.addDocument({
        doc: { id: `d${i}` },
        entities: [
          person('a', `Person ${i % 300}`, [`Person ${i % 300}`, `P${i % 300}`]),
          {
            id: 'u',
            kind: 'place',
            label: 'United States',
            aliases: ['US', 'United States'],
            titles: [],
            mentionCount: 1,
          },
        ],
        relations: [
          {
            relation: 'accused',
            source: 'a',
            target: 'u',
            evidence: [{ ...DOC_1.relations[1]!.evidence[0]!, docId: `d${i}` }],
          },
        ],
      });
    }
    expect(builder.graph.order).toBe(301);
    expect(builder.graph.getNodeAttribute('place/united-states', 'mentions')).toBe(2000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
