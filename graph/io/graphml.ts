/**
 * GraphML
 *
 * graphology-graphml only parses, so GraphML is written here by hand, every value escaped (labels
 * and sentences come from untrusted articles), with the same flattening as GEXF. The edge default is
 * undirected and directed edges say `directed="true"`: that is the combination graphology-graphml's
 * parser reads back as a mixed graph. Reading restores a KnowledgeGraph exactly.
 */

import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { edgeConfidence } from '../confidence.ts';
import { BadFormatError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { endsWithRoot, escapeAttribute, escapeText, xmlSafe } from './_xml.ts';
import { evidenceJson, fromFlatGraph, joinList, readableEvidence } from './flatten.ts';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

interface KeySpec {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
}

/** Every data key written, in order. Ids are prefixed by their domain so they stay unique. */
const KEYS: readonly KeySpec[] = [
  { id: 'g_schema', for: 'graph', name: 'schema', type: 'string' },
  { id: 'g_createdBy', for: 'graph', name: 'createdBy', type: 'string' },
  { id: 'g_documents', for: 'graph', name: 'documents', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_titles', for: 'node', name: 'titles', type: 'string' },
  { id: 'n_mentions', for: 'node', name: 'mentions', type: 'int' },
  { id: 'n_docs', for: 'node', name: 'docs', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'n_size', for: 'node', name: 'size', type: 'double' },
  { id: 'n_color', for: 'node', name: 'color', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'e_evidence_json', for: 'edge', name: 'evidence_json', type: 'string' },
];

function data(id: string, value: string | number | undefined, indent: string): string {
  if (value === undefined || value === '') return '';
  const text = typeof value === 'number' ? String(value) : escapeText(value);
  return `${indent}<data key="${id}">${text}</data>\n`;
}

/** The graph as a GraphML document (UTF-8) that graphology-graphml, Gephi and yEd read. */
export function writeGraphml(graph: KnowledgeGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const key of KEYS) {
    out.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>\n`);
  }
  out.push('  <graph id="G" edgedefault="undirected">\n');
  out.push(data('g_schema', graph.getAttribute('schema'), '    '));
  out.push(data('g_createdBy', graph.getAttribute('createdBy'), '    '));
  out.push(data('g_documents', JSON.stringify(graph.getAttribute('documents') ?? []), '    '));

  graph.forEachNode((key, a) => {
    out.push(`    <node id="${escapeAttribute(key)}">\n`);
    const numeric = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    out.push(
      // a label made only of characters XML cannot carry falls back to the key
      data('n_label', xmlSafe(a.label ?? '') || key, '      '),
      data('n_kind', a.kind, '      '),
      data('n_aliases', joinList(a.aliases ?? []), '      '),
      data('n_titles', joinList(a.titles ?? []), '      '),
      data('n_mentions', numeric(a.mentions), '      '),
      data('n_docs', joinList(a.docs ?? []), '      '),
      data('n_x', numeric(a.x), '      '),
      data('n_y', numeric(a.y), '      '),
      data('n_size', numeric(a.size), '      '),
      data('n_color', typeof a.color === 'string' ? a.color : undefined, '      '),
      '    </node>\n',
    );
  });

  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const directed = undirected ? '' : ' directed="true"';
    out.push(
      `    <edge id="${escapeAttribute(key)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"${directed}>\n`,
      data('e_relation', a.relation, '      '),
      data('e_label', a.label, '      '),
      data('e_weight', a.weight, '      '),
      data('e_confidence', a.confidence ?? edgeConfidence(a.evidence ?? []), '      '),
      data('e_role', a.role, '      '),
      data('e_evidence', readableEvidence(a.evidence ?? []), '      '),
      data('e_evidence_json', evidenceJson(a.evidence ?? []), '      '),
      '    </edge>\n',
    );
  });
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}

/**
 * Reads GraphML written by writeGraphml. @throws BadFormatError starting with `source` when the text
 * is not such a file.
 */
export function parseGraphml(text: string, source = 'graph.graphml'): KnowledgeGraph {
  const body = text.replace(/^\uFEFF/, '');
  if (!/<graphml[\s>]/.test(body))
    throw new BadFormatError(`${source}: not a GraphML file (no <graphml> element)`);
  if (!/<graph[\s>]/.test(body))
    throw new BadFormatError(`${source}: not a GraphML file (no <graph> element)`);
  if (!endsWithRoot(body, 'graphml')) {
    throw new BadFormatError(`${source}: truncated GraphML file (no closing </graphml>)`);
  }

  let parsed: Graph;
  try {
    parsed = parse(Graph, body);
  } catch (error) {
    throw new BadFormatError(`${source}: unreadable GraphML (${(error as Error).message})`, { cause: error });
  }

  const meta = parsed.getAttributes();
  return fromFlatGraph(parsed, meta.createdBy, source);
}
