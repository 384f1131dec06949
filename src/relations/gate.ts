/**
 * A syntactic check on relations read from word windows
 *
 * The window reader (src/extract/relations.ts) finds a trigger word and takes the nearest names
 * around it; on text it was not written for, most of its wrong edges join a trigger to a name that
 * the sentence does not make its argument: a venue ("met X in <city>"), a name inside another
 * phrase ("a key Chilean ally in the war"), a name in another clause. With a dependency parse of the
 * sentence, a window relation is kept only when both its ends stand close to the trigger in the
 * tree (at most `maxPath` arcs between their head words), and neither end is introduced as the
 * setting of the event (an obl of the verb with in, at, near, during…).
 */

import type { RelationType } from '../../graph/relations.ts';
import type { Evidence, Span } from '../../graph/types.ts';
import { PRONOUNS } from '../extract/arguments.ts';
import { entriesOfWord } from '../extract/trigger-match.ts';
import { PLACE_NAMES } from '../lexicon/places.ts';
import { OBJECT_CLASSES, rowsFor } from '../lexicon/relations/index.ts';
import type { LexiconRow } from '../lexicon/relations/types.ts';
import { isUnder } from '../parse/clause-repairs.ts';
import type { ParsedSentence } from '../parse/types.ts';
import { lemmatize } from './lemma.ts';

/** Prepositions that introduce where or when something happened. */
const SETTING = new Set([
  'in',
  'at',
  'near',
  'during',
  'outside',
  'inside',
  'across',
  'throughout',
  'around',
]);

/** True when word i (-1: none) overlaps the character span. */
function inSpan(parse: ParsedSentence, i: number, span: Span): boolean {
  return i >= 0 && (parse.start[i] as number) < span[1] && (parse.end[i] as number) > span[0];
}

/** The word of a span whose head lies outside it (the span's syntactic head), or -1. */
export function headWord(parse: ParsedSentence, span: Span): number {
  let best = -1;
  for (let i = 0; i < parse.words.length; i++) {
    if (!inSpan(parse, i, span)) continue;
    if (!inSpan(parse, parse.head[i] as number, span)) return i;
    if (best < 0) best = i;
  }
  return best;
}

/** Number of arcs between two words of a tree (Infinity when not connected). */
export function treeDistance(parse: ParsedSentence, a: number, b: number): number {
  const depth = new Map<number, number>();
  let x = a;
  for (let d = 0; x >= 0 && d <= parse.words.length; d++) {
    depth.set(x, d);
    x = parse.head[x] as number;
  }
  let y = b;
  for (let d = 0; y >= 0 && d <= parse.words.length; d++) {
    const up = depth.get(y);
    if (up !== undefined) return up + d;
    y = parse.head[y] as number;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * True when word i is a phrase the verb takes as its setting ("met X in Paris"); "forces in Guinea",
 * a place that says whose forces, is a modifier of the noun (nmod) and stays a party.
 */
function isSetting(parse: ParsedSentence, i: number): boolean {
  return (parse.deprel[i] as string).split(':')[0] === 'obl' && hasMarker(parse, i, 'case', SETTING);
}

/**
 * True when word i has a dependent of relation `deprel` (case, mark) among `words`, lower-cased
 * ("in Paris": case "in"; "to lift": mark "to").
 */
function hasMarker(parse: ParsedSentence, i: number, deprel: string, words: ReadonlySet<string>): boolean {
  return parse.words.some(
    (w, k) => parse.head[k] === i && parse.deprel[k] === deprel && words.has(w.toLowerCase()),
  );
}

/** The dependents of word i whose relation is one of `rels`. */
function children(parse: ParsedSentence, i: number, ...rels: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < parse.words.length; k++)
    if (parse.head[k] === i && rels.includes(parse.deprel[k] as string)) out.push(k);
  return out;
}

/** Word i's lemma, read as a verb or as a noun. */
function lemmaOf(parse: ParsedSentence, i: number, as: 'VERB' | 'NOUN'): string {
  return lemmatize(parse.words[i] as string, as, parse.xpos[i] as string);
}

/** The relation lexicon's rows for word i read as `as` (a verb unless told). */
function rowsOf(parse: ParsedSentence, i: number, as: 'VERB' | 'NOUN' = 'VERB'): readonly LexiconRow[] {
  return rowsFor(lemmaOf(parse, i, as), as === 'NOUN' ? 'noun' : 'verb');
}

const BY: ReadonlySet<string> = new Set(['by']);
const TO: ReadonlySet<string> = new Set(['to']);
const OF: ReadonlySet<string> = new Set(['of']);
const IN: ReadonlySet<string> = new Set(['in']);
const WITH: ReadonlySet<string> = new Set(['with']);
/** The prepositions of a meeting as an occasion: "in a meeting with", "during talks with". */
const MEETING_PLACES: ReadonlySet<string> = new Set(['in', 'during', 'at']);

/**
 * Prepositions that only ever say where ("a convoy near C", "camps outside C"): a place they hang
 * under a noun is where the event happened, not a party. "in" and "at" are not among them: "forces
 * in Guinea" says whose forces.
 */
const WHERE_ONLY = new Set(['near', 'outside', 'inside', 'around', 'across', 'throughout']);

/** Relations by which a name says whose a noun is ("the Peruvian opposition", "Chile's army"). */
const WHOSE: ReadonlySet<string> = new Set(['amod', 'nmod:poss', 'compound']);

/** True when word n is the object or passive subject of word t. */
function isPatientOf(parse: ParsedSentence, n: number, t: number): boolean {
  const rel = parse.deprel[n];
  return n >= 0 && parse.head[n] === t && (rel === 'obj' || rel === 'nsubj:pass');
}

/**
 * True when word i is a place phrase under a noun that can only say where ("a convoy near C"), or
 * lies inside one below the trigger t ("positions near the border with C"); or a city or a place
 * inside a longer "in" phrase on the trigger's patient ("detained two leaders in <city>", "killed
 * four guerrillas in a village south of C": where the patient was; "forces in C" with C itself
 * the phrase, and "leaders in the Peruvian opposition" with the name saying whose, may say whose,
 * and stay).
 */
function isWhereModifier(parse: ParsedSentence, i: number, t: number): boolean {
  for (let x = i, n = 0; x >= 0 && x !== t && n <= parse.words.length; x = parse.head[x] as number, n++) {
    const r = (parse.deprel[x] as string).split(':')[0];
    if ((r === 'nmod' || (r === 'obl' && x !== i)) && hasMarker(parse, x, 'case', WHERE_ONLY)) return true;
    if (
      r === 'nmod' &&
      hasMarker(parse, x, 'case', IN) &&
      isPatientOf(parse, parse.head[x] as number, t) &&
      (x === i ? isCity(parse, i) : !WHOSE.has(parse.deprel[i] as string))
    )
      return true;
    // "talks in London", "a rally at the stadium": where an event the trigger lexicon names happens
    if (r === 'nmod' && hasMarker(parse, x, 'case', SETTING) && eventNoun(parse, parse.head[x] as number))
      return true;
  }
  return false;
}

/**
 * Prepositions and subordinators of a time ("after the death of B", "before B's visit"); not
 * "during", after which the parser hangs what follows the event ("stressed during the meeting B's
 * wish for cooperation with C").
 */
const TIME_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till']);

/**
 * True when word i lies inside a phrase of time below trigger t: "seized power after the death of
 * B", "attacked C before the visit of B" (the guidelines: times are never participants). The
 * trigger's own phrase stays ("after talks with B", with "talks" the trigger).
 */
function inTimePhrase(parse: ParsedSentence, i: number, t: number): boolean {
  for (let x = i, n = 0; x >= 0 && x !== t && n <= parse.words.length; x = parse.head[x] as number, n++) {
    const r = (parse.deprel[x] as string).split(':')[0];
    if (['obl', 'nmod'].includes(r as string) && hasMarker(parse, x, 'case', TIME_PREPS)) return true;
    if (r === 'advcl' && hasMarker(parse, x, 'mark', TIME_PREPS)) return true;
  }
  return false;
}

/** True when word n is a noun the trigger lexicon names an event by ("talks", "attack", "rally"). */
function eventNoun(parse: ParsedSentence, n: number): boolean {
  return (
    n >= 0 &&
    parse.upos[n] === 'NOUN' &&
    entriesOfWord((parse.words[n] as string).toLowerCase()).some((e) => e.pos === 'noun')
  );
}

/**
 * The where-phrases above read in word order, for a parse that hung the phrase elsewhere: word i
 * (after the trigger t) follows, through noun-phrase words and "of" only, a noun inside a phrase
 * that can only say where ("positions near the border with C", "with C" hung on the verb), or an
 * "in" after the trigger's object when i is a city ("killed four guerrillas in a village south of
 * the capital C", the "of" phrase hung on another clause).
 */
function whereInWordOrder(parse: ParsedSentence, i: number, t: number): boolean {
  if (i <= t) return false;
  // the first word of i's phrase: its own case marker and determiners and modifiers before it
  let k = i;
  while (k - 1 > t && parse.head[k - 1] === i && parse.upos[k - 1] !== 'PUNCT') k--;
  const phraseWords = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);
  for (let j = k - 1; j > t; j--) {
    const w = (parse.words[j] as string).toLowerCase();
    const u = parse.upos[j] as string;
    if (parse.upos[j] === 'NOUN' && hasMarker(parse, j, 'case', WHERE_ONLY)) return true;
    if (u === 'ADP' && w === 'in') return isCity(parse, i) && objectBefore(parse, t, j);
    if (!phraseWords.has(u) && !(u === 'ADP' && (w === 'of' || w === 'with'))) return false;
  }
  return false;
}

