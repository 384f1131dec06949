/**
 * Confidence
 *
 * An edge's confidence is the highest of its evidence's (absent counting as 1), kept right when
 * documents merge one at a time, into a new graph or one read from a file; keepConfident drops the
 * evidence below a minimum and the relations left without any.
 */

import { describe, expect, it } from 'vitest';
import {
  type DocGraphInput,
  edgeConfidence,
  GraphBuilder,
  graphToJSON,
  type KnowledgeGraph,
  keepConfident,
  parseGraphJSON,
} from '../../graph/index.ts';
import { buildFixtureGraph, DOC_1, DOC_2, evidence, TEXT_1 } from './fixture.ts';

/** The confidence of the graph's one edge of `relation`. */
function confidenceOf(graph: KnowledgeGraph, relation: string): number | undefined {
  const edge = graph.findEdge((_key, attributes) => attributes.relation === relation);
  return edge === undefined ? undefined : graph.getEdgeAttribute(edge, 'confidence');
}

const MET = 'met_with:person/ali-khorvani--person/mustafa-al-kadiri';
const ACCUSED = 'accused:person/ali-khorvani->place/united-states';
const SUPPORTS = 'supports:organization/front-img-src-x-onerror-alert-1-partners->person/mustafa-al-kadiri';

describe('edgeConfidence', () => {
  it.each([
    [[], 1],
    [[undefined], 1],
    [[0.2, 0.7], 0.7],
    [[0.2, undefined], 1],
    [[0], 0],
  ])('of evidence with confidences %j is %d', (confidences, expected) => {
    const base = evidence('d', TEXT_1, 'Ayatollah', 'met with', 'Ali Khorvani', 'Mustafa al-Kádiri');
    const records = confidences.map((c) => (c === undefined ? base : { ...base, confidence: c }));
    expect(edgeConfidence(records)).toBe(expected);
  });
});

describe('edge confidence in the graph', () => {
  it('is the highest of the evidence, absent counting as 1, after each document', () => {
    const builder = new GraphBuilder();
    builder.addDocument(DOC_1);
    expect(builder.graph.getEdgeAttribute(MET, 'confidence')).toBe(0.84);
    expect(builder.graph.getEdgeAttribute(ACCUSED, 'confidence')).toBe(1);
    builder.addDocument(DOC_2);
    expect(builder.graph.getEdgeAttribute(MET, 'confidence')).toBe(0.84);
    expect(builder.graph.getEdgeAttribute(ACCUSED, 'confidence')).toBe(1);
    expect(builder.graph.getEdgeAttribute(SUPPORTS, 'confidence')).toBe(0.25);
  });

  it('rises when a later document brings a surer sentence', () => {
    const builder = new GraphBuilder();
    builder.addDocument(DOC_2);
    expect(confidenceOf(builder.graph, 'met_with')).toBe(0.5);
    expect(confidenceOf(builder.graph, 'accused')).toBe(0.3);
    builder.addDocument(DOC_1);
    expect(confidenceOf(builder.graph, 'met_with')).toBe(0.84);
    expect(confidenceOf(builder.graph, 'accused')).toBe(1);
  });

  it('is the same when merging into a graph read back from a file (kg build --into)', () => {
    const first = new GraphBuilder();
    first.addDocument(DOC_2);
    const builder = new GraphBuilder(parseGraphJSON(graphToJSON(first.graph)));
    builder.addDocument(DOC_1);
    expect(graphToJSON(builder.graph)).toBe(
      graphToJSON(
        (() => {
          const b = new GraphBuilder();
          b.addDocument(DOC_2);
          b.addDocument(DOC_1);
          return b.graph;
        })(),
      ),
    );
  });

  it('starts from the evidence when the stored graph has no confidence attribute (older files)', () => {
    const first = new GraphBuilder();
    first.addDocument(DOC_2);
    const graph = first.graph;
    graph.forEachEdge((key) => graph.removeEdgeAttribute(key, 'confidence'));
    // the builder reads the edges as they are: the missing attribute is filled on the next merge
    const builder = new GraphBuilder(graph);
    expect(confidenceOf(builder.graph, 'met_with')).toBeUndefined();
    builder.addDocument(DOC_1);
    expect(confidenceOf(builder.graph, 'met_with')).toBe(0.84);
    expect(confidenceOf(builder.graph, 'accused')).toBe(1);
  });
});

describe('keepConfident', () => {
  it('returns the input itself at 0, or when nothing is below the minimum', () => {
    expect(keepConfident(DOC_2, 0)).toBe(DOC_2);
    expect(keepConfident(DOC_2, 0.25)).toBe(DOC_2);
  });

  it.each([
    [0.3, ['met_with', 'accused', 'located_in']],
    [0.5, ['met_with', 'located_in']],
    [0.51, ['located_in']],
    [1, ['located_in']],
  ])('at %d keeps the relations %j of the second document', (min, kept) => {
    const out = keepConfident(DOC_2, min);
    expect(out.relations.map((r) => r.relation)).toEqual(kept);
    expect(out.entities).toBe(DOC_2.entities);
    expect(DOC_2.relations).toHaveLength(4);
  });

  it('drops single sentences and keeps the relation while one is left', () => {
    const input: DocGraphInput = {
      ...DOC_1,
      relations: [
        {
          ...DOC_1.relations[0]!,
          evidence: [
            { ...DOC_1.relations[0]!.evidence[0]!, confidence: 0.9 },
            { ...DOC_1.relations[1]!.evidence[0]!, confidence: 0.1 },
          ],
        },
      ],
    };
    const out = keepConfident(input, 0.5);
    expect(out.relations[0]!.evidence.map((e) => e.confidence)).toEqual([0.9]);
    const builder = new GraphBuilder();
    builder.addDocument(out);
    expect(builder.graph.getEdgeAttribute(MET, 'weight')).toBe(1);
    expect(builder.graph.getEdgeAttribute(MET, 'confidence')).toBe(0.9);
  });

  it('leaves the fixture graph unchanged at 0', () => {
    const builder = new GraphBuilder();
    builder.addDocument(keepConfident(DOC_1, 0));
    builder.addDocument(keepConfident(DOC_2, 0));
    expect(graphToJSON(builder.graph)).toBe(graphToJSON(buildFixtureGraph()));
  });
});
