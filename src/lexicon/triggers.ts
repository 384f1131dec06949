/**
 * Relation triggers
 *
 * The words that signal each interaction type, as data: a word's lower-cased start (a stem, so
 * "accus" covers accuse, accused, accuses, accusing, accusation) or an exact word (marked "="),
 * the relation, and whether it is read as a verb ("X accused Y") or a noun ("X's accusations
 * against Y", "a meeting with Y"). Follows PLOVER's categories (see graph/relations.ts).
 */

import type { RelationType } from '../../graph/relations.ts';

export interface TriggerEntry {
  /** Stem (prefix of the lower-cased word) or, with a leading "=", the exact word. */
  match: string;
  relation: RelationType;
  /** Nouns take their target after a preposition and their actor from a possessive or the subject. */
  pos: 'verb' | 'noun';
  /**
   * The word states the relation only with an object the relation lexicon's rows for it name
   * ("recalled" + ambassador, CAMEO 161; "recalled the meeting" is memory): marked "!" in the table.
   */
  needsObject?: boolean;
}

/**
 * Each line: relation, part of speech, then the words (stems, or "=word" for exact words; "_"
 * joins a two-word trigger such as "=phone_call"; a final "!" asks for an object the relation
 * lexicon names: TriggerEntry.needsObject). "vow" is no trigger: CAMEO codes it alone as no event
 * ([---]); "vowed to attack B" is read at the attack (THREAT_MARKERS), "vowed to retain B" is none.
 */
const TABLE = `
met_with verb   mediat =met =meet =meets =meeting =invited =invites visit hosted =hosts =host phoned consult =received =receives =contacted =contacts =spoke_with =speaks_with =speak_with =speaking_with =talked_with =spoken_with discuss negotiat =conferred_with =confers_with =confer_with =conferring_with
met_with noun   =mediation =meeting =meetings =talks =visit =summit =phone_call =consultations =negotiations =conversation =conversations =discussions
supports verb   support =welcomed =welcomes =welcome =backed =backs =back =backing prais endors appreciat thank commend congratulat =aid =aided assist defend sided donat =deliver! =delivers! =delivered! =delivering! =give! =gives! =gave! =given! =provide =provided =provides =grant =granted =send! =sent! =sends! =help =helped =helps =armed =funded =financed =bankrolled =equipped =supplied! =supplies! =supply! =handed_over! =hands_over! =hand_over! laud
supports noun   =support =backing =praise =endorsement =aid =assistance =solidarity =donation =donations =apology
agreed_with verb agree =sign =signed =signs =signing cooperat allied reconcil =offer =offered =offers promis pledg =committed =commits =prepared =accepted =accepts =accept recogni
agreed_with noun =agreement =deal =accord =treaty =cooperation =pact =alliance =ceasefire =truce =offer =promise =pledge =recognition
accused verb    accus blam critici criticis condemn denounc slam rebuk censur disapprov chastis lambast =lashed_out =lashes_out =lash_out =lashing_out =hit_out =hits_out =hitting_out deplor =snub =snubbed =snubs =faulted =faults
accused noun    =accusation =accusations =criticism =condemnation =enemy =enemies =rebuke
rejected verb   reject refus =oppose =opposed =opposes =opposing =denied =deny =denies dismiss veto rebuff spurn =declined =declines reneg =turned_down =turns_down =turn_down =turning_down =defy =defied =defies =defying =overrule =overruled =overrules
rejected noun   =rejection =opposition =refusal
requested verb  urg demand appeal request =asked =asks =ask =pressed =pressing implor petition =ordered =orders =sought =seeks =seek =told =tells =called_on =called_for =calls_on =calls_for
requested noun  =demand =demands =request =appeal =call
threatened verb threat warn menac intimidat
threatened noun =threat =threats =warning =ultimatum
protested verb  protest demonstrat =rallied =marched =picketed
protested noun  =protest =protests =demonstration =demonstrations =rally =rallies =march =hunger_strike =hunger_strikes =general_strike =general_strikes =on_strike
sanctioned verb sanction expel boycott blockad =banned =ban =bans embargo =suspended =suspend =suspends freez =froze blacklist downgrad =withdraw =withdrew =withdrawn =severed =cut_ties =recalled! =recalls! =recall! deport
sanctioned noun =sanctions =embargo =expulsion =boycott =blockade =ban =bans =siege
attacked verb   attack strike =struck bomb =kill =killed =kills =killing assassinat invad shell raid arrest detain =shot =shoot fought =fight clash ambush abduct kidnap execut target seiz occup captur murder wound injur tortur =fired =beat =beaten =massacred =destroy =destroyed =destroys =destroying =stabbed =recaptured =recapture
attacked noun   =attack =attacks =strike =strikes =assassination =assassinations =invasion =war =offensive =bombing =raid =killing =arrest =airstrike =airstrikes =atrocities =massacre =fire =crackdown
`;

