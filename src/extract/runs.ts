/**
 * Runs and titles
 *
 * The token-level passes of mention finding: capitalized runs of tokens (joined over name
 * particles and "of (the)"), the trimming of function words at their start, and the splitting of a
 * run into a title part (honorifics, roles with "of <qualifier>", a body named before its role)
 * and a name part.
 */

import { DETERMINERS } from '../../graph/words.ts';
import { GIVEN_NAME_SET, NAME_PARTICLES } from '../lexicon/names.ts';
import { ORG_HEADS } from '../lexicon/organizations.ts';
import { DEMONYMS } from '../lexicon/places.ts';
import { HONORIFICS, NOT_NAMES, PORTFOLIO_WORDS, ROLE_MODIFIERS, ROLES } from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import { lookupName } from './gazetteer.ts';

export const BREAK_CHARS = /[,;:()[\]"“”!?…—–]|\s-\s|\.\s*$/;
const ABBREVIATION =
  /^(mr|mrs|ms|dr|st|gen|col|lt|capt|sgt|maj|rev|prof|sen|rep|gov|jr|sr|no|inc|corp|co|ltd|u\.s|[a-z])$/i;
/** A generational suffix after a name ("Jr.", "Sr.", "III"). */
const GENERATIONAL = /^(jr|sr|ii|iii|iv)\.?$/i;
export const POSSESSIVE = /['’]s$|s['’]$/;
const ROLE_WORDS_MAX = 4;
/** Longest body name before a role ("Deutsche Bank chief executive …"), in words. */
const LEAD_BODY_WORDS = 2;

const honorifics = new Set(HONORIFICS);
const roleModifiers = new Set(ROLE_MODIFIERS);

/** Text of a token without a possessive ending. */
export function bare(t: Token): string {
  return t.text.replace(/['’]s?$/, '');
}

export function endOf(t: Token): number {
  return t.end - (t.text.length - bare(t).length);
}

export function isCapitalized(t: Token): boolean {
  const w = t.text;
  if (/^\p{Lu}/u.test(w)) return true;
  // al-Nuri, bin-Salman: a particle glued to a capitalized name
  return /^(al|el|bin|ibn|abu|abd|ul|ud)[-‐]\p{Lu}/u.test(w);
}

export function breaksAfter(t: Token): boolean {
  const post = t.post;
  if (post.includes('\n')) return true;
  if (post.includes('/')) return true;
  // "Norway-Chile relations": two places, not one name ("Jean-Claude", "al-Nuri" stay whole)
  if (post === '-' && (lookupName(t.text) || DEMONYMS.has(t.text.toLowerCase()))) return true;
  if (/^\.\s*$/.test(post) && ABBREVIATION.test(t.text)) return false;
  return BREAK_CHARS.test(post);
}

export function breaksBefore(t: Token): boolean {
  return /[("“[]/.test(t.pre);
}

export function isAcronym(w: string): boolean {
  return /^[A-Z][A-Z.&]{1,6}$/.test(w) && /[A-Z].*[A-Z]|^[A-Z]\.$/.test(w);
}

/** The longest phrase of `table` starting at token i, as a token count (0 when none). */
export function matchPhrase(
  tokens: Token[],
  i: number,
  to: number,
  has: (phrase: string) => boolean,
): number {
  let best = 0;
  let phrase = '';
  for (let k = i; k < Math.min(to, i + ROLE_WORDS_MAX); k++) {
    const w = bare(tokens[k]!).toLowerCase().replace(/\.$/, '');
    phrase = phrase ? `${phrase} ${w}` : w;
    if (has(phrase)) best = k - i + 1;
    if (tokens[k] !== undefined && POSSESSIVE.test(tokens[k]!.text)) break;
  }
  return best;
}

/** First words of the role phrases: a phrase starting with another word is no role. */
const ROLE_FIRST_WORDS = new Set(Object.keys(ROLES).map((r) => r.split(' ')[0]!));
const isRole = (p: string) => p in ROLES;

/** Heads of a portfolio title: the words before them name the portfolio ("Trade Minister"). */
const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner']);

/**
 * "Trade Minister", "Farm Minister", "Health Secretary": one or two capitalized portfolio words
 * (PORTFOLIO_WORDS) before a portfolio head are part of the role; a known name there is the role's
 * body ("Labour MP"). Returns the tokens used, or 0.
 */
function portfolio(tokens: Token[], start: number, to: number): number {
  const first = tokens[start];
  if (!first || !isCapitalized(first) || !PORTFOLIO_WORDS.has(bare(first).toLowerCase())) return 0;
  // it opens the title: nothing capitalized before it but a people's name, a possessive, a
  // modifier or a known place ("Chilean Trade Minister", "Chile's Trade Minister", "Deputy Trade
  // Minister", "New Zealand Trade Minister"; not the "Nations Trade Commissioner" of "United
  // Nations Trade Commissioner", whose body is the United Nations)
  const prev = tokens[start - 1];
  if (
    prev &&
    isCapitalized(prev) &&
    !DEMONYMS.has(prev.normal) &&
    !POSSESSIVE.test(prev.text) &&
    !roleModifiers.has(prev.normal) &&
    !placeEndsAt(tokens, start)
  )
    return 0;
  // nor the second word of a known name ("New Zealand Finance Minister": "New" is no modifier there)
  if (prev && lookupName(`${bare(prev)} ${bare(tokens[start]!)}`) !== null) return 0;
  for (let n = 1; n <= 2 && start + n < to; n++) {
    const words = tokens.slice(start, start + n);
    // the words after the first already make a role ("Zealand Prime Minister"): not a portfolio
    if (n === 2 && matchPhrase(tokens, start + 1, to, isRole) > 0) return 0;
    const plain = (t: Token) =>
      isCapitalized(t) && PORTFOLIO_WORDS.has(bare(t).toLowerCase()) && lookupName(bare(t)) === null;
    if (!words.every(plain)) return 0;
    if (n === 2 && lookupName(words.map(bare).join(' ')) !== null) return 0;
    if (PORTFOLIO_HEADS.has(bare(tokens[start + n]!).toLowerCase())) return n + 1;
  }
  return 0;
}

/** True when one to three capitalized words right before token `end` name a known place. */
function placeEndsAt(tokens: Token[], end: number): boolean {
  for (let j = end - 1; j >= Math.max(0, end - 3) && isCapitalized(tokens[j]!); j--) {
    const name = tokens.slice(j, end).map(bare).join(' ');
    if (lookupName(name)?.kind === 'place') return true;
  }
  return false;
}

/** Role at token i, after optional modifiers: returns [tokens used, role phrase] or null. */
export function matchRole(tokens: Token[], i: number, to: number): [number, string] | null {
  let k = i;
  while (k < to && roleModifiers.has(tokens[k]!.normal) && k - i < 2) k++;
  for (let start = i; start <= k; start++) {
    if (start >= to) continue;
    const first = bare(tokens[start]!).toLowerCase().replace(/\.$/, '');
    const n =
      ROLE_FIRST_WORDS.has(first) || isRole(first)
        ? matchPhrase(tokens, start, to, isRole) || portfolio(tokens, start, to)
        : portfolio(tokens, start, to);
    if (n > 0) {
      const words = tokens.slice(start, start + n).map((t) => bare(t).toLowerCase());
      return [start + n - i, words.join(' ')];
    }
  }
  return null;
}

/** Runs of capitalized tokens, joined over name particles and "of (the)". */
export function capitalizedRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j <= tokens.length) {
      const prev = tokens[j - 1]!;
      if (breaksAfter(prev) || POSSESSIVE.test(prev.text)) break;
      const next = tokens[j];
      if (!next || breaksBefore(next)) break;
      if (isCapitalized(next)) {
        j++;
        continue;
      }
      // particles and "of (the)" inside a name: only when a capitalized word follows
      let k = j;
      while (k < tokens.length && k - j < 2 && isJoiner(tokens[k]!, k === j) && !breaksAfter(tokens[k]!)) k++;
      if (k > j && k < tokens.length && isCapitalized(tokens[k]!) && !breaksBefore(tokens[k]!)) {
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

export function isJoiner(t: Token, first: boolean): boolean {
  const w = t.text.toLowerCase();
  if (NAME_PARTICLES.has(w)) return true;
  if (first) return w === 'of' || w === 'for' || w === '&' || w === 'de';
  return w === 'the';
}

/** Drops sentence-initial function words and "The" from the start of a run. */
export function trimRunStart(tokens: Token[], from: number, to: number, sentenceStart: boolean): number {
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const atStart = i === 0 || sentenceStart || /["“(]/.test(t.pre);
    if (DETERMINERS.includes(lower)) {
      i++;
      continue;
    }
    const named = DEMONYMS.has(lower) || lookupName(bare(t)) !== null;
    if (
      atStart &&
      i === from &&
      !named &&
      !t.tags.has('ProperNoun') &&
      !t.tags.has('Person') &&
      !t.tags.has('Place')
    ) {
      // "Senior Egyptian officials": a capitalized common noun before a demonym
      const demonymNext = i + 1 < to && DEMONYMS.has(tokens[i + 1]!.text.toLowerCase());
      // "Socialist Party member A": an adjective that names a body with the head noun after it
      const bodyNext =
        i + 1 < to &&
        t.tags.has('Adjective') &&
        !roleModifiers.has(lower) &&
        isCapitalized(tokens[i + 1]!) &&
        ORG_HEADS.has(tokens[i + 1]!.normal);
      if (bodyNext) break;
      if (
        (demonymNext && t.tags.has('Noun')) ||
        t.tags.has('Verb') ||
        t.tags.has('Preposition') ||
        t.tags.has('Adverb') ||
        t.tags.has('Conjunction') ||
        t.tags.has('Pronoun') ||
        t.tags.has('Determiner') ||
        t.tags.has('Adjective')
      ) {
        i++;
        continue;
      }
    }
    if (NOT_NAMES.has(lower) && !honorifics.has(lower)) {
      i++;
      continue;
    }
    break;
  }
  // a run may not start with a joiner once trimmed
  while (i < to && !isCapitalized(tokens[i]!)) i++;
  return i;
}

/**
 * Splits a run into [title part, name part]: leading honorifics and roles (with "of <qualifier>")
 * are the title. Returns the title's role (if any) and where the name starts.
 */
export function splitTitle(
  tokens: Token[],
  from: number,
  to: number,
): {
  nameFrom: number;
  role?: [number, number, string];
  honorific: boolean;
  qualifier?: [number, number];
  lead?: [number, number];
} {
  let i = from;
  let honorific = false;
  let role: [number, number, string] | undefined;
  let qualifier: [number, number] | undefined;
  let lead: [number, number] | undefined;
  // "Chilean Prime Minister": the demonym belongs to the title (demonymBefore makes it the
  // qualifier); "Chilean Major General": to the rank, not to a body "Chilean Major" named before it
  if (
    i + 1 < to &&
    DEMONYMS.has(tokens[i]!.normal) &&
    (matchRole(tokens, i + 1, to) || matchPhrase(tokens, i + 1, to, (p) => honorifics.has(p)) > 0)
  )
    i++;
  else lead = leadingBody(tokens, i, to);
  if (lead) i = lead[1];
  while (i < to) {
    const h = matchPhrase(tokens, i, to, (p) => honorifics.has(p));
    const r = matchRole(tokens, i, to);
    if (r && r[0] >= h) {
      role = [i, i + r[0], r[1]];
      i += r[0];
      if (i < to && tokens[i]!.normal === 'of') {
        let q = i + 1;
        if (q < to && tokens[q]!.normal === 'the') q++;
        let qEnd = q;
        while (
          qEnd < to &&
          !honorifics.has(bare(tokens[qEnd]!).toLowerCase()) &&
          !matchRole(tokens, qEnd, to) &&
          !(qEnd > q && (GIVEN_NAME_SET.has(tokens[qEnd]!.normal) || tokens[qEnd]!.tags.has('FirstName')))
        ) {
          qEnd++;
        }
        qEnd = Math.min(qEnd, bodyEnd(tokens, q, to));
        if (qEnd > q) qualifier = [q, qEnd];
        i = qEnd;
      }
      honorific = true;
      continue;
    }
    if (h > 0) {
      i += h;
      honorific = true;
      continue;
    }
    break;
  }
  // "Martin Luther King Jr.": a role word followed only by a generational suffix is a surname
  if (role && i < to && tokens.slice(i, to).every((t) => GENERATIONAL.test(bare(t))))
    return { nameFrom: from, honorific: false };
  const out: {
    nameFrom: number;
    role?: [number, number, string];
    honorific: boolean;
    qualifier?: [number, number];
    lead?: [number, number];
  } = { nameFrom: i, honorific };
  if (role) out.role = role;
  if (qualifier) out.qualifier = qualifier;
  if (lead && role) out.lead = lead;
  else if (lead) out.nameFrom = from;
  return out;
}

/**
 * Where the body after "Title of" ends at the latest: after its last head word when two words or
 * more follow that are no body's ("CEO of the Ruritania Aid Council Vaclo Dunne": the name is Vaclo
 * Dunne, whether or not "Vaclo" is a known given name); else at the run's end.
 */
function bodyEnd(tokens: Token[], q: number, to: number): number {
  for (let k = to - 3; k >= q; k--) {
    if (!ORG_HEADS.has(tokens[k]!.normal)) continue;
    const rest = tokens.slice(k + 1, to);
    const nameLike = rest.every(
      (t) => isCapitalized(t) && !ORG_HEADS.has(t.normal) && !NAME_PARTICLES.has(t.normal),
    );
    return nameLike && !POSSESSIVE.test(tokens[k]!.text) ? k + 1 : to;
  }
  return to;
}

/**
 * "Labour MP Jane Porter", "Deutsche Bank chief executive John Cryan": one or two capitalized
 * words before a role that a name follows are the body the role belongs to. Returns their tokens.
 */
export function leadingBody(tokens: Token[], from: number, to: number): [number, number] | undefined {
  if (matchRole(tokens, from, to) || honorifics.has(bare(tokens[from]!).toLowerCase())) return undefined;
  for (let k = from + 1; k <= from + LEAD_BODY_WORDS && k < to; k++) {
    const t = tokens[k - 1]!;
    if (!isCapitalized(t) || POSSESSIVE.test(t.text) || breaksAfter(t)) return undefined;
    const r = matchRole(tokens, k, to);
    if (r && k + r[0] < to) return [from, k];
  }
  return undefined;
}
