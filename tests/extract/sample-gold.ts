/**
 * Sample gold scoring
 *
 * Scores a knowledge graph against the hand-made gold of the bundled sample article, with the
 * gold file's own matching rule: a node matches a gold entity when its label or one of its aliases
 * equals one of the gold aliases after normalising (lower case; hyphens, apostrophes and dots to
 * spaces; a leading "the" or "mr" dropped; white space folded).
 */

import type { KnowledgeGraph } from '../../graph/index.ts';

interface GoldEntity {
  id: string;
  kind: string;
  aliases: string[];
}
interface GoldRelation {
  relation: string;
  source: string[];
  target: string[];
}
export interface Gold {
  entities: { required: GoldEntity[]; optional: GoldEntity[] };
  relations: { required: GoldRelation[]; acceptable: GoldRelation[] };
}

export function goldNormalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[-'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|mr) /, '');
}

const SYMMETRIC = new Set(['met_with', 'agreed_with']);

export interface SampleScore {
  /** gold id → node keys that match it */
  nodesFor: Map<string, string[]>;
  /** node key → gold id (or null) */
  goldOf: Map<string, string | null>;
  requiredFound: string[];
  requiredRelationsFound: number;
  nodePrecision: number;
  edgePrecision: number;
  wrongNodes: string[];
  wrongEdges: string[];
}

export function scoreSample(graph: KnowledgeGraph, gold: Gold): SampleScore {
  const all = [...gold.entities.required, ...gold.entities.optional];
  const aliasOf = new Map<string, GoldEntity>();
  for (const e of all) for (const a of e.aliases) aliasOf.set(goldNormalize(a), e);
  const goldOf = new Map<string, string | null>();
  const nodesFor = new Map<string, string[]>();
  graph.forEachNode((key, attrs) => {
    const forms = [attrs.label, ...attrs.aliases].map(goldNormalize);
    const hit = forms.map((f) => aliasOf.get(f)).find((g) => g && g.kind === attrs.kind);
    goldOf.set(key, hit?.id ?? null);
    if (hit) nodesFor.set(hit.id, [...(nodesFor.get(hit.id) ?? []), key]);
  });
  const requiredFound = gold.entities.required
    .filter((e) => nodesFor.get(e.id)?.length === 1)
    .map((e) => e.id);
  const fits = (r: GoldRelation, relation: string, s: string | null, t: string | null) =>
    r.relation === relation &&
    s !== null &&
    t !== null &&
    ((r.source.includes(s) && r.target.includes(t)) ||
      (SYMMETRIC.has(relation) && r.source.includes(t) && r.target.includes(s)));
  const edges: { relation: string; s: string | null; t: string | null; name: string }[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    edges.push({
      relation: attrs.relation,
      s: goldOf.get(source) ?? null,
      t: goldOf.get(target) ?? null,
      name: key,
    });
  });
  const requiredRelationsFound = gold.relations.required.filter((r) =>
    edges.some((e) => fits(r, e.relation, e.s, e.t)),
  ).length;
  const okRels = [...gold.relations.required, ...gold.relations.acceptable];
  const wrongEdges = edges
    .filter((e) => !okRels.some((r) => fits(r, e.relation, e.s, e.t)))
    .map((e) => e.name);
  const wrongNodes = [...goldOf].filter(([, g]) => g === null).map(([k]) => k);
  return {
    nodesFor,
    goldOf,
    requiredFound,
    requiredRelationsFound,
    nodePrecision: goldOf.size === 0 ? 0 : 1 - wrongNodes.length / goldOf.size,
    edgePrecision: edges.length === 0 ? 0 : 1 - wrongEdges.length / edges.length,
    wrongNodes,
    wrongEdges,
  };
}