/**
 * True when the trigger t is the verb of a relative clause set off by commas (", which A
 * supports,") and the target g lies after the clause's closing comma: the clause's verb acts on
 * the noun it modifies, read in word order where the parse lost the clause ("The militia, which A
 * supports, attacked B" parsed as two main clauses).
 */
function relativeClauseClosed(parse: ParsedSentence, s: number, t: number, g: number): boolean {
  if (!(s < t && t < g)) return false;
  const w = (k: number) => (parse.words[k] as string).toLowerCase();
  let r = -1;
  for (let k = t - 1; k > 0 && w(k) !== ','; k--) if (RELATIVES.has(w(k)) && w(k - 1) === ',') r = k;
  if (r < 0 || r > s) return false;
  for (let k = t + 1; k < g; k++) if (w(k) === ',') return true;
  return false;
}
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** True when verb t's object stands between it and word j. */
function objectBefore(parse: ParsedSentence, t: number, j: number): boolean {
  return children(parse, t, 'obj').some((o) => o < j);
}

/**
 * True when word i is a city named as a compound of the noun trigger t ("the Lima meeting", "the
 * Geneva talks"), or of a noun saying where t happened: where it is, not who takes part (a country
 * there may be a party: "the Chile talks"; "killed in an Israeli air strike" names the attacker).
 */
function cityVenue(parse: ParsedSentence, i: number, t: number): boolean {
  const n = parse.head[i] as number;
  if (n < 0 || parse.deprel[i] !== 'compound' || parse.upos[n] !== 'NOUN') return false;
  // the trigger's own noun, or a noun that says where it happened ("hurt himself in last
  // Friday's Brussels meeting")
  // (also one a misparse hangs lower: "met by chance at the Lima residence", the at-phrase on "chance")
  const where =
    (parse.head[n] === t && isSetting(parse, n)) ||
    (under(parse, n, t) && hasMarker(parse, n, 'case', SETTING));
  if (n !== t && !where) return false;
  return isCity(parse, i);
}

/** True when word i, with its flat parts, names a city of the gazetteer. */
function isCity(parse: ParsedSentence, i: number): boolean {
  const words = parse.words.filter((_, k) => k === i || (parse.head[k] === i && parse.deprel[k] === 'flat'));
  return PLACE_NAMES.get(words.join(' ').toLowerCase())?.kind === 'city';
}

/** Relations by which a name qualifies a noun (whose people, from where, of which kind). */
const QUALIFIERS = new Set(['amod', 'compound', 'nmod:poss', 'nmod']);

/** True when word d lies in the subtree of word a. */
export function under(parse: ParsedSentence, d: number, a: number): boolean {
  return isUnder(parse.head, d, a);
}

/**
 * True when word d lies in the phrase of word a, not inside a relative clause of it: in "A, who
 * heads B, criticized C" the subject's phrase holds B, but B is not the one who criticized.
 */
function inPhrase(parse: ParsedSentence, d: number, a: number): boolean {
  for (let x = d, n = 0; x >= 0 && n <= parse.words.length; x = parse.head[x] as number, n++) {
    if (x === a) return true;
    if (parse.deprel[x] === 'acl:relcl') return false;
  }
  return false;
}

/**
 * A participle that modifies a noun ("troops attacking the city", "the city attacked by X",
 * "attacking style") has its actor in the noun it modifies or below itself (a by-agent), never
 * higher in the sentence: "Norway started the game with attacking style with X" says nothing of
 * Norway attacking X.
 */
function modifierTriggerStrays(parse: ParsedSentence, t: number, s: number, ev: Evidence): boolean {
  if (ev.reported === true) return false;
  const rel = parse.deprel[t] as string;
  if (rel === 'acl:relcl' || !['acl', 'amod'].includes(rel.split(':')[0] as string)) return false;
  const h = parse.head[t] as number;
  // the modified noun is the source, or a word of its name ("Doctors from two aid groups donated")
  const inSource = inSpan(parse, h, ev.sourceSpan);
  // or a name that qualifies that noun ("American aid groups donated": American)
  const qualifies = h >= 0 && parse.head[s] === h && QUALIFIERS.has(parse.deprel[s] as string);
  return !inSource && !qualifies && !under(parse, s, t) && !purposeOfVerb(parse, t, s);
}

/** Prepositions of a phrase of place ("in front of", "outside the embassy", "at the gates"). */
const PLACE_PREPS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'outside',
  'near',
  'inside',
  'opposite',
  'before',
]);

/**
 * True when trigger t is a to-infinitive the parse hung on a noun of a phrase of place ("in front
 * of", "outside", "at"…), and the verb that phrase belongs to has s in its subject: "A staged a
 * sit-in in front of the embassy to protest against B" (the sit-in's purpose, not the embassy's).
 * A noun that is a subject or object keeps its infinitive ("A rejected B's plan to attack C").
 */
function purposeOfVerb(parse: ParsedSentence, t: number, s: number): boolean {
  const v = purposeVerb(parse, t, PLACE_PREPS);
  return v >= 0 && children(parse, v, 'nsubj').some((n) => n === s || under(parse, s, n));
}

/** True when word k is a verb of asking: the trigger lexicon reads it as a request ("urged", "called"). */
function asksSomething(parse: ParsedSentence, k: number): boolean {
  return entriesOfWord((parse.words[k] ?? '').toLowerCase()).some((e) => e.relation === 'requested');
}

/**
 * The verb whose purpose clause t is, where the parse hung the to-infinitive t on a noun inside a
 * phrase (of `preps`) of that verb; -1 otherwise.
 */
function purposeVerb(parse: ParsedSentence, t: number, preps: ReadonlySet<string>): number {
  if (parse.deprel[t] !== 'acl' || !hasMarker(parse, t, 'mark', TO)) return -1;
  const noun = parse.head[t] as number;
  // "an effort by B to help C", "B's bid to end": the noun's own actor does it
  if (noun < 0 || children(parse, noun, 'nmod:poss').length > 0) return -1;
  if (children(parse, noun, 'nmod').some((n) => hasMarker(parse, n, 'case', BY))) return -1;
  let v = noun;
  let where = false;
  while (v >= 0 && ['obl', 'nmod'].includes((parse.deprel[v] as string).split(':')[0] as string)) {
    where ||= hasMarker(parse, v, 'case', preps);
    v = parse.head[v] as number;
  }
  return where && v >= 0 && parse.upos[v] === 'VERB' ? v : -1;
}

/** Prepositions of a place gone to ("left for the town of B", "flew to B"), with those of a place. */
const DESTINATION_PREPS: ReadonlySet<string> = new Set([...PLACE_PREPS, 'for', 'to']);

/**
 * True when source s lies in the phrase of place a purpose clause hangs on: "A left for the town of
 * B to hold talks with C" (the parse hangs "to hold talks" on "town"): B is where A went, not who
 * holds the talks. A noun trigger counts at the verb it is the object of ("hold talks"). Not after
 * a verb of asking ("called for B to hold talks": B is asked to).
 */
function purposeHost(parse: ParsedSentence, t: number, s: number): boolean {
  const c = parse.upos[t] === 'NOUN' && parse.deprel[t] === 'obj' ? (parse.head[t] as number) : t;
  if (c < 0) return false;
  const v = purposeVerb(parse, c, DESTINATION_PREPS);
  if (v < 0 || asksSomething(parse, v)) return false;
  const noun = parse.head[c] as number;
  return s === noun || under(parse, s, noun);
}

/**
 * A noun trigger ("criticism", "talks", "rejection") has its actor inside its own phrase (a
 * possessor, a compound, "by"/"from" X), modifies the actor ("A, in a meeting with B, said"), or
 * is an object or oblique of a verb whose subject phrase holds the actor ("A voiced criticism of
 * B", "a group of A held talks with B"), also through the verbs that control it ("A resorted to
 * throwing stones during protests against B"; "C urged A to lift sanctions on B": the controller's
 * object) and the noun a verb modifies ("leaders of A signing a treaty with B"). A subject anywhere
 * else in the sentence did not do it ("A issued a statement regarding the rejection of B", "A said
 * the attack on B was unjustified").
 */
const UNDER: ReadonlySet<string> = new Set(['under']);
/** Prepositions that name what is talked about. */
const ABOUT: ReadonlySet<string> = new Set(['about', 'regarding', 'concerning']);
const FROM_BY: ReadonlySet<string> = new Set(['from', 'by']);

