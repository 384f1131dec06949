/**
 * Generator of src/data/countries.ts
 *
 * `npx tsx scripts/gen-countries.ts` projects the world-countries package (a dev dependency) onto
 * the fields the place gazetteer reads — common and official name, independence, alternative
 * spellings, English demonyms, capitals — and writes them as a committed TypeScript module, so the browser bundle
 * carries ~40 KB of country names instead of the package's 600 KB. tests/data/countries.test.ts
 * fails when the committed table no longer matches the installed package.
 */

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Country } from '../src/data/country.ts';

/** A row of world-countries: the fields we keep, and many more. */
type FullCountry = Country & Record<string, unknown>;

/** The fields used, in the package's order. */
export function projectCountries(countries: readonly FullCountry[]): Country[] {
  return countries.map((c) => {
    const eng = c.demonyms?.eng;
    return {
      name: { common: c.name.common, official: c.name.official },
      independent: c.independent === true,
      altSpellings: [...c.altSpellings],
      ...(eng
        ? { demonyms: { eng: { ...(eng.m ? { m: eng.m } : {}), ...(eng.f ? { f: eng.f } : {}) } } }
        : {}),
      ...(c.capital && c.capital.length > 0 ? { capital: [...c.capital] } : {}),
    };
  });
}

/** The installed world-countries: its rows and its version. */
export function worldCountries(): { countries: FullCountry[]; version: string } {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as FullCountry[];
  const manifest = require.resolve('world-countries/package.json');
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return { countries, version };
}

function render(countries: Country[], version: string): string {
  return [
    '/**',
    ' * Countries (generated: do not edit)',
    ' *',
    ` * The fields of world-countries ${version} (ODbL) that the place gazetteer reads: names,`,
    ' * independence, alternative spellings, English demonyms and capitals. Regenerate with',
    ' * `npx tsx scripts/gen-countries.ts`.',
    ' */',
    '',
    "import type { Country } from './country.ts';",
    '',
    '// one country a line; biome.json leaves this file unformatted',
    'const countries: readonly Country[] = [',
    ...countries.map((c) => `  ${JSON.stringify(c)},`),
    '];',
    '',
    'export default countries;',
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { countries, version } = worldCountries();
  const root = fileURLToPath(new URL('../', import.meta.url));
  const out = join(root, 'src', 'data', 'countries.ts');
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, render(projectCountries(countries), version));
  renameSync(tmp, out);
  console.log(`wrote ${out}: ${countries.length} countries`);
}
