/**
 * Extraction entry point
 *
 * `extractDocument` runs the pipeline over one document: segment → mentions → teams →
 * propagate → resolve → relations. It never throws on odd text (property-tested): it returns less. `toGraphInput` turns the result into
 * what graph/build merges.
 */

import { RELATIONS } from '../../graph/relations.ts';
import type { DocGraphInput, Evidence, Span } from '../../graph/types.ts';
import { DETERMINERS } from '../../graph/words.ts';
import { HEAD_ROLES, ROLES } from '../lexicon/titles.ts';
import type { Token, TokenSentence } from '../nlp/compromise.ts';
import { parseSentence } from '../parse/model.ts';
import type { ParsedSentence } from '../parse/types.ts';
import {
  beyondWindowsFromTree,
  isHeadingVerbForm,
  isPostVerbForm,
  relationsFromTree,
  reportedSpeech,
  type TreeRelation,
} from '../relations/from-tree.ts';
import {
  agentNamedElsewhere,
  appealToCourt,
  armedWith,
  attackingPlay,
  attacksStatement,
  attemptNotRequest,
  calledForThing,
  civilWar,
  complainsFormally,
  deniedRelation,
  farthestEnd,
  type GateOptions,
  givesNoAid,
  lexiconHedges,
  lexiconMisplacesTarget,
  lexiconPrepositionVetoes,
  lexiconVetoes,
  matchResult,
  objectOfOtherKind,
  objectSense,
  parseSupports,
  participleAsNoun,
  passivePatientActs,
  patientKindRuledOut,
  prepositionSense,
  questionSense,
  readsBackwards,
  requestOfOther,
  sanctionUndone,
  stopsAid,
  targetInDeniedClause,
  targetInModifierClause,
  targetIsBeneficiary,
  targetIsVictim,
  toldNoOrder,
  topicOnly,
  triggerIsParticle,
  warningNotToTarget,
  withdrawsTroops,
  withholdsComment,
} from '../relations/gate.ts';
import { mentionsOnWords } from '../relations/mentions.ts';
import { sportsSentences } from '../relations/sports.ts';
import type { DocExtraction, Mention, Relation, Sentence, SourceDoc } from '../types.ts';
import { BE, type GenderedArgument, genderOf, isFiniteVerb, lower } from './arguments.ts';
import { CONFIDENCE, type Reading, treeReading } from './confidence.ts';
import { type Candidate, findMentions } from './mentions.ts';
import { applyNameTagger } from './names.ts';
import { propagateNames } from './propagate.ts';
import { type Argument, mergeRelations, sentenceRelations } from './relations.ts';
import { type Located, type Resolution, resolve } from './resolve.ts';
import { segment } from './segment.ts';
import { findTeams, unifyTeams } from './teams.ts';

export type { DocExtraction };

/**
 * Where relations come from: 'window' (trigger words and the nearest names), 'gated' (the same,
 * each kept only when the dependency parse supports it, and turned round where the parse reads a
 * passive: src/relations/gate.ts; plus what only the parse states: titles and affiliations between
 * a person and a body close together, where the rules read no title, "A said B must …"
 * demands, by-agents beyond the window and stances, "A, an ally of B": `beyondWindowsFromTree`),
 * 'tree' (read from the parse alone: src/relations/from-tree.ts),
 * 'gated+tree' (gated, the tree reader's reading replacing a window
 * relation between the same two parties, and its own relations of confidence ≥ treeConfidence).
 * 'gated' with at most 4 arcs was chosen on the tune half of PLOVER dev (precision 73 → 84, recall
 * 47 → 44; check half precision 60 → 66, recall 66 → 61). 'gated+tree' scored higher on the tune
 * half (precision 86) and on GUM news but lower on the check half (precision 62, recall 56), so it
 * is not the default; `setRelationMode` is for measuring it.
 */
export let relationMode: 'window' | 'tree' | 'gated' | 'gated+tree' = 'gated';
export const gate: GateOptions & { treeConfidence: number } = { maxPath: 4, treeConfidence: 0.9 };
export function setRelationMode(mode: typeof relationMode): void {
  relationMode = mode;
}

