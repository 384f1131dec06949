/**
 * Mentions
 *
 * Finds the people, places and organizations of one sentence. Capitalized runs of tokens are the
 * candidates (name particles and "of the" may sit inside); each run is split into a title part
 * ("Iraq's Prime Minister", "Leader of the Islamic Revolution", "Ayatollah") and a name part, and
 * the name is classified by the gazetteers, organization head words, given names and compromise's
 * tags, in that order. Spans hold the name only: no title, no possessive 's, no leading "the".
 * Lower-case role phrases with a place ("the prime minister of Iraq") become title mentions too.
 */

import type { EntityKind } from '../../graph/types.ts';
import { GIVEN_NAME_SET, NAME_PARTICLES } from '../lexicon/names.ts';
import { ORG_HEADS, ORG_STARTS } from '../lexicon/organizations.ts';
import { CASED_PLACE_NAMES, DEMONYMS } from '../lexicon/places.ts';
import {
  HONORIFICS,
  NOT_NAMES,
  ROLE_MODIFIERS,
  ROLES,
  type RoleRelation,
  TITLE_QUALIFIERS,
} from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import type { MentionForm } from '../types.ts';
import { lookupName } from './gazetteer.ts';

/** A mention found in one sentence, before resolution. Token indices are [from, to). */
export interface Candidate {
  kind: EntityKind;
  form: MentionForm;
  start: number;
  end: number;
  from: number;
  to: number;
  /** Gazetteer label when the name is known ("United States" for "US"). */
  canonical?: string;
  /** For titles: the role words as written, and which structural relation they imply. */
  role?: string;
  /** For titles: where the role words stand in the text (from their tokens, never searched for). */
  roleSpan?: [number, number];
  roleRelation?: RoleRelation;
  /** For titles: the place/organization the role belongs to. */
  qualifier?: Candidate;
  /** For titles: the name candidate it describes (apposition or prefix). */
  names?: Candidate;
  /** For a person's name after honorifics ("Ayatollah Khamenei"): where the honorifics start. */
  honorificStart?: number;
  /** How sure the classification is; weak candidates give way to others in overlaps. */
  strong: boolean;
}

