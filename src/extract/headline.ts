/**
 * Headlines
 *
 * A line in capitals says nothing through case: it is recognized, and its tokens are given back
 * the case of what they are before mentions are looked for.
 */

import { WORD_ACRONYMS } from '../lexicon/organizations.ts';
import { DEMONYMS } from '../lexicon/places.ts';
import type { Token } from '../nlp/compromise.ts';
import { lookupName } from './gazetteer.ts';
import { bare } from './runs.ts';

/** True for a line in capitals ("VARGA NAMED AS NORWAY CAPTAIN"), where case says nothing. */
export function isHeadline(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!/\p{L}{2}/u.test(t.text)) continue;
    words++;
    if (t.text === t.text.toUpperCase()) caps++;
  }
  return words >= 2 && caps / words > 0.7;
}

/**
 * True for a headline in title case or in capitals: no word of four letters or more in lower case
 * but a preposition or conjunction ("Jordan Expels Iraqi Diplomat after Riots"; a sentence's verbs
 * and nouns are lower case).
 */
export function isTitleCased(tokens: readonly Token[]): boolean {
  return !tokens.some((t) => /^\p{Ll}{4,}/u.test(t.text) && !LOWER_IN_TITLES.has(t.text));
}

/** Words a headline in title case may leave in lower case ("Chile Condemns Peru over Raid"). */
const LOWER_IN_TITLES: ReadonlySet<string> = new Set(
  'with from over into onto upon than that this after before under amid against about during without'.split(
    ' ',
  ),
);

/**
 * A headline's tokens with their case restored from what they are: names (gazetteer, compromise's
 * proper-noun tags) in title case, known acronyms kept, every other word in lower case. Lengths are
 * unchanged, so offsets hold.
 */
export function recaseHeadline(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    const w = bare(t);
    if (!/\p{L}/u.test(w)) return t;
    // codes and acronyms known only in capitals ("US", "UN") stay as they are
    if (/^[A-Z.]{2,6}$/.test(w) && lookupName(w) && !lookupName(w.toLowerCase())) {
      // but one that spells a common word is that word in capitals ("US SAYS IT IS READY")
      return WORD_ACRONYMS.has(w) ? { ...t, text: t.text.toLowerCase() } : t;
    }
    const title =
      t.text.charAt(0).toUpperCase() +
      t.text
        .slice(1)
        .toLowerCase()
        .replace(/([-‐\s'’.])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    const nameLike =
      lookupName(bare({ ...t, text: title })) ||
      DEMONYMS.has(w.toLowerCase()) ||
      ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Country', 'City'].some(
        (tag) => t.tags.has(tag),
      );
    return { ...t, text: nameLike ? title : t.text.toLowerCase() };
  });
}
