/**
 * Relations from a dependency tree
 *
 * Reads the relations one parsed sentence states between its entity mentions, from Universal
 * Dependencies structure rather than word windows. A predicate (a verb, a noun such as "talks",
 * "criticism", "condemnation", or an adjective of stance: "critical of", "disappointed with")
 * whose lemma has rows in the relation lexicon (src/lexicon/relations) takes the most specific row
 * whose constraints the tree meets (particle, the patient's preposition, the object's noun or noun
 * class, a "whether" complement, the patient's kind). Its
 * arguments come from the tree:
 * - agent: nsubj; obl:agent of a passive; the possessor (nmod:poss) or the "by" nmod of a noun
 *   predicate; a named compound before it; the controller of an xcomp or purpose clause ("urged B
 *   to withdraw": B; "used by A to threaten": A); the shared subject of a conjoined verb; the head
 *   noun of a relative clause ("A, who met B"); I/we inside reported speech: the speaker;
 * - patient: obj; nsubj:pass; the obl/nmod with the row's preposition; for an object that names no
 *   entity, its named possessor or modifier ("denied B's claims" → B, "a Ruritanian army convoy");
 * - both through conj (coordinated actors and targets) and appositions ("A, the minister, met B").
 * Venues and times are never participants: only the row's preposition opens an obl, and a place
 * after in/at/on/near/during a verb is a venue. Structural relations (leader_of, member_of) come from
 * titles joined to a named person by compound, appos or flat, with the body as possessor, "of"
 * nmod, compound or demonym; a title with no named body gives none. A common noun outside the
 * role tables in the same places ("A, curator at B", "B engineer A") is a post in an organization,
 * never in a place, unless it names a relative or an attitude ("wife", "critic"). A person with an
 * organization as "of/from/at" nmod or possessor ("A of P", "P's A") is its member. Copular predicates ("X is (adv)*
 * the enemy (of Y)") and naming verbs ("called Y the enemy") are one construction over predicate
 * nouns. Flags: negated (not, never, "denied meeting"), hedged (modals, "expected/plans to",
 * "if", "whether", questions, "reported/said to"), reported (under a say-verb, with its speaker).
 * Each relation carries a confidence from its construction. Pure function; no I/O.
 */

import { RELATIONS, type RelationType } from '../../graph/relations.ts';
import type { EntityKind, Evidence, Span } from '../../graph/types.ts';
import { isAgentNoun } from '../lexicon/phoenix/index.ts';
import { CAMEO_ROWS } from '../lexicon/relations/cameo.ts';
import { OBJECT_CLASSES, RELATION_ROWS, rowsFor } from '../lexicon/relations/index.ts';
import type { LexiconRow } from '../lexicon/relations/types.ts';
import { DATE_NAMES } from '../lexicon/time.ts';
import {
  HEAD_ROLES,
  NOT_ROLES,
  PORTFOLIO_WORDS,
  ROLE_MODIFIERS,
  ROLES,
  type RoleRelation,
} from '../lexicon/titles.ts';
import type { ParsedSentence } from '../parse/types.ts';
import { under } from './gate.ts';
import { lemmatize, setKnownLemmas } from './lemma.ts';

setKnownLemmas(RELATION_ROWS.map((r) => r.lemma));

/** Rows read from CAMEO as generated: a little less sure than rows we checked by hand. */
const FROM_CAMEO: ReadonlySet<LexiconRow> = new Set(CAMEO_ROWS);

/** One entity mention of the sentence, as a span of words. */
export interface TreeMention {
  /** First word of the mention (index into the parse's words). */
  from: number;
  /** One past its last word. */
  to: number;
  /** Id of the entity the mention resolved to. */
  entity: string;
  kind: EntityKind;
  /** Character span to cite; defaults to the words' span. */
  span?: Span;
}

/** What the reader needs of one sentence. */
export interface TreeSentence {
  docId: string;
  /** The document text (the parse's offsets index it). */
  text: string;
  /** The sentence's offsets in the text. */
  start: number;
  end: number;
  parse: ParsedSentence;
  mentions: readonly TreeMention[];
}

/** A relation read from the tree: the pipeline's Relation plus how sure and how it was read. */
export interface TreeRelation {
  relation: RelationType;
  source: string;
  target: string;
  /** For leader_of / member_of: the title as written ("MP", "Prime Minister"). */
  role?: string;
  /** Entity id of the speaker when the relation is stated in reported speech. */
  speaker?: string;
  /** 0–1, from the construction (direct arguments highest, inherited and owner arguments lower). */
  confidence: number;
  /** The construction that produced it ("nsubj-obj", "passive-agent", "title-compound", …). */
  construction: string;
  evidence: Evidence[];
}

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'can', 'must']);
/** Governors that hedge the verb they embed ("expected to meet", "plans to visit"). */
const HEDGING_GOVERNORS: ReadonlySet<string> = new Set([
  'expect',
  'plan',
  'intend',
  'hope',
  'want',
  'seek',
  'propose',
  'offer',
  'try',
  'attempt',
  'consider',
  'aim',
  'wish',
  'due',
  'likely',
  'set',
  'report',
  'say',
  'rumor',
  'rumour',
  'believe',
  // a request for an act is not the act: "urged B to meet C", "asked for a meeting with C"
  'urge',
  'ask',
  'request',
  'demand',
  'call',
  'invite',
  'press',
]);
/** Governors that turn an embedded attack or sanction into a threat ("threatened to strike"). */
const THREAT_GOVERNORS: ReadonlySet<string> = new Set(['threaten', 'vow', 'warn']);
/** Governors that deny the verb they embed ("denied meeting", "refused to back"). */
const NEGATING_GOVERNORS: ReadonlySet<string> = new Set(['deny', 'refuse', 'decline', 'fail']);
/** Say-verbs: what they embed is reported speech and their subject the speaker. */
const SAY_VERBS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'note',
  'tell',
  'state',
  'declare',
  'explain',
  'insist',
  'announce',
  'assert',
  'remark',
  'write',
  'tweet',
  'stress',
  'emphasize',
  'emphasise',
  'claim',
]);
/**
 * "A said B must/should act": a demand stated through a modal of obligation in what A says; the
 * say-verbs, with the verbs of concluding and repeating that open such demands in news.
 */
const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must', 'should']);
const DEMAND_SAY_VERBS: ReadonlySet<string> = new Set([
  ...SAY_VERBS,
  'conclude',
  'reiterate',
  'urge',
  'warn',
]);
const MODAL_DEMAND: LexiconRow = {
  lemma: 'must',
  relation: 'requested',
  reason: 'A says B must/should do something: a demand on B (guidelines: requested, "demanded")',
};
/** Nouns of demand that take the demanded clause ("the demand that B …", "a call for B to …"). */
const DEMAND_NOUNS: ReadonlySet<string> = new Set(['demand', 'call', 'appeal', 'request', 'insistence']);
const DEMAND_NOUN: LexiconRow = {
  lemma: 'demand',
  relation: 'requested',
  reason: "A's demand that B do something: a demand on B (guidelines: requested), the noun of a demand verb",
};
/** Verbs that give their object a predicate noun ("called Y the enemy", "branded Y an enemy"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'brand', 'label', 'name', 'describe', 'consider']);
/** Prepositions of place and time: a place after one of them is where, not who. */
const VENUE_CASES: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'near',
  'during',
  'inside',
  'outside',
  'across',
  'throughout',
  'around',
]);
/** Quotation marks as words. */
const QUOTES: ReadonlySet<string> = new Set(['"', "''", '”', '’', "'"]);
/** Words that head a time phrase after a say verb ("said on Tuesday", "said last week"). */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...DATE_NAMES,
  'today',
  'yesterday',
  'tonight',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
]);
/** Words of time between a demand noun and its that-clause ("its demand today that B …"). */
const DEMAND_TIME_WORDS: ReadonlySet<string> = new Set([
  ...TIME_NOUNS,
  'on',
  'last',
  'this',
  'again',
  'once',
]);
/** Objects that name an agreement: "A and B signed a deal" makes them parties to each other. */
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set([
  'deal',
  'pact',
  'accord',
  'treaty',
  'ceasefire',
  'truce',
  'memorandum',
  'meeting',
  'talk',
]);
/** Deprels of an object control verb's object ("urged B to withdraw": B withdraws). */
const OBJECT_CONTROL: ReadonlySet<string> = new Set(['obj', 'iobj']);

interface Arg {
  mention: TreeMention;
  /** Discount of the way it was found (1 = direct). */
  weight: number;
}

/** Relations one parsed sentence states. */
export function relationsFromTree(s: TreeSentence): TreeRelation[] {
  return new Reader(s).read();
}

/**
 * What the tree states that word windows cannot see: titles, affiliations, demands made through a
 * modal in reported speech ("A said B must withdraw"), actors named only by a "by" phrase, and
 * stances stated by a noun or an adjective ("A, a close ally of B", "A is critical of B").
 */
export function beyondWindowsFromTree(s: TreeSentence): TreeRelation[] {
  return new Reader(s).readBeyondWindows(true);
}

/**
 * A sentence's reported speech, read once: for the word at `trigger` (a character span of the
 * sentence), whether it stands under a say-verb ('A said (that) …', '"…," A said') and where the
 * text names its speaker, when the say-verb's subject is a mention; undefined when not reported.
 */
export function reportedSpeech(s: TreeSentence): (trigger: Span) => { speakerSpan?: Span } | undefined {
  const reader = new Reader(s);
  return (trigger) => reader.reportedSpeech(trigger);
}

