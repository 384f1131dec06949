/**
 * Gazetteer look-up
 *
 * One question over all name tables: is this phrase a known place or organization, and under
 * which canonical label? Acronyms and codes match case-sensitively ("US" the country, not "us"),
 * other names case- and hyphen-insensitively, with or without an apostrophe inside a word
 * ("Kata'ib" / "Kataib").
 */

import type { EntityKind } from '../../graph/types.ts';
import { KNOWN_ORGANIZATIONS } from '../lexicon/organizations.ts';
import { CASED_PLACE_NAMES, PLACE_NAMES } from '../lexicon/places.ts';

export interface KnownName {
  kind: EntityKind;
  label: string;
}

const ORG_BY_NAME = new Map<string, string>();
const ORG_BY_ACRONYM = new Map<string, string>();

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-‐'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same name with the apostrophes inside a word dropped: transliterations write the Arabic
 * ayn and hamza as an apostrophe or not at all ("Kata'ib" / "Kataib", "Shi'a" / "Shia").
 */
const APOSTROPHE = /['’ʼʻʿʾ`]/;

function foldTransliterated(name: string): string {
  // not a possessive ending ("Philippine's" is no spelling of the Philippines)
  return fold(name.replace(/(?<=\p{L})['’ʼʻʿʾ`](?=\p{L})(?!s\b)/gu, ''));
}

/**
 * The key an organization's name is stored under: acronyms ("UN", "U.N.") without dots and
 * case-sensitive, other names folded ("al-Qaeda" and "Al Qaeda" are one key).
 */
export function organizationKey(name: string): { acronym: boolean; key: string } {
  return /^[A-Z][A-Z.]{1,6}$/.test(name)
    ? { acronym: true, key: name.replace(/\./g, '') }
    : { acronym: false, key: fold(name) };
}

for (const [label, others] of Object.entries(KNOWN_ORGANIZATIONS)) {
  for (const n of [label, ...others]) {
    const { acronym, key } = organizationKey(n);
    if (acronym) ORG_BY_ACRONYM.set(key, label);
    else for (const k of new Set([key, foldTransliterated(n)])) ORG_BY_NAME.set(k, label);
  }
}

const PLACE_BY_FOLD = new Map<string, KnownName>();
for (const [name, entry] of PLACE_NAMES) {
  for (const k of new Set([fold(name), foldTransliterated(name)]))
    PLACE_BY_FOLD.set(k, { kind: 'place', label: entry.label });
}

/** The known place or organization named `text`, or null. */
export function lookupName(text: string): KnownName | null {
  const cased = CASED_PLACE_NAMES.get(text);
  if (cased) return { kind: 'place', label: cased.label };
  const acronym = ORG_BY_ACRONYM.get(text.replace(/\./g, ''));
  if (acronym && /^[A-Z.]+$/.test(text)) return { kind: 'organization', label: acronym };
  const folded = fold(text);
  // the apostrophe-free spelling only when there is an apostrophe to drop
  const plain = APOSTROPHE.test(text) ? foldTransliterated(text) : folded;
  const org = ORG_BY_NAME.get(folded) ?? ORG_BY_NAME.get(plain);
  if (org) return { kind: 'organization', label: org };
  return PLACE_BY_FOLD.get(folded) ?? PLACE_BY_FOLD.get(plain) ?? null;
}
