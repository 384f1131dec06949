/**
 * Places
 *
 * The place gazetteer: countries from the world-countries package (common and official names,
 * alternative spellings, codes where unambiguous) with their demonyms, capitals, and a short table
 * of regions and large cities the package does not list. Built once into lookup maps.
 */

import countries from '../data/countries.ts';

export interface PlaceEntry {
  /** Canonical label, e.g. "United States". */
  label: string;
  kind: 'country' | 'city' | 'region';
}

/** Extra names the package lacks, canonical label → other names. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  Russia: ['Russian Federation'],
  'South Korea': ['Republic of Korea'],
  'North Korea': ['DPRK'],
  Iran: ['Islamic Republic of Iran', 'Persia'],
  Syria: ['Syrian Arab Republic'],
  China: ["People's Republic of China", 'PRC'],
  Czechia: ['Czech Republic'],
  'DR Congo': ['Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  // Gaza and the West Bank are regions of their own (REGIONS_AND_CITIES), not other names of Palestine
  Palestine: ['Palestinian Territories'],
};

/** Demonyms and plurals the package lacks or spells otherwise. */
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  'United States': ['American', 'Americans'],
  'United Kingdom': ['British', 'Briton', 'Britons'],
  Iran: ['Iranian', 'Iranians', 'Persian'],
  Iraq: ['Iraqi', 'Iraqis'],
  Israel: ['Israeli', 'Israelis'],
  Palestine: ['Palestinian', 'Palestinians'],
  Netherlands: ['Dutch'],
  France: ['French'],
  Germany: ['German', 'Germans'],
  China: ['Chinese'],
  Japan: ['Japanese'],
  Switzerland: ['Swiss'],
  Philippines: ['Filipino', 'Filipinos', 'Philippine'],
  Afghanistan: ['Afghan', 'Afghans'],
  Spain: ['Spanish', 'Spaniard', 'Spaniards'],
  Turkey: ['Turkish', 'Turk', 'Turks'],
  'Saudi Arabia': ['Saudi', 'Saudis'],
  Kuwait: ['Kuwaiti', 'Kuwaitis'],
  Yemen: ['Yemeni', 'Yemenis'],
};

/**
 * Words for a country's people that the package lacks: nouns where they differ from its adjective
 * ("Croat forces", "Swedes"; not those that are also given names or surnames: Dane, Finn, Lao),
 * and the demonyms of the nations of the United Kingdom, which it does not list ("English captain
 * Y"; the tagger finds "England", "Wales" themselves). Read after the name tagger only
 * (src/extract/names.ts), so the rule mentions the tagger and the parser were trained on stay as
 * they were.
 */
export const PEOPLE_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Serbia: ['Serb', 'Serbs'],
    Croatia: ['Croat', 'Croats'],
    Poland: ['Poles'],
    Denmark: ['Danes'],
    Sweden: ['Swede', 'Swedes'],
    Finland: ['Finns'],
    'United Kingdom': ['Brit', 'Brits'],
    Nepal: ['Nepali', 'Nepalis'],
    Azerbaijan: ['Azeri', 'Azeris'],
    Kazakhstan: ['Kazakh', 'Kazakhs'],
    Uzbekistan: ['Uzbek', 'Uzbeks'],
    Tajikistan: ['Tajik', 'Tajiks'],
    Kyrgyzstan: ['Kyrgyz'],
    England: ['English'],
    Scotland: ['Scottish', 'Scots'],
    Wales: ['Welsh'],
  }).flatMap(([country, nouns]) => nouns.map((n): [string, string] => [n, country])),
);