function nounTriggerStrays(parse: ParsedSentence, t: number, s: number, ev: Evidence): boolean {
  if (ev.reported === true || parse.upos[t] !== 'NOUN') return false;
  if (under(parse, s, t)) return false;
  // the trigger set off by a comma inside the actor's phrase ("A, in talks with B, said"; without
  // the comma, "killed 4 A in an attack on B" is the parse hanging the phrase on the wrong noun)
  if (under(parse, t, s) && parse.words.slice(Math.min(s, t), Math.max(s, t)).includes(',')) return false;
  // "A on Tuesday in a meeting with B said", the phrase hung on a noun of the actor's phrase (the
  // title: "Leader of P A … in a meeting with B"): where a meeting took place says who met
  const h = parse.head[t] as number;
  if (
    parse.deprel[t] === 'nmod' &&
    h >= 0 &&
    hasMarker(parse, t, 'case', MEETING_PLACES) &&
    entriesOfWord(ev.trigger.toLowerCase()).some((e) => e.relation === 'met_with') &&
    under(parse, s, h)
  )
    return false;
  // "A came under fire from B": the actor's "from"/"by" phrase hung on the verb beside the noun
  if (
    hasMarker(parse, t, 'case', UNDER) &&
    h >= 0 &&
    parse.head[s] === h &&
    (parse.deprel[s] as string).startsWith('obl') &&
    hasMarker(parse, s, 'case', FROM_BY)
  )
    return false;
  // "A held a rally in protest against B", "A marched in support of B": a bare noun after "in" is
  // the manner of the act it hangs on, so the actor is that act's, whether the parse hangs the
  // phrase on the verb or on its object
  const manner = inManner(parse, t);
  // "A issued a statement regarding the rejection of B": a noun the verb talks about, wherever the
  // parse hangs its phrase, is no act of the verb's subject
  if (hasMarker(parse, t, 'case', ABOUT)) return true;
  // "A called B the enemy": the noun predicated of the object of a verb of naming
  const predicated =
    parse.deprel[t] === 'xcomp' && parse.upos[h] === 'VERB' && children(parse, h, 'obj').length > 0;
  if (!manner && !predicated && !['obj', 'obl', 'nsubj:pass', 'iobj'].includes(parse.deprel[t] as string))
    return true;
  const v = manner && parse.upos[h] !== 'VERB' ? (parse.head[h] as number) : h;
  // the verb's subject, and for a verb an xcomp controls, the controller's object too ("urged A to
  // lift sanctions on B"); a to-infinitive read as an adverbial clause is controlled the same way
  return !actsInClauses(parse, v, s, ['nsubj', 'nsubj:pass'], {
    actors: ['nsubj', 'nsubj:pass'],
    // and a said clause whose subject is a pronoun: "A said it would impose sanctions on B"
    continues: (r, v) =>
      ['xcomp', 'advcl', 'conj'].includes(r) || (r === 'ccomp' && pronounSubject(parse, v)),
    objectControl: (v, r) => r === 'xcomp' || (r === 'advcl' && hasMarker(parse, v, 'mark', TO)),
    apposition: false,
  });
}

/**
 * True when noun t is a bare "in" phrase under a noun that is an object or oblique of a verb, or
 * under the verb itself: "(held a rally) in protest against B", "(marched) in support of B".
 */
function inManner(parse: ParsedSentence, t: number): boolean {
  const h = parse.head[t] as number;
  if (h < 0 || !['nmod', 'obl'].includes(parse.deprel[t] as string)) return false;
  if (!hasMarker(parse, t, 'case', IN) || children(parse, t, 'det', 'nmod:poss').length > 0) return false;
  return parse.upos[h] === 'VERB' || ['obj', 'obl'].includes(parse.deprel[h] as string);
}

/**
 * True when word k is a personal pronoun after word s, which it may stand for: "A arrived for a
 * visit, during which he is expected to sign a deal with B" (the window reader takes the nearest
 * name before a pronoun for it).
 */
function pronounAfter(parse: ParsedSentence, s: number, k: number): boolean {
  return s < k && parse.upos[k] === 'PRON' && PRONOUNS.has((parse.words[k] as string).toLowerCase());
}

/** True when clause v's subject is a personal pronoun ("it", "they", "he", "she", "we": PRONOUNS). */
function pronounSubject(parse: ParsedSentence, v: number): boolean {
  return children(parse, v, 'nsubj').some(
    (k) => parse.upos[k] === 'PRON' && PRONOUNS.has((parse.words[k] as string).toLowerCase()),
  );
}

/**
 * A verb trigger's actor is its subject or by-agent, the subject of a verb it continues (conj,
 * xcomp, advcl, ccomp), the object of a verb that controls it ("urged A to reject B"), the noun it
 * modifies ("A, which rejected B"; "A's decision to reject B") or the name that noun stands beside
 * in apposition. A name elsewhere in the sentence did not do it: "they would blockade A to demand
 * an end to B's plan" (A is what is blockaded), "prohibit aid to rebels in A and deny entry to B".
 */
function verbTriggerStrays(parse: ParsedSentence, t: number, s: number, ev: Evidence): boolean {
  if (ev.reported === true || parse.upos[t] !== 'VERB') return false;
  if (purposeOfVerb(parse, t, s)) return false;
  // object control: "urged A to reject B", also where the parse reads the to-clause of a verb of
  // asking as an adverbial clause; a purpose clause is the subject's ("blockaded A to demand…")
  return !actsInClauses(parse, t, s, ['nsubj', 'nsubj:pass', 'obl:agent', 'csubj'], {
    actors: ['nsubj', 'nsubj:pass', 'obl:agent'],
    continues: (r) => ['xcomp', 'advcl', 'conj', 'ccomp', 'parataxis'].includes(r.split(':')[0] as string),
    objectControl: (v, r, h) =>
      r === 'xcomp' || (r.startsWith('advcl') && asksSomething(parse, h) && hasMarker(parse, v, 'mark', TO)),
    apposition: true,
  });
}

/**
 * True when word g is the subject of the clause that verb t, with a subject of its own, modifies:
 * "If A attacks, B will respond" (B is no object of the attack).
 */
function outerSubject(parse: ParsedSentence, t: number, g: number): boolean {
  return (
    (parse.deprel[t] as string).startsWith('advcl') &&
    parse.head[g] === parse.head[t] &&
    (parse.deprel[g] as string).startsWith('nsubj') &&
    children(parse, t, 'nsubj', 'nsubj:pass').length > 0
  );
}

/**
 * True when word s is the subject of a past form that the parse reads as an active verb but that is
 * a passive without its auxiliary, as captions and lists write it: no auxiliary, no object, and a
 * by-phrase naming someone ("the prints donated to B by the P Foundation": the prints are what
 * was given, not the giver).
 */
function reducedPassiveSubject(parse: ParsedSentence, t: number, s: number): boolean {
  if (parse.upos[t] !== 'VERB' || !['VBN', 'VBD'].includes(parse.xpos[t] as string)) return false;
  if (parse.head[s] !== t || parse.deprel[s] !== 'nsubj') return false;
  if (children(parse, t, 'aux', 'aux:pass', 'obj', 'iobj').length > 0) return false;
  return children(parse, t, 'obl', 'obl:agent').some(
    (o) => parse.upos[o] === 'PROPN' && hasMarker(parse, o, 'case', BY),
  );
}

/** How the actor of a trigger is looked for up the clauses that embed it (actsInClauses). */
interface ClauseClimb {
  /** Relations of a clause's dependents that act, above the first clause. */
  actors: readonly string[];
  /** Relations by which clause v continues its governor's, so the search goes up through them. */
  continues: (rel: string, v: number) => boolean;
  /** Whether clause v (of relation rel under h) is controlled by h's object ("urged A to …"). */
  objectControl: (v: number, rel: string, h: number) => boolean;
  /** Whether the noun a modifying clause hangs on may also stand in apposition to the actor. */
  apposition: boolean;
}

/**
 * True when word s lies in an acting dependent of clause v (relations `first`) or of the clauses it
 * continues, at most four up, or in the noun a modifying clause on the way hangs on.
 */
function actsInClauses(
  parse: ParsedSentence,
  v: number,
  s: number,
  first: readonly string[],
  climb: ClauseClimb,
): boolean {
  let actors = first;
  for (let step = 0; v >= 0 && step < 4; step++) {
    for (let k = 0; k < parse.words.length; k++)
      if (
        parse.head[k] === v &&
        actors.includes(parse.deprel[k] as string) &&
        (inPhrase(parse, s, k) || pronounAfter(parse, s, k))
      )
        return true;
    const r = parse.deprel[v] as string;
    const h = parse.head[v] as number;
    // a verb modifying a noun has that noun for its subject ("leaders signing a treaty with B",
    // "A, which rejected B"; "A, the group that rejected B": the noun in apposition to the name)
    if (r === 'acl' || r === 'acl:relcl')
      return under(parse, s, h) || (climb.apposition && parse.deprel[h] === 'appos' && parse.head[h] === s);
    if (!climb.continues(r, v)) return false;
    // a controlling verb with an object (or a "for" phrase: "called for B to …") gives the clause
    // that object for its actor, not its own subject ("A urged B to meet C": A met no one)
    const controller = climb.objectControl(v, r, h)
      ? [
          ...children(parse, h, 'obj', 'iobj'),
          ...children(parse, h, 'obl').filter((o) => hasMarker(parse, o, 'case', FOR)),
        ]
      : [];
    if (controller.length > 0) return controller.some((k) => inPhrase(parse, s, k));
    actors = climb.actors;
    v = h;
  }
  return false;
}

/**
 * True when the trigger is a past participle modifying a noun that lies in the source's span (a
 * past form as a noun's bare clause is one, whatever its tag: "the paintings donated to X"). Not
 * where that noun is the root and the participle has no by-agent: the sentence's only verb is
 * then its main verb ("The United Nations called on B to …" read as a noun phrase).
 */
function passiveModifier(parse: ParsedSentence, t: number, ev: Evidence): boolean {
  const h = parse.head[t] as number;
  const mainVerb = parse.head[h] === -1 && !hasByPhrase(parse, t);
  return (
    parse.deprel[t] === 'acl' &&
    (parse.xpos[t] === 'VBN' || parse.xpos[t] === 'VBD') &&
    !mainVerb &&
    inSpan(parse, h, ev.sourceSpan)
  );
}

