/**
 * Keys and name normalization
 *
 * Slugs, matching keys and node / edge keys, as tables of input and expected output.
 */

import { describe, expect, it } from 'vitest';
import { edgeKey, nodeKey, normalizeName, slugify } from '../../graph/index.ts';

describe('slugify', () => {
  it.each([
    ['Mustafa al-Kázemi', 'mustafa-al-kazemi'],
    ['Ali Khamenei', 'ali-khamenei'],
    ['  United   States ', 'united-states'],
    ["Iran's Leader", 'iran-s-leader'],
    ['Łódź', 'lodz'],
    ['Søren Kierkegaard', 'soren-kierkegaard'],
    ['Straße', 'strasse'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['مصطفى الكاظمي', 'مصطفى-الكاظمي'],
    ['!!!', 'entity'],
  ])('%s → %s', (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });
});

describe('normalizeName', () => {
  it.each([
    ['Al-Kazemi', 'al kazemi'],
    ['al Kazemi', 'al kazemi'],
    ['AL KAZEMI', 'al kazemi'],
    ['Al-Kázemi', 'al kazemi'],
    ['al‐Kāẓimī', 'al kazimi'],
    ['The United States', 'united states'],
    ['Mr. Biden', 'biden'],
    ['Mrs Thatcher', 'thatcher'],
    ['Dr. Rouhani', 'rouhani'],
    ['ms  Smith', 'smith'],
    ['The', 'the'],
    ["O'Brien", 'o brien'],
    ['O’Brien', 'o brien'],
    ['U.S.', 'u s'],
    ['  Ali\t\nKhamenei ', 'ali khamenei'],
    ['Theresa May', 'theresa may'],
    ['"Khamenei"', 'khamenei'],
    ['Hezbollah (Lebanon)', 'hezbollah lebanon'],
    ['AT&T', 'at&t'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('nodeKey and edgeKey', () => {
  it('builds node keys from kind and slug', () => {
    expect(nodeKey('person', 'Ali Khamenei')).toBe('person/ali-khamenei');
    expect(nodeKey('place', 'United States')).toBe('place/united-states');
  });

  it.each([
    [
      'accused',
      'person/ali-khamenei',
      'place/united-states',
      'accused:person/ali-khamenei->place/united-states',
    ],
    [
      'accused',
      'place/united-states',
      'person/ali-khamenei',
      'accused:place/united-states->person/ali-khamenei',
    ],
    ['met_with', 'person/b', 'person/a', 'met_with:person/a--person/b'],
    ['met_with', 'person/a', 'person/b', 'met_with:person/a--person/b'],
    ['agreed_with', 'place/iraq', 'place/iran', 'agreed_with:place/iran--place/iraq'],
  ] as const)('%s %s %s → %s', (relation, source, target, key) => {
    expect(edgeKey(relation, source, target)).toBe(key);
  });
});
