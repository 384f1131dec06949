/**
 * Relations
 *
 * Finds the interactions a sentence states between its resolved mentions. A trigger word
 * (src/lexicon/triggers.ts) is read with the syntax around it: the actor is the nearest argument
 * before it that is not inside a prepositional phrase ("Varga, in a meeting with Norway's Prime
 * Minister Dahl, said" → Varga), or the possessor of a noun trigger ("Chile's support for"),
 * or the speaker of the quotation it stands in; the target follows it closely (after a preposition
 * for nouns), with coordinated targets ("X and Y"); passives ("was attacked by X") swap them.
 * "Y is the enemy" in someone's speech is an accusation of Y by the speaker. Negation, hedging and
 * reported speech become flags on the evidence.
 */

import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import type { Evidence } from '../../graph/types.ts';
import { DETERMINERS } from '../../graph/words.ts';
import {
  CAPTIVES,
  INTENT_MARKERS,
  THREAT_MARKERS,
  WITHDRAWN_FORCES,
  YIELD_VERBS,
} from '../lexicon/triggers.ts';
import type { Token } from '../nlp/compromise.ts';
import type { Relation } from '../types.ts';
import {
  type Argument,
  argAt,
  attributionStart,
  BE,
  beforeArticle,
  commaAfter,
  FIRST_PERSON,
  flags,
  type GenderedArgument,
  genderOf,
  isFiniteVerb,
  isTimeWord,
  LOCATIVE,
  lower,
  PREPOSITIONS,
  PROTEST_PREPS,
  pronounSpeaker,
  RELAXED_GAP,
  SUBJECT_PRONOUNS,
  speakerOf,
  speechEnd,
  speechStart,
  subjectBefore,
  targetsAfter,
} from './arguments.ts';
import { isTitleCased } from './headline.ts';
import { triggerAt } from './trigger-match.ts';

export type { Argument } from './arguments.ts';
export { mergeRelations } from './merge-relations.ts';

export interface SentenceInput {
  docId: string;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  args: Argument[];
  /** The speaker carried over from an earlier sentence, when this one continues a quotation. */
  lastPerson?: Argument;
  /** The people the previous sentence names, with the gender their names show (antecedents of "him", "her"). */
  previousPersons?: readonly GenderedArgument[];
  /**
   * The place or organization the previous sentence opens with as its subject ("Chile closed its
   * border."): the antecedent of a sentence-initial "It" acting in this one.
   */
  previousSubject?: Argument;
  /** Person entity → the places and organizations it leads or belongs to (from roles). */
  affiliations?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Adverbs of time compromise may tag otherwise ("It later criticized …"). */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'again', 'soon', 'now']);

/**
 * True when the yield verb at i ("withdraw", "release", "free") follows an intent marker ("will",
 * "is willing to", "promised") and yields what a concession yields: troops withdrawn (as written,
 * within four words), or captives or a named person set free (within five words).
 */