/**
 * True when verb t has a by-phrase: its agent (labelled so, or a plain oblique opened by "by"), or
 * one the parse hangs on its object or oblique ("the prints donated to B by A": "by A" read as a
 * modifier of B).
 */
function hasByPhrase(parse: ParsedSentence, t: number): boolean {
  return byPhrases(parse, t).length > 0;
}

/** The phrases that name the agent of verb t with "by" (the same ones `hasByPhrase` finds). */
function byPhrases(parse: ParsedSentence, t: number): number[] {
  return [
    ...children(parse, t, 'obl:agent'),
    ...children(parse, t, 'obl').filter((o) => hasMarker(parse, o, 'case', BY)),
    ...children(parse, t, 'obj', 'obl').flatMap((o) =>
      children(parse, o, 'nmod').filter((g) => hasMarker(parse, g, 'case', BY)),
    ),
  ];
}

/**
 * True when a by-phrase of the trigger names its agent and the source lies outside it: "the prints
 * donated to B by C" read as the prints donating (a caption's passive without its auxiliary, which
 * the parse takes for an active verb).
 */
export function agentNamedElsewhere(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const s = headWord(parse, ev.sourceSpan);
  if (t < 0 || s < 0) return false;
  // a name's by-phrase only ("by plane", "by chance" name no agent)
  const agents = byPhrases(parse, t).filter((a) => parse.upos[a] === 'PROPN');
  return agents.length > 0 && !agents.some((a) => under(parse, s, a));
}

/** True when word t's subject is a proper noun whose phrase holds neither word s nor word g. */
function namedSubjectElsewhere(parse: ParsedSentence, t: number, s: number, g: number): boolean {
  return children(parse, t, 'nsubj').some(
    (k) => parse.upos[k] === 'PROPN' && !under(parse, s, k) && !under(parse, g, k),
  );
}

/**
 * True when word g is the by-agent of word t; also where the parse hangs the by-phrase of a passive
 * verb on the verb's object or oblique ("B was sent aid by A", "aid was sent to B by A": "by A"
 * read as a modifier of "aid" or of B).
 */
function isAgentOf(parse: ParsedSentence, g: number, t: number): boolean {
  const h = parse.head[g] as number;
  if (h === t && /:agent$/.test(parse.deprel[g] as string)) return true;
  return (
    h >= 0 &&
    parse.head[h] === t &&
    ['obj', 'obl'].includes(parse.deprel[h] as string) &&
    parse.deprel[g] === 'nmod' &&
    hasMarker(parse, g, 'case', BY) &&
    children(parse, t, 'aux:pass').length > 0
  );
}

/** Options of the gate. */
export interface GateOptions {
  /** Most arcs allowed between the trigger and either end. */
  maxPath: number;
}

/** Whether the parse supports a window relation's evidence. */
export function parseSupports(parse: ParsedSentence, ev: Evidence, options: GateOptions): boolean {
  if (verbReadAsNoun(parse, ev) || nounReadAsVerb(parse, ev) || objectMissing(parse, ev)) return false;
  const t = headWord(parse, ev.triggerSpan);
  const s = headWord(parse, ev.sourceSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || s < 0 || g < 0) return true;
  // "Peru was sharply criticized at the meeting with Chile", "A was invited to B": the subject of a
  // passive with no by-agent is the one acted on, and the actor is not named
  if (
    parse.head[s] === t &&
    parse.deprel[s] === 'nsubj:pass' &&
    parse.upos[t] === 'VERB' &&
    !hasByPhrase(parse, t) &&
    !isAgentOf(parse, g, t)
  )
    return false;
  // an adjective is no event ("the wounded", "a hostile takeover")
  if (parse.upos[t] === 'ADJ') return false;
  // a setting ("met X in Paris"), unless the lexicon gives the verb's patient "at" ("lashed out at
  // B", "fired at B"; "in", "near" always say where)
  const asked = (i: number) =>
    ownPreps(parse, t).has('at') &&
    children(parse, i, 'case').some((c) => (parse.words[c] as string).toLowerCase() === 'at');
  if (isSetting(parse, s) || (isSetting(parse, g) && !asked(g))) return false;
  if (isWhereModifier(parse, s, t) || isWhereModifier(parse, g, t)) return false;
  if (whereInWordOrder(parse, g, t)) return false;
  if (inTimePhrase(parse, g, t) || inTimePhrase(parse, s, t)) return false;
  if (relativeClauseClosed(parse, s, t, g)) return false;
  if (agentOfConjunct(parse, t, g)) return false;
  if (cityVenue(parse, s, t) || cityVenue(parse, g, t)) return false;
  if (modifierTriggerStrays(parse, t, s, ev)) return false;
  if (nounTriggerStrays(parse, t, s, ev)) return false;
  if (verbTriggerStrays(parse, t, s, ev)) return false;
  if (outerSubject(parse, t, g)) return false;
  if (reducedPassiveSubject(parse, t, s)) return false;
  // a relative clause's verb acts on what lies inside it or on the noun it modifies, not on the
  // main clause's words ("Rebels, whom A backs, attacked B": A does not back B)
  if (parse.deprel[t] === 'acl:relcl' && !under(parse, g, t) && !inPhrase(parse, g, parse.head[t] as number))
    return false;
  // "the aid donated to X": the noun a passive participle modifies is what was done, not the doer
  if (passiveModifier(parse, t, ev) && !isAgentOf(parse, g, t)) return false;
  // a verb whose subject is another name acts for that name, not for one further off ("A said he
  // acted when B attacked him": B attacked; the subject's own phrase, "A and B", "C's leader A",
  // stays, as does a subject that is the target: "A said: 'B is the enemy'")
  if (namedSubjectElsewhere(parse, t, s, g)) return false;
  // "left for the town of B to hold talks with C": B is where the talks' actor went
  if (purposeHost(parse, t, s)) return false;
  // in reported speech the source may be the speaker, whom the attribution names, not the clause
  // (but not a name in a clause that modifies a noun); a purpose clause the parse hung low is as
  // near its verb's subject as a clause of the verb
  const sourceNear =
    (ev.reported === true && !inModifierClause(parse, t, s)) ||
    treeDistance(parse, t, s) <= options.maxPath ||
    purposeOfVerb(parse, t, s);
  return sourceNear && treeDistance(parse, t, g) <= options.maxPath;
}

/**
 * True when word s lies in a clause that modifies a noun (acl, acl:relcl) and does not hold trigger
 * t: a name there is no speaker and no actor of the trigger ('"the leaders who pledged to work with
 * B's initiative started an offensive against C," the statement said': B is no actor of the
 * offensive; "a plan, first drawn up by B, agreed by C").
 */
function inModifierClause(parse: ParsedSentence, t: number, s: number): boolean {
  for (let k = s, n = 0; k >= 0 && n <= parse.words.length; k = parse.head[k] as number, n++) {
    if (under(parse, t, k)) return false;
    if ((parse.deprel[k] as string).startsWith('acl')) return true;
  }
  return false;
}

/**
 * True when the target is the by-agent of another verb coordinated with the trigger ("A seeks
 * re-election and is opposed by B": B opposes A, and is nothing A seeks). A passive's agent is
 * never shared with the other verbs of a coordination.
 */
function agentOfConjunct(parse: ParsedSentence, t: number, g: number): boolean {
  if (parse.deprel[g] !== 'obl:agent') return false;
  const v = parse.head[g] as number;
  if (v < 0 || v === t) return false;
  const headOf = (k: number) => (parse.deprel[k] === 'conj' ? (parse.head[k] as number) : k);
  return headOf(v) === headOf(t);
}

/**
 * The most arcs between the trigger and an end of a window relation (the speaker of reported speech
 * not counted), or 0 when a span has no word in the parse.
 */
export function farthestEnd(parse: ParsedSentence, ev: Evidence): number {
  const t = headWord(parse, ev.triggerSpan);
  const s = headWord(parse, ev.sourceSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || s < 0 || g < 0) return 0;
  return Math.max(ev.reported ? 0 : treeDistance(parse, t, s), treeDistance(parse, t, g));
}

/**
 * True when the trigger states its relation only with an object the relation lexicon names
 * (TriggerEntry.needsObject: "recalled its ambassador", CAMEO 161) and its object is none of them
 * ("recalled the meeting").
 */
function objectMissing(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0) return false;
  const entries = entriesOfWord(ev.trigger.toLowerCase());
  if (entries.length === 0 || !entries.every((e) => e.needsObject)) return false;
  const rows = rowsOf(parse, t).filter((r) => r.relation);
  const named = new Set(rows.flatMap((r) => (r.object ? [r.object] : [])));
  const classes = rows.flatMap((r) => (r.objectClass ? [OBJECT_CLASSES[r.objectClass]] : []));
  return !objectNouns(parse, t).some((o) => {
    // the lemma, or the word itself where the class names a plural ("arms", not "arm")
    const forms = [lemmaOf(parse, o, 'NOUN'), (parse.words[o] as string).toLowerCase()];
    return forms.some((f) => named.has(f) || classes.some((c) => c?.has(f)));
  });
}

/**
 * A verb's objects, and for an object that counts or measures ("700 tonnes of food", "two
 * shipments of arms") the noun it measures.
 */