/** The rule mentions of every sentence (mentions and teams), before the name tagger and propagation. */
export function ruleCandidates(
  text: string,
  tokenized: readonly TokenSentence[],
): { tokens: Token[]; cands: Candidate[] }[] {
  const found = tokenized.map((s) => ({ tokens: s.tokens, cands: findMentions(s.tokens) }));
  const teams: Candidate[] = [];
  for (const s of found) {
    const t = findTeams(s.tokens, s.cands);
    s.cands.push(...t.added);
    teams.push(...t.teams);
  }
  unifyTeams(
    text,
    found.flatMap((s) => s.cands),
    teams,
  );
  return found;
}

/** Extracts entities and relations from one document. */
export function extractDocument(doc: SourceDoc): DocExtraction {
  const text = doc.text;
  const tokenized = segment(text);
  const sentences: Sentence[] = tokenized.map((s, index) => ({ index, start: s.start, end: s.end }));
  const located: Located[] = [];
  const bySentence: Located[][] = [];
  const found = ruleCandidates(text, tokenized);
  const nameSpans = applyNameTagger(text, tokenized, found);
  const repeats = propagateNames(found);
  found.forEach((s, index) => {
    const all = [...s.cands, ...(repeats[index] ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
    bySentence[index] = all.map((c) => Object.assign(c, { sentence: index }));
    located.push(...bySentence[index]);
  });
  const res = resolve(doc.id, text, located);
  const kindOf = new Map(res.entities.map((e) => [e.id, e.kind]));
  const relations: Relation[] = [];
  const affiliations = new Map<string, Set<string>>();
  for (const r of res.roles) {
    const set = affiliations.get(r.person) ?? new Set<string>();
    set.add(r.target);
    affiliations.set(r.person, set);
  }
  let lastPerson: Argument | undefined;
  let previousPersons: GenderedArgument[] = [];
  let previousSubject: Argument | undefined;
  const mode = relationMode;
  // the resolved mentions of each sentence (the parse's readers see them)
  const mentionsBySentence: Mention[][] = tokenized.map(() => []);
  for (const m of res.mentions)
    if (!hyphenatedModifier(text, m.start, m.end)) mentionsBySentence[m.sentence]?.push(m);
  // sentences are parsed when a stage asks (the gate asks only where the window reader found a relation)
  const parses: (ParsedSentence | null | undefined)[] = tokenized.map(() => undefined);
  const parseAt = (index: number): ParsedSentence | null => {
    let p = parses[index];
    if (p === undefined) {
      p = parseSentence(text, tokenized[index] as TokenSentence, nameSpans);
      parses[index] = p;
    }
    return p;
  };
  // the tree reader's relations, by sentence (only in the modes that measure it)
  const fromTree =
    mode === 'tree' || mode === 'gated+tree'
      ? readTrees(doc.id, text, tokenized, mentionsBySentence, parseAt)
      : mode === 'gated'
        ? readTrees(doc.id, text, tokenized, mentionsBySentence, parseAt, true)
        : tokenized.map(() => []);
  if (mode === 'tree') for (const list of fromTree) relations.push(...list.map((t) => t.rel));
  else
    tokenized.forEach((s, index) => {
      const args = argumentsOf(text, bySentence[index] ?? [], res, kindOf);
      const found = sentenceRelations({
        docId: doc.id,
        text,
        start: s.start,
        end: s.end,
        tokens: s.tokens,
        args,
        lastPerson,
        previousPersons,
        ...(previousSubject ? { previousSubject } : {}),
        affiliations,
      });
      const parse = mode !== 'window' && found.length > 0 ? parseAt(index) : null;
      if (mode === 'gated') {
        // who says each kept relation: the sentence's reported speech, read once when asked
        let said: ((trigger: Span) => { speakerSpan?: Span } | undefined) | undefined;
        const speech = (span: Span) => {
          if (!parse) return undefined;
          said ??= reportedSpeech({
            docId: doc.id,
            text,
            start: s.start,
            end: s.end,
            parse,
            mentions: mentionsOnWords(parse, mentionsBySentence[index] ?? []),
          });
          return said(span);
        };
        const kept = parse ? gated(found, parse, [], speech) : found.map((r) => withReading(r, 'window'));
        relations.push(...kept);
        // a trigger whose window reading the gate turned down, read again with the parse's arguments
        // ("A and B met at C's residence": the window took the venue; "A left B for talks with C")
        if (parse) {
          const tree = { docId: doc.id, text, start: s.start, end: s.end, parse };
          const mentions = mentionsBySentence[index] ?? [];
          const reread = treeArguments(found, kept, () =>
            relationsFromTree({ ...tree, mentions: mentionsOnWords(parse, mentions) }),
          );
          relations.push(...gated(reread, parse, [], speech, 'tree'));
        }
        // titles, affiliations and modal demands the parse states (the rules' titles first)
        for (const { rel } of fromTree[index] ?? [])
          if (
            !res.roles.some((r) => r.sentence === index && r.person === rel.source && r.target === rel.target)
          )
            relations.push(rel);
      } else
        relations.push(
          ...(parse
            ? gated(found, parse, fromTree[index] ?? [])
            : found.map((r) => withReading(r, 'window'))),
        );
      for (const a of args) if (a.kind === 'person') lastPerson = a;
      previousPersons = args
        .filter((a) => a.kind === 'person')
        .map((a) => ({ ...a, gender: genderOf(s.tokens, a) }));
      // a place or body that opens the sentence ("Chile …", "The Lima Council …") and a verb follows
      const opener = args.find((a) => a.from <= 1 && a.kind !== 'person');
      previousSubject =
        opener && (opener.from === 0 || lower(s.tokens[0]) === 'the') && isFiniteVerb(s.tokens[opener.to])
          ? opener
          : undefined;
    });
  if (mode !== 'tree')
    for (const r of res.roles) {
      const s = sentences[r.sentence]!;
      relations.push({
        relation: r.relation,
        source: r.person,
        target: r.target,
        role: r.role,
        evidence: [
          {
            docId: doc.id,
            sentence: text.slice(s.start, s.end),
            start: s.start,
            end: s.end,
            trigger: text.slice(...r.roleSpan),
            triggerSpan: r.roleSpan,
            sourceSpan: r.personSpan,
            targetSpan: r.targetSpan,
            confidence: CONFIDENCE['title-rule'],
          },
        ],
      });
    }
  // a sports report's results are no events ("beat", "rallied", "gave the Rovers the lead"); its
  // titles stay. Its sentences are looked at only when some event was read
  const structural = (r: Relation) => r.relation === 'leader_of' || r.relation === 'member_of';
  let events = relations;
  if (!relations.every(structural)) {
    const sports = sportsSentences(
      text,
      tokenized.map((s) => s.tokens.map((t) => t.text)),
    );
    const inSports = (e: Relation['evidence'][number]) =>
      sports[sentences.findIndex((s) => s.start <= e.start && e.start < s.end)] === true;
    events = relations.filter((r) => structural(r) || !r.evidence.every(inSports));
  }
  return {
    doc,
    sentences,
    mentions: res.mentions,
    entities: res.entities,
    relations: mergeRelations(events),
  };
}

/**
 * The arguments of one sentence: each resolved mention, with a title and the name it introduces
 * taken together ("Norway's Prime Minister Erna Dahl" is one argument), and mentions nested
 * inside a larger argument (the "Iraq" of that title) left out.
 */
function argumentsOf(
  text: string,
  cands: Candidate[],
  res: Resolution,
  kindOf: ReadonlyMap<string, Argument['kind']>,
): Argument[] {
  const args: Argument[] = [];
  for (const c of cands) {
    const entity = res.entityOf.get(c);
    if (!entity || hyphenatedModifier(text, c.start, c.end)) continue;
    const kind = kindOf.get(entity) ?? c.kind;
    let from = c.from;
    let to = c.to;
    let span: [number, number] = [c.start, c.end];
    if (c.form === 'title' && c.names && res.entityOf.get(c.names) === entity) {
      from = Math.min(from, c.names.from);
      to = Math.max(to, c.names.to);
      span = [c.names.start, c.names.end];
    }
    args.push({ entity, kind, from, to, span });
  }
  const outer = args.filter(
    (a) => !args.some((b) => b !== a && b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from),
  );
  const seen = new Set<string>();
  return outer
    .filter((a) => {
      const k = `${a.from}:${a.to}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.from - b.from);
}

/**
 * True when a name ending at `end` is glued by a hyphen to a participle that describes the noun
 * after it: where someone was born or something is based or bound ("the Albanian-born missionary",
 * "a London-based bank", "China-bound missionaries"), who brokered, backed or holds it ("a
 * U.S.-brokered ceasefire", "the Beijing-backed panel", "a Serb-held town", "Russian-made
 * missiles"). The name is no party to what the sentence relates ("met the Albanian-born missionary"
 * meets no Albania; "agreed a U.S.-brokered ceasefire with B" is no agreement with the U.S.).
 */
export function hyphenatedModifier(text: string, start: number, end: number): boolean {
  return ORIGIN.test(text.slice(end - 1, end + 16)) || ORIGIN_END.test(text.slice(start, end));
}
/**
 * Participles that describe the noun after them (where from or bound, who backs, holds or made
 * it). Not "led": "NATO-led forces attacked B" names the force by its leader, an actor.
 */
const ORIGIN_WORDS =
  '(born|based|bound|headquartered|registered|flagged|bred|raised|educated|trained|brokered|mediated|backed|endorsed|sponsored|funded|financed|supported|held|controlled|occupied|dominated|run|owned|made|built|produced|manufactured|allied|aligned|linked|inspired)';
const ORIGIN = new RegExp(`^\\S-${ORIGIN_WORDS}\\b`, 'i');
/** A name the tokenizer kept whole with its suffix ("U.S.-based"). */
const ORIGIN_END = new RegExp(`\\S-${ORIGIN_WORDS}$`, 'i');

type TreeRead = { rel: Relation; confidence: number };

/** The tree reader's relations of every sentence, with their confidence. */
function readTrees(
  docId: string,
  text: string,
  tokenized: readonly TokenSentence[],
  bySentence: readonly (readonly Mention[])[],
  parseAt: (index: number) => ParsedSentence | null,
  beyondWindowsOnly = false,
): TreeRead[][] {
  const read = beyondWindowsOnly ? beyondWindowsFromTree : relationsFromTree;
  return tokenized.map((s, index) => {
    const here = bySentence[index] ?? [];
    if (beyondWindowsOnly && !near(text, here, s.tokens) && !cuedParties(here, s.tokens)) return [];
    const parse = parseAt(index);
    if (!parse) return [];
    const tree = { docId, text, start: s.start, end: s.end, parse };
    return read({ ...tree, mentions: mentionsOnWords(parse, here) }).map((r) => {
      const confidence = CONFIDENCE[treeReading(r.construction)];
      const rel: Relation = {
        relation: r.relation,
        source: r.source,
        target: r.target,
        evidence: r.evidence.map((e) => ({ ...e, confidence })),
      };
      if (r.role !== undefined) rel.role = r.role;
      return { rel, confidence: r.confidence };
    });
  });
}

/** Characters between a person and a body that a title or affiliation can span ("A, director of the programme at B"). */
const NEAR = 60;

/**
 * True when a person and a place or organization stand close enough, with no verb but a copula between them,
 * for a title or an affiliation to join them ("B's A", "A of B", "A, curator at B", "B Minister A";
 * a place only with a word of a tabled title between, or right after it: "A, B coach"): the sentences
 * worth parsing for structural relations.
 */
function near(text: string, mentions: readonly Mention[], tokens: readonly Token[]): boolean {
  for (const a of mentions) {
    if (a.kind !== 'person') continue;
    for (const b of mentions) {
      if (b.kind === 'person') continue;
      const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
      if (to - from > NEAR || to < from) continue;
      const between = tokens.filter((t) => t.start >= from && t.end <= to);
      if (between.some((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !BE.has(t.normal))) continue;
      // a copula joins them as a predicate does ("A is the director of B", "A was a professor at
      // B"): with the person first and the body right after "of/for/at/from (the)", or owning the
      // title right after it ("A, who was B's ambassador", "A is B's envoy")
      if (between.some((t) => BE.has(t.normal))) {
        if (a.end <= b.start && ownsTitleAfter(tokens, b)) return true;
        const last = between.filter((t) => !DETERMINERS.includes(t.normal)).at(-1);
        if (a.end > b.start || !last || !POST_LINKS.has(last.normal)) continue;
      }
      // a place is a body only through a title of the role tables ("Ruritanian Ambassador A")
      if (between.some((t) => ROLE_WORDS.has(t.normal))) return true;
      // or one right after a place that follows the name ("A, B coach, said")
      if (
        a.end <= b.start &&
        tokens.find((t) => t.start >= b.end && ROLE_WORDS.has(t.normal))?.start === b.end + 1
      )
        return true;
      // an organization through any post ("A, curator at B"), "of/from/at", a possessive or an
      // apposition ("A, the B spokesperson")
      const link = (t: Token) =>
        t.tags.has('Noun') || AFFILIATION_WORDS.has(t.normal) || /['’]s?$/.test(t.text);
      if (
        b.kind === 'organization' &&
        (between.length === 0 || between.some(link) || text.slice(from, to).includes(','))
      )
        return true;
    }
  }
  return false;
}

/** True when body b is a possessor with a word of the role tables right after it ("B's ambassador"). */
function ownsTitleAfter(tokens: readonly Token[], b: Mention): boolean {
  const after = tokens.filter((t) => t.start >= b.end).slice(0, 3);
  const owned =
    /^['’]s?$/.test(after[0]?.text ?? '') ||
    tokens.some((t) => t.start < b.end && t.end >= b.end && /['’]s?$/.test(t.text));
  return owned && after.some((t) => ROLE_WORDS.has(t.normal));
}

/** Every word of the role tables' titles ("prime", "minister", "administrator"). */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(ROLES), ...Object.keys(HEAD_ROLES)].flatMap((role) => role.split(/[\s-]+/)),
);

/** The prepositions of "A of/from/at B". */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/** Words right before the body of a post a copula states ("is the director of B", "a spokesman for B"). */
const POST_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for', 'with']);

/**
 * Words that with two named parties may hold a relation only the parse finds: a modal of obligation
 * ("A said B must …", a demand), a noun of demand ("A's demand that B …"), "by" (an agent
 * beyond the window: "the condemnation of B by A", "used by A to threaten B") and a noun or an
 * adjective of stance ("A, a close ally of B", "A is critical of B").
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  'ally',
  'allies',
  'critical',
  'disappointed',
  'supportive',
  'must',
  'should',
  'by',
  'demand',
  'demands',
  'call',
  'calls',
  'appeal',
  'appeals',
  'request',
  'requests',
  'insistence',
]);

/**
 * Two named parties and one of the CUE_WORDS, or a verb of heading, founding or joining a body
 * ("A, who chairs P,"), in a sentence.
 */
function cuedParties(mentions: readonly Mention[], tokens: readonly Token[]): boolean {
  return (
    new Set(mentions.map((m) => m.entity)).size >= 2 &&
    (tokens.some((t) => CUE_WORDS.has(t.normal) || isHeadingVerbForm(t.normal)) ||
      // "was elected president of B", "became the leader of B": a post verb with a post of the tables
      (tokens.some((t) => isPostVerbForm(t.normal)) && tokens.some((t) => ROLE_WORDS.has(t.normal))))
  );
}

/**
 * A sentence's window relations that its parse supports, passives turned round; with the tree
 * reader's relations (gated+tree), its reading replaces a window relation between the same two
 * parties, and its own relations of confidence ≥ gate.treeConfidence join them.
 */
function gated(
  found: readonly Relation[],
  parse: ParsedSentence,
  tree: readonly TreeRead[],
  speech?: (trigger: Span) => { speakerSpan?: Span } | undefined,
  ends: 'window' | 'tree' = 'window',
): Relation[] {
  const pair = (r: Relation) => [r.source, r.target].sort().join('|');
  const treePairs = new Set(tree.map((t) => pair(t.rel)));
  const corroborated = new Set<string>();
  const out: Relation[] = [];
  for (let r of found) {
    // the window's ends must be where the parse puts the trigger's (the tree reader's already are)
    if (ends === 'window' && !r.evidence.every((e) => parseSupports(parse, e, gate))) continue;
    // the tree reader's subject where a by-phrase names the agent: a passive the parse read as active
    if (ends === 'tree' && r.evidence.every((e) => agentNamedElsewhere(parse, e))) continue;
    // "a Swiss guide was kidnapped from B": the passive's patient is no actor (symmetric relations
    // may have both parties in the subject: "an agreement between A and B will be signed")
    if (!RELATIONS[r.relation].symmetric && r.evidence.every((e) => passivePatientActs(parse, e))) continue;
    // "A, the chief accused in a fraud case,": the defendant, no accusation
    if (r.evidence.every((e) => participleAsNoun(parse, e))) continue;
    // "B's civil war": a war within B, no party named attacking another
    if (r.relation === 'attacked' && r.evidence.every((e) => civilWar(parse, e))) continue;
    // "warned that the situation in B was grave": a warning threatens only the one it is given to
    if (r.relation === 'threatened' && r.evidence.every((e) => warningNotToTarget(parse, e))) continue;
    // "attacking style", "attacking football": a way of playing, no attack
    if (r.relation === 'attacked' && r.evidence.every((e) => attackingPlay(parse, e))) continue;
    // "the assailant, armed with an automatic, …": weapons carried, no one armed
    if (r.relation === 'supports' && r.evidence.every((e) => armedWith(parse, e))) continue;
    // "sent B a message", "gave B permission": a word or a leave given, no help
    if (r.relation === 'supports' && r.evidence.every((e) => givesNoAid(parse, e))) continue;
    // "declined to comment on talks with B": a word withheld, nothing rejected
    if (r.relation === 'rejected' && r.evidence.every((e) => withholdsComment(parse, e))) continue;
    // "turned back the clock": the trigger word is another verb's particle
    if (r.evidence.every((e) => triggerIsParticle(parse, e))) continue;
    // "X beat Y 6-3": the lexicon's verb states no attack by itself, and no row of it the sentence
    // meets does ("beat up" does). Only for force, where sports results outnumber the sense; for
    // "granted asylum to", "sought help" the window's reading stays
    if (r.relation === 'attacked' && r.evidence.every((e) => lexiconVetoes(parse, e))) continue;
    // "will strike over B's tariffs": the lexicon's row for the verb with that preposition states nothing
    if (r.evidence.every((e) => lexiconPrepositionVetoes(parse, e))) continue;
    // "the photographs were donated by A": a verb that states a relation only with a preposition
    // ("donated X to B") and a target outside that phrase
    if (r.evidence.every((e) => lexiconMisplacesTarget(parse, e))) continue;
    // "A denied attacking B": the attack, negated (not a rejection of B)
    if (r.relation === 'rejected') {
      const denied = r.evidence.map((e) => deniedRelation(parse, e));
      const first = denied[0];
      if (first && denied.every((d) => d === first))
        r = { ...r, relation: first, evidence: r.evidence.map((e) => ({ ...e, negated: true })) };
    }
    // "denied that A had been in B": a statement denied, B no party to it (a relation denied in the
    // clause was read as negated just above)
    if (r.relation === 'rejected' && r.evidence.every((e) => targetInDeniedClause(parse, e))) continue;
    // "spoke with <a newspaper>": the lexicon's rows for the trigger allow no patient of that kind
    const kind = r.target.split('/')[0] as string;
    if (r.evidence.every((e) => patientKindRuledOut(parse, e, r.relation, kind))) continue;
    // "welcomed B to Oslo": the lexicon's sense of the trigger with that preposition (hosting)
    const senses = r.evidence.map((e) => prepositionSense(parse, e, r.relation));
    if (senses[0] && senses.every((x) => x === senses[0])) r = { ...r, relation: senses[0] };
    // "received a grant from B": the sense the trigger's object gives it, the giver acting (only
    // where it turns the parties round: "will send aid to B" stays the promise the window read)
    const objectRows = r.evidence.map((e) => objectSense(parse, e));
    const byObject = objectRows[0];
    // "offered his condolences to B": the lexicon's row for the verb with that object states nothing
    if (byObject && byObject.relation === null && objectRows.every((x) => x === byObject)) continue;
    if (byObject?.relation && byObject.reversed && objectRows.every((x) => x === byObject))
      r = reversed({ ...r, relation: byObject.relation });
    // "struck a deal with B": the force verb's row with that object names another relation (only for
    // force, as the lexicon's veto above: the sense most often misread)
    else if (
      r.relation === 'attacked' &&
      byObject?.relation &&
      byObject.relation !== r.relation &&
      objectRows.every((x) => x === byObject)
    )
      r = { ...r, relation: byObject.relation };
    // "asked B whether …": a question, no request; "beat B 2-1": a match, no attack
    if (r.evidence.every((e) => questionSense(parse, e))) continue;
    if (r.relation === 'attacked' && r.evidence.every((e) => matchResult(parse, e))) continue;
    // "A condemned the attack on B": B is the victim of what A judges, not the one accused
    if (
      (r.relation === 'accused' || r.relation === 'supports' || r.relation === 'rejected') &&
      r.evidence.every((e) => targetIsVictim(parse, e))
    )
      continue;
    // "A rejected a plan for Chilean refugees": whom the plan is for is not the one rejected
    if (
      (r.relation === 'accused' || r.relation === 'rejected') &&
      r.evidence.every((e) => targetIsBeneficiary(parse, e))
    )
      continue;
    // "halted aid to B": aid stopped is a sanction (CAMEO 162), not support
    if (r.relation === 'supports' && r.evidence.every((e) => stopsAid(parse, e)))
      r = { ...r, relation: 'sanctioned' };
    // "armed the rebels fighting B": B is a party to the rebels' fight, not to the arming
    if (r.evidence.every((e) => targetInModifierClause(parse, e))) continue;
    // "told B that …": something said, no order
    if (r.relation === 'requested' && r.evidence.every((e) => toldNoOrder(parse, e))) continue;
    // "recognised the threat posed by B", "defied expectations": not a state recognised, no demand defied
    if (r.evidence.every((e) => objectOfOtherKind(parse, e))) continue;
    // "will appeal to the Supreme Court": litigation, no request
    if (r.relation === 'requested' && r.evidence.every((e) => appealToCourt(parse, e))) continue;
    // "called for the impeachment of B": what is called for is no party
    if (r.relation === 'requested' && r.evidence.every((e) => calledForThing(parse, e))) continue;
    // "sought to play down the attack on B": an attempt, no request
    if (r.relation === 'requested' && r.evidence.every((e) => attemptNotRequest(parse, e))) continue;
    // "urged its citizens to leave B": the request is made of the citizens, not of B
    if (r.relation === 'requested' && r.evidence.every((e) => requestOfOther(parse, e))) continue;
    // "lifted sanctions on B": a sanction undone is none
    if (r.relation === 'sanctioned' && r.evidence.every((e) => sanctionUndone(parse, e))) continue;
    // a troop withdrawal is no sanction
    if (r.relation === 'sanctioned' && r.evidence.every((e) => withdrawsTroops(parse, e))) continue;
    // what talks or an agreement are about is no party to them, also where they failed ("failed to
    // reach agreement on the fate of B": a negated agreement, read as a rejection)
    const cooperation =
      r.relation === 'met_with' ||
      r.relation === 'agreed_with' ||
      (r.relation === 'rejected' && r.evidence.every((e) => e.negated));
    if (cooperation && r.evidence.every((e) => topicOnly(parse, e))) continue;
    // "A lodged a protest with B": a formal complaint is an accusation, not a demonstration
    if (r.relation === 'protested' && r.evidence.every((e) => complainsFormally(parse, e)))
      r = { ...r, relation: 'accused' };
    // "invited B": the lexicon hedges the relation the verb states (a proposed meeting)
    const relation = r.relation;
    if (r.evidence.some((e) => !e.hedged && lexiconHedges(parse, e, relation)))
      r = {
        ...r,
        evidence: r.evidence.map((e) => (lexiconHedges(parse, e, relation) ? { ...e, hedged: true } : e)),
      };
    // "A attacked B's plans": a verbal attack is an accusation
    if (r.relation === 'attacked' && r.evidence.every((e) => attacksStatement(parse, e)))
      r = { ...r, relation: 'accused' };
    if (treePairs.has(pair(r))) corroborated.add(pair(r));
    else if (ends === 'tree') out.push(withReading(r, 'window-tree'));
    else {
      const near = r.evidence.every((e) => farthestEnd(parse, e) <= 2);
      const read = withReading(r, near ? 'window-near' : 'window-far');
      if (speech) read.evidence = read.evidence.map((e) => withSpeaker(e, speech));
      out.push(r.evidence.every((e) => readsBackwards(parse, e)) ? reversed(read) : read);
    }
  }
  for (const t of tree)
    if (corroborated.has(pair(t.rel)) || t.confidence >= gate.treeConfidence) out.push(t.rel);
  return out;
}

/**
 * Evidence the window reader did not find reported, marked so where the parse puts its trigger under
 * a say-verb ("A said B attacked C"), with the speaker's span when a mention names it; evidence the
 * window reader found reported gets the parse's speaker when it had none.
 */
function withSpeaker(e: Evidence, speech: (trigger: Span) => { speakerSpan?: Span } | undefined): Evidence {
  if (e.speakerSpan) return e;
  const said = speech(e.triggerSpan);
  if (!said) return e;
  const out: Evidence = { ...e, reported: true };
  if (said.speakerSpan) out.speakerSpan = said.speakerSpan;
  return out;
}

/** A relation with the confidence of its reading on every evidence. */
function withReading(r: Relation, reading: Reading): Relation {
  const confidence = CONFIDENCE[reading];
  return { ...r, evidence: r.evidence.map((e) => ({ ...e, confidence })) };
}

/** A relation the other way round (a passive read backwards), its evidence's ends swapped too. */
function reversed(r: Relation): Relation {
  return {
    ...r,
    source: r.target,
    target: r.source,
    evidence: r.evidence.map((e) => ({ ...e, sourceSpan: e.targetSpan, targetSpan: e.sourceSpan })),
  };
}

/** The part of an extraction that graph/build merges. */
export function toGraphInput(ex: DocExtraction): DocGraphInput {
  const { doc } = ex;
  const info: DocGraphInput['doc'] = { id: doc.id };
  if (doc.title !== undefined) info.title = doc.title;
  if (doc.url !== undefined) info.url = doc.url;
  if (doc.date !== undefined) info.date = doc.date;
  return {
    doc: info,
    entities: ex.entities.map(({ id, kind, label, aliases, titles, mentionCount }) => ({
      id,
      kind,
      label,
      aliases,
      titles,
      mentionCount,
    })),
    relations: ex.relations,
  };
}

/**
 * The tree reader's relations on the triggers the window reader found and the gate turned down
 * (none of the sentence's kept relations cites them): the same relation at the same trigger word,
 * with the ends the parse gives. The window finds more triggers than the tree reader (its lexicon
 * and patterns were fitted to news first), the parse places the ends better; read only where a
 * trigger was lost, so the tree reader's own misreadings elsewhere stay out.
 */
function treeArguments(
  found: readonly Relation[],
  kept: readonly Relation[],
  readTree: () => readonly TreeRelation[],
): Relation[] {
  const key = (span: Span) => `${span[0]}:${span[1]}`;
  const cited = new Set(kept.flatMap((r) => r.evidence.map((e) => key(e.triggerSpan))));
  // the trigger and the relation the window read at it, for every trigger no kept relation cites
  const lost = new Set<string>();
  for (const r of found)
    for (const e of r.evidence)
      if (!cited.has(key(e.triggerSpan))) lost.add(`${key(e.triggerSpan)} ${r.relation}`);
  if (lost.size === 0) return [];
  const out: Relation[] = [];
  for (const t of readTree()) {
    if (RELATIONS[t.relation]?.family !== 'interaction') continue;
    const evidence = t.evidence.filter((e) => lost.has(`${key(e.triggerSpan)} ${t.relation}`));
    if (evidence.length > 0) out.push({ relation: t.relation, source: t.source, target: t.target, evidence });
  }
  return out;
}
