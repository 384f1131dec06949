/**
 * Relations
 *
 * Finds the interactions a sentence states between its resolved mentions. A trigger word
 * (src/lexicon/triggers.ts) is read with the syntax around it: the actor is the nearest argument
 * before it that is not inside a prepositional phrase ("Khamenei, in a meeting with Iraq's Prime
 * Minister al-Kazemi, said" → Khamenei), or the possessor of a noun trigger ("Iran's support for"),
 * or the speaker of the quotation it stands in; the target follows it closely (after a preposition
 * for nouns), with coordinated targets ("X and Y"); passives ("was attacked by X") swap them.
 * "Y is the enemy" in someone's speech is an accusation of Y by the speaker. Negation, hedging and
 * reported speech become flags on the evidence.
 */

import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import type { Evidence, Span } from '../../graph/types.ts';
import { WEEKDAYS } from '../lexicon/time.ts';
import {
  HEDGES,
  INTENT_MARKERS,
  NEGATIONS,
  REPORTING_VERBS,
  THREAT_MARKERS,
  TRIGGERS,
  type TriggerEntry,
} from '../lexicon/triggers.ts';
import type { Token } from '../nlp/compromise.ts';
import type { Relation } from '../types.ts';

/** A stretch of tokens that names one entity (a title and its name together count as one). */
export interface Argument {
  entity: string;
  kind: 'person' | 'place' | 'organization';
  from: number;
  to: number;
  span: Span;
}

export interface SentenceInput {
  docId: string;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  args: Argument[];
  /** The speaker carried over from an earlier sentence, when this one continues a quotation. */
  lastPerson?: Argument;
  /** Person entity → the places and organizations it leads or belongs to (from roles). */
  affiliations?: ReadonlyMap<string, ReadonlySet<string>>;
}