class Reader {
  private readonly p: ParsedSentence;
  private readonly n: number;
  private readonly kids: number[][];
  private readonly head: number[];
  private readonly lemma: string[];
  private readonly mentionOf: (TreeMention | undefined)[];
  private readonly out: TreeRelation[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly s: TreeSentence) {
    this.p = s.parse;
    this.n = this.p.words.length;
    this.kids = Array.from({ length: this.n }, () => []);
    // a head out of range or pointing at itself reads as a root
    this.head = this.p.head.map((h, i) => (h >= 0 && h < this.n && h !== i ? h : -1));
    this.head.forEach((h, i) => {
      if (h >= 0) this.kids[h]!.push(i);
    });
    this.lemma = this.p.words.map((w, i) => lemmatize(w, this.p.upos[i] ?? '', this.p.xpos[i] ?? ''));
    this.mentionOf = new Array(this.n).fill(undefined);
    // longest mention wins a word
    const ordered = [...s.mentions].sort((a, b) => b.to - b.from - (a.to - a.from));
    for (const m of ordered) {
      for (let i = m.from; i < m.to && i < this.n; i++) if (!this.mentionOf[i]) this.mentionOf[i] = m;
    }
  }

  read(): TreeRelation[] {
    for (let i = 0; i < this.n; i++) {
      const upos = this.p.upos[i];
      if (this.mentionOf[i] && upos === 'PROPN') continue;
      if (upos === 'VERB') this.verb(i);
      else if (upos === 'NOUN') this.noun(i);
    }
    return this.readBeyondWindows();
  }

  reportedSpeech(trigger: Span): { speakerSpan?: Span } | undefined {
    const i = this.p.words.findIndex((_, k) => this.p.start[k]! < trigger[1] && this.p.end[k]! > trigger[0]);
    const speech = i < 0 ? undefined : this.speechOf(i);
    if (!speech) return undefined;
    return speech.speaker ? { speakerSpan: this.span(speech.speaker) } : {};
  }

  /** Titles, affiliations, modal demands, by-agents and stances (see beyondWindowsFromTree). */
  readBeyondWindows(reciprocals = false): TreeRelation[] {
    this.structural();
    this.headVerbs();
    this.affiliations();
    this.demands();
    this.byAgents();
    this.stances();
    // last: the full readings it makes and drops must not take the keys of the readers above
    if (reciprocals) this.reciprocals();
    return this.out;
  }

  /**
   * Parties a symmetric predicate pairs with each other, which the window reader misses when titles
   * stand between them: coordinated subjects ("Moscow envoy A and rebel chief B signed an
   * agreement", "A and B held talks") and "between" phrases ("talks on Thursday between envoy A and
   * rebel chief B"). Only those readings of each predicate are kept.
   */
  private reciprocals(): void {
    for (let i = 0; i < this.n; i++) {
      const upos = this.p.upos[i];
      if (upos !== 'VERB' && upos !== 'NOUN') continue;
      if (this.mentionOf[i]) continue;
      // "A and B must agree to constitutional changes", "agreed to withdraw": what they agree to is
      // named, so they need not agree with each other
      if (upos === 'VERB' && this.agreesToThing(i)) continue;
      const before = this.out.length;
      if (upos === 'VERB') this.verb(i);
      else this.noun(i);
      const added = this.out.splice(before);
      this.out.push(
        ...added.filter(
          (r) =>
            (r.construction === 'coordinated-parties' || r.construction === 'noun-between') &&
            r.evidence.every((e) => this.namedParty(e.sourceSpan) && this.namedParty(e.targetSpan)),
        ),
      );
    }
  }

  /** True when verb v has an infinitive or a "to"/"on" phrase on something other than an agreement. */
  private agreesToThing(v: number): boolean {
    if (this.child(v, 'xcomp', 'ccomp').length > 0) return true;
    return this.child(v, 'obl').some(
      (k) => ['to', 'on'].includes(this.caseOf(k) ?? '') && !AGREEMENT_NOUNS.has(this.lemma[k]!),
    );
  }

