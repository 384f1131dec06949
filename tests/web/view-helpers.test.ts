/**
 * Evidence highlighting and search tests
 *
 * Table-driven checks of the pure helpers behind the details panel and the search box.
 */

import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph/types.ts';
import { evidenceSegments } from '../../web/highlight.ts';
import { buildSearchIndex, editDistance, normalizeQuery, searchEntities } from '../../web/search.ts';
import { corpusGraph, HUB, HUB_ORG, USA } from './corpus-fixture.ts';
import { evidence, FIXTURE_SENTENCE, fixtureGraph } from './fixture.ts';

describe('evidenceSegments', () => {
  it('marks trigger and both mentions, and joins back to the sentence', () => {
    const segs = evidenceSegments(evidence('meeting', 'Ali Khorvani', 'Mustafa al-Kadiri'));
    expect(segs.map((s) => s.text).join('')).toBe(FIXTURE_SENTENCE);
    expect(segs.filter((s) => s.mark)).toEqual([
      { text: 'Ali Khorvani', mark: 'source' },
      { text: 'meeting', mark: 'trigger' },
      { text: 'Mustafa al-Kadiri', mark: 'target' },
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
    const ev = { ...evidence('meeting', 'Ali Khorvani', 'Iraq'), triggerSpan: span } as unknown as Evidence;
    const segs = evidenceSegments(ev);
    expect(segs.map((s) => s.text).join('')).toBe(FIXTURE_SENTENCE);
    expect(segs.some((s) => s.mark === 'trigger')).toBe(false);
  });

  it('marks who says a reported sentence, below the ends and the trigger', () => {
    const ev: Evidence = {
      docId: 'd',
      sentence: 'Iran backed Iraq, Ana Ruiz said.',
      start: 0,
      end: 31,
      trigger: 'backed',
      triggerSpan: [5, 11],
      sourceSpan: [0, 4],
      targetSpan: [12, 16],
      reported: true,
      speakerSpan: [18, 26],
    };
    expect(evidenceSegments(ev).filter((s) => s.mark)).toEqual([
      { text: 'Iran', mark: 'source' },
      { text: 'backed', mark: 'trigger' },
      { text: 'Iraq', mark: 'target' },
      { text: 'Ana Ruiz', mark: 'speaker' },
    ]);
    // a speaker who is an end stays marked as that end
    expect(evidenceSegments({ ...ev, speakerSpan: [0, 4] }).filter((s) => s.mark === 'speaker')).toEqual([]);
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
    ['Khorvani', 'person/ali-khorvani'],
    ['khorváni', 'person/ali-khorvani'],
    ['al kadiri', 'person/mustafa-al-kadiri'],
    ['AL-KADIRI', 'person/mustafa-al-kadiri'],
    ['US', 'place/united-states'],
    ['iraq', 'place/iraq'],
  ])('finds %s', (query, key) => {
    expect(searchEntities(index, query)[0]?.key).toBe(key);
  });

  it('says which alias matched', () => {
    expect(searchEntities(index, 'Ayatollah')[0]).toEqual({
      key: 'person/ali-khorvani',
      label: 'Ali Khorvani',
      kind: 'person',
      via: 'Ayatollah Khorvani',
    });
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchEntities(index, '  ')).toEqual([]);
    expect(searchEntities(index, 'zzz')).toEqual([]);
  });

  it('normalises case, accents and punctuation', () => {
    expect(normalizeQuery("  Al-Kádiri's ")).toBe('al kadiri s');
  });
});

describe('search on a corpus', () => {
  const index = buildSearchIndex(corpusGraph());
  const keys = (q: string) => searchEntities(index, q).map((h) => h.key);

  it('matches word starts, never inside a word', () => {
    expect(keys('usa')).toEqual([USA]);
    expect(keys('usa')).not.toContain('person/u3'); // Susan Miller
    expect(keys('usa')).not.toContain('place/u4'); // Jerusalem
    expect(keys('states of')).toEqual([USA]);
    expect(keys('jeru')).toEqual(['place/u4']);
    expect(keys('sus')).toEqual(['person/u3']);
  });

  it('falls back to a fuzzy match when nothing matches exactly', () => {
    expect(keys('kadiry')).toEqual(['person/b0']);
    expect(keys('al kaidri')).toEqual(['person/b0']);
    expect(keys('xyzzy')).toEqual([]);
    expect(editDistance('kadiry', 'kadiri', 2)).toBe(1);
    expect(editDistance('kaidri', 'kadiri', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('ranks namesakes by mentions and relations, and tells them apart', () => {
    const hits = searchEntities(index, 'Hassan Rouhani');
    expect(hits.map((h) => h.key)).toEqual([HUB, HUB_ORG]);
    expect(hits[0]?.context).toBe('United States of America');
    expect(hits[1]?.context).toBeNull();
    expect(searchEntities(index, 'jerusalem')[0]?.context).toBeUndefined();
  });
});
