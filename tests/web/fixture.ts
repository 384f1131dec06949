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
  "Ayatollah Ali Khamenei on Tuesday in a meeting with Iraq's Prime Minister Mustafa al-Kazemi said the United States is the enemy.";

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

/** Khamenei — al-Kazemi (met_with, undirected), Khamenei → United States (accused), al-Kazemi → Iraq
 * (leader_of), Iraq → Khamenei (supports) and Khamenei → Iraq (supports): a parallel pair. */
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
    'person/ali-khamenei',
    'Ali Khamenei',
    'person',
    ['Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei'],
    5,
  );
  node(
    'person/mustafa-al-kazemi',
    'Mustafa al-Kazemi',
    'person',
    ['Mustafa al-Kazemi', 'al Kazemi', 'al-Kazemi'],
    4,
  );
  node('place/iraq', 'Iraq', 'place', ['Iraq'], 6);
  node('place/united-states', 'United States', 'place', ['United States', 'US'], 3);
  node('organization/iran-press', 'Iran Press', 'organization', ['Iran Press'], 1);
  g.addUndirectedEdgeWithKey(
    'met_with:person/ali-khamenei--person/mustafa-al-kazemi',
    'person/ali-khamenei',
    'person/mustafa-al-kazemi',
    {
      relation: 'met_with',
      label: 'met with',
      weight: 1,
      evidence: [evidence('meeting', 'Ali Khamenei', 'Mustafa al-Kazemi')],
    },
  );
  g.addDirectedEdgeWithKey(
    'accused:person/ali-khamenei->place/united-states',
    'person/ali-khamenei',
    'place/united-states',
    {
      relation: 'accused',
      label: 'accused',
      weight: 1,
      evidence: [evidence('the enemy', 'Ali Khamenei', 'United States')],
    },
  );
  g.addDirectedEdgeWithKey(
    'leader_of:person/mustafa-al-kazemi->place/iraq',
    'person/mustafa-al-kazemi',
    'place/iraq',
    {
      relation: 'leader_of',
      label: 'leader of',
      weight: 1,
      role: 'Prime Minister',
      evidence: [evidence('Prime Minister', 'Mustafa al-Kazemi', 'Iraq')],
    },
  );
  g.addDirectedEdgeWithKey('supports:person/ali-khamenei->place/iraq', 'person/ali-khamenei', 'place/iraq', {
    relation: 'supports',
    label: 'supports',
    weight: 3,
    evidence: [evidence('said', 'Ali Khamenei', 'Iraq')],
  });
  g.addDirectedEdgeWithKey('supports:place/iraq->person/ali-khamenei', 'place/iraq', 'person/ali-khamenei', {
    relation: 'supports',
    label: 'supports',
    weight: 1,
    evidence: [evidence('said', 'Iraq', 'Ali Khamenei')],
  });
  let i = 0;
  g.forEachNode((n) => {
    g.mergeNodeAttributes(n, { x: i, y: i * 2 });
    i++;
  });
  return g;
}