function promisedYield(tokens: Token[], args: readonly Argument[], i: number, verb: string): boolean {
  if (!tokens.slice(Math.max(0, i - 3), i).some((t) => INTENT_MARKERS.has(lower(t)))) return false;
  if (verb === 'withdraw') return tokens.slice(i + 1, i + 5).some((t) => WITHDRAWN_FORCES.has(lower(t)));
  return (
    tokens.slice(i + 1, i + 6).some((t) => CAPTIVES.has(lower(t).replace(/s$/, ''))) ||
    args.some((a) => a.kind === 'person' && a.from > i && a.from <= i + 3)
  );
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
  let lastNounAt = -1;
  // one sentence, one relation per pair: "promised to continue military aid to X" is the promise
  const paired = new Set<string>();
  // `speech`: where the quotation or attributed speech holding the trigger starts, or -1; the
  // trigger is tokens i … last (two words: "phone call", "called on")
  const add = (
    stated: RelationType,
    first: Argument,
    second: Argument,
    i: number,
    speech: number,
    last: number,
    directed = false,
  ) => {
    const inSpeech = speech >= 0;
    const marks = flags(tokens, i, inSpeech);
    // "does not agree with", "refused to back": a refusal to cooperate is a rejection (PLOVER REJECT)
    const relation: RelationType =
      marks.negated && (stated === 'agreed_with' || stated === 'supports') ? 'rejected' : stated;
    // a symmetric relation reads in text order ("Egypt and Jordan agreed": Egypt, Jordan)
    const swap = RELATIONS[relation].symmetric && second.span[0] < first.span[0];
    const src = swap ? second : first;
    const dst = swap ? first : second;
    if (src.entity === dst.entity) return;
    // "A and B accused each other": one relation each way (`directed`)
    const pair = [src.entity, dst.entity].sort().join('|');
    const key = directed ? `${src.entity}>${dst.entity}` : pair;
    if (paired.has(key)) return;
    paired.add(key);
    paired.add(pair);
    const t = tokens[i]!;
    const end = tokens[last]!.end;
    const ev: Evidence = {
      docId: s.docId,
      sentence: s.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      trigger: s.text.slice(t.start, end),
      triggerSpan: [t.start, end],
      sourceSpan: src.span,
      targetSpan: dst.span,
      ...marks,
    };
    // the speaker, unless the name taken for it stands inside the speech itself
    if (speaker && inSpeech && (speaker.to <= speech || speaker.from >= speechEnd(tokens, speech)))
      ev.speakerSpan = [speaker.span[0], speaker.span[1]];
    out.push({ relation, source: src.entity, target: dst.entity, evidence: [ev] });
    // A leader speaking for the country he leads: "Norway will strike…", said Norway's leader, is his threat too.
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
  const titled = isTitleCased(tokens);
  // the second word of a two-word trigger read at the word before ("hunger strike") is no trigger
  let taken = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (argAt(args, i) || i <= taken) continue;
    // "is willing to withdraw its troops from B", "will release B": a promise to yield (CAMEO 035),
    // of troops withdrawn or of captives or a named person set free
    const yielded = lower(tokens[i]);
    const yields = YIELD_VERBS.has(yielded) && promisedYield(tokens, args, i, yielded);
    const trig = yields
      ? { match: `=${yielded}`, relation: 'agreed_with' as const, pos: 'verb' as const }
      : triggerAt(tokens, i);
    if (!trig) continue;
    // "the Comprehensive Test Ban Treaty": a capitalized word among capitalized words is part of
    // a name (a treaty, a law, an operation), not an event, where case still says so
    if (!titled && inCapitalizedRun(tokens, i)) continue;
    // a trigger of two words ("phone call", "called on") is evidenced by both
    const last = trig.match.includes(' ') && i + 1 < tokens.length ? i + 1 : i;
    taken = last;
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
    // "X is (adverb)* the (adjective)* enemy": a copular predicate; in speech the speaker accuses X
    if (trig.pos === 'noun' && (lower(tokens[i]) === 'enemy' || lower(tokens[i]) === 'enemies')) {
      let k = i - 1;
      const modifier = (t: Token | undefined) =>
        t !== undefined &&
        (DETERMINERS.includes(lower(t)) ||
          ['Adverb', 'Adjective', 'Possessive', 'Determiner'].some((tag) => t.tags.has(tag)));
      while (k >= 0 && modifier(tokens[k])) k--;
      // "A called B the enemy", "A branded B an enemy of the people": a verb of naming, B its object
      const named = argAt(args, k);
      const verbAt = beforeArticle(tokens, named?.from ?? 0);
      if (named && named.to === k + 1 && NAMING_VERBS.has(lower(tokens[verbAt]))) {
        const namer = subjectBefore(tokens, args, verbAt, inSpeech ? speech : 0);
        if (namer) add('accused', namer, named, i, speech, last);
        continue;
      }
      if (k < 0 || !BE.has(lower(tokens[k]))) continue;
      const target = args.find((a) => a.to === k || a.to === k - 1);
      // in speech the speaker; one named in an earlier sentence stands here at "we"/"our" (or
      // names no end of this sentence's evidence)
      const accuser = inSpeech
        ? (speaker ?? earlierSpeaker(tokens, speech, speechEnd(tokens, speech), s.lastPerson))
        : subjectBefore(tokens, args, target?.from ?? 0, 0);
      if (target && accuser) add('accused', accuser, target, i, speech, last);
      continue;
    }
    // "A came under (heavy) attack from B", "A was under fire by B": the subject suffered what the noun
    // names, done by the one after "from" or "by"; without one no one named acted ("A was under
    // arrest")
    const underAt = tokens[i - 1]?.tags.has('Adjective') ? i - 2 : i - 1;
    if (trig.pos === 'noun' && lower(tokens[underAt]) === 'under' && !RELATIONS[relation].symmetric) {
      const prep = lower(tokens[i + 1]);
      const at = lower(tokens[i + 2]) === 'the' ? i + 3 : i + 2;
      const agent = prep === 'from' || prep === 'by' ? argAt(args, at) : undefined;
      const patient = subjectBefore(tokens, args, underAt, inSpeech ? speech : 0);
      if (agent?.from === at && patient) add(relation, agent, patient, i, speech, last);
      continue;
    }
    // "was attacked by X", and a participle right before "by" without its auxiliary ("rebels
    // backed by X", "Chile, attacked by X, …"): a past form directly followed by "by" is a passive
    const passive =
      lower(tokens[i + 1]) === 'by' &&
      (BE.has(lower(tokens[i - 1])) || (trig.pos === 'verb' && /ed$/.test(lower(tokens[i]))));
    if (passive) {
      const agent = targetsAfter(tokens, args, i + 1, 1, false)[0];
      const patient = subjectBefore(tokens, args, i, inSpeech ? speech : 0);
      if (agent && patient) add(relation, agent, patient, i, speech, last);
      continue;
    }
    const floor = inSpeech ? speech : 0;
    let source: Argument | undefined;
    let targets: Argument[];
    // the source is the clause's subject, whose coordinated partners act too ("A and B imposed sanctions")
    let subjectActs = trig.pos === 'verb';
    if (trig.pos === 'noun') {
      // "Chile's support for X": the possessor acts; else the clause's subject
      const owner = args.find((a) => a.to <= i && a.to >= i - 3 && /['’]s?$/.test(tokens[a.to - 1]!.text));
      // "the US atrocities": an argument right before the noun is its actor
      const adjunct = args.find((a) => a.to === i);
      // "… in the assassinations of X": a noun inside a prepositional phrase keeps the last noun's actor
      let k = i - 1;
      while (k >= 0 && DETERMINERS.includes(lower(tokens[k]))) k--;
      const chained =
        (PREPOSITIONS.has(lower(tokens[k])) || lower(tokens[k]) === 'of') &&
        // not across a verb of another clause ("called for a ceasefire, and its envoy was due … for talks")
        !tokens.slice(lastNounAt + 1, i).some(isFiniteVerb)
          ? lastNounActor
          : undefined;
      // "the attack by A on B", "a visit by A to B": the agent right after the noun
      const agent = owner || adjunct ? undefined : agentAfterNoun(tokens, args, i, relation);
      // "A said it would impose sanctions on B": "it" is the speaker, as for a verb
      const subject =
        (owner ?? adjunct ?? agent ?? chained) ? undefined : subjectBefore(tokens, args, i, floor);
      source =
        owner ??
        adjunct ??
        agent ??
        chained ??
        subject ??
        pronounSpeaker(tokens, s.args, i) ??
        (RELATIONS[relation].symmetric ? openerSubject(tokens, s.args, i) : undefined);
      subjectActs = subject !== undefined;
      if (source) {
        lastNounActor = source;
        lastNounAt = i;
      }
      // after the agent, when one follows the noun
      const from = agent ? agent.to - 1 : i;
      const preps = relation === 'protested' ? PROTEST_PREPS : true;
      targets = requestClauseSubject(tokens, args, i, relation) ?? targetsAfter(tokens, args, from, 3, preps);
      // "B would welcome a visit by A": the clause's subject is the other party of a meeting
      if (agent && targets.length === 0 && RELATIONS[relation].symmetric) {
        const other = subjectBefore(tokens, args, i, floor);
        if (other) targets = [other];
      }
      if (targets.length === 0) targets = targetsAfter(tokens, args, i, RELAXED_GAP, preps, true);
    } else {
      source = subjectBefore(tokens, args, i, floor) ?? pronounSpeaker(tokens, s.args, i);
      if (!source) {
        const at = tokens.slice(floor, i).findLastIndex((t) => SUBJECT_PRONOUNS.has(lower(t)));
        // the antecedent, at the pronoun's words: evidence spans stay inside their sentence
        if (at >= 0)
          source = standingFor(
            subjectAntecedent(lower(tokens[floor + at]), s.previousPersons, s.lastPerson),
            tokens,
            floor + at,
          );
        // "Chile closed its border. It also expelled …": a sentence's opening "It" right before the
        // verb (adverbs between) is the body the previous sentence opened with (guidelines: a
        // pronoun takes the named antecedent of the same or the previous sentence)
        else if (
          s.previousSubject &&
          lower(tokens[0]) === 'it' &&
          i <= 3 &&
          tokens.slice(1, i).every((t) => t.tags.has('Adverb') || TIME_ADVERBS.has(lower(t)))
        )
          source = standingFor(s.previousSubject, tokens, 0);
      }
      targets = targetsAfter(tokens, args, i, 4, false);
      if (targets.length === 0) targets = requestClauseSubject(tokens, args, i, relation) ?? [];
      if (targets.length === 0 && source && args.includes(source))
        targets = objectPronoun(tokens, args, i, source, s.previousPersons);
      if (targets.length === 0) targets = targetsAfter(tokens, args, i, RELAXED_GAP, false, true);
    }
    // "A mediated between B and C", "A's mediation (effort) between B and C": the mediator consults
    // each side (CAMEO 045); the sides are not said to meet each other
    const between = /^mediat/.test(lower(tokens[i]))
      ? [i + 1, i + 2].find((k) => lower(tokens[k]) === 'between')
      : undefined;
    if (source && between !== undefined) {
      const first = argAt(args, between + 1);
      const second = first && lower(tokens[first.to]) === 'and' ? argAt(args, first.to + 1) : undefined;
      if (first?.from === between + 1 && second?.from === first.to + 1) {
        add(relation, source, first, i, speech, last);
        add(relation, source, second, i, speech, last);
        continue;
      }
    }
    // "talks between A and B", "the agreement between A and B": the pair are the parties
    // (not a mediation: "the mediation between A and B" names no meeting of A with B)
    if (
      trig.pos === 'noun' &&
      RELATIONS[relation].symmetric &&
      lower(tokens[i + 1]) === 'between' &&
      !/^mediat/.test(lower(tokens[i]))
    ) {
      const first = argAt(args, i + 2);
      const second = first && lower(tokens[first.to]) === 'and' ? argAt(args, first.to + 1) : undefined;
      if (first?.from === i + 2 && second?.from === first.to + 1) {
        add(relation, first, second, i, speech, last);
        continue;
      }
    }
    // in a quotation, "we"/"I" or a bare verb speak for the speaker; "Reason … demand" does not
    if (!source && inSpeech) {
      const lead = tokens.slice(speech, i).map(lower);
      // a speaker named in an earlier sentence stands here at "we"/"I" (evidence spans stay inside
      // their sentence); a bare verb needs the speaker this sentence names
      if (lead.length <= 2 || lead.some((w) => FIRST_PERSON.has(w)))
        source = speaker ?? earlierSpeaker(tokens, speech, i, s.lastPerson);
    }
    if (!source) continue;
    // "A and B …", "A, B and C …": the names joined to the source (only for a source named in
    // this sentence, not a person carried over from an earlier one)
    const partners = args.includes(source) ? partnersOf(tokens, args, source) : [];
    // "A and B met in C", "officials from A and B signed it at C": where coordinated parties meet
    // or agree is no third party; they are the parties (one subject meeting "in C" may be a visit)
    // "A and B held talks on the future of C", "failed to reach agreement on the fate of C": what
    // they talk or agree about is no third party either
    if (RELATIONS[relation].symmetric && partners.length > 0)
      targets = targets.filter(
        (a) => (a.kind !== 'place' || !afterLocative(tokens, a)) && !inTopic(tokens, last, a),
      );
    // "A and B accused each other": each of them acts on the other
    const reciprocal = ['each other', 'one another'].includes(
      `${lower(tokens[last + 1])} ${lower(tokens[last + 2])}`,
    );
    if (targets.length === 0 && reciprocal && subjectActs && partners.length > 0) {
      const all = [source, ...partners];
      for (const a of all) for (const b of all) if (a !== b) add(relation, a, b, i, speech, last, true);
      continue;
    }
    // "Norway and Chile agreed", "X, Y and Z signed": every two of them (not where the verb's party
    // is its object: "A and B received telephone calls", "A and B offered help" pair no one)
    if (
      targets.length === 0 &&
      RELATIONS[relation].symmetric &&
      partners.length > 0 &&
      !(trig.pos === 'verb' && ONE_SIDED.test(lower(tokens[i])))
    ) {
      targets = partners;
      for (const [k, a] of partners.entries())
        for (const b of partners.slice(k + 1)) add(relation, b, a, i, speech, last);
    }
    for (const t of targets) add(relation, source, t, i, speech, last);
    // "A and B urged C", "A and B held talks with C": each subject acts
    if (subjectActs) for (const p of partners) for (const t of targets) add(relation, p, t, i, speech, last);
  }
  return out;
}

/**
 * Verbs of a symmetric relation whose other party is their object or recipient ("received B",
 * "visited B", "offered B help", "accepted B's proposal"): coordinated subjects do them together,
 * not with each other.
 */
const ONE_SIDED = /^(invit|visit|host|phon|receiv|contact|offer|promis|pledg|commit|prepar|accept)/;

/** Verbs that name their object as something: "called B the enemy", "branded B an enemy". */
const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called',
  'calls',
  'call',
  'calling',
  'branded',
  'brands',
  'labelled',
  'labeled',
  'dubbed',
  'named',
  'declared',
]);

