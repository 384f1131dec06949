/**
 * Arguments
 *
 * Finds the parties around a trigger: the subject before it (not inside a prepositional phrase),
 * the targets after it (over skippable words, with coordinated ones), the speaker of a quotation
 * or of a sentence, where a trailing attribution starts, and the negation, hedging and reported
 * speech flags of the evidence. The word sets the relation passes share live here too.
 */

import type { Evidence, Span } from '../../graph/types.ts';
import { DETERMINERS, SHORT_HONORIFICS } from '../../graph/words.ts';
import { WEEKDAYS } from '../lexicon/time.ts';
import { HEDGES, NEGATIONS, REPORTING_VERBS } from '../lexicon/triggers.ts';
import type { Token } from '../nlp/compromise.ts';

/** Words before a name that are not part of it: articles and short honorifics. */
const leadingFillers: ReadonlySet<string> = new Set([...DETERMINERS, ...SHORT_HONORIFICS]);

/** A stretch of tokens that names one entity (a title and its name together count as one). */
export interface Argument {
  entity: string;
  kind: 'person' | 'place' | 'organization';
  from: number;
  to: number;
  span: Span;
}

export const PREPOSITIONS = new Set([
  'with',
  'to',
  'by',
  'for',
  'against',
  'from',
  'in',
  'on',
  'at',
  'into',
  'toward',
  'towards',
  'between',
  'among',
  'like',
  'than',
  // where something happens or goes: a place after them is a venue or a route, no actor
  'through',
  'across',
  'throughout',
  'outside',
  'inside',
  'near',
  'around',
  'along',
  'via',
]);
export const SKIPPABLE = new Set([
  'the',
  'a',
  'an',
  'with',
  'to',
  'for',
  'on',
  'against',
  'upon',
  'at',
  'into',
  'from',
  'his',
  'her',
  'its',
  'their',
  'both',
  'also',
  'mr',
  'mrs',
  'ms',
  'dr',
  'fellow',
  'neighbouring',
  'neighboring',
  'rival',
  'blow',
  'blows',
]);
/** Words that close the clause a trigger's object can sit in. */
export const CLAUSE_ENDS = new Set([
  'who',
  'which',
  'whom',
  'whose',
  'while',
  'because',
  'but',
  'although',
  'though',
  'where',
  'when',
]);
/** How far after a trigger its object may sit when nothing closer fits. */
export const RELAXED_GAP = 12;
export const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const NOUN_PREPS = new Set(['for', 'to', 'against', 'with', 'of', 'on', 'between', 'by']);
/** A protest's target also follows "over" ("a protest over B's decision", as "protested over"). */
export const PROTEST_PREPS: ReadonlySet<string> = new Set([...NOUN_PREPS, 'over']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she']);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
export const TIME_WORDS = new Set(['on', 'today', 'yesterday', ...WEEKDAYS]);
export const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);

export function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase().replace(/['’]s$/, '') : '';
}

/** True when a comma follows token t ("Varga," in "Varga, who …"). */
export function commaAfter(t: Token | undefined): boolean {
  return /,\s*$/.test(t?.post ?? '');
}

export function clauseBreak(t: Token): boolean {
  return /[;:"“”]|\.\s|\(|\)/.test(t.post);
}

const TIME_PHRASE_WORDS = new Set(['on', 'this', 'last', 'next', 'early', 'late', 'in']);

/** True for a word of a time phrase ("on Monday", "today", "last week", "in March"). */
export function isTimeWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month') || TIME_PHRASE_WORDS.has(lower(t)))
  );
}

/** A verb in the past or present tense, not a participle or gerund ("urged", "urges"). */
export function isFiniteVerb(t: Token | undefined): boolean {
  if (!t?.tags.has('Verb')) return false;
  return (
    (t.tags.has('PastTense') || t.tags.has('PresentTense')) &&
    !t.tags.has('Gerund') &&
    !t.tags.has('Participle')
  );
}

/** An argument with the gender its words show, where they show one. */
export type GenderedArgument = Argument & { gender?: 'female' | 'male' };

