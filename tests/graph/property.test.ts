/**
 * Properties over arbitrary text
 *
 * Labels, aliases, document ids and sentences come from untrusted articles, so any Unicode string
 * must survive every format: JSON exactly, GEXF and GraphML exactly once the characters XML 1.0
 * cannot carry are left out. Keys and matching keys keep their shape whatever the input.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DocGraphInput,
  GraphBuilder,
  graphToJSON,
  normalizeName,
  parseGexf,
  parseGraphJSON,
  parseGraphml,
  slugify,
  writeGexf,
  writeGraphml,
} from '../../graph/index.ts';

/** Pieces that have broken XML writers and readers: markup, line ends of XML 1.0 and 1.1, list separators. */
const TRICKY = [
  '\u2028',
  '\u0085',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '&amp;',
  '<',
  ']]>',
  '"',
  "'",
  ';',
  '\\',
  '; ',
  ' | ',
  '\uFEFF',
];
/** Any Unicode, tricky pieces often. */
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(...TRICKY)), { maxLength: 8 })
  .map((parts) => parts.join(''));
/** Text XML 1.0 can carry: no C0 controls but tab / LF / CR, no lone surrogates, no U+FFFE/U+FFFF. */
const xmlText = anyText.map((s) => s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
const label = (text: fc.Arbitrary<string>) => text.filter((s) => s.trim() !== '');

function documentOf(text: fc.Arbitrary<string>): fc.Arbitrary<DocGraphInput> {
  return fc
    .record({
      id: label(text),
      a: label(text),
      b: label(text),
      aliases: fc.array(text, { maxLength: 4 }),
      titles: fc.array(label(text), { maxLength: 2 }),
      sentence: text,
      role: fc.option(text, { nil: undefined }),
      symmetric: fc.boolean(),
    })
    .map(({ id, a, b, aliases, titles, sentence, role, symmetric }) => ({
      doc: { id, title: sentence },
      entities: [
        { id: 'a', kind: 'person' as const, label: a, aliases, titles, mentionCount: 1 },
        { id: 'b', kind: 'organization' as const, label: b, aliases: [b], titles: [], mentionCount: 2 },
      ],
      relations: [
        {
          relation: symmetric ? ('met_with' as const) : ('leader_of' as const),
          source: 'a',
          target: 'b',
          ...(role === undefined ? {} : { role }),
          evidence: [
            {
              docId: id,
              sentence,
              start: 0,
              end: sentence.length,
              trigger: sentence.slice(0, 3),
              triggerSpan: [0, 3] as [number, number],
              sourceSpan: [0, 1] as [number, number],
              targetSpan: [1, 2] as [number, number],
              hedged: symmetric,
            },
          ],
        },
      ],
    }));
}

function build(docs: DocGraphInput[]) {
  const builder = new GraphBuilder();
  for (const doc of docs) builder.addDocument(doc);
  return builder.graph;
}

describe('keys over arbitrary text', () => {
  it('slugify is never empty and only letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(slugify(text)).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
      }),
    );
  });

  it('normalizeName is idempotent and has no outer or double spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeName(text);
        expect(normalizeName(once)).toBe(once);
        expect(once).not.toMatch(/^\s|\s$|\s\s/);
      }),
    );
  });
});

describe('round trips over arbitrary text', () => {
  it('JSON is lossless for any Unicode', () => {
    fc.assert(
      fc.property(fc.array(documentOf(anyText), { minLength: 1, maxLength: 3 }), (docs) => {
        const json = graphToJSON(build(docs));
        expect(graphToJSON(parseGraphJSON(json))).toBe(json);
      }),
      { numRuns: 150 },
    );
  });

  it('GEXF and GraphML are lossless for any text XML can carry', () => {
    fc.assert(
      fc.property(fc.array(documentOf(xmlText), { minLength: 1, maxLength: 3 }), (docs) => {
        const graph = build(docs);
        const json = JSON.parse(graphToJSON(graph));
        expect(JSON.parse(graphToJSON(parseGexf(writeGexf(graph))))).toEqual(json);
        expect(JSON.parse(graphToJSON(parseGraphml(writeGraphml(graph))))).toEqual(json);
      }),
      { numRuns: 150 },
    );
  });

  it('GEXF and GraphML always parse back, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(documentOf(anyText), { minLength: 1, maxLength: 3 }), (docs) => {
        const graph = build(docs);
        expect(parseGexf(writeGexf(graph)).order).toBe(graph.order);
        expect(parseGraphml(writeGraphml(graph)).size).toBe(graph.size);
      }),
      { numRuns: 100 },
    );
  });
});
