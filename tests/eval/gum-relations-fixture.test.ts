/**
 * GUM news relation gold: shape of the fixture
 *
 * Checks every record of tests/fixtures/eval/gum-news.relations.jsonl (hand-annotated relations on
 * sentences drawn from the GUM Wikinews documents; see tests/fixtures/eval/README.md): valid JSON of
 * the documented shape with no stored text (only its SHA-256), unique ids, known relation types,
 * span lengths equal to the surface strings' lengths, ends inside the annotated sentence, antecedent
 * spans present exactly when `via` is set, symmetric relations in text order, and at least 480
 * records (the whole draw). Where ../shared/eval/gum-news exists it also rebuilds the texts (as the
 * relation gold reader does): each must hash to its record's `text_sha256`, start its sentence at
 * `sentence_start`, hold every span, and slice to the surface strings.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../graph/relations.ts';
import { sharedDir } from '../../scripts/generated.ts';
import { readRelationGold } from '../../src/eval/gold.ts';
import { readGumRecordTexts, textSha256 } from '../../src/eval/gum-sentences.ts';

const root = new URL('../..', import.meta.url).pathname;
const file = join(root, 'tests', 'fixtures', 'eval', 'gum-news.relations.jsonl');
const gumDir = join(sharedDir(root), 'eval', 'gum-news');

// every relation the project extracts except located_in (not annotated)
const TYPES = new Set(Object.keys(RELATIONS).filter((r) => r !== 'located_in'));

// the text is not stored (the evaluation data stays in ../shared): it is rebuilt from GUM news
const RECORD_KEYS = ['id', 'doc', 'url', 'sentence_start', 'text_sha256', 'relations'];
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
  sentence_start: number;
  text_sha256: string;
  relations: Relation[];
}

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const records = lines.map((l) => JSON.parse(l) as GoldRecord);

function isSpan(s: unknown): s is Span {
  return (
    Array.isArray(s) &&
    s.length === 2 &&
    Number.isInteger(s[0]) &&
    Number.isInteger(s[1]) &&
    s[0] >= 0 &&
    s[0] < s[1]
  );
}

describe('GUM news relation fixture', () => {
  it('has at least 480 records with unique ids, in the documented shape', () => {
    expect(records.length).toBeGreaterThanOrEqual(480);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of records) {
      expect(Object.keys(r), r.id).toEqual(RECORD_KEYS);
      expect(typeof r.id).toBe('string');
      expect(r.id).toMatch(/^GUM_news_[a-z0-9]+#[1-9]\d*$/);
      expect(r.id.split('#')[0]).toBe(r.doc);
      expect(r.url).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\//);
      expect(Number.isInteger(r.sentence_start)).toBe(true);
      expect(r.sentence_start).toBeGreaterThanOrEqual(0);
      expect(r.text_sha256, r.id).toMatch(/^[0-9a-f]{64}$/);
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
        expect(isSpan(span), where).toBe(true);
        // the slice itself is checked where the texts can be rebuilt (below)
        expect(typeof rel[end] === 'string' && rel[end].length === span[1] - span[0], where).toBe(true);
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
        for (const s of ante) expect(isSpan(s), where).toBe(true);
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

  it('rebuilds the texts from ../shared/eval/gum-news: hashes, sentence starts and surface strings match (without ../shared the texts are not checked)', async () => {
    if (existsSync(gumDir)) {
      const texts = await readGumRecordTexts(gumDir);
      // the gold reader rebuilds each text the same way and checks it, or throws naming the record
      const read = new Map<string, string>();
      for await (const g of readRelationGold(file, { gumDir })) read.set(g.id, g.text);
      expect(read.size).toBe(records.length);
      for (const r of records) {
        const rebuilt = texts.get(r.id);
        expect(rebuilt, `${r.id}: no such sentence in ${gumDir}`).toBeDefined();
        const text = rebuilt!.text;
        expect(read.get(r.id), r.id).toBe(text);
        expect(textSha256(text), r.id).toBe(r.text_sha256);
        expect(rebuilt!.sentenceStart, r.id).toBe(r.sentence_start);
        expect(rebuilt!.doc, r.id).toBe(r.doc);
        expect(rebuilt!.url, r.id).toBe(r.url);
        expect(r.sentence_start, r.id).toBeLessThan(text.length);
        // the previous sentence, then a space, or a newline where the sentence opens a paragraph,
        // heading, figure or caption of the article
        if (r.sentence_start > 0) expect([' ', '\n'], r.id).toContain(text[r.sentence_start - 1]);
        for (const rel of r.relations) {
          const where = `${r.id} ${JSON.stringify(rel)}`;
          for (const end of ['source', 'target'] as const) {
            const span = rel[`${end}_span`];
            expect(span[1], where).toBeLessThanOrEqual(text.length);
            expect(text.slice(span[0], span[1]), where).toBe(rel[end]);
          }
          for (const s of [rel.source_antecedent_span, rel.target_antecedent_span])
            if (s) expect(s[1], where).toBeLessThanOrEqual(text.length);
        }
      }
    } else {
      // nothing to rebuild from: only the hashes the texts would be checked by are there
      for (const r of records) expect(r.text_sha256, r.id).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