/**
 * The agent named right after a noun trigger: "by A" ("the attack by A on B"), or "of" a person for
 * a meeting or a visit ("the visit of A to B"; "the killing of A" names the one killed).
 */
function agentAfterNoun(
  tokens: Token[],
  args: Argument[],
  i: number,
  relation: RelationType,
): Argument | undefined {
  const prep = lower(tokens[i + 1]);
  if (prep !== 'by' && prep !== 'of') return undefined;
  const at = lower(tokens[i + 2]) === 'the' ? i + 3 : i + 2;
  const a = argAt(args, at);
  if (a?.from !== at) return undefined;
  if (prep === 'of' && !(relation === 'met_with' && a.kind === 'person')) return undefined;
  return a;
}

/** Prepositions that open a sentence with an occasion: "After talks with B, A said …". */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(['after', 'during', 'before', 'following', 'at', 'in']);

/**
 * "After talks with B, A said …", "During a meeting with B, A raised …": the subject of the clause
 * after the comma of the phrase that opens the sentence (a name right after it, followed by a verb;
 * `args` all of the sentence's, a say-verb's speaker too). The caller asks only for meetings and
 * agreements: "After the attack on B, A said" dates A's words by someone else's attack.
 */
function openerSubject(tokens: Token[], args: Argument[], i: number): Argument | undefined {
  if (i > 3 || !OCCASION_OPENERS.has(lower(tokens[0]))) return undefined;
  const comma = tokens.findIndex((t, k) => k >= i && commaAfter(t));
  if (comma < 0) return undefined;
  const subject = argAt(args, comma + 1);
  return subject?.from === comma + 1 && isFiniteVerb(tokens[subject.to]) ? subject : undefined;
}

