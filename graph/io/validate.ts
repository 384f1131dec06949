/**
 * Validating an imported graph
 *
 * Every reader (JSON, GEXF, GraphML) turns its file into the same raw shape (graph attributes,
 * nodes, edges in file order) and hands it here. The raw data is checked field by field and
 * rebuilt into a fresh KnowledgeGraph with attributes in schema order; the first problem found
 * becomes a BadFormatError naming the file and the node or edge ("g.json: not a knowledge graph:
 * node "x" has no kind").
 */

import { edgeConfidence, isConfidence } from '../confidence.ts';
import { CREATED_BY, createGraph } from '../create.ts';
import { BadFormatError } from '../errors.ts';
import { edgeKey } from '../keys.ts';
import { isRelationType, RELATIONS } from '../relations.ts';
import {
  type DocumentInfo,
  type EdgeAttributes,
  ENTITY_KINDS,
  type Evidence,
  type KnowledgeGraph,
  type NodeAttributes,
  SCHEMA_VERSION,
  type Span,
} from '../types.ts';
import { EDGE_KEYS, GRAPH_KEYS, NODE_KEYS, ordered } from './_order.ts';

/** A graph as a reader found it, before any checks. */
export interface RawGraph {
  attributes: Record<string, unknown>;
  nodes: readonly { key: unknown; attributes?: unknown }[];
  edges: readonly {
    key?: unknown;
    source: unknown;
    target: unknown;
    undirected?: unknown;
    attributes?: unknown;
  }[];
}

type Fail = (problem: string) => never;

/** Checks `raw` and builds a KnowledgeGraph from it. @throws BadFormatError naming `source`. */
export function toKnowledgeGraph(raw: RawGraph, source: string): KnowledgeGraph {
  const fail: Fail = (problem) => {
    throw new BadFormatError(`${source}: not a knowledge graph: ${problem}`);
  };
  const graph = createGraph();
  const schema = raw.attributes.schema ?? SCHEMA_VERSION;
  if (schema !== SCHEMA_VERSION) {
    throw new BadFormatError(
      `${source}: unsupported schema ${JSON.stringify(schema)} (expected ${SCHEMA_VERSION})`,
    );
  }
  const createdBy = raw.attributes.createdBy ?? CREATED_BY;
  if (typeof createdBy !== 'string') fail('graph attribute "createdBy" is not a string');
  const documents = raw.attributes.documents ?? [];
  if (!Array.isArray(documents)) fail('graph attribute "documents" is not an array');
  const attributes = {
    ...raw.attributes,
    schema: SCHEMA_VERSION,
    documents: (documents as unknown[]).map((d, i) => checkDocument(d, i, fail)),
    createdBy: createdBy as string,
  };
  graph.replaceAttributes(ordered(attributes, GRAPH_KEYS));

  for (const node of raw.nodes) {
    if (!isObject(node) || typeof node.key !== 'string' || node.key === '') fail('a node has no key');
    const key = node.key as string;
    if (graph.hasNode(key)) fail(`node "${key}" appears twice`);
    graph.addNode(
      key,
      checkNode(node.attributes ?? {}, (p) => fail(`node "${key}" ${p}`)),
    );
  }

  raw.edges.forEach((edge, index) => {
    if (!isObject(edge)) fail(`edge #${index} is not an object`);
    const name = typeof edge.key === 'string' ? `edge "${edge.key}"` : `edge #${index}`;
    const failEdge: Fail = (p) => fail(`${name} ${p}`);
    const { source: from, target: to } = edge;
    if (typeof from !== 'string' || !graph.hasNode(from))
      failEdge(`has an unknown source ${JSON.stringify(from)}`);
    if (typeof to !== 'string' || !graph.hasNode(to)) failEdge(`has an unknown target ${JSON.stringify(to)}`);
    if (from === to) failEdge('is a self loop');
    const attributes = checkEdge(edge.attributes ?? {}, failEdge);
    const symmetric = RELATIONS[attributes.relation].symmetric;
    if (symmetric !== (edge.undirected === true)) {
      failEdge(
        `is ${edge.undirected === true ? 'undirected' : 'directed'} but ${attributes.relation} is not`,
      );
    }
    const key =
      typeof edge.key === 'string' ? edge.key : edgeKey(attributes.relation, from as string, to as string);
    if (graph.hasEdge(key)) failEdge('appears twice');
    if (symmetric) graph.addUndirectedEdgeWithKey(key, from as string, to as string, attributes);
    else graph.addDirectedEdgeWithKey(key, from as string, to as string, attributes);
  });
  return graph;
}