export const REGIONS_AND_CITIES: readonly [string, PlaceEntry['kind'], readonly string[]][] = [
  ['Europe', 'region', []],
  ['Asia', 'region', []],
  ['Africa', 'region', []],
  ['Middle East', 'region', []],
  ['Gulf', 'region', ['Persian Gulf']],
  ['Latin America', 'region', []],
  ['North America', 'region', []],
  ['South America', 'region', []],
  ['Balkans', 'region', []],
  ['Caucasus', 'region', []],
  ['Kurdistan', 'region', []],
  ['Crimea', 'region', []],
  ['Donbas', 'region', []],
  ['Kashmir', 'region', []],
  ['Basra', 'city', []],
  ['Mosul', 'city', []],
  ['Erbil', 'city', []],
  ['Najaf', 'city', []],
  ['Karbala', 'city', []],
  ['Aleppo', 'city', []],
  ['Istanbul', 'city', []],
  ['Mumbai', 'city', ['Bombay']],
  ['Shanghai', 'city', []],
  ['New York', 'city', ['New York City', 'NYC']],
  ['Los Angeles', 'city', []],
  ['Chicago', 'city', []],
  ['Geneva', 'city', []],
  ['Munich', 'city', []],
  ['Frankfurt', 'city', []],
  ['Milan', 'city', []],
  ['Barcelona', 'city', []],
  ['Sydney', 'city', []],
  ['Toronto', 'city', []],
  ['Hong Kong', 'city', []],
  ['Isfahan', 'city', []],
  ['Mashhad', 'city', []],
  ['Qom', 'city', []],
  ['Jeddah', 'city', []],
  ['Dubai', 'city', []],
  ['Gaza', 'region', ['Gaza Strip']],
  ['West Bank', 'region', []],
];

/** Lower-cased name → place. Acronyms and codes are kept in CASED_NAMES instead. */
export const PLACE_NAMES = new Map<string, PlaceEntry>();
/** Exact-case names (codes like "US", "UK") that would be common words in lower case. */
export const CASED_PLACE_NAMES = new Map<string, PlaceEntry>();
/** Lower-cased demonym → country label ("iraqi" → "Iraq"). */
export const DEMONYMS = new Map<string, string>();

function addName(name: string, entry: PlaceEntry): void {
  if (/^[A-Z.]{2,6}$/.test(name)) {
    if (!CASED_PLACE_NAMES.has(name)) CASED_PLACE_NAMES.set(name, entry);
    return;
  }
  const key = name.toLowerCase();
  if (!PLACE_NAMES.has(key)) PLACE_NAMES.set(key, entry);
}

/** Canonical labels of countries. */
export const COUNTRY_LABELS = new Set<string>();

/** The name English news uses where the package's common name differs. */
const LABEL_OVERRIDES: Readonly<Record<string, string>> = { Türkiye: 'Turkey' };

// Independent countries first: a demonym several territories share ("Norwegian": Norway,
// Svalbard and Jan Mayen; "Indian": India, British Indian Ocean Territory) means the country.
const independentFirst = [...countries].sort(
  (a, b) => Number(b.independent === true) - Number(a.independent === true),
);
for (const c of independentFirst) {
  const label = LABEL_OVERRIDES[c.name.common] ?? c.name.common;
  COUNTRY_LABELS.add(label);
  const entry: PlaceEntry = { label, kind: 'country' };
  addName(label, entry);
  addName(c.name.official, entry);
  for (const alt of c.altSpellings) if (alt.length > 3 && !alt.includes(',')) addName(alt, entry);
  if (label !== c.name.common) addName(c.name.common, entry);
  for (const extra of EXTRA_COUNTRY_NAMES[label] ?? []) addName(extra, entry);
  const dem = c.demonyms?.eng;
  for (const d of [dem?.m, dem?.f]) {
    if (!d) continue;
    for (const form of [d.toLowerCase(), `${d.toLowerCase()}s`])
      if (!DEMONYMS.has(form)) DEMONYMS.set(form, label);
  }
  for (const d of EXTRA_DEMONYMS[label] ?? []) DEMONYMS.set(d.toLowerCase(), label);
  for (const capital of c.capital ?? []) addName(capital, { label: capital, kind: 'city' });
}
for (const [label, kind, others] of REGIONS_AND_CITIES) {
  const entry: PlaceEntry = { label, kind };
  addName(label, entry);
  for (const o of others) addName(o, entry);
}
/** Longest place name in words, to bound the gazetteer scan. */
export const MAX_PLACE_WORDS = Math.max(...[...PLACE_NAMES.keys()].map((k) => k.split(/\s+/).length));
