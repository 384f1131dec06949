/**
 * GUM news relation gold: shape of the fixture
 *
 * Checks every record of tests/fixtures/eval/gum-news.relations.jsonl (hand-annotated relations on
 * sentences drawn from the GUM Wikinews documents; see tests/fixtures/eval/README.md): valid JSON of
 * the documented shape, unique ids, known relation types, spans inside the text whose slices equal
 * the surface strings, ends inside the annotated sentence, antecedent spans present exactly when
 * `via` is set, symmetric relations in text order, and at least 480 records (the whole draw).
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../graph/relations.ts';

const file = new URL('../fixtures/eval/gum-news.relations.jsonl', import.meta.url);

// every relation the project extracts except located_in (not annotated)
const TYPES = new Set(Object.keys(RELATIONS).filter((r) => r !== 'located_in'));

const RECORD_KEYS = new Set(['id', 'doc', 'url', 'text', 'sentence_start', 'relations']);
const RELATION_KEYS = new Set([
  'relation',
  'source',
  'target',
  'source_span',
  'target_span',
  'hedged',
  'negated',
  'via',
  'source_antecedent_span',
  'target_antecedent_span',
  'note',
]);

type Span = [number, number];

interface Relation {
  relation: string;
  source: string;
  target: string;
  source_span: Span;
  target_span: Span;
  hedged?: boolean;
  negated?: boolean;
  via?: 'pronoun' | 'description';
  source_antecedent_span?: Span;
  target_antecedent_span?: Span;
  note?: string;
}

interface GoldRecord {
  id: string;
  doc: string;
  url: string;
  text: string;
  sentence_start: number;
  relations: Relation[];
}

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const records = lines.map((l) => JSON.parse(l) as GoldRecord);

function isSpan(s: unknown, text: string): s is Span {
  return (
    Array.isArray(s) &&
    s.length === 2 &&
    Number.isInteger(s[0]) &&
    Number.isInteger(s[1]) &&
    s[0] >= 0 &&
    s[0] < s[1] &&
    s[1] <= text.length
  );
}

describe('GUM news relation fixture', () => {
  it('has at least 480 records with unique ids, in the documented shape', () => {
    expect(records.length).toBeGreaterThanOrEqual(480);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of records) {
      expect(
        Object.keys(r).every((k) => RECORD_KEYS.has(k)),
        r.id,
      ).toBe(true);
      expect(typeof r.id).toBe('string');
      expect(r.id).toMatch(/^GUM_news_[a-z0-9]+#[1-9]\d*$/);
      expect(r.id.split('#')[0]).toBe(r.doc);
      expect(r.url).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\//);
      expect(typeof r.text).toBe('string');
      expect(Number.isInteger(r.sentence_start)).toBe(true);
      expect(r.sentence_start).toBeGreaterThanOrEqual(0);
      expect(r.sentence_start).toBeLessThan(r.text.length);
      // the context sentence, when there is one, is joined to the annotated sentence by one space
      // the previous sentence, then a space, or a newline where the sentence opens a paragraph,
      // heading, figure or caption of the article
      if (r.sentence_start > 0) expect([' ', '\n'], r.id).toContain(r.text[r.sentence_start - 1]);
      expect(Array.isArray(r.relations)).toBe(true);
    }
  });

  it.each(records.map((r) => [r.id, r] as const))('%s: relations are well formed', (_id, r) => {
    const seen = new Set<string>();
    for (const rel of r.relations) {
      const where = `${r.id} ${JSON.stringify(rel)}`;
      expect(
        Object.keys(rel).every((k) => RELATION_KEYS.has(k)),
        where,
      ).toBe(true);
      expect(TYPES.has(rel.relation), where).toBe(true);
      for (const end of ['source', 'target'] as const) {
        const span = rel[`${end}_span`];
        expect(isSpan(span, r.text), where).toBe(true);
        expect(r.text.slice(span[0], span[1]), where).toBe(rel[end]);
        expect(span[0], `${where}: ${end} outside the annotated sentence`).toBeGreaterThanOrEqual(
          r.sentence_start,
        );
      }
      if (rel.relation === 'met_with' || rel.relation === 'agreed_with') {
        // symmetric types: the two ends in text order
        expect(rel.source_span[0], where).toBeLessThan(rel.target_span[0]);
      }
      const ante = [rel.source_antecedent_span, rel.target_antecedent_span].filter((s) => s !== undefined);
      if (rel.via !== undefined) {
        expect(['pronoun', 'description'], where).toContain(rel.via);
        expect(ante.length, where).toBeGreaterThanOrEqual(1);
        for (const s of ante) expect(isSpan(s, r.text), where).toBe(true);
        // a description resolves only inside the annotated sentence; a pronoun may reach the previous one
        if (rel.via === 'description')
          for (const s of ante) expect(s[0], where).toBeGreaterThanOrEqual(r.sentence_start);
      } else {
        expect(ante.length, where).toBe(0);
      }
      for (const flag of ['hedged', 'negated'] as const) {
        if (flag in rel) expect(rel[flag], where).toBe(true);
      }
      if ('note' in rel) expect(typeof rel.note === 'string' && rel.note.length > 0, where).toBe(true);
      const key = `${rel.relation}|${rel.source_span}|${rel.target_span}`;
      expect(seen.has(key), `${where}: duplicate`).toBe(false);
      seen.add(key);
    }
  });
});
