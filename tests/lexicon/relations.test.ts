/**
 * Relation lexicon: every row has a reason and a known relation, no key twice, the CAMEO table is
 * what the generator writes from ../shared (or, without ../shared, has the generated shape), and the
 * code families map as documented.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRelationType } from '../../graph/relations.ts';
import { generate, OUT, sharedDir } from '../../scripts/gen-relation-lexicon.ts';
import { CAMEO_ROWS } from '../../src/lexicon/relations/cameo.ts';
import { relationOfCode } from '../../src/lexicon/relations/families.ts';
import { HAND_ROWS } from '../../src/lexicon/relations/hand.ts';
import { RELATION_ROWS, rowKey, rowsFor } from '../../src/lexicon/relations/index.ts';
import type { LexiconRow } from '../../src/lexicon/relations/types.ts';

const root = new URL('../..', import.meta.url).pathname;

const noReason = (rows: readonly LexiconRow[]) =>
  rows.filter((r) => typeof r.reason !== 'string' || r.reason.trim().length < 8).map(rowKey);

describe('relation lexicon rows', () => {
  it('every row has a reason', () => {
    expect(noReason(HAND_ROWS)).toEqual([]);
    expect(noReason(CAMEO_ROWS)).toEqual([]);
    // the check itself fails on a row without one
    expect(noReason([{ lemma: 'x', relation: 'accused', reason: '' } as LexiconRow])).toEqual([
      'verb|x|||||',
    ]);
  });

  it('every relation is a relation id or null, every lemma lower case', () => {
    for (const r of RELATION_ROWS) {
      expect(r.relation === null || isRelationType(r.relation), rowKey(r)).toBe(true);
      expect(r.lemma, rowKey(r)).toMatch(/^[a-z][a-z-]*$/);
    }
  });

  it('no key twice in one table', () => {
    for (const rows of [HAND_ROWS, CAMEO_ROWS]) {
      const keys = rows.map(rowKey);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    }
  });

  it('our rows replace CAMEO rows with the same key', () => {
    const attack = rowsFor('attack', 'verb');
    expect(attack[0]).toBe(HAND_ROWS.find((r) => r.lemma === 'attack' && !r.objectClass && !r.pos));
    expect(RELATION_ROWS.length).toBeLessThanOrEqual(HAND_ROWS.length + CAMEO_ROWS.length);
    expect(rowsFor('meet', 'verb').some((r) => r.relation === 'met_with' && !r.prep && !r.object)).toBe(true);
    expect(rowsFor('talk', 'noun').map((r) => r.prep)).toContain('with');
  });

  it('a verb excluded by the guidelines states nothing with a mere preposition either ("sue … for")', () => {
    expect(CAMEO_ROWS.filter((r) => r.lemma === 'sue').map((r) => r.relation)).toEqual([null]);
  });

  it.each([
    ['042', 'met_with'],
    ['036', 'met_with'],
    ['057', 'agreed_with'],
    ['051', 'supports'],
    ['1122', 'accused'],
    ['115', null],
    ['163', 'sanctioned'],
    ['173', 'attacked'],
    ['191', 'sanctioned'],
    ['195', 'attacked'],
    ['010', null],
  ])('CAMEO code %s states %s', (code, relation) => {
    expect(relationOfCode(code)?.relation).toBe(relation);
  });
});

describe('generated CAMEO table', () => {
  const committed = readFileSync(join(root, OUT), 'utf8');
  const shared = sharedDir(root);

  it('is what the generator writes (or has its shape without ../shared)', () => {
    if (existsSync(join(shared, 'data', 'petrarch2', 'CAMEO.2.0.txt'))) {
      expect(generate(shared)).toBe(committed);
    } else {
      expect(committed).toMatch(/^\/\*\*\n \* Relation lexicon from CAMEO \(generated: do not edit\)/);
      expect(committed.split('\n').filter((l) => l.startsWith('  { lemma: ')).length).toBe(CAMEO_ROWS.length);
    }
    expect(CAMEO_ROWS.length).toBeGreaterThan(500);
    for (const r of CAMEO_ROWS) expect(r.code, rowKey(r)).toMatch(/^(\d{3,4}|---)$/);
  });

  it('keeps the PETRARCH2 licence beside the table', () => {
    const licence = readFileSync(join(root, 'src/lexicon/relations/LICENSE-PETRARCH2'), 'utf8');
    expect(licence).toMatch(/MIT License/);
    expect(committed).toMatch(/MIT, see \.\/LICENSE-PETRARCH2/);
  });
});
