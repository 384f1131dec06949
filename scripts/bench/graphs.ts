/**
 * Graph-side benchmark: build, export and layout at scale
 *
 * Generated knowledge graphs of a given number of entities, built through GraphBuilder from
 * synthetic documents (20 entities and 20 relations with one evidence sentence each, half of the
 * entities new and half seen before, so merging does real work), and the timings the issue asks
 * for on any graph: graphology JSON export, GEXF export, and ForceAtlas2 per iteration with
 * Barnes–Hut. Positions are seeded, so runs are comparable.
 */

import forceAtlas2 from 'graphology-layout-forceatlas2';
import { GraphBuilder } from '../../graph/build.ts';
import { graphToJSON, writeGexf } from '../../graph/io/index.ts';
import { seededRandom } from '../../graph/random.ts';
import { RELATION_TYPES } from '../../graph/relations.ts';
import type { DocEntity, DocGraphInput, DocRelation, EntityKind, KnowledgeGraph } from '../../graph/types.ts';
import { timed } from './measure.ts';

const KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

/** Builds a graph of `nodes` entities and about twice as many relations; returns it with the time. */
export function generatedGraph(nodes: number, seed = 1): { graph: KnowledgeGraph; seconds: number } {
  const builder = new GraphBuilder();
  const start = performance.now();
  for (const input of generatedDocuments(nodes, seed)) builder.addDocument(input);
  return { graph: builder.graph, seconds: (performance.now() - start) / 1000 };
}

/** The synthetic documents of generatedGraph, one at a time (the store benchmark ingests them too). */
export function* generatedDocuments(nodes: number, seed = 1): Generator<DocGraphInput> {
  const next = seededRandom(seed);
  const label = (i: number) =>
    `${KINDS[i % 3] === 'person' ? 'Person' : KINDS[i % 3] === 'place' ? 'Place' : 'Agency'} ${i}`;
  let created = 0;
  for (let d = 0; created < nodes; d++) {
    const ids: number[] = [];
    for (let k = 0; k < 10 && created < nodes; k++) ids.push(created++);
    for (let k = 0; k < 10 && created > 10; k++) ids.push(Math.floor(next() * (created - 1)));
    const unique = [...new Set(ids)];
    const entities: DocEntity[] = unique.map((i) => ({
      id: `e${i}`,
      kind: KINDS[i % 3]!,
      label: label(i),
      aliases: [label(i)],
      titles: [],
      mentionCount: 1 + Math.floor(next() * 3),
    }));
    const relations: DocRelation[] = [];
    for (let r = 0; r < 20 && unique.length > 1; r++) {
      const a = unique[Math.floor(next() * unique.length)]!;
      const b = unique[Math.floor(next() * unique.length)]!;
      if (a === b) continue;
      const sentence = `${label(a)} met ${label(b)} in document ${d}.`;
      const la = label(a).length;
      relations.push({
        relation: RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)]!,
        source: `e${a}`,
        target: `e${b}`,
        evidence: [
          {
            docId: `doc-${d}`,
            sentence,
            start: 0,
            end: sentence.length,
            trigger: 'met',
            triggerSpan: [la + 1, la + 4],
            sourceSpan: [0, la],
            targetSpan: [la + 5, la + 5 + label(b).length],
          },
        ],
      });
    }
    yield { doc: { id: `doc-${d}` }, entities, relations };
  }
}

/** Export timings of one graph. */
export interface ExportTimes {
  jsonSeconds: number;
  jsonBytes: number;
  gexfSeconds: number;
  gexfBytes: number;
}

/** Times graphology JSON and GEXF export of `graph`. */
export async function exportTimes(graph: KnowledgeGraph): Promise<ExportTimes> {
  const json = await timed(() => graphToJSON(graph));
  const gexf = await timed(() => writeGexf(graph));
  return {
    jsonSeconds: json.seconds,
    jsonBytes: Buffer.byteLength(json.value),
    gexfSeconds: gexf.seconds,
    gexfBytes: Buffer.byteLength(gexf.value),
  };
}

/**
 * Seconds per ForceAtlas2 iteration (Barnes–Hut, settings inferred from the graph's size), over
 * `iterations` iterations from seeded random positions, on a copy of `graph`.
 */
export function layoutSecondsPerIteration(graph: KnowledgeGraph, iterations: number): number {
  const copy = graph.copy();
  const next = seededRandom(42);
  copy.forEachNode((node) => {
    copy.mergeNodeAttributes(node, { x: next() * 1000, y: next() * 1000 });
  });
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: true };
  const start = performance.now();
  forceAtlas2.assign(copy, { iterations, settings });
  return (performance.now() - start) / 1000 / iterations;
}
