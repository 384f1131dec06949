/**
 * GEXF (Gephi)
 *
 * Writes GEXF 1.3 with graphology-gexf's writer: node labels as labels, kind / mentions / flattened
 * lists / an edge's confidence as attribute columns, layout and colour as viz data, evidence readable and as JSON;
 * symmetric relations as undirected edges of a mixed graph; every edge coloured (viz:color) as the
 * web view draws it, its relation's colour from graph/palette.ts (or a colour of its own, kept from
 * a file that had one). Graph attributes go into <meta> (creator, description, schema, documents as
 * JSON). Reading restores a KnowledgeGraph exactly: an edge colour that is its relation's palette
 * colour is derived, so it is not read back as an attribute.
 */

import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import { edgeConfidence } from '../confidence.ts';
import { BadFormatError } from '../errors.ts';
import { relationColor } from '../palette.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { endsWithRoot, escapeLineEnds, xmlSafe } from './_xml.ts';
import { evidenceJson, fromFlatGraph, joinList, readableEvidence } from './flatten.ts';

/** GEXF version written. Gephi 0.9+ reads 1.3. */
export const GEXF_VERSION = '1.3';

const HEX_OR_RGB = /^(#[0-9a-f]{3}(?:[0-9a-f]{3})?|rgba?\([^)]*\))$/i;

type Scalar = string | number | boolean;

function formatNode(key: string, attributes: NodeAttributes) {
  const columns: Record<string, Scalar> = {
    kind: attributes.kind,
    aliases: joinList(attributes.aliases ?? []),
    titles: joinList(attributes.titles ?? []),
    mentions: attributes.mentions,
    docs: joinList(attributes.docs ?? []),
  };
  const viz: { x?: number; y?: number; size?: number; color?: string } = {};
  if (typeof attributes.x === 'number') viz.x = attributes.x;
  if (typeof attributes.y === 'number') viz.y = attributes.y;
  if (typeof attributes.size === 'number') viz.size = attributes.size;
  // graphology-gexf cannot write named colours ("red"): keep only hex and rgb()
  if (typeof attributes.color === 'string' && HEX_OR_RGB.test(attributes.color)) viz.color = attributes.color;
  // a label made only of characters XML cannot carry falls back to the key
  return { label: xmlSafe(attributes.label) || key, attributes: columns, viz };
}

/** An edge's own colour (an extra attribute a foreign file brought), when it is hex or rgb(). */
function ownColor(attributes: EdgeAttributes): string | undefined {
  const color: unknown = (attributes as EdgeAttributes & { color?: unknown }).color;
  return typeof color === 'string' && HEX_OR_RGB.test(color) ? color : undefined;
}

function formatEdge(_key: string, attributes: EdgeAttributes) {
  const columns: Record<string, Scalar> = {
    relation: attributes.relation,
    confidence: attributes.confidence ?? edgeConfidence(attributes.evidence ?? []),
  };
  if (attributes.role !== undefined) columns.role = xmlSafe(attributes.role);
  columns.evidence = readableEvidence(attributes.evidence ?? []);
  columns.evidence_json = evidenceJson(attributes.evidence ?? []);
  const color = ownColor(attributes) ?? relationColor(attributes.relation);
  return { label: xmlSafe(attributes.label), weight: attributes.weight, attributes: columns, viz: { color } };
}

/** The graph as a GEXF 1.3 document (UTF-8, pretty printed) that Gephi opens with readable labels. */
export function writeGexf(graph: KnowledgeGraph): string {
  // graphology-gexf writes scalar graph attributes as <meta> children: give it a copy whose
  // attributes are those, documents included as JSON.
  const view: Graph<NodeAttributes, EdgeAttributes> = graph.copy();
  const documents = graph.getAttribute('documents') ?? [];
  view.replaceAttributes({
    creator: xmlSafe(graph.getAttribute('createdBy') ?? ''),
    description: `Knowledge graph: ${graph.order} entities, ${graph.size} relations, ${documents.length} documents`,
    schema: graph.getAttribute('schema'),
    documents: xmlSafe(JSON.stringify(documents)),
  });
  return escapeLineEnds(write(view, { version: GEXF_VERSION, formatNode, formatEdge }));
}

/**
 * Reads GEXF written by writeGexf (lists split back, evidence from `evidence_json`, numbers as
 * numbers). @throws BadFormatError starting with `source` when the text is not such a file.
 */
export function parseGexf(text: string, source = 'graph.gexf'): KnowledgeGraph {
  const body = text.replace(/^\uFEFF/, '');
  if (!/<gexf[\s>]/.test(body)) throw new BadFormatError(`${source}: not a GEXF file (no <gexf> element)`);
  if (!/<graph[\s>]/.test(body)) throw new BadFormatError(`${source}: not a GEXF file (no <graph> element)`);
  if (!/<nodes[\s>/]/.test(body)) throw new BadFormatError(`${source}: not a GEXF file (no <nodes> element)`);
  if (!endsWithRoot(body, 'gexf'))
    throw new BadFormatError(`${source}: truncated GEXF file (no closing </gexf>)`);

  let parsed: Graph;
  try {
    parsed = parse(Graph, body, { allowUndeclaredAttributes: true });
  } catch (error) {
    throw new BadFormatError(`${source}: unreadable GEXF (${(error as Error).message})`, { cause: error });
  }

  // the relation's palette colour was written for Gephi, not as an attribute of the edge
  parsed.forEachEdge((edge, attributes) => {
    const { color, relation } = attributes;
    if (typeof color === 'string' && color.toLowerCase() === relationColor(String(relation)))
      parsed.removeEdgeAttribute(edge, 'color');
  });
  const meta = parsed.getAttributes();
  return fromFlatGraph(parsed, meta.creator ?? meta.createdby, source);
}