function objectNouns(parse: ParsedSentence, t: number): number[] {
  return children(parse, t, 'obj').flatMap((o) => {
    const counted = parse.upos[o] === 'NUM' || children(parse, o, 'nummod').length > 0;
    const of = counted ? children(parse, o, 'nmod').filter((m) => hasMarker(parse, m, 'case', OF)) : [];
    return [o, ...of];
  });
}

/**
 * True when the relation lexicon's rows for the trigger and relation all restrict the kind of the
 * patient and none allows `kind` ("spoke with Y" only with a person or a country: with an
 * organization it is mostly an interview; "hosted Y" only with a guest).
 */
export function patientKindRuledOut(
  parse: ParsedSentence,
  ev: Evidence,
  relation: RelationType,
  kind: string,
): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0) return false;
  const rows = rowsOf(parse, t, parse.upos[t] === 'NOUN' ? 'NOUN' : 'VERB').filter(
    (r) => r.relation === relation,
  );
  return rows.length > 0 && rows.every((r) => r.patientKinds && !r.patientKinds.some((k) => k === kind));
}

/**
 * The relation the lexicon gives the trigger with a prepositional phrase it has, where that differs
 * from the window reader's ("welcomed B to Oslo": a guest received, CAMEO "WELCOME * (TO)" 043, not
 * support); undefined where no such row applies. Only a phrase that names something (a proper noun);
 * rows with an object or a particle are left out.
 */
export function prepositionSense(
  parse: ParsedSentence,
  ev: Evidence,
  relation: RelationType,
): RelationType | undefined {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'VERB') return undefined;
  // phrases that name something ("to Oslo"), not "for hours"
  const preps = new Set(
    children(parse, t, 'obl')
      .filter((o) => parse.upos[o] === 'PROPN')
      .flatMap((o) => children(parse, o, 'case').map((c) => (parse.words[c] as string).toLowerCase())),
  );
  const senses = new Set(
    rowsOf(parse, t)
      .filter((r) => r.prep && preps.has(r.prep) && !r.object && !r.objectClass && !r.particle)
      .map((r) => r.relation),
  );
  const [only] = senses;
  return senses.size === 1 && only && only !== relation ? only : undefined;
}

/**
 * The lexicon's row for a verb trigger read with its object (its class or the word) and a
 * preposition it names ("received a grant from B": B gave aid, the subject received it; "received
 * assurances from B": B gave them, CAMEO 030), when the rows with an object that the sentence meets
 * state one sense; undefined otherwise.
 */
export function objectSense(parse: ParsedSentence, ev: Evidence): LexiconRow | undefined {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'VERB') return undefined;
  const objects = children(parse, t, 'obj');
  // "from B" on the verb, or on its object where the parse hangs it there ("a grant from B")
  const preps = new Set(
    [...children(parse, t, 'obl'), ...objects.flatMap((o) => children(parse, o, 'nmod'))].flatMap((o) =>
      children(parse, o, 'case').map((c) => (parse.words[c] as string).toLowerCase()),
    ),
  );
  const lemmas = objects.map((o) => lemmaOf(parse, o, 'NOUN'));
  // CAMEO names some objects in the plural ("* CONDOLENCES"): the word as written counts too
  const forms = [...lemmas, ...objects.map((o) => (parse.words[o] as string).toLowerCase())];
  // rows naming the object's class ("aid", the guidelines' reading), else rows naming the object
  // itself (CAMEO's "receive * ASSURANCE")
  const prepOk = (r: LexiconRow) => r.prep === undefined || preps.has(r.prep);
  const all = rowsOf(parse, t);
  const byClass = all.filter(
    (r) =>
      r.objectClass !== undefined && lemmas.some((l) => OBJECT_CLASSES[r.objectClass!].has(l)) && prepOk(r),
  );
  const rows =
    byClass.length > 0
      ? byClass
      : all.filter((r) => r.object !== undefined && forms.includes(r.object) && prepOk(r));
  const senses = new Set(rows.map((r) => `${r.relation}|${r.reversed === true}`));
  return senses.size === 1 ? rows[0] : undefined;
}

/**
 * True when the trigger is a word the trigger lexicon knows only as a verb and the parse reads it as
 * a noun ("Portrait shot of X": a photograph, not a shooting).
 */
export function verbReadAsNoun(parse: ParsedSentence, ev: Evidence): boolean {
  return readAsOtherPart(parse, ev, 'NOUN', 'verb');
}

/**
 * True when the trigger is a word the trigger lexicon knows only as a noun and the parse reads it as
 * a verb ("to deal with a hijacking": handled, no deal made).
 */
export function nounReadAsVerb(parse: ParsedSentence, ev: Evidence): boolean {
  return readAsOtherPart(parse, ev, 'VERB', 'noun');
}

/**
 * True when the parse tags the trigger `upos` and every entry of the trigger lexicon for the word
 * (its own and those of two-word triggers it opens: "phone call", "called on") is a `pos` one.
 */
function readAsOtherPart(parse: ParsedSentence, ev: Evidence, upos: string, pos: 'verb' | 'noun'): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== upos) return false;
  const entries = entriesOfWord(ev.trigger.toLowerCase());
  return entries.length > 0 && entries.every((c) => c.pos === pos);
}

/**
 * True when the parse reads a window relation backwards: its source is the passive subject of the
 * trigger and its target the agent ("Ruritania was sharply condemned by Freedonia": the window reader,
 * its passive rule broken by the adverb, says Ruritania condemned Freedonia).
 */
export function readsBackwards(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const s = headWord(parse, ev.sourceSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || s < 0 || g < 0) return false;
  const passiveSubject = parse.head[s] === t && (parse.deprel[s] as string).endsWith(':pass');
  // "rebels backed by Ruritania": the participle's noun is the patient, its by-agent the actor
  return (passiveSubject || passiveModifier(parse, t, ev)) && isAgentOf(parse, g, t);
}

/**
 * True when an attack is verbal: the trigger's object is something said or decided and the target
 * its owner ("A attacked B's plans", "attacked the plans of B"), or the target is attacked for what
 * it did or holds ("attacked B for allowing …", "for its policies"): an accusation, by the
 * guidelines, not the use of force.
 */
export function attacksStatement(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0) return false;
  const said = (o: number) =>
    parse.upos[o] === 'NOUN' && OBJECT_CLASSES.statement.has(lemmaOf(parse, o, 'NOUN'));
  if (children(parse, t, 'obj').some((o) => said(o) && under(parse, g, o))) return true;
  // "attacked B for allowing …", "attacked B for its policies": blamed for a deed or a stance
  if (parse.upos[t] !== 'VERB' || !children(parse, t, 'obj').includes(g)) return false;
  return (
    children(parse, t, 'advcl').some((v) => parse.upos[v] === 'VERB' && hasMarker(parse, v, 'mark', FOR)) ||
    children(parse, t, 'obl').some((o) => said(o) && hasMarker(parse, o, 'case', FOR))
  );
}

/**
 * True when a verb of giving help ("give", "send", "deliver": rows with an object of aid) gives a
 * word or a leave instead ("sent B a message", "gave B permission to land"): no support.
 */
export function givesNoAid(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'VERB') return false;
  if (!rowsOf(parse, t).some((r) => r.objectClass === 'aid')) return false;
  // every object and its conjuncts ("a letter and aid": aid is given); a message "of support"
  // is support
  const direct = children(parse, t, 'obj');
  // the things given, not a named recipient the parse made a second object ("sent Peru a message")
  const objects = (direct.length > 0 ? direct : children(parse, t, 'iobj'))
    .flatMap((o) => [o, ...children(parse, o, 'conj')])
    .filter((o) => parse.upos[o] !== 'PROPN');
  const said = (o: number) => {
    const l = lemmaOf(parse, o, 'NOUN');
    if (!OBJECT_CLASSES.message.has(l) && !OBJECT_CLASSES.statement.has(l)) return false;
    return !children(parse, o, 'nmod').some((n) =>
      ['support', 'solidarity'].includes(lemmaOf(parse, n, 'NOUN')),
    );
  };
  return objects.length > 0 && objects.every(said);
}

/** What a source declines or refuses to do when it only withholds a word ("declined to comment"). */
const WITHHELD_WORDS: ReadonlySet<string> = new Set(
  'comment say elaborate discuss confirm speculate specify answer respond reveal disclose name identify detail'.split(
    ' ',
  ),
);

/**
 * True when a refusal only withholds a word: "declined to comment on the talks with B", "refused
 * comment", "declined to say whether B …" — no party's claim, request or plan is rejected.
 */
export function withholdsComment(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || !['decline', 'refuse'].includes(lemmaOf(parse, t, 'VERB'))) return false;
  return (
    children(parse, t, 'xcomp').some((x) => WITHHELD_WORDS.has(lemmaOf(parse, x, 'VERB'))) ||
    children(parse, t, 'obj').some((o) => lemmaOf(parse, o, 'NOUN') === 'comment')
  );
}

/**
 * True when the target stands only inside a clause the trigger verb governs ("would neither
 * confirm nor deny that A had been in B", "rebuffed the suggestion, saying A had left B"): what is
 * denied is a statement, not a party's claim, request or plan.
 */
export function targetInDeniedClause(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || parse.upos[t] !== 'VERB') return false;
  return children(parse, t, 'ccomp', 'advcl').some((c) => c !== g && under(parse, g, c));
}