/** True when a locative preposition ("in", "at", "near" …; "the" between) opens the argument. */
function afterLocative(tokens: Token[], a: Argument): boolean {
  return LOCATIVE.has(lower(tokens[beforeArticle(tokens, a.from)]));
}

/** The prepositions of what talks or an agreement are about. */
const TOPIC_PREPS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/**
 * True when a name after the trigger (ending at `last`) lies in the phrase of what is talked or
 * agreed about: the first preposition after the trigger is "on", "about", "over"… and no "with"
 * names a partner before the name ("talks on the future of C"; not "talks with C on …").
 */
function inTopic(tokens: Token[], last: number, a: Argument): boolean {
  for (let k = last + 1; k < a.from; k++) {
    const w = lower(tokens[k]);
    if (w === 'with' || w === 'between') return false;
    if (TOPIC_PREPS.has(w)) return !tokens.slice(k + 1, a.from).some((t) => lower(t) === 'with');
    if (PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/**
 * The one asked by a request whose object is a that-clause, after words of time: "its demand
 * (today) that B release …", "demanded on Monday that B …" (B). Undefined when the request has no
 * such clause; for other relations the clause is what is stated, not a party ("agreed on Wednesday
 * that their countries should …").
 */
function requestClauseSubject(
  tokens: Token[],
  args: Argument[],
  i: number,
  relation: RelationType,
): Argument[] | undefined {
  if (relation !== 'requested') return undefined;
  let k = i + 1;
  while (isTimeWord(tokens[k])) k++;
  if (lower(tokens[k]) !== 'that') return undefined;
  const asked = targetsAfter(tokens, args, k, 1, false);
  const last = asked[asked.length - 1];
  if (!last) return undefined;
  // the clause's verb in the base form or after a modal ("that B release", "that B must"); "the
  // demands that B made" is a relative clause, B's own demands
  const verb = tokens[last.to];
  const demanded =
    verb !== undefined &&
    (verb.tags.has('Modal') || (verb.tags.has('Infinitive') && !verb.tags.has('PastTense')));
  return demanded ? asked : undefined;
}

/**
 * The names listed with a subject before it: "A and B", "A, B and C" (the last joined by "and", the
 * others by commas); none where the list would open after a preposition ("In Lima, A and B …" lists
 * A and B only).
 */
function partnersOf(tokens: Token[], args: Argument[], source: Argument): Argument[] {
  // where each name has its article ("the United States and the European Union"), the name starts after it
  const start = (a: Argument) => (lower(tokens[a.from - 1]) === 'the' ? a.from - 1 : a.from);
  const first = args.find((a) => a.to + 1 === start(source) && lower(tokens[a.to]) === 'and');
  if (!first) return [];
  const out = [first];
  for (;;) {
    const cur = out[out.length - 1] as Argument;
    const prev = args.find((a) => a.to === start(cur) && commaAfter(tokens[a.to - 1]));
    if (!prev || PREPOSITIONS.has(lower(tokens[prev.from - 1]))) break;
    out.push(prev);
  }
  return out;
}

/**
 * "A met Elena Kowal. B praised her", "B urged him to resign": an object pronoun right after a
 * verb stands for the one person it can mean, other than the actor: named earlier in the sentence,
 * else in the previous one (guidelines: the same or the previous sentence). No antecedent where two
 * people could be meant, and none for "her" before a noun ("praised her party": a possessive).
 * A name whose gender compromise knows ("Elena", "Mr") is not taken for a pronoun of the other.
 * Only for an actor the sentence names (a pronoun actor and a pronoun object, both guessed, would
 * too often be the wrong way round).
 */
function objectPronoun(
  tokens: Token[],
  args: Argument[],
  i: number,
  source: Argument,
  previous: readonly GenderedArgument[] = [],
): Argument[] {
  const t = tokens[i + 1];
  const w = lower(t);
  if (!t || (w !== 'him' && w !== 'her')) return [];
  const next = tokens[i + 2];
  if (w === 'her' && next && (next.tags.has('Noun') || next.tags.has('Adjective'))) return [];
  const other = w === 'her' ? 'male' : 'female';
  const people = (list: readonly GenderedArgument[]) => [
    ...new Set(
      list
        .filter((a) => a.kind === 'person' && a.entity !== source.entity && a.gender !== other)
        .map((a) => a.entity),
    ),
  ];
  const here = people(args.filter((a) => a.to <= i).map((a) => ({ ...a, gender: genderOf(tokens, a) })));
  const candidates = here.length > 0 ? here : people(previous);
  if (candidates.length !== 1) return [];
  return [
    { entity: candidates[0] as string, kind: 'person', from: i + 1, to: i + 2, span: [t.start, t.end] },
  ];
}

/**
 * The speaker named in an earlier sentence (`last`), standing at the first "we", "I", "us" or "our"
 * among tokens from … to - 1; undefined where none is there.
 */
function earlierSpeaker(
  tokens: Token[],
  from: number,
  to: number,
  last: Argument | undefined,
): Argument | undefined {
  for (let k = from; k < to; k++) if (FIRST_PERSON.has(lower(tokens[k]))) return standingFor(last, tokens, k);
  return undefined;
}

/** An antecedent as it stands at the pronoun of token k (the entity, the pronoun's words and span). */
function standingFor(a: Argument | undefined, tokens: Token[], k: number): Argument | undefined {
  const t = tokens[k];
  return a && t ? { ...a, from: k, to: k + 1, span: [t.start, t.end] } : undefined;
}

/**
 * The person "he" or "she" stands for: of the people the previous sentence names, the first whose
 * name does not show the other gender (the first named is mostly the subject: "A met B. He said…"
 * is A); where the previous sentence names nobody, the last person named before.
 */
function subjectAntecedent(
  pronoun: string,
  previous: readonly GenderedArgument[] = [],
  last: Argument | undefined,
): Argument | undefined {
  const other = pronoun === 'she' ? 'male' : 'female';
  return previous.length > 0 ? previous.find((a) => a.gender !== other) : last;
}

/** A capitalized word (not only a capital letter: "Ban", not "I" or "A"). */
function capitalized(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/**
 * True when word i is capitalized inside a run of capitalized words, not at the sentence's start
 * (nor at a quotation's): "Test Ban Treaty", "Operation Desert Storm".
 */
function inCapitalizedRun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // compromise keeps punctuation beside a word, in its pre and post
  const opened = /[:"“‘'(—–-]\s*$/.test(`${tokens[i - 1]?.post ?? ''}${t?.pre ?? ''}`);
  if (!capitalized(t) || i === 0 || opened) return false;
  return capitalized(tokens[i - 1]) || capitalized(tokens[i + 1]);
}