const PREPOSITIONS = new Set([
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
]);
const SKIPPABLE = new Set([
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
const CLAUSE_ENDS = new Set([
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
const RELAXED_GAP = 12;
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const NOUN_PREPS = new Set(['for', 'to', 'against', 'with', 'of', 'on', 'between', 'by']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const TIME_WORDS = new Set(['on', 'today', 'yesterday', ...WEEKDAYS]);
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase().replace(/['’]s$/, '') : '';
}

function clauseBreak(t: Token): boolean {
  return /[;:"“”]|\.\s|\(|\)/.test(t.post);
}

/** Exact trigger words and two-word triggers → entries; stems by their first three letters. */
const EXACT = new Map<string, TriggerEntry[]>();
const STEMS = new Map<string, TriggerEntry[]>();
for (const e of TRIGGERS) {
  const [map, key] = e.match.startsWith('=') ? [EXACT, e.match.slice(1)] : [STEMS, e.match.slice(0, 3)];
  const list = map.get(key) ?? [];
  list.push(e);
  map.set(key, list);
}

/** The entries that match word `w` (or the two words `two`), in table order. */
function triggerCandidates(w: string, two: string): TriggerEntry[] {
  const stems = STEMS.get(w.slice(0, 3))?.filter((e) => w.startsWith(e.match)) ?? [];
  const exact = [...(EXACT.get(w) ?? []), ...(EXACT.get(two) ?? [])];
  if (stems.length === 0) return exact;
  if (exact.length === 0) return stems;
  return [...exact, ...stems].sort((a, b) => TRIGGERS.indexOf(a) - TRIGGERS.indexOf(b));
}

/** The trigger entry for a token, preferring the part of speech compromise gave it. */
function triggerAt(tokens: Token[], i: number): TriggerEntry | null {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  const two = `${w} ${lower(tokens[i + 1])}`;
  let verb: TriggerEntry | null = null;
  let noun: TriggerEntry | null = null;
  for (const e of triggerCandidates(w, two)) {
    if (e.pos === 'verb' && !verb) verb = e;
    if (e.pos === 'noun' && !noun) noun = e;
  }
  if (!verb && !noun) return null;
  // "Iran's positions and support": a possessive just before makes it a noun whatever the tagger says
  const possessed = tokens.slice(Math.max(0, i - 3), i).some((p) => /['’]s$/.test(p.text));
  const nounish =
    t.tags.has('Noun') ||
    t.tags.has('Plural') ||
    possessed ||
    ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(lower(tokens[i - 1]));
  if (nounish) return noun ?? verb;
  return verb ?? noun;
}

function argAt(args: Argument[], i: number): Argument | undefined {
  return args.find((a) => a.from <= i && i < a.to);
}

/** True when the argument sits in a prepositional phrase ("with Iraq's Prime Minister X"). */
function prepositional(tokens: Token[], a: Argument): boolean {
  let k = a.from - 1;
  while (k >= 0 && ['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr'].includes(lower(tokens[k]))) k--;
  return k >= 0 && PREPOSITIONS.has(lower(tokens[k]));
}

/**
 * The nearest argument before token i that can be a subject, within the clause; failing that, one
 * that names where or whose the subject is ("Security forces in Guinea", "supporters of X").
 */
function subjectBefore(tokens: Token[], args: Argument[], i: number, floor: number): Argument | undefined {
  let best: Argument | undefined;
  let located: Argument | undefined;
  for (const a of args) {
    if (a.to > i || a.from < floor) continue;
    if (tokens.slice(a.to, i).some((t, k) => REPORTING_VERBS.has(lower(t)) && a.to + k < i)) continue;
    if (prepositional(tokens, a)) {
      const prep =
        lower(tokens[a.from - 1]) === 'the' ? lower(tokens[a.from - 2]) : lower(tokens[a.from - 1]);
      if (['in', 'of', 'from'].includes(prep) && (!located || a.from > located.from)) located = a;
      continue;
    }
    if (!best || a.from > best.from) best = a;
  }
  return best ?? located;
}

/** "X said (that) they would …": the pronoun after a reporting verb is its speaker. */
function pronounSpeaker(tokens: Token[], args: Argument[], i: number): Argument | undefined {
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
function targetsAfter(
  tokens: Token[],
  args: Argument[],
  i: number,
  maxGap: number,
  needPrep: boolean,
  relaxed = false,
): Argument[] {
  let k = i + 1;
  let sawPrep = false;
  let gap = 0;
  while (k < tokens.length && gap <= maxGap) {
    const a = argAt(args, k);
    if (a && a.from === k) {
      if (needPrep && !sawPrep) return [];
      // "staged rallies in Gaza against Abbas": the one opposed beats the place where
      const prepBefore = lower(tokens[k - 1]) === 'the' ? lower(tokens[k - 2]) : lower(tokens[k - 1]);
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
      // "the relations between Iran and Iraq" is what is demanded, not Iran
      if (relaxed && lower(tokens[k - 1]) === 'between') return [];
      const out = [a];
      let end = a.to;
      for (;;) {
        const conj = lower(tokens[end]);
        const next =
          conj === 'and' || /,\s*$/.test(tokens[end - 1]?.post ?? '')
            ? argAt(args, conj === 'and' ? end + 1 : end)
            : undefined;
        if (!next || next === out[out.length - 1]) break;
        out.push(next);
        end = next.to;
      }
      return out;
    }
    if (clauseBreak(tokens[k - 1]!) && k > i + 1) return [];
    const w = lower(tokens[k]);
    // "demanded that the US …" opens the object clause; "anything that weakens …" starts a relative one
    const relative = w === 'that' && k > i + 1;
    if (
      relaxed
        ? CLAUSE_ENDS.has(w) || REPORTING_VERBS.has(w) || relative
        : !SKIPPABLE.has(w) && !(needPrep && NOUN_PREPS.has(w))
    )
      return [];
    // a noun's object hangs on the preposition right after it ("support for X", not "support at … with X")
    if (NOUN_PREPS.has(w) && (!relaxed || !needPrep || (k <= i + 2 && w !== 'of'))) sawPrep = true;
    k++;
    gap++;
  }
  return [];
}

/** Start of the quotation or attributed speech that holds token i, or -1. */
function speechStart(tokens: Token[], i: number): number {
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

/** The speaker of a sentence: the subject of its reporting verb ("Ayatollah Khamenei added:"). */
function speakerOf(tokens: Token[], args: Argument[]): Argument | undefined {
  for (let k = 0; k < tokens.length; k++) {
    if (!REPORTING_VERBS.has(lower(tokens[k]))) continue;
    const s = subjectBefore(tokens, args, k, 0);
    if (s) return s;
  }
  return undefined;
}

function flags(
  tokens: Token[],
  i: number,
  inSpeech: boolean,
): Pick<Evidence, 'negated' | 'hedged' | 'reported'> {
  const out: Pick<Evidence, 'negated' | 'hedged' | 'reported'> = {};
  const recent = tokens.slice(Math.max(0, i - 4), i).map(lower);
  if (recent.some((w) => NEGATIONS.has(w)) || /n't$/.test(tokens[i - 1]?.text ?? '')) out.negated = true;
  if (recent.some((w) => HEDGES.has(w))) out.hedged = true;
  if (inSpeech) out.reported = true;
  return out;
}

/**
 * Where a trailing attribution starts (", the White House announced Tuesday", ", a UN official
 * said"), or the sentence length: what lies beyond is who reports the event, not a party to it.
 */
function attributionStart(tokens: Token[]): number {
  for (let k = tokens.length - 1; k > 0; k--) {
    if (!REPORTING_VERBS.has(lower(tokens[k]))) continue;
    for (let c = k - 1; c >= Math.max(0, k - 7); c--) {
      if (/,\s*$/.test(tokens[c]!.post)) return c + 1;
    }
    return tokens.length;
  }
  return tokens.length;
}

/** All relations one sentence states. */
export function sentenceRelations(s: SentenceInput): Relation[] {
  const { tokens } = s;
  const cut = attributionStart(tokens);
  // parties to an event stand before the attribution; its speaker may stand after
  const args = s.args.filter((a) => a.from < cut);
  const out: Relation[] = [];
  const speaker = speakerOf(tokens, s.args);
  let lastNounActor: Argument | undefined;
  // one sentence, one relation per pair: "promised to continue military aid to X" is the promise
  const paired = new Set<string>();
  const add = (stated: RelationType, first: Argument, second: Argument, i: number, inSpeech: boolean) => {
    const marks = flags(tokens, i, inSpeech);
    // "does not agree with", "refused to back": a refusal to cooperate is a rejection (PLOVER REJECT)
    const relation: RelationType =
      marks.negated && (stated === 'agreed_with' || stated === 'supports') ? 'rejected' : stated;
    // a symmetric relation reads in text order ("Egypt and Jordan agreed": Egypt, Jordan)
    const swap = RELATIONS[relation].symmetric && second.span[0] < first.span[0];
    const src = swap ? second : first;
    const dst = swap ? first : second;
    if (src.entity === dst.entity) return;
    const pair = [src.entity, dst.entity].sort().join('|');
    if (paired.has(pair)) return;
    paired.add(pair);
    const t = tokens[i]!;
    const ev: Evidence = {
      docId: s.docId,
      sentence: s.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      trigger: t.text,
      triggerSpan: [t.start, t.end],
      sourceSpan: src.span,
      targetSpan: dst.span,
      ...marks,
    };
    out.push({ relation, source: src.entity, target: dst.entity, evidence: [ev] });
    // A leader speaking for the country he leads: "Iran will strike…", said Iran's leader, is his threat too.
    const voice = inSpeech ? speaker : undefined;
    if (
      voice &&
      voice.entity !== src.entity &&
      voice.entity !== dst.entity &&
      s.affiliations?.get(voice.entity)?.has(src.entity)
    ) {
      out.push({
        relation,
        source: voice.entity,
        target: dst.entity,
        evidence: [{ ...ev, sourceSpan: voice.span }],
      });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    if (argAt(args, i)) continue;
    const trig = triggerAt(tokens, i);
    if (!trig) continue;
    let relation = trig.relation;
    const before = tokens.slice(Math.max(0, i - 3), i).map(lower);
    // "will strike", "vowed to expel": a threat; "will visit", "offered to help": a promise (PLOVER's AGREE)
    if ((relation === 'attacked' || relation === 'sanctioned') && before.some((w) => THREAT_MARKERS.has(w)))
      relation = 'threatened';
    if (
      (relation === 'met_with' || relation === 'supports') &&
      trig.pos === 'verb' &&
      before.some((w) => INTENT_MARKERS.has(w))
    ) {
      relation = 'agreed_with';
    }
    const speech = speechStart(tokens, i);
    const inSpeech = speech >= 0;
    // "the United States is (literally) the enemy": the speaker accuses the subject
    if (trig.pos === 'noun' && (lower(tokens[i]) === 'enemy' || lower(tokens[i]) === 'enemies')) {
      let k = i - 1;
      while (
        k >= 0 &&
        [
          'the',
          'a',
          'an',
          'literally',
          'real',
          'main',
          'true',
          'greatest',
          'biggest',
          'our',
          'an',
          'sworn',
        ].includes(lower(tokens[k]))
      )
        k--;
      if (k < 0 || !BE.has(lower(tokens[k]))) continue;
      const target = args.find((a) => a.to === k || a.to === k - 1);
      const accuser = inSpeech
        ? (speaker ?? s.lastPerson)
        : subjectBefore(tokens, args, target?.from ?? 0, 0);
      if (target && accuser) add('accused', accuser, target, i, inSpeech);
      continue;
    }
    const passive = BE.has(lower(tokens[i - 1])) && lower(tokens[i + 1]) === 'by';
    if (passive) {
      const agent = targetsAfter(tokens, args, i + 1, 1, false)[0];
      const patient = subjectBefore(tokens, args, i, inSpeech ? speech : 0);
      if (agent && patient) add(relation, agent, patient, i, inSpeech);
      continue;
    }
    const floor = inSpeech ? speech : 0;
    let source: Argument | undefined;
    let targets: Argument[];
    if (trig.pos === 'noun') {
      // "Iran's support for X": the possessor acts; else the clause's subject
      const owner = args.find((a) => a.to <= i && a.to >= i - 3 && /['’]s?$/.test(tokens[a.to - 1]!.text));
      // "the US atrocities": an argument right before the noun is its actor
      const adjunct = args.find((a) => a.to === i);
      // "… in the assassinations of X": a noun inside a prepositional phrase keeps the last noun's actor
      let k = i - 1;
      while (k >= 0 && ['the', 'a', 'an'].includes(lower(tokens[k]))) k--;
      const chained =
        PREPOSITIONS.has(lower(tokens[k])) || lower(tokens[k]) === 'of' ? lastNounActor : undefined;
      source = owner ?? adjunct ?? chained ?? subjectBefore(tokens, args, i, floor);
      if (source) lastNounActor = source;
      targets = targetsAfter(tokens, args, i, 3, true);
      if (targets.length === 0) targets = targetsAfter(tokens, args, i, RELAXED_GAP, true, true);
    } else {
      source = subjectBefore(tokens, args, i, floor) ?? pronounSpeaker(tokens, s.args, i);
      if (!source && tokens.slice(floor, i).some((t) => SUBJECT_PRONOUNS.has(lower(t))))
        source = s.lastPerson;
      targets = targetsAfter(tokens, args, i, 4, false);
      if (targets.length === 0) targets = targetsAfter(tokens, args, i, RELAXED_GAP, false, true);
    }
    // in a quotation, "we"/"I" or a bare verb speak for the speaker; "Reason … demand" does not
    if (!source && inSpeech) {
      const lead = tokens.slice(speech, i).map(lower);
      if (lead.length <= 2 || lead.some((w) => FIRST_PERSON.has(w))) source = speaker ?? s.lastPerson;
    }
    if (!source) continue;
    if (targets.length === 0 && RELATIONS[relation].symmetric) {
      // "Iran and Iraq agreed", "X and Y met"
      const partner = args.find(
        (a) => a.to < source!.from && lower(tokens[a.to]) === 'and' && a.to + 1 === source!.from,
      );
      if (partner) targets = [partner];
    }
    for (const t of targets) add(relation, source, t, i, inSpeech);
  }
  return out;
}

/** Merges relations with the same (relation, source, target) into one with all their evidence. */
export function mergeRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    const [a, b] =
      RELATIONS[r.relation].symmetric && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    const key = `${r.relation}|${a}|${b}`;
    const have = byKey.get(key);
    if (have) have.evidence.push(...r.evidence);
    else byKey.set(key, { ...r, evidence: [...r.evidence] });
  }
  return [...byKey.values()];
}