/**
 * True when the window's trigger is a verb's particle or adverb ("turned back the clock", "hit
 * back"): the word belongs to another verb and states nothing of its own.
 */
export function triggerIsParticle(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0) return false;
  if (parse.deprel[t] === 'compound:prt') return true;
  // an adverb only where the word is no noun trigger the tagger may have misread ("an arms embargo
  // on B" with "embargo" tagged as an adverb stays)
  return (
    parse.upos[t] === 'ADV' &&
    parse.deprel[t] === 'advmod' &&
    entriesOfWord(ev.trigger.toLowerCase()).every((e) => e.pos === 'verb')
  );
}

/**
 * True when the relation lexicon says the verb trigger states nothing by itself (a row of its lemma
 * with relation null and no condition: "beat", mostly sports results; "grant", "seek", "order",
 * whose object decides) and none of its rows with a condition the sentence meets states one (a
 * particle, a preposition, an object or an object class: "beat up", "sought help from").
 */
export function lexiconVetoes(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  // a verb trigger the tagger misread ("beat" as a preposition in a results line) is still the verb
  if (t < 0 || ['NOUN', 'PROPN'].includes(parse.upos[t] as string) || /\s/.test(ev.trigger.trim()))
    return false;
  const rows = rowsOf(parse, t);
  const bare = (r: LexiconRow) => !r.prep && !r.object && !r.particle && !r.objectClass && !r.ccompMark;
  if (!rows.some((r) => r.relation === null && bare(r))) return false;
  const word = (k: number) => (parse.words[k] as string).toLowerCase();
  const particles = new Set(children(parse, t, 'compound:prt').map(word));
  const preps = new Set(children(parse, t, 'obl').flatMap((o) => children(parse, o, 'case').map(word)));
  const objects = children(parse, t, 'obj').map((o) => lemmaOf(parse, o, 'NOUN'));
  return !rows.some(
    (r) =>
      r.relation !== null &&
      !bare(r) &&
      (!r.particle || particles.has(r.particle)) &&
      (!r.prep || preps.has(r.prep)) &&
      (!r.object || objects.includes(r.object)) &&
      (!r.objectClass || objects.some((l) => OBJECT_CLASSES[r.objectClass!].has(l))),
  );
}

/**
 * True when the relation lexicon says the verb trigger with the preposition whose phrase holds the
 * target states nothing (a row of its lemma with that preposition and relation null): "will strike
 * over B's tariffs" is a labour strike about them, whatever "strike" says of a target it hits.
 */
export function lexiconPrepositionVetoes(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || ['NOUN', 'PROPN'].includes(parse.upos[t] as string)) return false;
  const preps = rowsOf(parse, t)
    .filter((r) => r.relation === null && r.prep && !r.object && !r.particle && !r.objectClass)
    .map((r) => r.prep as string);
  if (preps.length === 0) return false;
  const word = (k: number) => (parse.words[k] as string).toLowerCase();
  return children(parse, t, 'obl').some(
    (x) => (x === g || under(parse, g, x)) && children(parse, x, 'case').some((c) => preps.includes(word(c))),
  );
}

/**
 * True when the relation lexicon says the verb trigger states nothing by itself (a bare row of
 * relation null) and states a relation only with a preposition the sentence has, and the target
 * lies in none of those phrases: "the photographs were donated by A" (what is donated is no party;
 * "donated X to B" names the one helped), "A donated the photographs to B" with the window's target
 * the photographs.
 */
export function lexiconMisplacesTarget(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || parse.upos[t] !== 'VERB' || /\s/.test(ev.trigger.trim())) return false;
  const rows = rowsOf(parse, t);
  const bare = (r: LexiconRow) => !r.prep && !r.object && !r.particle && !r.objectClass && !r.ccompMark;
  if (!rows.some((r) => r.relation === null && bare(r))) return false;
  const stating = rows.filter((r) => r.relation !== null && !bare(r));
  // only rows that a preposition alone makes state a relation
  if (stating.length === 0 || stating.some((r) => r.object || r.objectClass || r.particle || r.ccompMark))
    return false;
  const preps = new Set(stating.map((r) => r.prep as string));
  const word = (k: number) => (parse.words[k] as string).toLowerCase();
  // the phrases of those prepositions on the verb, on a verb coordinated with it ("donated and
  // delivered goods to B"), or on its object (where the parse hangs "to B")
  const verbs = [t, ...children(parse, t, 'conj').filter((c) => parse.upos[c] === 'VERB')];
  if (parse.deprel[t] === 'conj' && parse.upos[parse.head[t] as number] === 'VERB')
    verbs.push(parse.head[t] as number);
  const objects = verbs.flatMap((v) => children(parse, v, 'obj'));
  const phrases = [
    ...verbs.flatMap((v) => children(parse, v, 'obl')),
    // anywhere inside the object ("delivered $50,000 worth of goods to B")
    ...parse.words
      .map((_, k) => k)
      .filter((k) => parse.deprel[k] === 'nmod' && objects.some((o) => under(parse, k, o))),
  ].filter((x) => children(parse, x, 'case').some((c) => preps.has(word(c))));
  return !phrases.some((x) => x === g || under(parse, g, x));
}

/**
 * True when the target lies inside what is "called for" ("called for the impeachment of B", "called
 * for a strike in B"): what is called for is no party, and no addressee is named (guidelines);
 * "called for B to withdraw" names B, the for-phrase's own noun, as the one asked.
 */
export function calledForThing(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || lemmaOf(parse, t, 'VERB') !== 'call') return false;
  return children(parse, t, 'obl').some(
    (x) => x !== g && hasMarker(parse, x, 'case', FOR) && under(parse, g, x),
  );
}

/**
 * True when the relation lexicon hedges the verb trigger's relation whatever its arguments (a row of
 * its lemma for that relation, marked hedged, with no condition): "invited B" proposes a meeting.
 */
export function lexiconHedges(parse: ParsedSentence, ev: Evidence, relation: string): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || /\s/.test(ev.trigger.trim())) return false;
  const bare = (r: LexiconRow) => !r.prep && !r.object && !r.particle && !r.objectClass && !r.ccompMark;
  return rowsOf(parse, t).some((r) => r.relation === relation && r.hedged === true && bare(r));
}

/** Verbs of asking that, with an infinitive, say what the subject tries to do ("sought to enter"). */
const TRY_VERBS: ReadonlySet<string> = new Set(['seek']);

/**
 * True when the trigger is "seek" with an infinitive: an attempt ("Indonesia sought to play down
 * the attack on B", "migrants who seek to enter B"), no request of anyone ("sought help from B"
 * and "sought B's extradition" have an object instead).
 */
export function attemptNotRequest(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || !TRY_VERBS.has(lemmaOf(parse, t, 'VERB'))) return false;
  return children(parse, t, 'xcomp').some((x) => hasMarker(parse, x, 'mark', TO));
}

/**
 * True when "attack" names a way of playing: its object, or the noun it modifies, is the play
 * ("started the match with attacking style with A and B making runs", "attacking football"). The
 * guidelines count physical force only; a team's play is neither force nor an accusation.
 */
export function attackingPlay(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || lemmaOf(parse, t, 'VERB') !== 'attack') return false;
  const isPlay = (w: number) =>
    parse.upos[w] === 'NOUN' && OBJECT_CLASSES.play.has(lemmaOf(parse, w, 'NOUN'));
  const h = parse.head[t] as number;
  if (h >= 0 && (parse.deprel[t] === 'amod' || parse.deprel[t] === 'compound') && isPlay(h)) return true;
  return children(parse, t, 'obj').some(isPlay);
}

/** Verbs of denial: "A denied attacking B" is an attack, negated, not a rejection of B. */
const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny']);

/**
 * The relation a denial denies: where a verb of denial has a clause ("denied attacking B",
 * "denied that he had met B") whose verb, or a noun under it ("denied imposing sanctions on B"),
 * is a trigger of another relation with the target inside that clause, that relation (to be
 * flagged negated); undefined otherwise ("denied B's claims" is a rejection).
 */
export function deniedRelation(parse: ParsedSentence, ev: Evidence): RelationType | undefined {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || parse.upos[t] !== 'VERB' || !DENIAL_VERBS.has(lemmaOf(parse, t, 'VERB')))
    return undefined;
  for (const c of children(parse, t, 'xcomp', 'ccomp', 'advcl')) {
    if (!under(parse, g, c)) continue;
    // the clause's verb, or the words of the clause between it and the target ("having imposed sanctions on")
    for (let k = Math.min(c, g); k <= Math.max(c, g); k++) {
      if (k === g || !under(parse, k, c)) continue;
      const entry = entriesOfWord((parse.words[k] as string).toLowerCase()).find(
        (e) => e.relation !== 'rejected',
      );
      if (entry) return entry.relation;
    }
  }
  return undefined;
}

/**
 * True when the relation lexicon says the trigger verb states no relation in this sense: a row of
 * its lemma with relation null that requires a clause opening with a word the trigger's clause
 * opens with ("asked whether/if B would …": a question, not a request).
 */