const BREAK_CHARS = /[,;:()[\]"“”!?…—–]|\s-\s|\.\s*$/;
const ABBREVIATION =
  /^(mr|mrs|ms|dr|st|gen|col|lt|capt|sgt|maj|rev|prof|sen|rep|gov|jr|sr|no|inc|corp|co|ltd|u\.s|[a-z])$/i;
const POSSESSIVE = /['’]s$|s['’]$/;
const ROLE_WORDS_MAX = 4;
/** Longest body name before a role ("Deutsche Bank chief executive …"), in words. */
const LEAD_BODY_WORDS = 2;

const honorifics = new Set(HONORIFICS);
const roleModifiers = new Set(ROLE_MODIFIERS);

/** Text of a token without a possessive ending. */
function bare(t: Token): string {
  return t.text.replace(/['’]s?$/, '');
}

function endOf(t: Token): number {
  return t.end - (t.text.length - bare(t).length);
}

function isCapitalized(t: Token): boolean {
  const w = t.text;
  if (/^\p{Lu}/u.test(w)) return true;
  // al-Kazemi, bin-Salman: a particle glued to a capitalized name
  return /^(al|el|bin|ibn|abu|abd|ul|ud)[-‐]\p{Lu}/u.test(w);
}

function breaksAfter(t: Token): boolean {
  const post = t.post;
  if (post.includes('\n')) return true;
  if (post.includes('/')) return true;
  // "Iran-Iraq relations": two places, not one name ("Jean-Claude", "al-Kazemi" stay whole)
  if (post === '-' && (lookupName(t.text) || DEMONYMS.has(t.text.toLowerCase()))) return true;
  if (/^\.\s*$/.test(post) && ABBREVIATION.test(t.text)) return false;
  return BREAK_CHARS.test(post);
}

function breaksBefore(t: Token): boolean {
  return /[("“[]/.test(t.pre);
}

function isAcronym(w: string): boolean {
  return /^[A-Z][A-Z.&]{1,6}$/.test(w) && /[A-Z].*[A-Z]|^[A-Z]\.$/.test(w);
}

/** The longest phrase of `table` starting at token i, as a token count (0 when none). */
function matchPhrase(tokens: Token[], i: number, to: number, has: (phrase: string) => boolean): number {
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

/** Role at token i, after optional modifiers: returns [tokens used, role phrase] or null. */
function matchRole(tokens: Token[], i: number, to: number): [number, string] | null {
  let k = i;
  while (k < to && roleModifiers.has(tokens[k]!.normal) && k - i < 2) k++;
  for (let start = i; start <= k; start++) {
    const n = matchPhrase(tokens, start, to, (p) => p in ROLES);
    if (n > 0) {
      const words = tokens.slice(start, start + n).map((t) => bare(t).toLowerCase());
      return [start + n - i, words.join(' ')];
    }
  }
  return null;
}

/** Runs of capitalized tokens, joined over name particles and "of (the)". */
function capitalizedRuns(tokens: Token[]): [number, number][] {
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

function isJoiner(t: Token, first: boolean): boolean {
  const w = t.text.toLowerCase();
  if (NAME_PARTICLES.has(w)) return true;
  if (first) return w === 'of' || w === 'for' || w === '&' || w === 'de';
  return w === 'the';
}

/** Drops sentence-initial function words and "The" from the start of a run. */
function trimRunStart(tokens: Token[], from: number, to: number, sentenceStart: boolean): number {
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const atStart = i === 0 || sentenceStart || /["“(]/.test(t.pre);
    if (lower === 'the' || lower === 'a' || lower === 'an') {
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
      if (
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

function span(tokens: Token[], from: number, to: number): [number, number] {
  return [tokens[from]!.start, endOf(tokens[to - 1]!)];
}

function candidate(
  tokens: Token[],
  from: number,
  to: number,
  kind: EntityKind,
  form: MentionForm,
  strong: boolean,
  canonical?: string,
): Candidate {
  const [start, end] = span(tokens, from, to);
  const c: Candidate = { kind, form, start, end, from, to, strong };
  if (canonical) c.canonical = canonical;
  return c;
}

/** Classifies a name part tokens[from, to) that carries no title. */
function classifyName(tokens: Token[], from: number, to: number, personHint: boolean): Candidate | null {
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
  // "D. Blenkiron", "T.O'Gorman": an initial before a surname
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

/**
 * Splits a run into [title part, name part]: leading honorifics and roles (with "of <qualifier>")
 * are the title. Returns the title's role (if any) and where the name starts.
 */
function splitTitle(
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
  // "Iraqi Prime Minister": the demonym belongs to the title (demonymBefore makes it the qualifier)
  if (i + 1 < to && DEMONYMS.has(tokens[i]!.normal) && matchRole(tokens, i + 1, to)) i++;
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
 * "Labour MP Jane Porter", "Deutsche Bank chief executive John Cryan": one or two capitalized
 * words before a role that a name follows are the body the role belongs to. Returns their tokens.
 */
function leadingBody(tokens: Token[], from: number, to: number): [number, number] | undefined {
  if (matchRole(tokens, from, to) || honorifics.has(bare(tokens[from]!).toLowerCase())) return undefined;
  for (let k = from + 1; k <= from + LEAD_BODY_WORDS && k < to; k++) {
    const t = tokens[k - 1]!;
    if (!isCapitalized(t) || POSSESSIVE.test(t.text) || breaksAfter(t)) return undefined;
    const r = matchRole(tokens, k, to);
    if (r && k + r[0] < to) return [from, k];
  }
  return undefined;
}

/**
 * Finds the mentions of one sentence's tokens. Titles come back as candidates of form "title"
 * linked (`names`) to the name they describe when the sentence says so.
 */
export function findMentions(sentenceTokens: Token[]): Candidate[] {
  const tokens = isHeadline(sentenceTokens) ? recaseHeadline(sentenceTokens) : sentenceTokens;
  const out: Candidate[] = [];
  const runs = capitalizedRuns(tokens);
  for (let r = 0; r < runs.length; r++) {
    const [runFrom, runEnd] = runs[r]!;
    let from = trimRunStart(tokens, runFrom, runEnd, runFrom === 0);
    // "Lebanon Sunday", "Yesterday Eshagh Jahangiri": dates are not part of a name
    let runTo = runEnd;
    while (from < runTo && ['Date', 'WeekDay', 'Month'].some((tag) => tokens[from]!.tags.has(tag))) from++;
    while (runTo > from && ['Date', 'WeekDay', 'Month'].some((tag) => tokens[runTo - 1]!.tags.has(tag)))
      runTo--;
    if (from >= runTo) continue;
    const split = splitTitle(tokens, from, runTo);
    let qualifier: Candidate | null = null;
    if (split.qualifier) {
      const [qf, qt] = split.qualifier;
      const qText = tokens
        .slice(qf, qt)
        .map((t) => t.normal)
        .join(' ');
      qualifier = TITLE_QUALIFIERS.some((p) => qText === p) ? null : classifyName(tokens, qf, qt, false);
      // "Leader of the Islamic Revolution of Iran": the place at the end qualifies the role
      if (!qualifier?.strong) {
        qualifier = null;
        for (let k = qt - 1; k > qf; k--) {
          if (tokens[k - 1]!.normal === 'of') {
            qualifier = classifyName(tokens, k, qt, false);
            break;
          }
        }
      }
      if (qualifier && qualifier.kind === 'person') qualifier = null;
      if (qualifier) out.push(qualifier);
    }
    if (split.lead) {
      // a body named before its role: a known place or organization, else an organization
      const [lf, lt] = split.lead;
      qualifier = classifyName(tokens, lf, lt, false);
      if (!qualifier || qualifier.kind === 'person')
        qualifier = candidate(tokens, lf, lt, 'organization', 'name', true);
      out.push(qualifier);
    }
    let name: Candidate | null = null;
    if (split.nameFrom < runTo) name = classifyName(tokens, split.nameFrom, runTo, split.honorific);
    // "Major General Ghasem Soleimani": the honorifics stand with the name as one argument
    if (name && split.honorific && !split.role) {
      name.from = from;
      if (name.kind === 'person') name.honorificStart = tokens[from]!.start;
    }
    if (name) out.push(name);
    if (split.role) {
      const [rf, rt, role] = split.role;
      // "Iraq's Prime Minister": a possessive place or org just before the run qualifies the role
      const prev = out.length > 0 ? findPossessiveBefore(out, tokens, from) : null;
      const demonym = !qualifier ? demonymBefore(tokens, from, rf) : null;
      const q = qualifier ?? prev ?? demonym;
      if (demonym) out.push(demonym);
      const titleFrom = split.lead ? split.lead[0] : prev ? prev.from : demonym ? demonym.from : rf;
      const titleTo = split.qualifier ? split.qualifier[1] : rt;
      const title = candidate(tokens, titleFrom, titleTo, 'person', 'title', true);
      title.role = tokens.slice(rf, rt).map(bare).join(' ');
      title.roleSpan = span(tokens, rf, rt);
      title.roleRelation = ROLES[role] ?? 'member_of';
      if (q) title.qualifier = q;
      if (name?.kind === 'person') title.names = name;
      out.push(title);
    }
  }
  out.push(...lowercaseTitles(tokens, out));
  bindAppositions(tokens, out);
  return dedupe(out);
}

/** True for a line in capitals ("SHEARER NAMED AS ENGLAND CAPTAIN"), where case says nothing. */
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
 * A headline's tokens with their case restored from what they are: names (gazetteer, compromise's
 * proper-noun tags) in title case, known acronyms kept, every other word in lower case. Lengths are
 * unchanged, so offsets hold.
 */
function recaseHeadline(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    const w = bare(t);
    if (!/\p{L}/u.test(w)) return t;
    // codes and acronyms known only in capitals ("US", "UN") stay as they are
    if (/^[A-Z.]{2,6}$/.test(w) && lookupName(w) && !lookupName(w.toLowerCase())) return t;
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

/** A possessive place/org candidate ending right before token `from` ("Iraq's" + "Prime Minister"). */
function findPossessiveBefore(out: Candidate[], tokens: Token[], from: number): Candidate | null {
  const prevTok = tokens[from - 1];
  if (!prevTok || !POSSESSIVE.test(prevTok.text)) return null;
  const c = out.find((m) => m.to === from && m.kind !== 'person' && m.form !== 'title');
  return c ?? null;
}

/** "the Iraqi Prime Minister": a demonym inside the run before the role. */
function demonymBefore(tokens: Token[], from: number, roleFrom: number): Candidate | null {
  for (let k = from; k < roleFrom; k++) {
    const country = DEMONYMS.get(tokens[k]!.text.toLowerCase());
    if (country) return candidate(tokens, k, k + 1, 'place', 'demonym', true, country);
  }
  return null;
}

/**
 * Binds a title to a person's name set apart by a comma: "Eshagh Jahangiri, Iran's First Vice
 * President" and "the Prime Minister of Iraq, Mustafa al-Kazemi".
 */
function bindAppositions(tokens: Token[], cands: Candidate[]): void {
  const comma = (i: number) => i >= 0 && /^\s*,\s*$/.test(tokens[i]?.post ?? '');
  for (const title of cands) {
    if (title.form !== 'title' || title.names) continue;
    let before = title.from - 1;
    if (tokens[before]?.normal === 'the') before--;
    const prev = comma(before)
      ? cands.find((c) => c.kind === 'person' && c.form === 'name' && c.to === before + 1)
      : undefined;
    const next = comma(title.to - 1)
      ? cands.find((c) => c.kind === 'person' && c.form === 'name' && c.from === title.to)
      : undefined;
    const name = prev ?? next;
    if (name) title.names = name;
  }
}

/** "the prime minister of Iraq", "Montenegro's prime minister", "Iraqi officials". */
function lowercaseTitles(tokens: Token[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isCapitalized(t)) continue;
    const r = matchRole(tokens, i, tokens.length);
    if (!r) continue;
    const roleTo = i + r[0];
    const roleWords = tokens.slice(i, roleTo);
    if (roleWords.some(isCapitalized)) continue;
    let q: Candidate | null = null;
    let titleFrom = i;
    let titleTo = roleTo;
    const before = found.find(
      (c) =>
        c.to === i &&
        c.kind !== 'person' &&
        c.form !== 'title' &&
        (POSSESSIVE.test(tokens[i - 1]!.text) || c.form === 'demonym'),
    );
    const after =
      tokens[roleTo]?.normal === 'of'
        ? found.find(
            (c) =>
              (c.from === roleTo + 1 || (c.from === roleTo + 2 && tokens[roleTo + 1]!.normal === 'the')) &&
              c.kind !== 'person' &&
              c.form !== 'title',
          )
        : undefined;
    if (after) {
      q = after;
      titleTo = after.to;
      if (before) titleFrom = before.from;
    } else if (before) {
      q = before;
      titleFrom = before.from;
    }
    if (!q) continue;
    const title = candidate(tokens, titleFrom, titleTo, 'person', 'title', true);
    title.role = roleWords.map(bare).join(' ');
    title.roleSpan = [roleWords[0]!.start, endOf(roleWords[roleWords.length - 1]!)];
    title.roleRelation = ROLES[r[1]] ?? 'member_of';
    title.qualifier = q;
    out.push(title);
    i = roleTo - 1;
  }
  return out;
}

/** Removes exact duplicates and weak candidates that overlap strong ones of another kind. */
function dedupe(cands: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of cands) {
    const key = `${c.start}:${c.end}:${c.form}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