  /**
   * True when the words of span name a party by a proper name of their own: not a group noun's
   * modifier ("the Palestinian president") nor a possessor ("Russia's A").
   */
  private namedParty(span: Span): boolean {
    const words = this.p.words
      .map((_, k) => k)
      .filter((k) => this.p.start[k]! >= span[0] && this.p.end[k]! <= span[1]);
    return (
      words.some((k) => this.p.upos[k] === 'PROPN') &&
      words.every(
        (k) =>
          this.rel(k) !== 'nmod:poss' &&
          // a possessive 's the parse left on a conjunct ("between A and Russia's B")
          !this.child(k, 'case').some((c) => /^['’]s?$/.test(this.p.words[c]!)),
      )
    );
  }

  /**
   * Stances no trigger word states: support by a noun of stance in the lexicon ("ally"), as a
   * copular predicate ("A is a close ally of B") or in apposition to the name it describes ("A, a
   * close ally of B, said"); and adjectives of stance ("A is critical of B": `adjective`).
   */
  private stances(): void {
    for (let n = 0; n < this.n; n++) {
      if (this.p.upos[n] === 'ADJ') this.adjective(n);
      if (this.p.upos[n] !== 'NOUN') continue;
      const rows = rowsFor(this.lemma[n]!, 'noun').filter((r) => r.relation === 'supports' && r.prep);
      if (rows.length === 0) continue;
      if (this.kids[n]!.some((k) => this.rel(k) === 'cop')) {
        this.predicateNoun(n, rows);
        continue;
      }
      const h = this.head[n]!;
      const described = this.rel(n) === 'appos' && h >= 0 ? this.mentionOf[h] : undefined;
      if (!described) continue;
      for (const row of rows) {
        const other = this.phrasesWith(n, row.prep, 'nmod');
        if (other.length === 0) continue;
        this.emit(
          n,
          row,
          [{ mention: described, weight: 0.9 }],
          other.flatMap((w) => this.argsOf(w, 1)),
          'apposition-predicate',
        );
        break;
      }
    }
  }

  /**
   * Relations whose actor only a "by" phrase beyond the trigger's window names: a nominalization
   * with its agent ("the condemnation of B by A"), and a purpose or control clause under a passive
   * whose by-agent is its actor ("weapons that could be used by A to threaten B").
   */
  private byAgents(): void {
    const byAgent = (w: number) =>
      this.byPhrases(w, 'obl:agent', 'obl', 'nmod', 'nmod:agent').some((k) => this.mentionOf[k]);
    for (let i = 0; i < this.n; i++) {
      const upos = this.p.upos[i];
      if (upos === 'NOUN') {
        if (byAgent(i) || this.kids[i]!.some((k) => this.p.upos[k] === 'PROPN' && byAgent(k))) this.noun(i);
      } else if (upos === 'VERB') {
        const gov = this.head[i]!;
        if (this.isToClause(i) && gov >= 0 && this.isPassive(gov) && byAgent(gov)) this.verb(i);
        // "the paintings were donated to B by A": what was given is no party, the actor lies beyond
        // the window (a named passive subject the window reader turns round itself)
        else if (
          this.isPassive(i) &&
          this.agentPhrases(i).some((k) => this.mentionOf[k]) &&
          !this.child(i, 'nsubj:pass').some((k) => this.mentionOf[k])
        )
          this.verb(i);
      }
    }
  }

  /**
   * The by-phrases of passive verb v: its own agent, or one the parse hangs on the verb's object or
   * oblique ("the prints donated to B by A": "by A" read as a modifier of B).
   */
  private agentPhrases(v: number): number[] {
    const own = this.byPhrases(v, 'obl:agent', 'obl');
    if (own.length > 0) return own;
    return this.child(v, 'obj', 'obl').flatMap((o) => this.byPhrases(o, 'nmod'));
  }

  /** The dependents of w of relations `rels` introduced by "by". */
  private byPhrases(w: number, ...rels: string[]): number[] {
    return this.phrasesWith(w, 'by', ...rels);
  }

  /** The dependents of w of relations `rels` introduced by the preposition `prep` ("of B", "with B"). */
  private phrasesWith(w: number, prep: string | undefined, ...rels: string[]): number[] {
    return prep === undefined ? [] : this.child(w, ...rels).filter((k) => this.caseOf(k) === prep);
  }

  /** True when v is a controlled clause: an xcomp, or a to-infinitive the parse reads as an advcl. */
  private isToClause(v: number): boolean {
    const r = this.rel(v);
    return r === 'xcomp' || (r === 'advcl' && this.kids[v]!.some((k) => this.lemma[k] === 'to'));
  }

  // ── tree helpers ────────────────────────────────────────────────────────────────

  private rel(i: number): string {
    return this.p.deprel[i] ?? '';
  }
  private base(i: number): string {
    return this.rel(i).split(':')[0]!;
  }
  private child(i: number, ...rels: string[]): number[] {
    return this.kids[i]!.filter((k) => rels.includes(this.rel(k)));
  }
  private caseOf(i: number): string | undefined {
    const c = this.kids[i]!.find((k) => this.rel(k) === 'case');
    return c === undefined ? undefined : this.lemma[c];
  }
  private isPassive(v: number): boolean {
    if (this.kids[v]!.some((k) => this.rel(k) === 'nsubj:pass' || this.rel(k) === 'aux:pass')) return true;
    // a reduced relative ("rebels backed by Freedonia") has neither, but its agent has "by"
    return (
      this.rel(v) === 'acl' &&
      ['VBN', 'VBD'].includes(this.p.xpos[v]!) &&
      this.child(v, 'nsubj', 'obj').length === 0 &&
      this.agentPhrases(v).length > 0
    );
  }

  /**
   * A noun's prepositional modifiers: its nmods, and — when it is a verb's object or oblique — the
   * verb's obliques right after it, where parsers often attach them ("launched an attack | on Zenda",
   * "held talks | with Sylvania").
   */
  private nounModifiers(n: number): number[] {
    const own = this.child(n, 'nmod', 'nmod:poss');
    const h = this.head[n]!;
    if (h < 0 || !['obj', 'obl'].includes(this.rel(n)) || this.p.upos[h] !== 'VERB') return own;
    const after = this.kids[h]!.filter(
      (k) => k > n && this.base(k) === 'obl' && this.caseOf(k) !== undefined,
    );
    // only the run of obliques that follows the noun directly (nothing else of the verb between)
    const next = this.kids[h]!.filter((k) => k > n && !after.includes(k) && this.rel(k) !== 'punct');
    const stop = next.length > 0 ? Math.min(...next) : Number.POSITIVE_INFINITY;
    return [...own, ...after.filter((k) => k < stop)];
  }

  /** The mention a nominal word stands for: its own, or (for a relative pronoun) its antecedent. */
  private mentionAt(w: number): TreeMention | undefined {
    const own = this.mentionOf[w];
    if (own) return own;
    if (this.p.upos[w] === 'PRON') {
      // "that/who" of a relative clause: the noun the clause modifies
      const clause = this.head[w]!;
      if (clause >= 0 && this.rel(clause) === 'acl:relcl') {
        const antecedent = this.head[clause]!;
        const m = antecedent >= 0 ? this.mentionOf[antecedent] : undefined;
        if (m) return m;
        // attached elsewhere by the parser: the mention that ends right before the pronoun
        let k = w - 1;
        while (k >= 0 && this.p.upos[k] === 'PUNCT') k--;
        return k >= 0 ? this.mentionOf[k] : undefined;
      }
    }
    return undefined;
  }

  /** A word and its conjuncts ("A and B", "A, B and C"). */
  private conjuncts(w: number): number[] {
    const out = [w];
    for (let k = 0; k < out.length; k++) {
      for (const c of this.child(out[k]!, 'conj')) if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  /** The arguments a nominal word stands for: its mention, its conjuncts', or a named owner. */
  private argsOf(w: number, weight: number, owner = true): Arg[] {
    const out: Arg[] = [];
    for (const c of this.conjuncts(w)) {
      // a date is never a party, whatever mention a tagger made of it ("in May", "on Monday")
      if (DATE_NAMES.has(this.lemma[c]!)) continue;
      const m = this.mentionAt(c);
      if (m) {
        out.push({ mention: m, weight: c === w ? weight : weight * 0.95 });
        continue;
      }
      // "Ruritanian troops", "Hezbollah-style guerrillas": a group noun with a named modifier is that
      // entity, as agent too (guidelines: "Ruritanian troops" is one end)
      // (not a title: "Party P leader A praised" is A's act, and A is the title's apposition)
      if (
        !owner &&
        this.p.upos[c] === 'NOUN' &&
        !ROLES[this.lemma[c]!] &&
        this.child(c, 'appos').length === 0
      ) {
        const named = out.length;
        // "Ruritanian and Freedonian troops": coordinated modifiers name one group each
        for (const k of this.child(c, 'compound', 'amod').flatMap((m) => this.conjuncts(m))) {
          const o = this.mentionOf[k];
          if (o && k < c) out.push({ mention: o, weight: weight * 0.8 });
        }
        // "the rebels in B", "troops from B": a group of a named place (plural: "the president in
        // B" is someone visiting; "Ruritanian troops in B" are Ruritania's, B is where they are)
        if (this.p.xpos[c] === 'NNS' && out.length === named)
          for (const k of this.child(c, 'nmod')) {
            const o = this.mentionOf[k];
            if (o?.kind === 'place' && ['in', 'from'].includes(this.caseOf(k) ?? ''))
              out.push({ mention: o, weight: weight * 0.7 });
          }
      }
      // "the Freedonian government's plans", "a Ruritanian army convoy": the named owner
      if (owner && this.p.upos[c] === 'NOUN') {
        // "condemned the attack by Sylvanian rebels": the agent of a nominalized act is its owner too
        const byAgent = [...this.nounModifiers(c), ...this.child(c, 'nmod:agent')].filter(
          (k) => this.caseOf(k) === 'by',
        );
        for (const k of [...this.child(c, 'nmod:poss', 'compound', 'amod'), ...byAgent]) {
          const o = this.mentionOf[k];
          if (o) out.push({ mention: o, weight: weight * 0.7 });
        }
      }
      // "the minister, A": an apposition names the noun
      for (const k of this.child(c, 'appos')) {
        const o = this.mentionOf[k];
        if (o) out.push({ mention: o, weight: weight * 0.9 });
      }
    }
    return out;
  }

  // ── predicates ──────────────────────────────────────────────────────────────────

  /** The most specific row of a predicate the tree meets, with the patient word(s) it names. */
  private pickRow(
    p: number,
    rows: readonly LexiconRow[],
    nominal: boolean,
  ): { row: LexiconRow; patients: number[]; byParticle: boolean } | null {
    let best: { row: LexiconRow; patients: number[]; byParticle: boolean; score: number } | null = null;
    const obliques = nominal ? this.nounModifiers(p) : this.child(p, 'obl', 'nmod');
    // "urged Sylvania to withdraw" is often parsed with Sylvania as iobj
    const objects = nominal
      ? []
      : this.child(p, 'obj').length > 0
        ? this.child(p, 'obj')
        : this.child(p, 'iobj');
    // a passive's patient is its subject; a passive coordinated after another verb shares that
    // verb's subject ("A demanded talks and was condemned by B": A is condemned)
    let subjPass = nominal ? [] : this.child(p, 'nsubj:pass');
    if (
      !nominal &&
      subjPass.length === 0 &&
      this.rel(p) === 'conj' &&
      this.isPassive(p) &&
      this.child(p, 'nsubj').length === 0
    )
      subjPass = this.child(this.head[p]!, 'nsubj', 'nsubj:pass');
    for (const row of rows) {
      let score = 0;
      let patients: number[] = [...objects, ...subjPass];
      let byParticle = false;
      if (row.particle) {
        const prt = this.child(p, 'compound:prt').find((k) => this.lemma[k] === row.particle);
        if (prt !== undefined) score += 2;
        else {
          // "met with B", "called on B": the particle parsed as the case of an obl
          const obl = obliques.filter((k) => this.caseOf(k) === row.particle);
          if (obl.length === 0) continue;
          patients = obl;
          byParticle = true;
          score += 2;
        }
      }
      if (row.prep) {
        const obl = obliques.filter((k) => this.caseOf(k) === row.prep);
        if (obl.length === 0) continue;
        if (row.object) {
          if (!obl.some((k) => this.lemma[k] === row.object)) continue;
        } else patients = nominal || row.objectClass ? obl : [...obl, ...objects, ...subjPass];
        score += 2;
      } else if (row.object) {
        if (
          !objects.some((k) => this.lemma[k] === row.object || this.p.words[k]!.toLowerCase() === row.object)
        )
          continue;
        score += 2;
      }
      if (row.objectClass) {
        const cls = OBJECT_CLASSES[row.objectClass];
        // the class is of the thing acted on: a verb's object, a noun's prepositional phrase
        const heads = nominal ? patients : [...objects, ...subjPass];
        if (!heads.some((k) => !this.mentionOf[k] && cls.has(this.lemma[k]!))) continue;
        score += 2;
      }
      if (row.ccompMark) {
        const marked = this.child(p, 'ccomp').some((c) =>
          this.kids[c]!.some((k) => this.rel(k) === 'mark' && this.lemma[k] === row.ccompMark),
        );
        if (!marked) continue;
        score += 3;
      }
      if (row.patientKinds) score += 1;
      if (!best || score > best.score) best = { row, patients, byParticle, score };
    }
    return best && { row: best.row, patients: best.patients, byParticle: best.byParticle };
  }

  private verb(v: number): void {
    const rows = rowsFor(this.lemma[v]!, 'verb');
    if (rows.length === 0) return;
    const picked = this.pickRow(v, rows, false);
    if (!picked || picked.row.relation === null) return;
    const { row } = picked;
    const passive = this.isPassive(v);
    const agents = this.agentsOf(v);
    let patients: Arg[] = [];
    for (const w of picked.patients) {
      // a place after in/at/on is a venue, not a party, unless the row asked for that preposition
      const c = this.caseOf(w);
      const asked = row.prep === c || (row.particle === c && picked.byParticle);
      if (c && !asked) continue;
      // a place after in/at/near… of a verb is where it happened, whatever the row's preposition
      // ("met B at Zenda" under CAMEO's "meet * (AT)"); "on" only when the row does not ask for it
      // ("called on Sylvania", "fired on Zenda")
      const venue = c !== undefined && VENUE_CASES.has(c) && !(c === 'on' && asked);
      if (venue && this.mentionOf[w]?.kind === 'place') continue;
      patients.push(...this.argsOf(w, this.rel(w) === 'nsubj:pass' ? 0.9 : 1));
    }
    // "Sylvanian rebels backed by Freedonia": a participle's patient is the noun it modifies, unless
    // the row's preposition names one ("the prints donated to B by A": the prints are what was given)
    if (
      this.rel(v) === 'acl' &&
      this.p.xpos[v] === 'VBN' &&
      this.child(v, 'nsubj', 'obj').length === 0 &&
      patients.length === 0
    ) {
      const m = this.mentionOf[this.head[v]!];
      if (m) patients.push({ mention: m, weight: 0.85 });
    }
    if (row.patientKinds) patients = patients.filter((a) => row.patientKinds!.includes(a.mention.kind));
    const construction = passive
      ? 'passive-agent'
      : picked.byParticle || row.prep
        ? 'nsubj-obl'
        : 'nsubj-obj';
    // "A and B met", "A and B signed an agreement": with no other party named, coordinated subjects
    // meet each other, unless the verb has a patient that is not an event ("met him", "grant interviews")
    const words = picked.patients.filter((w) => this.rel(w) !== 'nsubj:pass');
    const open =
      !row.patientKinds &&
      words.every(
        (w) =>
          !this.mentionOf[w] &&
          this.p.upos[w] === 'NOUN' &&
          (rowsFor(this.lemma[w]!, 'noun').length > 0 || AGREEMENT_NOUNS.has(this.lemma[w]!)),
      );
    this.emit(v, row, agents, patients, construction, v, open);
  }

  private noun(n: number): void {
    const rows = rowsFor(this.lemma[n]!, 'noun');
    if (rows.length === 0) return;
    // copular and naming predicates: "X is the enemy (of Y)", "called Y the enemy"
    if (this.predicateNoun(n, rows)) return;
    const picked = this.pickRow(n, rows, true);
    if (!picked || picked.row.relation === null) return;
    const { row } = picked;
    if (!row.prep) return;
    const agents: Arg[] = [];
    for (const k of this.child(n, 'nmod:poss')) agents.push(...this.argsOf(k, 0.9, false));
    if (row.agentPrep) {
      for (const k of [...this.nounModifiers(n), ...this.child(n, 'nmod:agent', 'obl:agent')]) {
        if (this.caseOf(k) === row.agentPrep) agents.push(...this.argsOf(k, 0.9, false));
      }
      // "the condemnation of B by A" parsed with "by A" under the name B: a name takes no agent
      for (const w of this.patientByAgents(n, picked.patients, row.agentPrep))
        agents.push(...this.argsOf(w, 0.85, false));
    }
    // "the Ruritanian-Freedonian talks", "Sylvanian sanctions": a named compound before the noun
    for (const k of this.child(n, 'compound', 'amod')) {
      const m = this.mentionOf[k];
      if (m && k < n) agents.push({ mention: m, weight: 0.8 });
    }
    // an agent named by a word that is no entity ("attacks on Y by the group") is not the clause's subject
    // (a pronoun possessor, "held their first meeting with", is the subject's own: it does not block)
    const ownAgent =
      this.child(n, 'nmod:poss').some((k) => this.p.upos[k] !== 'PRON' || this.mentionOf[k]) ||
      this.child(n, 'nmod', 'nmod:agent').some((k) => this.caseOf(k) === 'by') ||
      (row.agentPrep !== undefined && this.patientByAgents(n, picked.patients, row.agentPrep).length > 0);
    // a noun predicate as the object of a light verb keeps that verb's subject ("A held talks with B")
    if (agents.length === 0 && !ownAgent && ['obj', 'nsubj:pass'].includes(this.rel(n))) {
      agents.push(...this.agentsOf(this.head[n]!).map((a) => ({ ...a, weight: a.weight * 0.85 })));
    }
    // "in talks with B" as an obl of the clause: the clause's subject ("a statement regarding the
    // rejection of B": what a verb is about is none of its subject's acts)
    if (agents.length === 0 && !ownAgent && this.base(n) === 'obl' && !this.aboutPhrase(n)) {
      agents.push(...this.agentsOf(this.head[n]!).map((a) => ({ ...a, weight: a.weight * 0.8 })));
    }
    const patients = picked.patients.flatMap((w) => this.argsOf(w, 1));
    // "talks between A and B": the coordinated pair are both parties
    if (row.prep === 'between' && agents.length === 0 && patients.length > 1) {
      this.emit(n, row, patients.slice(0, 1), patients.slice(1), 'noun-between');
      return;
    }
    this.emit(n, row, agents, patients, 'noun-predicate');
  }

  /**
   * The agent phrases ("by A") the parse hung under a named patient of noun n instead of under n
   * ("the condemnation of [B by A]"): a proper name takes no agent of its own.
   */
  private patientByAgents(n: number, patients: readonly number[], prep: string): number[] {
    return patients
      .filter((w) => this.head[w] === n && this.p.upos[w] === 'PROPN' && this.mentionOf[w])
      .flatMap((w) =>
        this.child(w, 'nmod').filter((k) => k > w && this.caseOf(k) === prep && this.mentionOf[k]),
      );
  }

  /** "X is (adv)* the enemy (of Y)" and "A called X the enemy": the predicate noun's subject is accused. */
  private predicateNoun(n: number, rows: readonly LexiconRow[]): boolean {
    const copular = this.kids[n]!.some((k) => this.rel(k) === 'cop');
    const gov = this.head[n]!;
    const named =
      gov >= 0 &&
      (this.rel(n) === 'xcomp' || this.rel(n) === 'obl:unmarked') &&
      NAMING_VERBS.has(this.lemma[gov]!) &&
      this.child(gov, 'obj').some((k) => k < n);
    if (!copular && !named) return false;
    const row =
      rows.find((r) => r.prep && this.child(n, 'nmod').some((k) => this.caseOf(k) === r.prep)) ??
      rows.find((r) => !r.prep);
    if (!row || row.relation === null) return true;
    if (named) {
      const agents = this.agentsOf(gov);
      const patients = this.child(gov, 'obj').flatMap((w) => this.argsOf(w, 1));
      this.emit(gov, row, agents, patients, 'naming-predicate', n);
      return true;
    }
    // "A is a close ally of B": where the row's phrase names the other party and the noun states
    // the subject's own stance (support), the subject acts
    const other = this.phrasesWith(n, row.prep, 'nmod');
    if (row.relation === 'supports' && other.length > 0) {
      const agents = this.child(n, 'nsubj').flatMap((w) => this.argsOf(w, 1, false));
      this.emit(
        n,
        row,
        agents,
        other.flatMap((w) => this.argsOf(w, 1)),
        'copular-predicate',
      );
      return true;
    }
    // the one called the enemy is the subject; the accuser is whoever says so
    const patients = this.child(n, 'nsubj').flatMap((w) => this.argsOf(w, 1));
    const speech = this.speechOf(n);
    if (!speech) return true;
    const agents = speech.speaker ? [{ mention: speech.speaker, weight: 0.9 }] : [];
    this.emit(n, row, agents, patients, 'copular-predicate');
    return true;
  }

  /**
   * An adjective of stance as a predicate, with the row's preposition naming the other party or
   * what it did: "A is critical of B", "I am disappointed with B's decision" (in speech: the
   * speaker), "A, supportive of B, …" is not read (no subject).
   */
  private adjective(a: number): void {
    for (const row of rowsFor(this.p.words[a]!.toLowerCase(), 'adj')) {
      const other = this.phrasesWith(a, row.prep, 'obl', 'nmod');
      if (row.relation === null || other.length === 0) continue;
      const patients = other.flatMap((w) => this.argsOf(w, 1));
      this.emit(a, row, this.agentsOf(a), patients, 'adjective-predicate');
      return;
    }
  }

  /** The agents of a verb: subject, passive agent, or inherited from a controller or a conjoined verb. */
  private agentsOf(v: number, depth = 0): Arg[] {
    if (v < 0 || depth > 4) return [];
    const passive = this.isPassive(v);
    const direct = passive ? this.agentPhrases(v) : this.child(v, 'nsubj');
    const found = direct.flatMap((w) => this.argsOf(w, 1, false));
    if (direct.length > 0) {
      // I/we in reported speech are the speaker
      if (found.length === 0) {
        const first = direct.find((w) => ['i', 'we'].includes(this.lemma[w]!));
        const speaker = first !== undefined ? this.speechOf(v)?.speaker : undefined;
        if (speaker) return [{ mention: speaker, weight: 0.85 }];
      }
      return found;
    }
    if (passive) return [];
    const gov = this.head[v]!;
    if (gov < 0) return [];
    const rel = this.rel(v);
    // "urged B to withdraw": object control; "A is expected to meet": subject control
    if (this.isToClause(v)) {
      const objs = this.kids[gov]!.filter((k) => OBJECT_CONTROL.has(this.rel(k)));
      if (rel === 'xcomp' && objs.length > 0) return objs.flatMap((w) => this.argsOf(w, 0.85, false));
      // "called for B to hold talks", the to-clause read as an adverbial one: B is asked, and acts
      const asked = this.kids[gov]!.filter((k) => this.rel(k) === 'obl' && this.caseOf(k) === 'for' && k < v);
      if (asked.length > 0 && rowsFor(this.lemma[gov]!, 'verb').some((r) => r.relation === 'requested'))
        return asked.flatMap((w) => this.argsOf(w, 0.85, false));
      // "A is expected to meet", "A was asked to leave": the passive governor's subject
      // ("the weapons could be used by A to threaten B": a subject that names no party leaves the
      // passive governor's by-agent, below)
      const raised = rel === 'xcomp' && this.isPassive(gov) ? this.child(gov, 'nsubj:pass') : [];
      const raisedArgs = raised.flatMap((w) => this.argsOf(w, 0.85, false));
      if (raisedArgs.length > 0) return raisedArgs;
      if (raised.length > 0 && this.byPhrases(gov, 'obl:agent', 'obl').length === 0) return [];
      return this.agentsOf(gov, depth + 1).map((a) => ({ ...a, weight: a.weight * 0.85 }));
    }
    // "A met B and praised C": the first verb's subject (of a passive first verb, its subject)
    if (rel === 'conj') {
      const subj = this.isPassive(gov) ? this.child(gov, 'nsubj:pass') : [];
      if (subj.length > 0) return subj.flatMap((w) => this.argsOf(w, 0.8, false));
      return this.agentsOf(gov, depth + 1).map((a) => ({ ...a, weight: a.weight * 0.9 }));
    }
    // "A, accused of …" or "rebels backed by A": a participle modifying a named noun
    if (rel === 'acl' || rel === 'acl:relcl') {
      const m = this.mentionOf[gov];
      return m ? [{ mention: m, weight: 0.8 }] : [];
    }
    return [];
  }

  // ── flags ───────────────────────────────────────────────────────────────────────

  /** The say-verb whose complement holds word i, with its speaker. */
  private speechOf(i: number): { verb: number; speaker?: TreeMention } | undefined {
    const said = (h: number) => {
      const subj = this.child(h, 'nsubj')
        .map((k) => this.mentionAt(k))
        .find(Boolean);
      if (subj) return { verb: h, speaker: subj };
      // '…, A said' where the parse lost the say-verb's subject: the name right before it, after a
      // comma or a quotation mark
      const before = this.mentionOf[h - 1];
      const opened =
        before !== undefined && before.from > 0 && /^[,"'“”‘’`]+$/.test(this.p.words[before.from - 1]!);
      return before?.to === h && before.kind !== 'place' && opened
        ? { verb: h, speaker: before }
        : { verb: h };
    };
    const sayVerb = (h: number) => SAY_VERBS.has(this.lemma[h]!) && this.p.upos[h] === 'VERB';
    let w = i;
    for (let steps = 0; steps < 12 && w >= 0; steps++) {
      // '"…," A said': UD attaches the trailing say-verb to the quoted clause as parataxis
      const tail = this.kids[w]!.find(
        (k) =>
          k > i &&
          sayVerb(k) &&
          (this.rel(k) === 'parataxis' ||
            // '"…," A said' parsed as a conjunct: only across a closing quotation mark
            (this.rel(k) === 'conj' && this.p.words.slice(i, k).some((x) => QUOTES.has(x))) ||
            // '…, A said on Monday' parsed as an adverbial clause of the report: no subordinator,
            // and its subject right after the comma
            (this.rel(k) === 'advcl' && this.child(k, 'mark').length === 0 && this.commaSubject(k))),
      );
      if (tail !== undefined) return said(tail);
      const h = this.head[w]!;
      if (h < 0) break;
      const r = this.rel(w);
      // 'A said (that) …'
      if ((r === 'ccomp' || r === 'parataxis') && sayVerb(h)) return said(h);
      // '…, A said' parsed as an adverbial clause of the say-verb: a finite clause before it with
      // no subordinator ('After meeting B, A said' has one; 'Meeting B, A said' is no finite clause)
      if (r === 'advcl' && h > w && sayVerb(h) && this.finiteWithoutMark(w)) return said(h);
      w = h;
    }
    return undefined;
  }

  /** True when word n's phrase names what is talked about ("regarding …", "about …"). */
  private aboutPhrase(n: number): boolean {
    return this.child(n, 'case').some((k) =>
      ['about', 'regarding', 'concerning'].includes((this.p.words[k] as string).toLowerCase()),
    );
  }

  /** True when verb k's subject opens its clause right after a comma ("…, A said"). */
  private commaSubject(k: number): boolean {
    const subject = this.child(k, 'nsubj')[0];
    if (subject === undefined || subject > k) return false;
    // the subject phrase's first word ("…, the ministry said")
    let first = subject;
    for (let j = subject - 1; j >= 0 && this.p.upos[j] !== 'PUNCT' && under(this.p, j, subject); j--)
      first = j;
    return this.p.words[first - 1] === ',';
  }

  /** True when clause head w is finite (a tensed verb or auxiliary) and has no subordinator. */
  private finiteWithoutMark(w: number): boolean {
    if (this.child(w, 'mark').length > 0) return false;
    const tensed = (k: number) => ['VBD', 'VBZ', 'VBP', 'MD'].includes(this.p.xpos[k] ?? '');
    return tensed(w) || this.kids[w]!.some((k) => this.base(k) === 'aux' && tensed(k));
  }

  /** The predicate and the words that embed it by control, up to a say-verb ("expected to meet"). */
  private chainOf(p: number): number[] {
    const chain = [p];
    // a noun predicate's governing verb carries its negation and modals ("did not hold talks with")
    let top = p;
    if (
      this.p.upos[p] === 'NOUN' &&
      ['obj', 'obl', 'nsubj:pass'].includes(this.rel(p)) &&
      this.head[p]! >= 0
    ) {
      top = this.head[p]!;
      chain.push(top);
    }
    for (let w = top; chain.length <= this.n; ) {
      const r = this.rel(w);
      const h = this.head[w]!;
      if (h < 0 || h >= this.n || chain.includes(h)) break;
      // "did not invade Kuwait, endanger …": a conjunct without its own subject shares the first's
      const sharing = r === 'conj' && this.child(w, 'nsubj', 'nsubj:pass').length === 0;
      if (!sharing && !['xcomp', 'advcl', 'ccomp', 'acl:relcl', 'acl'].includes(r)) break;
      chain.push(h);
      if (r === 'ccomp' && SAY_VERBS.has(this.lemma[h]!)) break;
      w = h;
    }
    return chain;
  }

  /** The words of the chain that embed the predicate (not the first conjunct it shares a subject with). */
  private governorsOf(p: number): number[] {
    const chain = this.chainOf(p);
    return chain.filter((_, i) => i > 0 && this.rel(chain[i - 1]!) !== 'conj');
  }

  private flags(p: number): Pick<Evidence, 'negated' | 'hedged' | 'reported'> {
    const out: Pick<Evidence, 'negated' | 'hedged' | 'reported'> = {};
    const chain = this.chainOf(p);
    const own = (w: number) => this.kids[w]!;
    for (const [idx, w] of chain.entries()) {
      const kids = own(w);
      if (kids.some((k) => this.rel(k) === 'advmod' && NEGATORS.has(this.lemma[k]!))) out.negated = true;
      if (kids.some((k) => this.rel(k) === 'det' && this.lemma[k] === 'no')) out.negated = true;
      if (kids.some((k) => this.base(k) === 'aux' && MODALS.has(this.lemma[k]!))) out.hedged = true;
      if (kids.some((k) => this.rel(k) === 'mark' && ['if', 'whether', 'unless'].includes(this.lemma[k]!)))
        out.hedged = true;
      if (idx > 0 && this.rel(chain[idx - 1]!) !== 'conj') {
        if (HEDGING_GOVERNORS.has(this.lemma[w]!)) {
          if (!SAY_VERBS.has(this.lemma[w]!) || this.isPassive(w)) out.hedged = true;
        }
        if (NEGATING_GOVERNORS.has(this.lemma[w]!)) out.negated = true;
        // "is due to meet": an adjective governor with a copula
        if (this.p.upos[w] === 'ADJ' && HEDGING_GOVERNORS.has(this.lemma[w]!)) out.hedged = true;
      }
    }
    if (this.p.words[this.n - 1] === '?') out.hedged = true;
    if (this.speechOf(p)) out.reported = true;
    return out;
  }

  // ── output ──────────────────────────────────────────────────────────────────────

  private span(m: TreeMention): Span {
    return m.span ?? [this.p.start[m.from]!, this.p.end[m.to - 1]!];
  }

  /** The sentence as evidence of a relation between two mentions, read at `trigger` (characters). */
  private evidence(trigger: Span, source: TreeMention, target: TreeMention): Evidence {
    return {
      docId: this.s.docId,
      sentence: this.s.text.slice(this.s.start, this.s.end),
      start: this.s.start,
      end: this.s.end,
      trigger: this.s.text.slice(trigger[0], trigger[1]),
      triggerSpan: trigger,
      sourceSpan: this.span(source),
      targetSpan: this.span(target),
    };
  }

  private emit(
    p: number,
    row: LexiconRow,
    agents: Arg[],
    patients: Arg[],
    construction: string,
    trigger: number = p,
    mutual = true,
  ): void {
    let relation = row.relation;
    if (!relation) return;
    // "threatened to attack B", "vowed to expel B": a threat of the actor's own act
    if (
      (relation === 'attacked' || relation === 'sanctioned') &&
      this.governorsOf(p).some((w) => THREAT_GOVERNORS.has(this.lemma[w]!))
    ) {
      relation = 'threatened';
    }
    const marks = this.flags(p);
    if (row.hedged) marks.hedged = true;
    const speech = marks.reported ? this.speechOf(p) : undefined;
    let pairs: [Arg, Arg][] = [];
    let reading = construction;
    for (const a of agents) for (const t of patients) pairs.push(row.reversed ? [t, a] : [a, t]);
    // "A, B and C met": every pair of coordinated parties of a symmetric relation
    if (patients.length === 0 && mutual && RELATIONS[relation].symmetric && agents.length > 1) {
      pairs = agents.flatMap((a, i) => agents.slice(i + 1).map((b): [Arg, Arg] => [a, b]));
      reading = 'coordinated-parties';
    }
    for (const [src0, dst0] of pairs) {
      if (src0.mention.entity === dst0.mention.entity) continue;
      // a symmetric relation reads in text order
      const swap = RELATIONS[relation].symmetric && dst0.mention.from < src0.mention.from;
      const src = swap ? dst0 : src0;
      const dst = swap ? src0 : dst0;
      const key = `${relation}|${src.mention.entity}|${dst.mention.entity}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const evidence: Evidence = {
        ...this.evidence([this.p.start[trigger]!, this.p.end[trigger]!], src.mention, dst.mention),
        ...marks,
      };
      if (speech?.speaker) evidence.speakerSpan = this.span(speech.speaker);
      const out: TreeRelation = {
        relation,
        source: src.mention.entity,
        target: dst.mention.entity,
        confidence: round(0.9 * src.weight * dst.weight * (FROM_CAMEO.has(row) ? 0.95 : 1)),
        construction: reading,
        evidence: [evidence],
      };
      if (speech?.speaker) out.speaker = speech.speaker.entity;
      this.out.push(out);
    }
  }

  // ── structural relations ────────────────────────────────────────────────────────

  /** Titles joined to a named person ("Party P MP A", "A, president of P", "Ruritanian President A"). */
  private structural(): void {
    for (let t = 0; t < this.n; t++) {
      if (this.mentionOf[t]?.kind === 'person' && this.p.upos[t] === 'PROPN') continue;
      const role = this.roleAt(t);
      if (!role) continue;
      const { persons, found } = this.titleEnds(t, role);
      if (persons.length === 0) continue;
      // a post the tables do not name holds only in a named organization ("Z engineer A"), not in
      // a place ("Ruritanian businessman A")
      const bodies = found.filter((b) => !role.generic || b.kind === 'organization');
      // "head of research at P", "chief of staff at P": the head of a part of P is a member of P
      const partHead =
        role.relation === 'leader_of' &&
        this.kids[t]!.some((k) => this.rel(k) === 'nmod' && this.caseOf(k) === 'of' && !this.mentionOf[k]);
      for (const person of persons) {
        for (const body of bodies) {
          if (body.entity === person.entity || body.kind === 'person') continue;
          const relation = partHead && !this.ofPhraseHolds(t, body) ? 'member_of' : role.relation;
          this.post(relation, person, body, role.span, {
            role: role.text,
            confidence: role.generic ? 0.8 : 0.9,
            construction: role.generic ? 'title-generic' : 'title',
          });
        }
      }
    }
  }

  /** True when a mention of the body lies in an of-phrase of word t ("head of the P Council"). */
  private ofPhraseHolds(t: number, body: TreeMention): boolean {
    return this.kids[t]!.some(
      (k) =>
        this.rel(k) === 'nmod' &&
        this.caseOf(k) === 'of' &&
        this.mentionOf.some((m, w) => m?.entity === body.entity && under(this.p, w, k)),
    );
  }

  /** A leader_of / member_of edge, once per person, body and relation, cited by the words at `trigger`. */
  private post(
    relation: 'leader_of' | 'member_of',
    person: TreeMention,
    body: TreeMention,
    trigger: Span,
    how: { role?: string; confidence: number; construction: string },
  ): void {
    const key = `${relation}|${person.entity}|${body.entity}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({
      relation,
      source: person.entity,
      target: body.entity,
      ...(how.role !== undefined ? { role: how.role } : {}),
      confidence: how.confidence,
      construction: how.construction,
      evidence: [this.evidence(trigger, person, body)],
    });
  }

  /**
   * "A heads P", "A, who chairs P,": a verb of heading with a named body for its object makes its
   * subject (or the person its relative clause describes) the body's leader, with the post the verb
   * gives ("chairs" → chair). "lead" only with an organization ("led Chile to victory" is a team's
   * game, not a post); not "run" ("ran the London Marathon").
   */
  private headVerbs(): void {
    for (let v = 0; v < this.n; v++) {
      if (this.p.upos[v] !== 'VERB') continue;
      const verb = HEAD_VERBS.get(this.lemma[v] as string);
      if (!verb) continue;
      const h = this.head[v] as number;
      const modified = (this.rel(v) === 'acl:relcl' || this.rel(v) === 'acl') && h >= 0 ? h : -1;
      const agents = this.child(v, 'obl:agent');
      // active: "A heads P", "A, who chairs P,"; passive: "P was founded by A", "the group founded by A"
      const passive = agents.length > 0;
      const bodyWords = verb.preps
        ? this.child(v, 'obl').filter((o) => verb.preps!.includes(this.caseOf(o) ?? ''))
        : passive
          ? [...this.child(v, 'nsubj:pass'), modified]
          : this.child(v, 'obj');
      const holderWords = passive
        ? agents
        : [...this.child(v, 'nsubj'), this.rel(v) === 'acl:relcl' ? modified : -1];
      const bodies = bodyWords
        .map((o) => (o >= 0 ? this.mentionOf[o] : undefined))
        .filter(
          (m): m is TreeMention => m !== undefined && verb.kinds.includes(m.kind as 'place' | 'organization'),
        );
      const holders = holderWords
        .map((k) => (k >= 0 ? this.mentionOf[k] : undefined))
        .filter((m): m is TreeMention => m?.kind === 'person');
      for (const person of holders)
        for (const body of bodies)
          this.post(verb.relation, person, body, [this.p.start[v]!, this.p.end[v]!], {
            role: verb.post,
            confidence: 0.85,
            construction: 'head-verb',
          });
    }
  }

  /**
   * The persons a title at t names and the bodies it belongs to: from the parse, then from the word
   * order where the parse loses the title's apposition or its body.
   */
  private titleEnds(t: number, role: Role): { persons: TreeMention[]; found: TreeMention[] } {
    const persons = this.titledPersons(t);
    // "B's Prime Minister, A said" with the apposition misparsed: the name right after the comma
    if (persons.length === 0 && this.p.words[t + 1] === ',') {
      const next = this.mentionOf[t + 2];
      if (next?.kind === 'person' && next.from === t + 2) persons.push(next);
    }
    const found = persons.length > 0 ? this.bodiesOf(t, persons) : [];
    // "B Title A" misparsed (B or the title taken for an argument of its own): the body's last
    // word right before the title, the person's first word right after it, and the title no
    // phrase of its own ("after the B event A said": "after" makes "event" one)
    if (found.length === 0) {
      const next = this.mentionOf[t + 1];
      const before = this.p.start.indexOf(role.span[0]) - 1;
      const m = before >= 0 ? this.mentionOf[before] : undefined;
      const phrase = this.kids[t]!.some((k) => ['case', 'det'].includes(this.rel(k)));
      if (
        next?.kind === 'person' &&
        next.from === t + 1 &&
        m &&
        m.kind !== 'person' &&
        m.to === before + 1 &&
        !phrase
      ) {
        found.push(m);
        if (!persons.includes(next)) persons.push(next);
      }
    }
    // "A, a spokeswoman for P," with "P" misparsed: the body right after the title and its
    // preposition
    if (found.length === 0 && persons.length > 0) {
      let k = t + 1;
      const word = (i: number) => (this.p.words[i] ?? '').toLowerCase();
      if (['of', 'for', 'at'].includes(word(k))) {
        k += word(k + 1) === 'the' ? 2 : 1;
        const m = this.mentionAt(k);
        if (m && m.kind !== 'person' && m.from === k) found.push(m);
      }
    }
    // "A, B coach, said" with the apposition misparsed: on the surface, a name, a comma, the body
    // right before the title, and the apposition closed after it
    if (found.length === 0 && persons.length === 0) {
      const body = this.mentionOf[t - 1];
      const person = body ? this.mentionOf[body.from - 2] : undefined;
      const close = this.p.words[t + 1] ?? '.';
      if (
        body &&
        body.kind !== 'person' &&
        body.to === t &&
        this.p.words[body.from - 1] === ',' &&
        person?.kind === 'person' &&
        person.to === body.from - 1 &&
        [',', '.', ';'].includes(close)
      ) {
        found.push(body);
        persons.push(person);
      }
    }
    return { persons, found };
  }

  /** The role a title head word states, with its modifiers ("Prime Minister", "MP", "foreign minister"). */
  private roleAt(t: number): Role | null {
    const upos = this.p.upos[t];
    if (upos !== 'NOUN' && upos !== 'PROPN') return null;
    // the title's own words: compounds and adjectives right before it that name no entity
    let first = t;
    for (let k = t - 1; k >= 0; k--) {
      if (this.head[k] !== t || this.mentionOf[k]) break;
      if (!['compound', 'amod', 'flat'].includes(this.rel(k))) break;
      first = k;
    }
    const words = this.p.words.slice(first, t + 1).map((w) => w.toLowerCase());
    // the longest role the words end with ("prime minister", not "minister"), with the modifiers
    // right before it ("former", "deputy"); other words before it ("reclusive") are not the role
    const role = (k: number, relation: RoleRelation, generic: boolean): Role => {
      let lead = k;
      while (lead > 0 && ROLE_MODIFIERS.includes(words[lead - 1]!)) lead--;
      const deputy = words.slice(lead, k).some((w) => ['deputy', 'vice'].includes(w));
      // a portfolio before a head's post heads that department, not the body ("Russian security
      // chief A" is a member of Russia's government, as "Russian Defence Minister A" is)
      const portfolio = relation === 'leader_of' && lead > 0 && PORTFOLIO_WORDS.has(words[lead - 1]!);
      const from = first + (portfolio ? lead - 1 : lead);
      return {
        text: this.s.text.slice(this.p.start[from]!, this.p.end[t]!),
        relation: deputy || portfolio ? 'member_of' : relation,
        span: [this.p.start[from]!, this.p.end[t]!],
        generic,
      };
    };
    for (let k = 0; k < words.length; k++) {
      const phrase = words.slice(k).join(' ');
      const relation = ROLES[phrase] ?? HEAD_ROLES[phrase];
      if (relation) return role(k, relation, false);
    }
    // any other common noun for a person's post ("curator", "engineer"), read as membership; never
    // a word of a name, nor a noun for a relative or an attitude ("wife", "critic")
    const last = words.length - 1;
    const word = words[last]!;
    if (this.mentionOf[t] || NOT_ROLES.has(this.lemma[t]!) || NOT_ROLES.has(word)) return null;
    if (upos === 'PROPN' && !isAgentNoun(word)) return null;
    // a person holds one post, named in the singular ("Photographs", "overs" are no posts), and a
    // unit of time is none ("A's 58th minute")
    if (/^NNP?S$/.test(this.p.xpos[t]!) || TIME_UNITS.has(this.lemma[t]!)) return null;
    return role(last, 'member_of', true);
  }

  /**
   * A person named with an organization without a title: "A of P", "A from P", "A at P" (the
   * organization an nmod of the name) and "P's A" (its possessor): member_of, no role. The same
   * word sequences are read on the surface too, where the parse attaches them elsewhere (a
   * possessor of the verb, an nmod of the clause).
   */
  private affiliations(): void {
    for (let w = 0; w < this.n; w++) {
      const body = this.mentionOf[w];
      if (body?.kind !== 'organization') continue;
      // the body's head word only, so a name of several words is read once
      const h = this.head[w]!;
      if (h >= 0 && this.mentionOf[h] === body) continue;
      const r = this.rel(w);
      const by = r === 'nmod:poss' ? 'poss' : r === 'nmod' ? this.caseOf(w) : undefined;
      if (!by || !['poss', 'of', 'from', 'at'].includes(by) || h < 0) continue;
      const marker = this.kids[w]!.find((k) => this.rel(k) === 'case') ?? w;
      for (const c of this.conjuncts(h)) {
        const person = this.mentionOf[c];
        if (person?.kind !== 'person') continue;
        if (by !== 'poss' && c !== h) continue;
        // a possessor does not reach over another named person ("P's A and Q's B": B is not P's)
        if (
          by === 'poss' &&
          this.s.mentions.some((o) => o.kind === 'person' && o.from > w && o.to <= person.from)
        )
          continue;
        this.affiliation(person, body, marker, by === 'poss' ? 'affiliation-possessor' : 'affiliation-nmod');
      }
    }
    for (const m of this.s.mentions) {
      const next = (k: number) => (k < this.n ? this.p.words[k]!.toLowerCase() : '');
      const after = (k: number) => this.mentionAt(k);
      if (m.kind === 'organization' && ["'s", "'", '’s', '’'].includes(next(m.to))) {
        const person = after(m.to + 1);
        if (person?.kind === 'person' && person.from === m.to + 1) {
          this.affiliation(person, m, m.to, 'affiliation-possessor');
          // "P's A and B": the possessor of both, where nothing describes B on its own
          const second = next(person.to) === 'and' ? after(person.to + 1) : undefined;
          if (second?.kind === 'person' && second.from === person.to + 1)
            this.affiliation(second, m, m.to, 'affiliation-possessor');
        }
      }
      // "A (P)": an organization in brackets right after a person's name, as election reports name
      // a candidate's party
      if (m.kind === 'person' && next(m.to) === '(') {
        const body = after(m.to + 1);
        if (body?.kind === 'organization' && body.from === m.to + 1 && next(body.to) === ')')
          this.affiliation(m, body, m.to, 'affiliation-bracket');
      }
      // "A of P", and "A, of P," set off by commas
      const of = next(m.to) === ',' ? m.to + 1 : m.to;
      if (m.kind === 'person' && ['of', 'from', 'at'].includes(next(of))) {
        const at = next(of + 1) === 'the' ? of + 2 : of + 1;
        const body = after(at);
        if (body?.kind === 'organization' && body.from === at)
          this.affiliation(m, body, of, 'affiliation-nmod');
      }
    }
  }

  private affiliation(person: TreeMention, body: TreeMention, marker: number, construction: string): void {
    if (person.entity === body.entity) return;
    this.post('member_of', person, body, [this.p.start[marker]!, this.p.end[marker]!], {
      confidence: 0.8,
      construction,
    });
  }

  /** "A said (that) B must withdraw": requested A → B, the modal as trigger; B the active subject. */
  private demands(): void {
    this.demandNouns();
    for (let v = 0; v < this.n; v++) {
      if (this.p.upos[v] !== 'VERB' || !DEMAND_SAY_VERBS.has(this.lemma[v]!)) continue;
      const agents = this.child(v, 'nsubj').flatMap((k) => this.argsOf(k, 1, false));
      if (agents.length === 0) continue;
      for (const c of this.saidClauses(v)) {
        const modal = this.kids[c]!.find(
          (k) => this.rel(k) === 'aux' && OBLIGATION_MODALS.has(this.lemma[k]!),
        );
        if (modal === undefined) continue;
        const patients = this.child(c, 'nsubj').flatMap((k) => this.argsOf(k, 1, false));
        this.emit(v, MODAL_DEMAND, agents, patients, 'say-modal', modal, false);
      }
    }
  }

  /**
   * "A renewed its demand that B ease restrictions", "A's call for B to withdraw": a noun of demand
   * with a clause whose subject is B: requested A → B, A the noun's possessor or the subject of the
   * verb whose object it is.
   */
  private demandNouns(): void {
    for (let n = 0; n < this.n; n++) {
      if (this.p.upos[n] !== 'NOUN' || !DEMAND_NOUNS.has(this.lemma[n]!)) continue;
      const clauses = this.kids[n]!.filter(
        (k) => ['acl', 'ccomp', 'acl:relcl'].includes(this.rel(k)) && k > n,
      );
      // "that B …" or "for B to …": a subordinator of its own, not a relative clause ("the demand
      // that was made", "the demand that B made"); or "that" misparsed inside the clause, which
      // then has a subject and an object of its own ("that B withdraw its troops")
      const hasOwn = (c: number, ...rels: string[]) =>
        this.child(c, ...rels).some((k) => this.lemma[k] !== 'that');
      const demanded = clauses.filter(
        (c) =>
          this.child(c, 'mark').some((k) => ['that', 'for', 'to'].includes(this.lemma[k]!)) ||
          (this.kids[c]!.some((k) => k < c && this.lemma[k] === 'that') &&
            hasOwn(c, 'nsubj') &&
            hasOwn(c, 'obj', 'ccomp', 'xcomp')),
      );
      const patients = demanded.flatMap((c) =>
        this.child(c, 'nsubj').flatMap((k) => this.argsOf(k, 1, false)),
      );
      if (patients.length === 0) patients.push(...this.demandedInWordOrder(n));
      if (patients.length === 0) continue;
      const own = this.child(n, 'nmod:poss').flatMap((k) => this.argsOf(k, 0.9, false));
      const v = this.head[n]!;
      const agents = own.length > 0 ? own : v >= 0 && this.rel(n) === 'obj' ? this.agentsOf(v) : [];
      this.emit(n, DEMAND_NOUN, agents, patients, 'demand-noun', n, false);
    }
  }

  /**
   * The party a demand noun's that-clause names where the parse lost the clause ("its demand today
   * that B ease restrictions" with the subjunctive "ease" read as a noun): in word order, the noun,
   * time words, "that", a name, then a base verb, a modal or a word the tagger took for a noun; not
   * a past or present-tense verb, which may be a relative clause's ("the demand that B made").
   */
  private demandedInWordOrder(n: number): Arg[] {
    let k = n + 1;
    while (k < this.n && k <= n + 4 && DEMAND_TIME_WORDS.has(this.lemma[k]!)) k++;
    if (this.lemma[k] !== 'that' || k > n + 4) return [];
    const m = this.mentionOf[k + 1];
    if (!m || m.from !== k + 1) return [];
    const next = m.to;
    const word = this.p.words[next] ?? '';
    if (!/^[a-z]/.test(word)) return [];
    const xpos = this.p.xpos[next]!;
    const base = xpos === 'VB' || xpos === 'VBP' || xpos === 'MD' || xpos.startsWith('NN');
    return base ? [{ mention: m, weight: 0.8 }] : [];
  }

  /**
   * The clauses a say verb reports: its ccomp, and a that-clause right after a time phrase of the
   * verb, which the parse tends to read as a relative clause of the day ("said on Tuesday that B
   * must…", "said yesterday that…").
   */
  private saidClauses(v: number): number[] {
    const out = this.child(v, 'ccomp');
    for (const o of this.child(v, 'obl', 'obl:tmod', 'obl:npmod')) {
      if (!TIME_NOUNS.has(this.p.words[o]!.toLowerCase())) continue;
      for (const c of this.child(o, 'acl:relcl')) {
        const first = Math.min(c, ...this.kids[c]!);
        if (first === o + 1 && this.p.words[first]!.toLowerCase() === 'that') out.push(c);
      }
    }
    return out;
  }

  /** The named persons a title word describes. */
  private titledPersons(t: number): TreeMention[] {
    const out: TreeMention[] = [];
    // a plural title describes coordinated names ("A and B, ministers of P"); a singular one only
    // the name it is joined to ("A, P's vice president, P2's prime minister, B": not B)
    const plural = /^NNP?S$/.test(this.p.xpos[t] ?? '');
    const add = (w: number) => {
      for (const c of plural ? this.conjuncts(w) : [w]) {
        // a relative pronoun stands for its antecedent ("A, who was named chief executive of P,")
        const m = this.mentionAt(c);
        if (m?.kind === 'person' && !out.includes(m)) out.push(m);
      }
    };
    const h = this.head[t]!;
    const r = this.rel(t);
    // "President A", "MP A": the title describes the name (UD English: nmod:desc; older: compound)
    if (h >= 0 && (r === 'nmod:desc' || r === 'compound' || r === 'flat')) add(h);
    // "the president, A": the name is an apposition of the title
    for (const k of this.child(t, 'appos', 'flat')) add(k);
    // "A, president of P": the title is an apposition of the name (or, misparsed, a list item of
    // it), unless it names its own person ("A, P's envoy, the president of P2, B": B's post)
    if (h >= 0 && (r === 'appos' || r === 'list') && out.length === 0) add(h);
    // "A is the leader of P"
    // "A is the leader of P", not "A is not a member of P", "A could be the next leader of P"
    if (this.kids[t]!.some((k) => this.rel(k) === 'cop')) {
      const marks = this.flags(t);
      if (marks.hedged || marks.negated) return out;
      for (const k of this.child(t, 'nsubj')) add(k);
      // "A, who is a lawyer at P,": the person the relative clause describes
      if (h >= 0 && r === 'acl:relcl' && out.length === 0) add(h);
    }
    // "A was elected president of P", "A became the leader of P", "A was re-elected as mayor of
    // P": the post a verb of taking or holding office gives its subject; not one only expected,
    // hoped for or denied ("is expected to become", "did not become"); not "A named B chief
    // executive of P" (B's post). Only a post of the role tables ("was chosen as the face of P"
    // names none)
    if (h >= 0 && out.length === 0 && POST_VERBS.has(this.lemma[h]!) && this.predicative(t, h)) {
      const marks = this.flags(h);
      // the subject holds the post of a passive ("was named") or of a verb of holding
      // ("became", "serves as"); an active verb of naming gives it to its object
      const holder = this.child(h, 'nsubj:pass').length > 0 || HOLDING_VERBS.has(this.lemma[h]!);
      if (!marks.hedged && !marks.negated && holder && this.roleAt(t)?.generic === false)
        for (const k of this.child(h, 'nsubj', 'nsubj:pass')) add(k);
    }
    return out;
  }

  /**
   * True when word t completes verb h as a predicate: its xcomp ("became the leader"), the object
   * of a passive ("was elected president", parsed as obj), or an as-phrase ("re-elected as mayor").
   */
  private predicative(t: number, h: number): boolean {
    const r = this.rel(t);
    if (r === 'xcomp') return true;
    if (r === 'obj') return this.child(h, 'nsubj:pass').length > 0;
    return (r === 'obl' || r === 'advcl') && this.caseOf(t) === 'as';
  }

  /** The named places and organizations a title belongs to. */
  private bodiesOf(t: number, persons: readonly TreeMention[]): TreeMention[] {
    const out: TreeMention[] = [];
    const add = (w: number) => {
      const m = this.mentionOf[w];
      if (m && m.kind !== 'person' && !persons.includes(m) && !out.includes(m)) out.push(m);
    };
    // "in"/"with" a place says where the post is held ("the Chilean envoy in Lima"), not whose it is
    // ("a researcher in the ministry", "an officer with P" are the organization's)
    const ofBody = (k: number) => {
      if (this.rel(k) !== 'nmod') return false;
      const c = this.caseOf(k) ?? '';
      return (
        ['of', 'for', 'at'].includes(c) || (['in', 'with'].includes(c) && this.mentionOf[k]?.kind !== 'place')
      );
    };
    // "curator of exhibits at P", "professor of history at P", "editor at large at P": the
    // organization where the post is held, after what it is of (only "at": "in" there says where
    // that thing is)
    const atBody = (k: number) => {
      if (this.rel(k) !== 'nmod' || !['of', 'at'].includes(this.caseOf(k) ?? '') || this.mentionOf[k]) return;
      for (const j of this.child(k, 'nmod', 'obl'))
        if (this.caseOf(j) === 'at' && this.mentionOf[j]?.kind === 'organization') add(j);
    };
    // "the Danish ruler of Iceland", "the French head of the commission": a post of a named body
    // belongs to that body; the adjective before it is the holder's nationality
    const ofNamed = this.kids[t]!.some((k) => ofBody(k) && this.caseOf(k) === 'of' && this.mentionOf[k]);
    // a body named before the post has no other person's name between them ("P chief executive A
    // and Q's president B", parsed with P a compound of "president": P is not B's)
    const personBetween = (k: number) => {
      for (let j = k + 1; j < t; j++) if (this.mentionOf[j]?.kind === 'person') return true;
      return false;
    };
    const singular = /^NNP?$/.test(this.p.xpos[t] ?? '');
    for (const k of this.kids[t]!) {
      const r = this.rel(k);
      if ((r === 'nmod:poss' || r === 'compound' || (r === 'amod' && !ofNamed)) && !personBetween(k)) add(k);
      // "the Chilean team's coach", "the Zenda government's spokesman": the named group that owns it
      if (r === 'nmod:poss' && !this.mentionOf[k]) this.child(k, 'amod', 'compound').forEach(add);
      if (ofBody(k)) add(k);
      atBody(k);
      // "a lawmaker from P", "an official from P": one person's post in an organization only ("a
      // lawyer from Lima" is where she comes from; "Photographs … from the P Collection" no post)
      if (r === 'nmod' && this.caseOf(k) === 'from' && this.mentionOf[k]?.kind === 'organization' && singular)
        add(k);
    }
    // "A, chief financial officer and treasurer at P": the body of the last of coordinated titles
    for (const c of this.child(t, 'conj'))
      for (const k of this.kids[c]!) {
        if (ofBody(k)) add(k);
        atBody(k);
      }
    // "A, treasurer at P" with "at P" hung on the name: a body after the title, under the name
    const h0 = this.head[t]!;
    if (h0 >= 0 && this.rel(t) === 'appos')
      for (const k of this.kids[h0]!) if (k > t && ofBody(k) && this.mentionOf[h0]?.kind === 'person') add(k);
    // "A, NATO Spokesperson," parsed as a list of three: the name just before the title, with no
    // comma between, hung on the same name, modifies the title
    if (h0 >= 0 && ['appos', 'list'].includes(this.rel(t)) && t > 0 && this.head[t - 1] === h0) {
      if (['appos', 'list'].includes(this.rel(t - 1)) && this.mentionOf[h0]?.kind === 'person') add(t - 1);
    }
    // "Party P MP A": the body is another compound of the same name, before the title
    const h = this.head[t]!;
    if (h >= 0 && ['nmod:desc', 'compound', 'flat'].includes(this.rel(t))) {
      for (const k of this.kids[h]!) {
        if (k < t && ['compound', 'amod', 'nmod:poss'].includes(this.rel(k))) add(k);
      }
    }
    return out;
  }
}

/**
 * Verbs that give their subject the post their predicate names: taking office ("was elected
 * president of P", "was appointed head of P", "was named chief executive of P") and holding it
 * ("became", "remains", "serves as", "works as").
 */
const POST_VERBS: ReadonlySet<string> = new Set([
  'become',
  'remain',
  'serve',
  'work',
  'elect',
  're-elect',
  'reelect',
  'appoint',
  'name',
  'nominate',
  'install',
  'choose',
  'select',
  'promote',
  'swear',
]);

/** Post verbs whose subject holds the post in the active voice ("became", "remains", "serves as"). */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['become', 'remain', 'serve', 'work']);

/**
 * Verbs of heading, founding, joining or working for a body (their object, or an obl with the
 * entry's preposition): the relation and post they give and the kinds of body each takes. A founder
 * belongs to what they founded (member_of, as our annotation of GUM news has it), heading it is
 * leading it.
 */
const HEAD_VERBS: ReadonlyMap<
  string,
  {
    relation: 'leader_of' | 'member_of';
    post: string;
    kinds: readonly ('place' | 'organization')[];
    /** The body is the verb's obl with one of these prepositions ("works for P"), not its object. */
    preps?: readonly string[];
  }
> = new Map([
  ['head', { relation: 'leader_of', post: 'head', kinds: ['place', 'organization'] }],
  ['chair', { relation: 'leader_of', post: 'chair', kinds: ['organization'] }],
  ['lead', { relation: 'leader_of', post: 'leader', kinds: ['organization'] }],
  ['direct', { relation: 'leader_of', post: 'director', kinds: ['organization'] }],
  ['command', { relation: 'leader_of', post: 'commander', kinds: ['organization'] }],
  ['govern', { relation: 'leader_of', post: 'governor', kinds: ['place'] }],
  ['rule', { relation: 'leader_of', post: 'ruler', kinds: ['place'] }],
  ['found', { relation: 'member_of', post: 'founder', kinds: ['organization'] }],
  ['co-found', { relation: 'member_of', post: 'co-founder', kinds: ['organization'] }],
  ['cofound', { relation: 'member_of', post: 'co-founder', kinds: ['organization'] }],
  // "A, who joined P in 2010", "A works for P", "A served in P": membership (guidelines: everyone else)
  ['join', { relation: 'member_of', post: 'member', kinds: ['organization'] }],
  ['work', { relation: 'member_of', post: 'staff', kinds: ['organization'], preps: ['for', 'at'] }],
  ['serve', { relation: 'member_of', post: 'member', kinds: ['organization'], preps: ['in', 'on', 'with'] }],
]);

/** True for a past or third-person form of a verb of HEAD_VERBS ("chairs", "founded", "works"). */
export function isHeadingVerbForm(word: string): boolean {
  return verbFormOf(word, HEAD_VERBS);
}

/** Units of time, which a generic post's word never is. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'season',
  'half',
  'quarter',
  'period',
]);

/** True for a past or third-person form of a verb of POST_VERBS ("became", "elected", "named"). */
export function isPostVerbForm(word: string): boolean {
  return verbFormOf(word, POST_VERBS);
}

function verbFormOf(word: string, lemmas: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  const w = word.toLowerCase();
  return ['VBD', 'VBZ'].some((tag) => {
    const lemma = lemmatize(w, 'VERB', tag);
    return lemma !== w && lemmas.has(lemma);
  });
}

/** A post read from a title word: the role as written, and how it was known. */
interface Role {
  text: string;
  relation: RoleRelation;
  span: Span;
  /** Not in the role tables: a common noun taken as a post (membership in an organization only). */
  generic: boolean;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
