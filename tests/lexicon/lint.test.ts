/**
 * Lexicon lint
 *
 * The word tables (graph/words.ts, src/lexicon) stay clean as they grow: no entry listed twice in
 * one table (under the key the code looks it up by), and no entry given two meanings by two tables
 * unless the overlap is listed below with its reason. Both checks are rows of data: a new table
 * is one more row.
 */

import { describe, expect, it } from 'vitest';
import {
  DETERMINERS,
  HONORIFICS,
  NAME_PARTICLES,
  OFFICE_WORDS,
  SHORT_HONORIFICS,
} from '../../graph/words.ts';
import { organizationKey } from '../../src/extract/gazetteer.ts';
import { GIVEN_NAMES } from '../../src/lexicon/names.ts';
import { KNOWN_ORGANIZATIONS, WORD_ACRONYMS } from '../../src/lexicon/organizations.ts';
import {
  CASED_PLACE_NAMES,
  EXTRA_COUNTRY_NAMES,
  PLACE_NAMES,
  REGIONS_AND_CITIES,
} from '../../src/lexicon/places.ts';
import { NOT_NAMES, ROLE_MODIFIERS, ROLES, TITLE_QUALIFIERS } from '../../src/lexicon/titles.ts';

const organizationKeys = Object.entries(KNOWN_ORGANIZATIONS).flatMap(([label, others]) =>
  [label, ...others].map((n) => {
    const { acronym, key } = organizationKey(n);
    return `${acronym ? 'acronym' : 'name'}:${key}`;
  }),
);

/** [table, its entries as the code looks them up]: no key twice. */
const LISTS: [string, readonly string[]][] = [
  ['DETERMINERS', DETERMINERS],
  ['HONORIFICS', HONORIFICS],
  ['SHORT_HONORIFICS', SHORT_HONORIFICS],
  ['OFFICE_WORDS', OFFICE_WORDS],
  ['GIVEN_NAMES', GIVEN_NAMES],
  ['ROLE_MODIFIERS', ROLE_MODIFIERS],
  ['TITLE_QUALIFIERS', TITLE_QUALIFIERS],
  ['KNOWN_ORGANIZATIONS (names and acronyms)', organizationKeys],
  [
    'REGIONS_AND_CITIES (names)',
    REGIONS_AND_CITIES.flatMap(([label, , others]) => [label, ...others].map((n) => n.toLowerCase())),
  ],
];

const words = (xs: Iterable<string>) => new Set([...xs].filter((x) => !x.includes(' ')));

/**
 * [first meaning, second meaning, entries, entries allowed in both (with the reason)]: a word in
 * both tables is listed with two meanings.
 */
const CONFLICTS: [string, string, ReadonlySet<string>, ReadonlySet<string>, Record<string, string>][] = [
  ['given name', 'not a name', new Set(GIVEN_NAMES), NOT_NAMES, {}],
  [
    'given name',
    'name particle',
    new Set(GIVEN_NAMES),
    NAME_PARTICLES,
    { abu: '"Abu Bakr" and "Abu Mazen"' },
  ],
  [
    'given name',
    'honorific',
    new Set(GIVEN_NAMES),
    new Set(HONORIFICS),
    { sheikh: '"Sheikh Hasina" is a given name', sayed: 'both a given name and a title of descent' },
  ],
  [
    'honorific',
    'role',
    words(HONORIFICS),
    new Set(Object.keys(ROLES)),
    {
      general: 'a rank before a name, a role after a body ("the army general")',
      commander: 'a rank before a name, a role after a body ("the army commander")',
    },
  ],
  ['honorific', 'role modifier', new Set(HONORIFICS), new Set(ROLE_MODIFIERS), {}],
  [
    'role modifier',
    'role',
    new Set(ROLE_MODIFIERS),
    new Set(Object.keys(ROLES)),
    { chief: '"chief executive" modifies a role, "the army chief" is one' },
  ],
  ['name particle', 'not a name', NAME_PARTICLES, NOT_NAMES, {}],
  ['determiner', 'name particle', new Set(DETERMINERS), NAME_PARTICLES, {}],
];

describe('lexicon lint', () => {
  it.each(LISTS)('%s lists no entry twice', (_name, entries) => {
    const seen = new Set<string>();
    const twice = entries.filter((e) => seen.has(e) || !seen.add(e));
    expect(twice).toEqual([]);
  });

  it.each(CONFLICTS)('no word is both a %s and a %s', (_a, _b, first, second, allowed) => {
    const both = [...first].filter((w) => second.has(w) && !(w in allowed));
    expect(both).toEqual([]);
    // an allowance that no longer applies is removed
    for (const w of Object.keys(allowed)) expect(first.has(w) && second.has(w)).toBe(true);
  });

  it('every short honorific is an honorific', () => {
    expect(SHORT_HONORIFICS.filter((h) => !HONORIFICS.includes(h))).toEqual([]);
  });

  it('no place name of the hand tables is taken by another place', () => {
    const hand: [string, string][] = [
      ...Object.entries(EXTRA_COUNTRY_NAMES).flatMap(([label, others]) =>
        others.map((n): [string, string] => [n, label]),
      ),
      ...REGIONS_AND_CITIES.flatMap(([label, , others]) =>
        [label, ...others].map((n): [string, string] => [n, label]),
      ),
    ];
    const taken = hand.filter(([name, label]) => {
      const entry = PLACE_NAMES.get(name.toLowerCase()) ?? CASED_PLACE_NAMES.get(name);
      return entry?.label !== label;
    });
    expect(taken).toEqual([]);
  });

  it('no name is both a known organization and a place', () => {
    const both = Object.values(KNOWN_ORGANIZATIONS)
      .flat()
      .concat(Object.keys(KNOWN_ORGANIZATIONS))
      .filter((n) => PLACE_NAMES.has(n.toLowerCase()) || CASED_PLACE_NAMES.has(n));
    expect(both).toEqual([]);
  });

  it('every word acronym is a known acronym that spells a word', () => {
    const acronyms = new Set(organizationKeys.filter((k) => k.startsWith('acronym:')).map((k) => k.slice(8)));
    for (const a of WORD_ACRONYMS) {
      expect(acronyms.has(a) || CASED_PLACE_NAMES.has(a)).toBe(true);
      expect(a).toMatch(/^[A-Z]{2,}$/);
    }
  });
});
