/**
 * The generated countries table
 *
 * src/data/countries.ts must equal what scripts/gen-countries.ts makes from the installed
 * world-countries (regenerate it after upgrading the package), and keep what the gazetteer needs.
 */

import { describe, expect, it } from 'vitest';
import { projectCountries, worldCountries } from '../../scripts/gen-countries.ts';
import countries from '../../src/data/countries.ts';
import { COUNTRY_LABELS, DEMONYMS } from '../../src/lexicon/places.ts';

describe('src/data/countries.ts', () => {
  it('matches the installed world-countries (run npm run gen:countries when not)', () => {
    expect(countries).toEqual(projectCountries(worldCountries().countries));
  });

  it('has every country with the fields the gazetteer reads', () => {
    expect(countries.length).toBeGreaterThan(240);
    const iran = countries.find((c) => c.name.common === 'Iran');
    expect(iran).toMatchObject({ name: { official: 'Islamic Republic of Iran' }, capital: ['Tehran'] });
    expect(iran?.demonyms?.eng?.m).toBe('Iranian');
    expect(COUNTRY_LABELS.has('Iraq')).toBe(true);
    expect(DEMONYMS.get('iraqi')).toBe('Iraq');
  });
});
