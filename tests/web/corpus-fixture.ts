/**
 * A corpus-like test graph
 *
 * What a real news corpus looks like to the view, in miniature and by construction: 200 entities of
 * which 165 have no relation, a component of 25 (a 5-clique with a 20-entity chain hanging from it,
 * so its 2-core is the clique) and a component of 10 (a chain). One clique relation has 7 evidence
 * sentences, the most of any. No positions, so the page lays it out. Names and mention counts are
 * chosen for the search and importance tests: a 219-mention person and an 8-mention organization
 * share the name "Hassan Rouhani", and "Susan" and "Jerusalem" would match "usa" inside a word.
 */

import Graph from 'graphology';
import type { EntityKind, KnowledgeGraph } from '../../graph/types.ts';
import { evidence } from './fixture.ts';

export const CLIQUE = ['person/a0', 'place/a1', 'organization/a2', 'person/a3', 'place/a4'];
export const HUB = 'person/a0';
export const HUB_LABEL = 'Hassan Rouhani';
export const HUB_ORG = 'organization/u2';
export const USA = 'place/a1';

const KINDS: EntityKind[] = ['person', 'place', 'organization'];

function label(key: string): string {
  const special: Record<string, string> = {
    'person/a0': HUB_LABEL,
    'place/a1': 'United States of America',
    'organization/u2': HUB_LABEL,
    'person/u3': 'Susan Miller',
    'place/u4': 'Jerusalem',
    'person/b0': 'Mustafa al-Kadiri',
  };
  return special[key] ?? `${key.split('/')[1]?.toUpperCase()} Entity`;
}

export function corpusGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  g.replaceAttributes({
    schema: 'kg/1',
    documents: [
      { id: 'doc-1', date: '2020-07-21' },
      { id: 'doc-2', date: '2021-03-02' },
    ],
    createdBy: 'test',
  });
  const keys: Record<string, string[]> = { a: [], b: [], u: [] };
  const add = (prefix: 'a' | 'b' | 'u', n: number) => {
    for (let i = 0; i < n; i++) {
      const kind = KINDS[i % 3] as EntityKind;
      const key = `${kind}/${prefix}${i}`;
      keys[prefix]?.push(key);
      const aliases = key === USA ? ['USA', 'U.S.'] : [];
      const mentions = key === HUB ? 219 : key === HUB_ORG ? 8 : 1 + (i % 4);
      g.addNode(key, { label: label(key), kind, aliases, titles: [], mentions, docs: ['doc-1'] });
    }
  };
  add('a', 25);
  add('b', 10);
  add('u', 165);
  const link = (a: string, b: string, weight = 1, doc = 'doc-1') => {
    const ev = { ...evidence('meeting', 'Ali Khorvani', 'Mustafa al-Kadiri'), docId: doc };
    g.addUndirectedEdgeWithKey(`met_with:${a}--${b}`, a, b, {
      relation: 'met_with',
      label: 'met with',
      weight,
      evidence: Array.from({ length: weight }, () => ev),
    });
  };
  for (let i = 0; i < 5; i++)
    for (let j = i + 1; j < 5; j++)
      link(CLIQUE[i] as string, CLIQUE[j] as string, i === 0 && j === 1 ? 7 : 1);
  const a = keys.a as string[];
  for (let i = 4; i < 24; i++) link(a[i] as string, a[i + 1] as string, 1, i >= 20 ? 'doc-2' : 'doc-1');
  const b = keys.b as string[];
  for (let i = 0; i < 9; i++) link(b[i] as string, b[i + 1] as string);
  return g;
}