export function questionSense(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'VERB') return false;
  const marks = new Set(
    rowsOf(parse, t)
      .filter((r) => r.relation === null && r.ccompMark)
      .map((r) => r.ccompMark as string),
  );
  if (marks.size === 0) return false;
  // "asked what B would do", "asked how B …": a clause opening with a question word is a question
  // wherever the lexicon has the verb's question sense
  const opensWithQuestion = (c: number) =>
    marks.has('whether') &&
    parse.words.some((w, k) => k < c && parse.head[k] === c && WH_WORDS.has(w.toLowerCase()));
  // a question word opens a question only in the verb's complement ("asked for help when the
  // floods came" is a time clause)
  return (
    children(parse, t, 'ccomp', 'advcl').some((c) => hasMarker(parse, c, 'mark', marks)) ||
    children(parse, t, 'ccomp').some(opensWithQuestion)
  );
}

/** Words that open an indirect question ("asked what …", "asked how …"). */
const WH_WORDS: ReadonlySet<string> = new Set([
  'what',
  'how',
  'why',
  'when',
  'where',
  'who',
  'whom',
  'which',
]);

/**
 * True when an "attack" is a match result: a score ("2-1") stands with the trigger or its target
 * ("Peru beat Chile 2-1"). The guidelines count physical force only.
 */
export function matchResult(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0) return false;
  return parse.words.some(
    (w, k) => (parse.head[k] === t || parse.head[k] === g) && /^\d{1,2}[-–]\d{1,2}$/.test(w),
  );
}

/** Prepositions of whom a thing is for ("a plan for B's refugees", "help on behalf of"). */
const FOR: ReadonlySet<string> = new Set(['for']);

/**
 * True when the target is only whom the thing a verb judges is for ("A rejected a plan for Chilean
 * refugees", "a plan for B was rejected by A"): the plan's author, not its beneficiary, is the one
 * rejected or accused. Not where the lexicon gives the verb "for" as its own patient's preposition.
 * The same for a "for" phrase the parse hangs on the verb after a noun object ("rejected a plan |
 * for Chilean refugees").
 */
export function targetIsBeneficiary(parse: ParsedSentence, ev: Evidence): boolean {
  const judged = judgedPhrase(parse, ev, () => true);
  if (judged) {
    if (ownPreps(parse, judged.t).has('for')) return false;
    return parse.deprel[judged.c] === 'nmod' && hasMarker(parse, judged.c, 'case', FOR);
  }
  // the "for" phrase hung on the verb beside its object, as a parse may attach it
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || parse.upos[t] !== 'VERB' || ownPreps(parse, t).has('for')) return false;
  if (!children(parse, t, 'obj').some((o) => parse.upos[o] === 'NOUN' && o < g)) return false;
  let c = g;
  while (c >= 0 && parse.head[c] !== t) c = parse.head[c] as number;
  return c >= 0 && parse.deprel[c] === 'obl' && hasMarker(parse, c, 'case', FOR);
}

/**
 * True when the target is the one an attack was done to, named inside the attack the trigger's
 * verb is about ("A condemned the attack on B", "A welcomed the bombing of B's bases", "the
 * attack on B's embassy was condemned by A"): A judges
 * the attack, not B. The attack's own agent ("B's attack on C", "the attack on C by B") stays
 * the target.
 */
export function targetIsVictim(parse: ParsedSentence, ev: Evidence): boolean {
  // the attack as the verb's object, or as the subject of its passive ("the attack on B was condemned")
  const attack = (o: number) =>
    entriesOfWord((parse.words[o] as string).toLowerCase()).some((e) => e.relation === 'attacked');
  const judged = judgedPhrase(parse, ev, attack);
  if (!judged) return false;
  // "blamed the attack on B": a preposition the lexicon gives the trigger's own patient
  const { t, c } = judged;
  return (
    parse.deprel[c] !== 'nmod:poss' &&
    !hasMarker(parse, c, 'case', BY) &&
    !hasMarker(parse, c, 'case', ownPreps(parse, t))
  );
}

/**
 * For a verb trigger whose object (or passive subject) is a noun holding the target, that noun
 * meeting `is`: the trigger and the noun's dependent on the way up from the target ("condemned the
 * attack | on B": "B"'s phrase). Undefined otherwise.
 */
function judgedPhrase(
  parse: ParsedSentence,
  ev: Evidence,
  is: (o: number) => boolean,
): { t: number; c: number } | undefined {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || parse.upos[t] !== 'VERB') return undefined;
  for (const o of children(parse, t, 'obj', 'nsubj:pass')) {
    if (parse.upos[o] !== 'NOUN' || o === g || !is(o) || !under(parse, g, o)) continue;
    let c = g;
    while (parse.head[c] !== o) c = parse.head[c] as number;
    return { t, c };
  }
  return undefined;
}

/** The prepositions the lexicon gives verb t's own patient ("blame … on", "vote … for"). */
function ownPreps(parse: ParsedSentence, t: number): ReadonlySet<string> {
  return new Set(rowsOf(parse, t).flatMap((r) => (r.prep && r.relation ? [r.prep] : [])));
}

/**
 * True when the aid of a "supports" trigger is stopped: the aid noun is the object of a verb the
 * relation lexicon reads as a sanction with aid as its object ("halted/cut/froze/withheld aid to
 * B", CAMEO 162) or as a sanction whatever its object ("suspended/prohibited all aid to B").
 */
export function stopsAid(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'NOUN' || parse.deprel[t] !== 'obj') return false;
  if (!OBJECT_CLASSES.aid.has(lemmaOf(parse, t, 'NOUN'))) return false;
  const v = parse.head[t] as number;
  if (v < 0) return false;
  return rowsOf(parse, v).some(
    (r) =>
      r.relation === 'sanctioned' &&
      (r.object ? OBJECT_CLASSES.aid.has(r.object) : !r.objectClass && !r.prep && !r.particle),
  );
}

/**
 * True when a request is made of someone unnamed and the target is only inside what they are asked
 * to do ("urged its citizens to leave B", "ordered troops to attack B"): the one asked is the verb's
 * object, and B is no party to the request.
 */
export function requestOfOther(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || parse.upos[t] !== 'VERB') return false;
  if (children(parse, t, 'obj', 'iobj').length === 0) return false;
  return toClauses(parse, t).some((x) => under(parse, g, x));
}

/**
 * What verb t asks or tells someone to do: its to-infinitive (xcomp, or an advcl marked "to"), or a
 * to-clause the parse hung on its object ("urged the rebels | to negotiate").
 */
function toClauses(parse: ParsedSentence, t: number): number[] {
  return [
    ...children(parse, t, 'xcomp', 'advcl'),
    ...children(parse, t, 'obj', 'iobj').flatMap((o) => children(parse, o, 'acl')),
  ].filter((x) => parse.deprel[x] === 'xcomp' || hasMarker(parse, x, 'mark', TO));
}

/**
 * True when the target lies inside a clause that modifies a common noun below the trigger ("armed
 * the rebels fighting B", "sent weapons to the rebels who attacked B"): B is a party to that
 * clause's act, not to the trigger's. The clause's by-agent stays ("condemned the decision
 * announced by B": B's decision), as does a clause on the trigger itself ("the attack carried out
 * by B").
 */
export function targetInModifierClause(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0 || !under(parse, g, t)) return false;
  let below = g;
  for (let x = g; x !== t && x >= 0; below = x, x = parse.head[x] as number) {
    const h = parse.head[x] as number;
    if (!/^acl/.test(parse.deprel[x] as string) || h === t || parse.upos[h] !== 'NOUN') continue;
    if (below !== x && /:agent$/.test(parse.deprel[below] as string)) return false;
    if (below !== x && parse.deprel[below] === 'obl' && hasMarker(parse, below, 'case', BY)) return false;
    return true;
  }
  return false;
}

/**
 * True when "told" states no order: an order tells someone to do something ("told B to withdraw",
 * a to-infinitive); "told B that …", "told reporters" say something.
 */
export function toldNoOrder(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || lemmaOf(parse, t, 'VERB') !== 'tell') return false;
  return !toClauses(parse, t).some((x) => hasMarker(parse, x, 'mark', TO));
}

/**
 * True when a sanction trigger is lifted, eased or ended ("lifted sanctions on B", "the embargo on
 * B was eased"): its verb has a lexicon row for that class of object stating no relation (CAMEO
 * 081/085, a concession).
 */
export function sanctionUndone(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'NOUN' || !isPatientOf(parse, t, parse.head[t] as number)) return false;
  const noun = lemmaOf(parse, t, 'NOUN');
  if (!OBJECT_CLASSES.sanction.has(noun)) return false;
  const v = parse.head[t] as number;
  return v >= 0 && rowsOf(parse, v).some((r) => r.objectClass === 'sanction' && r.relation === null);
}

/**
 * True when a withdrawal is of troops ("withdraw its troops from B"): a military move, not a
 * sanction (sanctions withdraw aid, ambassadors, recognition).
 */
export function withdrawsTroops(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || lemmaOf(parse, t, 'VERB') !== 'withdraw') return false;
  return children(parse, t, 'obj').some((o) => {
    const noun = lemmaOf(parse, o, 'NOUN');
    return OBJECT_CLASSES.military.has(noun) || noun === 'force';
  });
}

/** Prepositions that give what talks or an agreement are about, not who takes part. */
const TOPIC = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/**
 * True when the target is only the topic of a meeting or an agreement ("agreement on the fate of
 * B's offices", "talks about B"): a name under an on/about/over phrase of the trigger (or of the
 * verb whose object it is) is what they are about; the parties are the ones who meet or agree.
 */
