/**
 * Country record
 *
 * The shape of one row of the generated table src/data/countries.ts: the fields of the
 * world-countries package that the place gazetteer reads, and nothing else.
 */

export interface Country {
  name: { common: string; official: string };
  /** A sovereign state (not a territory). */
  independent: boolean;
  altSpellings: readonly string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  capital?: readonly string[];
}
