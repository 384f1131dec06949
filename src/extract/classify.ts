/**
 * Name classification
 *
 * Decides what a name part of a run (one that carries no title) names: the gazetteers first,
 * then organization head words, acronyms, given names and compromise's tags, in that order.
 */

import { GIVEN_NAME_SET, NAME_PARTICLES } from '../lexicon/names.ts';
import { ORG_HEADS, ORG_STARTS } from '../lexicon/organizations.ts';
import { CASED_PLACE_NAMES, DEMONYMS } from '../lexicon/places.ts';
import { NOT_NAMES } from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import { type Candidate, candidate } from './candidate.ts';
import { lookupName } from './gazetteer.ts';
import { bare, isAcronym } from './runs.ts';

/** Classifies a name part tokens[from, to) that carries no title. */
export function classifyName(
  tokens: Token[],
  from: number,
  to: number,
  personHint: boolean,
): Candidate | null {
  const words = tokens.slice(from, to).map(bare);
  const text = words.join(' ');
  const lower = words.map((w) => w.toLowerCase());
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  if (to - from === 1) {
    const w = words[0]!;
    if (NOT_NAMES.has(w.toLowerCase()) || /^\d/.test(w)) return null;
    if (first.tags.has('Date') || first.tags.has('Month') || first.tags.has('WeekDay')) return null;
    const cased = CASED_PLACE_NAMES.get(w);
    if (cased) return candidate(tokens, from, to, 'place', 'name', true, cased.label);
    const demonym = DEMONYMS.get(w.toLowerCase());
    if (demonym && /^\p{Lu}/u.test(w)) return candidate(tokens, from, to, 'place', 'demonym', true, demonym);
  }
  const known = lookupName(text);
  if (known)
    return candidate(tokens, from, to, known.kind, isAcronym(text) ? 'acronym' : 'name', true, known.label);
  if (ORG_HEADS.has(lower[lower.length - 1]!) && to - from > 1)
    return candidate(tokens, from, to, 'organization', 'name', true);
  if (ORG_STARTS.has(lower[0]!) && lower[1] === 'of')
    return candidate(tokens, from, to, 'organization', 'name', true);
  if (to - from === 1 && isAcronym(words[0]!)) {
    return candidate(tokens, from, to, 'organization', 'acronym', words[0]!.replace(/\./g, '').length > 2);
  }
  if (personHint) return candidate(tokens, from, to, 'person', 'name', true);
  // "T. Halvorsen", "J.O'Hara": an initial before a surname
  if (to - from > 1 && /^\p{Lu}$/u.test(first.text) && /^\.\s*$/.test(first.post))
    return candidate(tokens, from, to, 'person', 'name', true);
  if (to - from === 1 && /^\p{Lu}\.\p{Lu}/u.test(first.text))
    return candidate(tokens, from, to, 'person', 'name', false);
  const given = GIVEN_NAME_SET.has(lower[0]!) || first.tags.has('FirstName') || first.tags.has('Honorific');
  if (given) return candidate(tokens, from, to, 'person', 'name', true);
  if (last.tags.has('LastName')) return candidate(tokens, from, to, 'person', 'name', true);
  const tagged = (tag: string) => tokens.slice(from, to).some((t) => t.tags.has(tag));
  if (tagged('Organization')) return candidate(tokens, from, to, 'organization', 'name', false);
  if (tagged('Place') || tagged('City') || tagged('Country') || tagged('Region')) {
    return candidate(tokens, from, to, 'place', 'name', false);
  }
  if (tagged('Person') && to - from > 1 && !lower.some((w) => NAME_PARTICLES.has(w) && w !== 'al')) {
    return candidate(tokens, from, to, 'person', 'name', false);
  }
  return null;
}
