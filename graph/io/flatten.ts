/**
 * Flattening for XML formats
 *
 * GEXF and GraphML attributes are scalars, and Gephi shows them as table columns. Lists (aliases,
 * titles, docs) become "; "-joined strings, evidence becomes one readable string (each sentence with
 * its document id, joined with " | ") plus `evidence_json`, which restores the records exactly.
 * Inside a list item, `;` and `\` are escaped with a backslash, so reading reverses it exactly.
 */

import type * as graphology from 'graphology';
import { BadFormatError, KgError } from '../errors.ts';
import { speakerText } from '../evidence.ts';
import type { Evidence, KnowledgeGraph } from '../types.ts';
import { xmlSafe } from './_xml.ts';
import { toKnowledgeGraph } from './validate.ts';

/** Separator of flattened lists. */
export const LIST_SEPARATOR = '; ';
/** Separator of evidence sentences in the readable evidence string. */
export const EVIDENCE_SEPARATOR = ' | ';
/** Node attributes stored as lists. */
export const LIST_ATTRIBUTES = ['aliases', 'titles', 'docs'] as const;

/** Items joined with "; ", a `;` or backslash inside an item escaped with a backslash. */
export function joinList(values: readonly string[]): string {
  return values.map((value) => xmlSafe(value).replace(/[\\;]/g, '\\$&')).join(LIST_SEPARATOR);
}

/** The inverse of joinList; empty or missing → `[]`, a value that is not a string is returned as is. */
export function splitList(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') return value;
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      item += value[++i];
    } else if (c === ';' && value[i + 1] === ' ') {
      items.push(item);
      item = '';
      i++;
    } else {
      item += c;
    }
  }
  items.push(item);
  return items;
}

/** Flags (with the speaker and the confidence, when the record has them) of an evidence record as words, for the readable string. */
function flagsOf(e: Evidence): string {
  const speaker = e.reported ? speakerText(e) : undefined;
  const flags = [
    e.negated ? 'negated' : '',
    e.hedged ? 'hedged' : '',
    e.reported ? (speaker === undefined ? 'reported' : `reported by ${xmlSafe(speaker)}`) : '',
    e.confidence === undefined ? '' : `confidence ${e.confidence}`,
  ].filter(Boolean);
  return flags.length > 0 ? `, ${flags.join(', ')}` : '';
}

/** `He met her. [doc-1] | They met again. [doc-2, hedged, confidence 0.6]` */
export function readableEvidence(evidence: readonly Evidence[]): string {
  return evidence
    .map((e) => `${xmlSafe(e.sentence)} [${xmlSafe(e.docId)}${flagsOf(e)}]`)
    .join(EVIDENCE_SEPARATOR);
}

/** Evidence as JSON; JSON escapes every control character, so nothing is lost in XML. */
export function evidenceJson(evidence: readonly Evidence[]): string {
  return xmlSafe(JSON.stringify(evidence));
}

/** Parses an `evidence_json` value. @throws BadFormatError naming `where`. */
export function parseEvidenceJson(value: unknown, where: string): unknown {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') throw new BadFormatError(`${where}: evidence_json is not a string`);
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new BadFormatError(`${where}: evidence_json is not valid JSON`, { cause: error });
  }
}

/**
 * Node attributes read from GEXF / GraphML back to the schema's shape: lists split, `evidence_json`
 * and the readable `evidence` replaced by the records.
 */
export function unflattenNode(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...attributes };
  for (const name of LIST_ATTRIBUTES) out[name] = splitList(attributes[name]);
  return out;
}

/** Edge attributes read from GEXF / GraphML back to the schema's shape. */
export function unflattenEdge(attributes: Record<string, unknown>, where: string): Record<string, unknown> {
  const { evidence_json: json, evidence: _readable, ...rest } = attributes;
  return { ...rest, evidence: parseEvidenceJson(json, where) };
}

/**
 * A knowledge graph from a graph an XML reader parsed (GEXF, GraphML): flattened lists and
 * evidence restored, graph attributes read from the file's metadata, then validated.
 */
export function fromFlatGraph(
  parsed: graphology.default,
  createdBy: unknown,
  source: string,
): KnowledgeGraph {
  try {
    const meta = parsed.getAttributes();
    return toKnowledgeGraph(
      {
        attributes: {
          schema: meta.schema,
          createdBy,
          documents: meta.documents === undefined ? [] : JSON.parse(meta.documents),
        },
        nodes: parsed.mapNodes((key, attributes) => ({ key, attributes: unflattenNode(attributes) })),
        // not export()'s `undirected` flag: it is left out when the parser chose an undirected graph
        edges: parsed.mapEdges((key, attributes, from, to, _sa, _ta, undirected) => ({
          key,
          source: from,
          target: to,
          undirected,
          attributes: unflattenEdge(attributes, `${source}: edge "${key}"`),
        })),
      },
      source,
    );
  } catch (error) {
    if (error instanceof KgError) throw error;
    throw new BadFormatError(`${source}: not a knowledge graph (${(error as Error).message})`, {
      cause: error,
    });
  }
}