export function topicOnly(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0) return false;
  // the phrase may hang on the verb of a noun trigger ("reached agreement | on the fate of B")
  const verb = parse.upos[t] === 'NOUN' && parse.deprel[t] === 'obj' ? (parse.head[t] as number) : -1;
  const top = under(parse, g, t) ? t : verb >= 0 && under(parse, g, verb) ? verb : -1;
  if (top < 0) return false;
  for (let x = g; x !== top && x >= 0; x = parse.head[x] as number) {
    const rel = (parse.deprel[x] as string).split(':')[0] as string;
    if ((rel === 'nmod' || rel === 'obl') && hasMarker(parse, x, 'case', TOPIC)) return true;
    // "discussed the crisis with B", the with-phrase often hung on the object: the partner
    if ((rel === 'nmod' || rel === 'obl') && hasMarker(parse, x, 'case', WITH)) return false;
    // "discussed B's programme", "negotiated the release of B": what is discussed is the topic
    if (rel === 'obj' && parse.head[x] === top && TOPIC_OBJECT_VERBS.has(lemmaOf(parse, top, 'VERB')))
      return true;
  }
  return false;
}

/** Verbs of talking whose object is what is talked about; the partner comes with "with". */
const TOPIC_OBJECT_VERBS: ReadonlySet<string> = new Set(['discuss', 'negotiate']);

/** Verbs and qualifiers that make a protest a formal complaint to a government, not a demonstration. */
const COMPLAINT_VERBS = new Set(['lodge']);
const COMPLAINT_QUALIFIERS = new Set(['official', 'formal', 'diplomatic']);

/**
 * True when the trigger is a formal protest ("lodged a protest with B", "an official protest"):
 * a complaint, which CAMEO files under disapproval (LODGE PROTEST, 110), not a demonstration.
 */
export function complainsFormally(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'NOUN') return false;
  if (lemmaOf(parse, t, 'NOUN') !== 'protest') return false;
  const h = parse.head[t] as number;
  const verb = h >= 0 ? lemmaOf(parse, h, 'VERB') : '';
  if (parse.deprel[t] === 'obj' && COMPLAINT_VERBS.has(verb)) return true;
  return hasMarker(parse, t, 'amod', COMPLAINT_QUALIFIERS);
}

/**
 * True when the actor the window read lies in the passive subject of a verb trigger with no
 * by-phrase ("a Norwegian tourist and a Swiss guide were kidnapped from an area in northern B": the
 * guide was kidnapped, B is where), or in the noun a passive relative clause modifies ("B, who had
 * been kidnapped into C"): no one named acted. parseSupports rejects the passive subject
 * itself for every relation; this reaches the words of its phrase, which for a symmetric relation
 * may be the parties ("an agreement between A and B will be signed"), so the caller asks it only
 * for directed ones. The window reader turns a passive round only where "by" follows the verb.
 */
export function passivePatientActs(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const s = headWord(parse, ev.sourceSpan);
  if (t < 0 || s < 0 || parse.upos[t] !== 'VERB') return false;
  if (children(parse, t, 'nsubj:pass').some((k) => under(parse, s, k)) && !hasByPhrase(parse, t)) return true;
  // "B, who had been kidnapped into C (and executed …)": the noun a passive relative clause
  // modifies is its patient (a conjunct without an object of its own shares the passive)
  const v =
    parse.deprel[t] === 'conj' && children(parse, t, 'obj').length === 0 ? (parse.head[t] as number) : t;
  if (v < 0 || parse.deprel[v] !== 'acl:relcl' || hasByPhrase(parse, t) || hasByPhrase(parse, v))
    return false;
  if (children(parse, v, 'aux:pass', 'nsubj:pass').length === 0) return false;
  const n = parse.head[v] as number;
  return s === n || (under(parse, s, n) && !under(parse, s, v));
}

/**
 * True when a participle trigger stands as a noun after "the" and at most one word of rank, with
 * no noun after it ("Tomas Varga, the chief accused in a fraud case,": the defendant, no
 * accusation), however the tagger read it.
 */
export function participleAsNoun(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 1 || !['VBN', 'VBD', 'JJ', 'NN'].includes(parse.xpos[t] as string)) return false;
  if (!/ed$/.test((parse.words[t] as string).toLowerCase())) return false;
  const next = parse.upos[t + 1];
  if (next === 'NOUN' || next === 'PROPN') return false;
  // "the accused", "the chief accused": "the" right before, or before one word of rank
  let k = t - 1;
  if (RANKS.has((parse.words[k] as string).toLowerCase()) && k > 0) k--;
  return (parse.words[k] as string).toLowerCase() === 'the';
}

/** Words of rank before a participle used as a noun ("the chief accused", "the main accused"). */
const RANKS: ReadonlySet<string> = new Set(['chief', 'main', 'principal', 'lead', 'first', 'second', 'co']);

/** True when the trigger is the noun "war" of a civil war ("Liberia's civil war": no one attacked Liberia). */
export function civilWar(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || (parse.words[t] as string).toLowerCase() !== 'war') return false;
  return children(parse, t, 'amod').some((k) => (parse.words[k] as string).toLowerCase() === 'civil');
}

/**
 * True when a warning's target is not the one warned ("warned that the situation in B was not
 * ideal", "warned of labour unrest as B …", "'… in B,' warned A"): a warning that something could
 * happen is advice, no threat (guidelines); a warning threatens only its addressee, the verb's
 * object or the noun's "to" phrase ("warned B that relations could suffer", "a warning to B"), or a
 * passive's subject ("B was warned by A"). The actor's own act stated in the clause ("warned it
 * would attack B") is read at that act's own trigger.
 */
export function warningNotToTarget(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  const g = headWord(parse, ev.targetSpan);
  if (t < 0 || g < 0) return false;
  const word = (parse.words[t] as string).toLowerCase();
  if (!/^warn/.test(word)) return false;
  const addressed = (k: number) =>
    ['obj', 'iobj', 'nsubj:pass'].includes(parse.deprel[k] as string) ||
    (['obl', 'nmod'].includes(parse.deprel[k] as string) && hasMarker(parse, k, 'case', TO));
  if (parse.words.some((_, k) => parse.head[k] === t && addressed(k) && under(parse, g, k))) return false;
  // "warned it would attack B", "warned that it would impose sanctions on B": a hostile act on B
  // in what is warned of (B not its subject: "warned that B would attack C" threatens C, if anyone)
  let c = g;
  for (let x = parse.head[g] as number, n = 0; x >= 0 && x !== t && n < parse.words.length; n++) {
    const hostile =
      parse.upos[x] === 'VERB' && rowsOf(parse, x).some((r) => HOSTILE.has(r.relation as string));
    if (hostile && parse.deprel[c] !== 'nsubj') return false;
    c = x;
    x = parse.head[x] as number;
  }
  return true;
}
const HOSTILE: ReadonlySet<string> = new Set(['attacked', 'sanctioned', 'threatened']);

/** Words that name a court in a body's name ("the Supreme Court", "the Court of Human Rights"). */
const COURTS = /\b(court|tribunal)\b/i;

/**
 * True when an appeal goes to a court ("will appeal to the Supreme Court", "appealed to Chile's
 * Supreme Court"): litigation, which the guidelines count as no relation, not a request of the
 * court or of the court's country. The target's words, or the "to" phrase of the appeal, name a court.
 */
export function appealToCourt(parse: ParsedSentence, ev: Evidence): boolean {
  if (!/^appeal/i.test(ev.trigger)) return false;
  const target = ev.sentence.slice(ev.targetSpan[0] - ev.start, ev.targetSpan[1] - ev.start);
  if (COURTS.test(target)) return true;
  const t = headWord(parse, ev.triggerSpan);
  return (
    t >= 0 &&
    children(parse, t, 'obl', 'nmod').some(
      (x) => hasMarker(parse, x, 'case', TO) && COURTS.test(parse.words[x] as string),
    )
  );
}

/**
 * True when the trigger is "armed with" ("the assailant, armed with an automatic, entered …"): the
 * subject carries weapons; no one armed anyone (the guidelines' support is "armed the rebels").
 */
export function armedWith(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || lemmaOf(parse, t, 'VERB') !== 'arm') return false;
  return children(parse, t, 'obl').some((x) => hasMarker(parse, x, 'case', WITH));
}

const RECOGNISED = new Set(
  'government state independence sovereignty regime republic country authority administration leadership annexation election result'.split(
    ' ',
  ),
);
/**
 * Verbs whose relation needs a party or a noun of its kind as their object: a state or government
 * recognised (CAMEO 054), a demand or order defied (CAMEO 120).
 */
const OBJECTS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['recognize', RECOGNISED],
  ['recognise', RECOGNISED],
  [
    'defy',
    new Set(
      'demand order ban ultimatum call resolution sanction warning embargo ruling law court curfew pressure'.split(
        ' ',
      ),
    ),
  ],
]);

/**
 * True when such a verb's object is neither a name nor a noun of its kind: "recognised the threat
 * posed by B", "defied expectations against B" state no recognition and no defiance of B.
 */
export function objectOfOtherKind(parse: ParsedSentence, ev: Evidence): boolean {
  const t = headWord(parse, ev.triggerSpan);
  if (t < 0 || parse.upos[t] !== 'VERB') return false;
  const nouns = OBJECTS_OF.get(lemmaOf(parse, t, 'VERB'));
  if (!nouns) return false;
  const objects = children(parse, t, 'obj');
  return (
    objects.length > 0 &&
    !objects.some((o) => parse.upos[o] === 'PROPN' || nouns.has(lemmaOf(parse, o, 'NOUN')))
  );
}
