/**
 * Web view test fixture
 *
 * A small hand-written knowledge graph with the attributes of graph/types.ts: a symmetric relation
 * (undirected edge), directed ones, a parallel pair between the same two entities, and evidence
 * with offsets into a document, so the view's pure parts can be tested in Node without extraction.
 */

import Graph from 'graphology';
import type { Evidence, KnowledgeGraph } from '../../graph/types.ts';

const DOC =
  "Ali Khorvani said after a meeting with Iraq's Prime Minister Mustafa al-Kadiri in Basra that he blamed the United States for the crisis.";

function span(text: string, from = 0): [number, number] {
  const at = DOC.indexOf(text, from);
  if (at < 0) throw new Error(`fixture: "${text}" not in the document`);
  return [at, at + text.length];
}

export const FIXTURE_SENTENCE = DOC;

export function evidence(trigger: string, source: string, target: string): Evidence {
  return {
    docId: 'doc-1',
    sentence: DOC,
    start: 0,
    end: DOC.length,
    trigger,
    triggerSpan: span(trigger),
    sourceSpan: span(source),
    targetSpan: span(target),
  };
}

/** Khorvani — al-Kadiri (met_with, undirected), Khorvani → United States (accused), al-Kadiri → Iraq
 * (leader_of), Iraq → Khorvani (supports) and Khorvani → Iraq (supports): a parallel pair. */
export function fixtureGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  g.replaceAttributes({ schema: 'kg/1', documents: [{ id: 'doc-1' }], createdBy: 'test' });
  const node = (
    key: string,
    label: string,
    kind: 'person' | 'place' | 'organization',
    aliases: string[],
    mentions: number,
  ) => g.addNode(key, { label, kind, aliases, titles: [], mentions, docs: ['doc-1'] });
  node(
    'person/ali-khorvani',
    'Ali Khorvani',
    'person',
    ['Ali Khorvani', 'Ayatollah Khorvani', 'Khorvani'],
    5,
  );
  node(
    'person/mustafa-al-kadiri',
    'Mustafa al-Kadiri',
    'person',
    ['Mustafa al-Kadiri', 'al Kadiri', 'al-Kadiri'],
    4,
  );
  node('place/iraq', 'Iraq', 'place', ['Iraq'], 6);
  node('place/united-states', 'United States', 'place', ['United States', 'US'], 3);
  node('organization/iran-pulse', 'Iran Pulse', 'organization', ['Iran Pulse'], 1);
  g.addUndirectedEdgeWithKey(
    'met_with:person/ali-khorvani--person/mustafa-al-kadiri',
    'person/ali-khorvani',
    'person/mustafa-al-kadiri',
    {
      relation: 'met_with',
      label: 'met with',
      weight: 1,
      evidence: [evidence('meeting', 'Ali Khorvani', 'Mustafa al-Kadiri')],
    },
  );
  g.addDirectedEdgeWithKey(
    'accused:person/ali-khorvani->place/united-states',
    'person/ali-khorvani',
    'place/united-states',
    {
      relation: 'accused',
      label: 'accused',
      weight: 1,
      evidence: [evidence('blamed', 'Ali Khorvani', 'United States')],
    },
  );
  g.addDirectedEdgeWithKey(
    'leader_of:person/mustafa-al-kadiri->place/iraq',
    'person/mustafa-al-kadiri',
    'place/iraq',
    {
      relation: 'leader_of',
      label: 'leader of',
      weight: 1,
      role: 'Prime Minister',
      evidence: [evidence('Prime Minister', 'Mustafa al-Kadiri', 'Iraq')],
    },
  );
  g.addDirectedEdgeWithKey('supports:person/ali-khorvani->place/iraq', 'person/ali-khorvani', 'place/iraq', {
    relation: 'supports',
    label: 'supports',
    weight: 3,
    evidence: [evidence('said', 'Ali Khorvani', 'Iraq')],
  });
  g.addDirectedEdgeWithKey('supports:place/iraq->person/ali-khorvani', 'place/iraq', 'person/ali-khorvani', {
    relation: 'supports',
    label: 'supports',
    weight: 1,
    evidence: [evidence('said', 'Iraq', 'Ali Khorvani')],
  });
  let i = 0;
  g.forEachNode((n) => {
    g.mergeNodeAttributes(n, { x: i, y: i * 2 });
    i++;
  });
  return g;
}