const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'lady', 'queen']);
const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king']);

/** The gender a person's words show: a given name compromise knows, or an honorific ("Mrs"). */
export function genderOf(tokens: readonly Token[], a: Argument): 'female' | 'male' | undefined {
  for (let k = Math.max(0, a.from - 1); k < a.to; k++) {
    const t = tokens[k] as Token;
    const w = lower(t).replace(/\.$/, '');
    if (t.tags.has('FemaleName') || FEMALE_HONORIFICS.has(w)) return 'female';
    if (t.tags.has('MaleName') || MALE_HONORIFICS.has(w)) return 'male';
  }
  return undefined;
}

/** True when argument a, after "and" or "but", is the subject of a verb right after it. */
function opensClause(tokens: readonly Token[], a: Argument): boolean {
  const before = lower(tokens[a.from - 1]);
  const after = tokens[a.to];
  return (before === 'and' || before === 'but') && (isFiniteVerb(after) || after?.tags.has('Modal') === true);
}

/**
 * "met Russia's Zhirinovsky", "criticised Chile's Elena Kowal": a possessor right before a named
 * person only says whose the person is; the person is the party (guidelines: the shortest span
 * naming the entity, possessive dropped).
 */
function possessedPerson(tokens: readonly Token[], args: Argument[], a: Argument): Argument | undefined {
  if (a.kind === 'person' || !/['’]s?$/.test(tokens[a.to - 1]?.text ?? '')) return undefined;
  const b = argAt(args, a.to);
  return b?.from === a.to && b.kind === 'person' ? b : undefined;
}

const DESCRIPTION_OPENERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "his Chilean counterpart, A", "the Chilean envoy A": a place or body qualifying a singular
 * common noun that a person's name describes is not the party; the person is (guidelines: the
 * shortest span naming the entity). The name closes the phrase: "met Chilean officials, A said"
 * is a speaker after a plural group, and "the Chilean delegation, A and B" a list.
 */
function namedDescription(tokens: readonly Token[], args: Argument[], a: Argument): Argument | undefined {
  const noun = tokens[a.to];
  if (a.kind === 'person' || !noun || !noun.tags.has('Singular') || !noun.tags.has('Noun')) return undefined;
  if (noun.tags.has('ProperNoun') || /^\p{Lu}/u.test(noun.text)) return undefined;
  const person = argAt(args, a.to + 1);
  if (person?.kind !== 'person' || person.from !== a.to + 1) return undefined;
  // a description ("his Chilean counterpart", "the NATO mediator, A"), not a title-like qualifier
  // ("NATO mediator A": the body, as event coders take it)
  if (!commaAfter(noun) && !DESCRIPTION_OPENERS.has(lower(tokens[a.from - 1]))) return undefined;
  // the name closes the phrase: a comma or the sentence's end after it, or a word that is neither
  // a verb of its own nor "and"
  const next = tokens[person.to];
  const closes =
    next === undefined || commaAfter(tokens[person.to - 1]) || (!isFiniteVerb(next) && lower(next) !== 'and');
  return closes ? person : undefined;
}

/** The index of the word before token `from`, passing over one "the" ("in | the | Hague"). */
export function beforeArticle(tokens: readonly Token[], from: number): number {
  return lower(tokens[from - 1]) === 'the' ? from - 2 : from - 1;
}

export function argAt(args: Argument[], i: number): Argument | undefined {
  return args.find((a) => a.from <= i && i < a.to);
}

/** True when the argument sits in a prepositional phrase ("with Norway's Prime Minister X"). */
export function prepositional(tokens: Token[], a: Argument): boolean {
  let k = a.from - 1;
  while (k >= 0 && leadingFillers.has(lower(tokens[k]))) k--;
  return k >= 0 && PREPOSITIONS.has(lower(tokens[k]));
}

/**
 * The nearest argument before token i that can be a subject, within the clause; failing that, one
 * that names where or whose the subject is ("Security forces in P", "supporters of X").
 */
export function subjectBefore(
  tokens: Token[],
  args: Argument[],
  i: number,
  floor: number,
): Argument | undefined {
  let best: Argument | undefined;
  let located: Argument | undefined;
  for (const a of args) {
    if (a.to > i || a.from < floor) continue;
    if (tokens.slice(a.to, i).some((t, k) => REPORTING_VERBS.has(lower(t)) && a.to + k < i)) continue;
    if (inRelativeClause(tokens, a, i)) continue;
    if (prepositional(tokens, a)) {
      const prep = lower(tokens[beforeArticle(tokens, a.from)]);
      if (['in', 'of', 'from'].includes(prep) && (!located || a.from > located.from)) located = a;
      continue;
    }
    if (!best || a.from > best.from) best = a;
  }
  return best ?? located;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);

/**
 * True when argument a stands inside a relative clause set off by commas that closes before token
 * i ("A, who heads B, criticized C": B is no subject of "criticized").
 */
function inRelativeClause(tokens: Token[], a: Argument, i: number): boolean {
  let opens = false;
  for (let k = a.from - 1; k >= Math.max(0, a.from - 6); k--) {
    if (commaAfter(tokens[k]) && k < a.from - 1) break;
    if (RELATIVE_PRONOUNS.has(lower(tokens[k])) && commaAfter(tokens[k - 1])) {
      opens = true;
      break;
    }
  }
  return opens && tokens.slice(a.to - 1, i).some(commaAfter);
}

/** "X said (that) they would …": the pronoun after a reporting verb is its speaker. */
export function pronounSpeaker(tokens: Token[], args: Argument[], i: number): Argument | undefined {
  for (let k = i - 1; k > 0; k--) {
    if (!PRONOUNS.has(lower(tokens[k]))) continue;
    let v = k - 1;
    if (lower(tokens[v]) === 'that') v--;
    while (v > 0 && TIME_WORDS.has(lower(tokens[v]))) v--;
    if (v >= 0 && REPORTING_VERBS.has(lower(tokens[v]))) return subjectBefore(tokens, args, v, 0);
    return undefined;
  }
  return undefined;
}

/** Arguments right after token i (over skippable words), with coordinated ones ("X and Y"). */
export function targetsAfter(
  tokens: Token[],
  args: Argument[],
  i: number,
  maxGap: number,
  needPrep: boolean | ReadonlySet<string>,
  relaxed = false,
): Argument[] {
  const preps = typeof needPrep === 'boolean' ? NOUN_PREPS : needPrep;
  let k = i + 1;
  let sawPrep = false;
  let gap = 0;
  while (k < tokens.length && gap <= maxGap) {
    const a = argAt(args, k);
    if (a && a.from === k) {
      if (needPrep && !sawPrep) return [];
      // "staged rallies in P against A": the one opposed beats the place where
      const prepBefore = lower(tokens[beforeArticle(tokens, k)]);
      if (relaxed && LOCATIVE.has(prepBefore)) {
        const opposed = args.find(
          (b) => b.from > k && b.from <= i + maxGap + 1 && lower(tokens[b.from - 1]) === 'against',
        );
        if (
          opposed &&
          !tokens.slice(k, opposed.from).some((t) => clauseBreak(t) || CLAUSE_ENDS.has(lower(t)))
        )
          return [opposed];
      }
      // "the relations between Norway and Chile" is what is demanded, not Norway
      if (relaxed && lower(tokens[k - 1]) === 'between') return [];
      // "… and B will lift its ban", "… and B condemned it": B opens a clause of its own
      if (opensClause(tokens, a)) return [];
      const out = [namedDescription(tokens, args, a) ?? possessedPerson(tokens, args, a) ?? a];
      let end = a.to;
      for (;;) {
        const conj = lower(tokens[end]);
        const next =
          conj === 'and' || commaAfter(tokens[end - 1])
            ? argAt(args, conj === 'and' ? end + 1 : end)
            : undefined;
        if (!next || next === out[out.length - 1] || opensClause(tokens, next)) break;
        out.push(next);
        end = next.to;
      }
      return out;
    }
    if (clauseBreak(tokens[k - 1]!) && k > i + 1) return [];
    const w = lower(tokens[k]);
    // "demanded that the US …" opens the object clause; "anything that weakens …" starts a relative one
    const relative = w === 'that' && k > i + 1;
    // ", and …" coordinates another clause ("called for a ceasefire, and its envoy, A, was …")
    const nextClause = w === 'and' && commaAfter(tokens[k - 1]);
    // "condemned the attack and urged B to …": a second predicate, whose object is its own
    const nextPredicate = (w === 'and' || w === 'but') && isFiniteVerb(tokens[k + 1]);
    if (
      relaxed
        ? CLAUSE_ENDS.has(w) || REPORTING_VERBS.has(w) || relative || nextPredicate || nextClause
        : !SKIPPABLE.has(w) && !(needPrep && preps.has(w))
    )
      return [];
    // a noun's object hangs on the preposition right after it ("support for X", not "support at … with X")
    if (preps.has(w) && (!relaxed || !needPrep || (k <= i + 2 && w !== 'of'))) sawPrep = true;
    k++;
    gap++;
  }
  return [];
}

/** Start of the quotation or attributed speech that holds token i, or -1. */
export function speechStart(tokens: Token[], i: number): number {
  let open = -1;
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (/["“]/.test(t.pre) && open < 0) open = k;
    else if (/["”]/.test(t.post) && open >= 0) open = -1;
    const colon = /:\s*["“]?\s*$/.test(t.post) && (REPORTING_VERBS.has(lower(t)) || /["“]/.test(t.post));
    if (colon || (REPORTING_VERBS.has(lower(t)) && lower(tokens[k + 1]) === 'that')) open = k + 1;
  }
  return open;
}

/**
 * End (exclusive token index) of the quotation or attributed speech starting at token `from`: one
 * past the token closing the quotation mark, or the sentence's end.
 */
export function speechEnd(tokens: Token[], from: number): number {
  const quoted = /["“]/.test(tokens[from]?.pre ?? '');
  for (let k = from; k < tokens.length; k++) if (quoted && /["”]/.test(tokens[k]!.post)) return k + 1;
  return tokens.length;
}

/** The speaker of a sentence: the subject of its reporting verb ("Ayatollah Rahimi added:"). */
export function speakerOf(tokens: Token[], args: Argument[]): Argument | undefined {
  for (let k = 0; k < tokens.length; k++) {
    if (!REPORTING_VERBS.has(lower(tokens[k]))) continue;
    const s = subjectBefore(tokens, args, k, 0);
    if (s) return s;
  }
  return undefined;
}

export function flags(
  tokens: Token[],
  i: number,
  inSpeech: boolean,
): Pick<Evidence, 'negated' | 'hedged' | 'reported'> {
  const out: Pick<Evidence, 'negated' | 'hedged' | 'reported'> = {};
  const recent = tokens.slice(Math.max(0, i - 4), i).map(lower);
  // "did not meet", "refused to back", "failed to reach agreement" (not "the failed talks")
  const failedTo = recent.some((w, k) => /^fail(s|ed)?$/.test(w) && recent[k + 1] === 'to');
  if (recent.some((w) => NEGATIONS.has(w)) || failedTo || /n't$/.test(tokens[i - 1]?.text ?? ''))
    out.negated = true;
  if (recent.some((w) => HEDGES.has(w))) out.hedged = true;
  if (inSpeech) out.reported = true;
  return out;
}

/**
 * Where a trailing attribution starts (", the ministry announced Monday", ", a UN official
 * said"), or the sentence length: what lies beyond is who reports the event, not a party to it.
 */
export function attributionStart(tokens: Token[]): number {
  for (let k = tokens.length - 1; k > 0; k--) {
    if (!REPORTING_VERBS.has(lower(tokens[k]))) continue;
    for (let c = k - 1; c >= Math.max(0, k - 7); c--) {
      if (/,\s*$/.test(tokens[c]!.post)) return c + 1;
    }
    return tokens.length;
  }
  return tokens.length;
}
