/**
 * Keys and name normalization
 *
 * Slugs, matching keys and node / edge keys, as tables of input and expected output.
 */

import { describe, expect, it } from 'vitest';
import { edgeKey, nodeKey, normalizeName, slugify } from '../../graph/index.ts';

describe('slugify', () => {
  it.each([
    ['Mustafa al-Kádiri', 'mustafa-al-kadiri'],
    ['Ali Khorvani', 'ali-khorvani'],
    ['  United   States ', 'united-states'],
    ["Iran's Leader", 'iran-s-leader'],
    ['Łódź', 'lodz'],
    ['Søren Kierkegaard', 'soren-kierkegaard'],
    ['Straße', 'strasse'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['مصطفى القديري', 'مصطفى-القديري'],
    ['!!!', 'entity'],
  ])('%s → %s', (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });
});

describe('normalizeName', () => {
  it.each([
    ['Al-Kadiri', 'al kadiri'],
    ['al Kadiri', 'al kadiri'],
    ['AL KADIRI', 'al kadiri'],
    ['Al-Kádiri', 'al kadiri'],
    ['al‐Kāḍirī', 'al kadiri'],
    ['The United States', 'united states'],
    ['Mr. Biden', 'biden'],
    ['Mrs Halvorsen', 'halvorsen'],
    ['Dr. Rouhani', 'rouhani'],
    ['ms  Smith', 'smith'],
    ['The', 'the'],
    ["O'Brien", 'o brien'],
    ['O’Brien', 'o brien'],
    ['U.S.', 'u s'],
    ['  Ali\t\nKhorvani ', 'ali khorvani'],
    ['Theresa May', 'theresa may'],
    ['"Khorvani"', 'khorvani'],
    ['Hezbollah (Lebanon)', 'hezbollah lebanon'],
    ['AT&T', 'at&t'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('nodeKey and edgeKey', () => {
  it('builds node keys from kind and slug', () => {
    expect(nodeKey('person', 'Ali Khorvani')).toBe('person/ali-khorvani');
    expect(nodeKey('place', 'United States')).toBe('place/united-states');
  });

  it.each([
    [
      'accused',
      'person/ali-khorvani',
      'place/united-states',
      'accused:person/ali-khorvani->place/united-states',
    ],
    [
      'accused',
      'place/united-states',
      'person/ali-khorvani',
      'accused:place/united-states->person/ali-khorvani',
    ],
    ['met_with', 'person/b', 'person/a', 'met_with:person/a--person/b'],
    ['met_with', 'person/a', 'person/b', 'met_with:person/a--person/b'],
    ['agreed_with', 'place/iraq', 'place/iran', 'agreed_with:place/iran--place/iraq'],
  ] as const)('%s %s %s → %s', (relation, source, target, key) => {
    expect(edgeKey(relation, source, target)).toBe(key);
  });
});
