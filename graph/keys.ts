/**
 * Keys and name normalization
 *
 * The deterministic identities of the graph: a node key is `${kind}/${slug}`, an edge key names its
 * relation and endpoints (sorted for symmetric relations), and `normalizeName` is the matching key
 * that merging and lookup share, so "Al-Núri", "al Nuri" and "AL NURI" are one name.
 */

import { compareStrings } from './_sorted.ts';
import { RELATIONS, type RelationType } from './relations.ts';
import type { EntityKind } from './types.ts';
import { NAME_CONNECTIVES, NAME_PARTICLES, SHORT_HONORIFICS } from './words.ts';

/** Letters NFKD does not decompose, folded to ASCII so slugs and matching keys agree. */
const FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ı: 'i',
};
const FOLD_PATTERN = /[øØłŁđĐðÐþÞßæÆœŒı]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** NFKD, drop combining marks, fold the few letters NFKD keeps. */
function stripDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLD_PATTERN, (c) => FOLDS[c] ?? c);
}

const NON_SLUG = /[^\p{L}\p{N}]+/gu;

/**
 * URL- and key-safe form of a label: diacritics stripped, lower case, every run of other characters
 * a single hyphen. `slugify("Karim al-Núri")` → `"karim-al-nuri"`. Never empty.
 */
export function slugify(label: string): string {
  const slug = stripDiacritics(label)
    .toLowerCase()
    .replace(NON_SLUG, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'entity' : slug;
}

/**
 * Word separators inside names: hyphens, dashes, apostrophes (straight and curly) and dots, and the
 * punctuation that only wraps a name (quotes, brackets, ! ? , ; :). `&` and `/` stay: "AT&T".
 */
const NAME_SEPARATORS = /[-‐‑‒–—―'’‘ʼ`´."“”„«»()[\]{}!?,;:]/g;
const LEADING_FILLER = new RegExp(`^(?:${['the', ...SHORT_HONORIFICS].join('|')}) (?=\\S)`);

/**
 * The matching key of a name: NFKD with diacritics stripped, lower case, hyphens / apostrophes / dots
 * (and wrapping punctuation: quotes, brackets, ! ? , ; :) turned into spaces, a leading "the " / "mr " / "mrs " / "ms " / "dr " dropped, white space folded.
 * `"Al-Nuri"`, `"al Nuri"` and `"AL NURI"` all give `"al nuri"`.
 */
export function normalizeName(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(NAME_SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_FILLER, '');
}

/**
 * Words that never identify an entity on their own: name particles ("al" of "al-Nuri", "van" of
 * "van Gogh") and the function words joining a name's parts ("of", "the", "and").
 */
export function isNameFiller(word: string): boolean {
  return NAME_PARTICLES.has(word) || NAME_CONNECTIVES.has(word);
}

/** Node key of an entity: `${kind}/${slugify(label)}`. */
export function nodeKey(kind: EntityKind, label: string): string {
  return `${kind}/${slugify(label)}`;
}

/**
 * Edge key of a relation between two node keys. Directed relations keep their direction
 * (`accused:person/tomas-varga->place/chile`); symmetric ones sort their endpoints
 * (`met_with:person/a--person/b`), so both orders give one key.
 */
export function edgeKey(relation: RelationType, source: string, target: string): string {
  if (RELATIONS[relation].symmetric) {
    const [a, b] = compareStrings(source, target) <= 0 ? [source, target] : [target, source];
    return `${relation}:${a}--${b}`;
  }
  return `${relation}:${source}->${target}`;
}