export const TRIGGERS: readonly TriggerEntry[] = TABLE.trim()
  .split('\n')
  .flatMap((line) => {
    const [relation, pos, ...words] = line.trim().split(/\s+/);
    return words.map((w) => ({
      match: w.replace(/_/g, ' ').replace(/!$/, ''),
      relation: relation as RelationType,
      pos: pos as 'verb' | 'noun',
      ...(w.endsWith('!') ? { needsObject: true } : {}),
    }));
  });

/** Words before a cooperative act that make it a promise or offer (PLOVER's AGREE): "will visit", "offered to help". */
export const INTENT_MARKERS: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  'would',
  'offered',
  'offers',
  'promised',
  'promises',
  'pledged',
  'agreed',
  'willing',
  'prepared',
  'ready',
]);
/**
 * Acts of yielding (CAMEO 08: releasing people, pulling troops out) that an intent marker before
 * them makes a promise to yield (CAMEO 035, "express intent to yield", which PLOVER codes AGREE):
 * "is willing to withdraw its troops from B", "will release B". Done, they state no relation of ours
 * (the guidelines: releases of detainees are none; a troop withdrawal is no sanction).
 */
export const YIELD_VERBS: ReadonlySet<string> = new Set(['release', 'free', 'withdraw']);
/**
 * What a withdrawal that yields pulls out, as written (plural): troops ("withdraw its forces from
 * B"). Withdrawing an ambassador is a sanction (CAMEO 161), withdrawing from talks a step back from
 * them, and withdrawing from "the force" leaves a body, as from a coalition (CAMEO 161).
 */
export const WITHDRAWN_FORCES: ReadonlySet<string> = new Set([
  'troops',
  'forces',
  'soldiers',
  'army',
  'peacekeepers',
  'units',
  'military',
]);
/**
 * Whom a release or freeing that yields sets free (lemmas), besides a named person: captives
 * ("will release the Chilean prisoners"); "release details", "free up funds" yield nothing.
 */
export const CAPTIVES: ReadonlySet<string> = new Set([
  'prisoner',
  'hostage',
  'detainee',
  'captive',
  'soldier',
  'sailor',
  'pilot',
  'journalist',
  'national',
  'citizen',
  'activist',
  'fisherman',
  'fishermen',
  'crew',
  'worker',
  'student',
]);
/** Words that turn an attack into a threat when they come just before it ("will strike", "vowed to attack"). */
export const THREAT_MARKERS: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  'would',
  'vow',
  'vowed',
  'vows',
  'threaten',
  'threatened',
  'threatens',
  'warned',
  'warns',
]);
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'refused',
  'declined',
  'without',
]);
export const HEDGES: ReadonlySet<string> = new Set([
  'may',
  'might',
  'could',
  'would',
  'should',
  'can',
  'possibly',
  'reportedly',
  'allegedly',
  'plans',
  'planned',
  'plan',
  'expected',
  'likely',
  'considering',
  'if',
  'whether',
]);
/** Verbs that introduce speech: their subject is the speaker of what follows. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'noted',
  'notes',
  'emphasized',
  'emphasised',
  'stressed',
  'told',
  'stated',
  'declared',
  'explained',
  'insisted',
  'announced',
  'asserted',
  'remarked',
  'wrote',
  'tweeted',
  'according',
]);