function checkDocument(value: unknown, index: number, fail: Fail): DocumentInfo {
  if (!isObject(value) || typeof value.id !== 'string') return fail(`document #${index} has no id`);
  const doc: DocumentInfo = { id: value.id };
  for (const field of ['title', 'url', 'date', 'hash'] as const) {
    const v = value[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') fail(`document "${value.id}" has a non-string ${field}`);
    doc[field] = v as string;
  }
  return doc;
}

function checkNode(value: unknown, fail: Fail): NodeAttributes {
  if (!isObject(value)) return fail('has no attributes');
  if (typeof value.label !== 'string') fail('has no label');
  if (value.kind === undefined) fail('has no kind');
  if (!(ENTITY_KINDS as readonly unknown[]).includes(value.kind))
    fail(`has an unknown kind ${JSON.stringify(value.kind)}`);
  const attributes: Record<string, unknown> = {
    label: value.label,
    kind: value.kind,
    aliases: stringList(value.aliases, 'aliases', fail),
    titles: stringList(value.titles, 'titles', fail),
    mentions: number(value.mentions ?? 0, 'mentions', fail),
    docs: stringList(value.docs, 'docs', fail),
  };
  for (const field of ['x', 'y', 'size'] as const) {
    if (value[field] !== undefined) attributes[field] = number(value[field], field, fail);
  }
  if (value.color !== undefined) {
    if (typeof value.color !== 'string') fail('has a non-string color');
    attributes.color = value.color;
  }
  // `type` is dropped: sigma would read it as a WebGL program name.
  const extras = withoutKeys(value, [...NODE_KEYS, 'type']);
  return ordered({ ...extras, ...attributes }, NODE_KEYS) as unknown as NodeAttributes;
}

function checkEdge(value: unknown, fail: Fail): EdgeAttributes {
  if (!isObject(value)) return fail('has no attributes');
  if (!isRelationType(value.relation))
    return fail(`has an unknown relation ${JSON.stringify(value.relation)}`);
  const evidenceList = value.evidence ?? [];
  if (!Array.isArray(evidenceList)) return fail('has evidence that is not an array');
  const evidence = evidenceList.map((e, i) => checkEvidence(e, (p) => fail(`evidence #${i} ${p}`)));
  const label = value.label ?? RELATIONS[value.relation].label;
  if (typeof label !== 'string') fail('has a non-string label');
  const attributes: Record<string, unknown> = {
    relation: value.relation,
    label,
    weight: number(value.weight ?? evidence.length, 'weight', fail),
    confidence: confidence(value.confidence ?? edgeConfidence(evidence), fail),
    evidence,
  };
  if (value.role !== undefined && value.role !== null) {
    if (typeof value.role !== 'string') fail('has a non-string role');
    attributes.role = value.role;
  }
  const extras = withoutKeys(value, [...EDGE_KEYS, 'type']);
  return ordered({ ...extras, ...attributes }, EDGE_KEYS) as unknown as EdgeAttributes;
}

function checkEvidence(value: unknown, fail: Fail): Evidence {
  if (!isObject(value)) return fail('is not an object');
  for (const field of ['docId', 'sentence', 'trigger'] as const) {
    if (typeof value[field] !== 'string') fail(`has no ${field}`);
  }
  for (const field of ['start', 'end'] as const) number(value[field], field, fail);
  const isSpan = (span: unknown) =>
    Array.isArray(span) && span.length === 2 && span.every((n) => Number.isFinite(n));
  for (const field of ['triggerSpan', 'sourceSpan', 'targetSpan'] as const) {
    if (!isSpan(value[field])) fail(`has a bad ${field}`);
  }
  const evidence = {
    docId: value.docId,
    sentence: value.sentence,
    start: value.start,
    end: value.end,
    trigger: value.trigger,
    triggerSpan: [...(value.triggerSpan as number[])],
    sourceSpan: [...(value.sourceSpan as number[])],
    targetSpan: [...(value.targetSpan as number[])],
  } as Evidence;
  for (const flag of ['negated', 'hedged', 'reported'] as const) {
    if (value[flag] === true) evidence[flag] = true;
    else if (value[flag] !== undefined && value[flag] !== false) fail(`has a non-boolean ${flag}`);
  }
  if (value.speakerSpan !== undefined) {
    if (!isSpan(value.speakerSpan)) fail('has a bad speakerSpan');
    evidence.speakerSpan = [...(value.speakerSpan as number[])] as Span;
  }
  if (value.confidence !== undefined) {
    evidence.confidence = confidence(value.confidence, fail);
  }
  return evidence;
}

function stringList(value: unknown, field: string, fail: Fail): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return fail(`has ${field} that are not a list of strings`);
  }
  return [...value];
}

/** A confidence, 0–1. */
function confidence(value: unknown, fail: Fail): number {
  if (!isConfidence(value)) return fail(`has a confidence that is not a number from 0 to 1`);
  return value;
}

function number(value: unknown, field: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`has a non-numeric ${field}`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of `value` whose key is not in `known`. */
function withoutKeys(value: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!known.includes(key)) out[key] = value[key];
  return out;
}
