/**
 * Evidence highlighting and search tests
 *
 * Table-driven checks of the pure helpers behind the details panel and the search box.
 */

import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph/types.ts';
import { evidenceSegments } from '../../web/highlight.ts';
import { buildSearchIndex, normalizeQuery, searchEntities } from '../../web/search.ts';
import { evidence, FIXTURE_SENTENCE, fixtureGraph } from './fixture.ts';

describe('evidenceSegments', () => {
  it('marks trigger and both mentions, and joins back to the sentence', () => {
    const segs = evidenceSegments(evidence('meeting', 'Ali Khamenei', 'Mustafa al-Kazemi'));
    expect(segs.map((s) => s.text).join('')).toBe(FIXTURE_SENTENCE);
    expect(segs.filter((s) => s.mark)).toEqual([
      { text: 'Ali Khamenei', mark: 'source' },
      { text: 'meeting', mark: 'trigger' },
      { text: 'Mustafa al-Kazemi', mark: 'target' },
    ]);
  });

  it('subtracts the sentence start from document offsets', () => {
    const ev: Evidence = {
      docId: 'd',
      sentence: 'Iran backed Iraq.',
      start: 100,
      end: 117,
      trigger: 'backed',
      triggerSpan: [105, 111],
      sourceSpan: [100, 104],
      targetSpan: [112, 116],
    };
    expect(evidenceSegments(ev)).toEqual([
      { text: 'Iran', mark: 'source' },
      { text: ' ', mark: null },
      { text: 'backed', mark: 'trigger' },
      { text: ' ', mark: null },
      { text: 'Iraq', mark: 'target' },
      { text: '.', mark: null },
    ]);
  });

  it.each([
    ['out of range', [500, 600]],
    ['reversed', [10, 2]],
    ['not numbers', ['a', 'b']],
    ['missing', undefined],
  ])('survives a %s span', (_name, span) => {
    const ev = { ...evidence('meeting', 'Ali Khamenei', 'Iraq'), triggerSpan: span } as unknown as Evidence;
    const segs = evidenceSegments(ev);
    expect(segs.map((s) => s.text).join('')).toBe(FIXTURE_SENTENCE);
    expect(segs.some((s) => s.mark === 'trigger')).toBe(false);
  });

  it('lets the trigger win where it overlaps a mention', () => {
    const ev = { ...evidence('Prime Minister', 'Prime Minister Mustafa', 'Iraq') };
    const marks = evidenceSegments(ev).filter((s) => s.mark);
    expect(marks[0]).toEqual({ text: 'Iraq', mark: 'target' });
    expect(marks).toContainEqual({ text: 'Prime Minister', mark: 'trigger' });
    expect(marks).toContainEqual({ text: ' Mustafa', mark: 'source' });
  });
});

describe('search', () => {
  const index = buildSearchIndex(fixtureGraph());

  it.each([
    ['Khamenei', 'person/ali-khamenei'],
    ['khamenéi', 'person/ali-khamenei'],
    ['al kazemi', 'person/mustafa-al-kazemi'],
    ['AL-KAZEMI', 'person/mustafa-al-kazemi'],
    ['US', 'place/united-states'],
    ['iraq', 'place/iraq'],
  ])('finds %s', (query, key) => {
    expect(searchEntities(index, query)[0]?.key).toBe(key);
  });

  it('says which alias matched', () => {
    expect(searchEntities(index, 'Ayatollah')[0]).toEqual({
      key: 'person/ali-khamenei',
      label: 'Ali Khamenei',
      kind: 'person',
      via: 'Ayatollah Khamenei',
    });
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchEntities(index, '  ')).toEqual([]);
    expect(searchEntities(index, 'zzz')).toEqual([]);
  });

  it('normalises case, accents and punctuation', () => {
    expect(normalizeQuery("  Al-Kázemi's ")).toBe('al kazemi s');
  });
});
