/**
 * Titles, honorifics and roles
 *
 * Data tables for the words that precede or describe a person: honorifics that are never part of
 * a name span ("Ayatollah", "Mr."), and roles that say what a person is of a place or organization
 * ("Prime Minister" → leader_of, "Foreign Minister" → member_of). Lower-case, one entry per phrase;
 * multi-word phrases are matched longest first.
 */

import { MONTHS, TIME_ZONES, WEEKDAYS } from './time.ts';

/** Words and phrases that precede a name and are not part of it (graph/words.ts owns the table). */
export { HONORIFICS } from '../../graph/words.ts';

export type RoleRelation = 'leader_of' | 'member_of';

/**
 * Roles a person holds in a place or organization. Matched after optional modifiers
 * (ROLE_MODIFIERS) and before or after the place: "Norway's Prime Minister", "Prime Minister of Norway",
 * "the Norwegian Prime Minister".
 */
export const ROLES: Readonly<Record<string, RoleRelation>> = {
  president: 'leader_of',
  'prime minister': 'leader_of',
  premier: 'leader_of',
  chancellor: 'leader_of',
  leader: 'leader_of',
  'supreme leader': 'leader_of',
  king: 'leader_of',
  queen: 'leader_of',
  emir: 'leader_of',
  sultan: 'leader_of',
  monarch: 'leader_of',
  ruler: 'leader_of',
  dictator: 'leader_of',
  head: 'leader_of',
  'head of state': 'leader_of',
  chairman: 'leader_of',
  chairwoman: 'leader_of',
  chair: 'leader_of',
  'chief executive': 'leader_of',
  ceo: 'leader_of',
  director: 'leader_of',
  'director general': 'leader_of',
  'director-general': 'leader_of',
  'secretary general': 'leader_of',
  'secretary-general': 'leader_of',
  governor: 'leader_of',
  mayor: 'leader_of',
  chief: 'leader_of',
  commander: 'leader_of',
  'commander-in-chief': 'leader_of',
  'vice president': 'member_of',
  'vice-president': 'member_of',
  'deputy prime minister': 'member_of',
  minister: 'member_of',
  'foreign minister': 'member_of',
  'defence minister': 'member_of',
  'defense minister': 'member_of',
  'interior minister': 'member_of',
  'finance minister': 'member_of',
  'oil minister': 'member_of',
  'minister of foreign affairs': 'member_of',
  secretary: 'member_of',
  'secretary of state': 'member_of',
  'foreign secretary': 'member_of',
  spokesman: 'member_of',
  spokeswoman: 'member_of',
  spokesperson: 'member_of',
  ambassador: 'member_of',
  envoy: 'member_of',
  official: 'member_of',
  senator: 'member_of',
  lawmaker: 'member_of',
  'member of parliament': 'member_of',
  mp: 'member_of',
  general: 'member_of',
  // a post of the government named "… general", no army general ("Attorney General A")
  'attorney general': 'member_of',
  'solicitor general': 'member_of',
  'inspector general': 'member_of',
  'surgeon general': 'member_of',
  'governor general': 'member_of',
  'governor-general': 'member_of',
  'army chief': 'leader_of',
  'military chief': 'leader_of',
  'opposition leader': 'member_of',
  'party leader': 'leader_of',
  negotiator: 'member_of',
  diplomat: 'member_of',
  adviser: 'member_of',
  advisor: 'member_of',
};

/**
 * Posts the rule tables above leave out because they are no title before a name in running text as
 * often, but which the parse finds in titles and appositions: heads of an organization ("<Agency>
 * Administrator Y", "Y, <team> coach", "chief executive of Z": leader_of), a team's captain
 * ("<Country> captain Y": member_of, the country's side) and a member ("Y, a member of Z"), read
 * by the structural reader (src/relations/from-tree.ts) only. The mention rules keep reading ROLES
 * alone.
 */
export const HEAD_ROLES: Readonly<Record<string, RoleRelation>> = {
  administrator: 'leader_of',
  coach: 'leader_of',
  'chief executive': 'leader_of',
  'chief executive officer': 'leader_of',
  'managing director': 'leader_of',
  'executive director': 'leader_of',
  'editor-in-chief': 'leader_of',
  captain: 'member_of',
  member: 'member_of',
};

/**
 * Nouns that describe a person by another person or by an attitude, not by a post: "A, the wife of
 * B", "A, a critic of the party". In apposition or as a title they state no membership.
 */
export const NOT_ROLES: ReadonlySet<string> = new Set([
  // who left a body is no member of it (guidelines: "leaving does not count")
  'defector',
  'deserter',
  'exile',
  'son',
  'daughter',
  'wife',
  'husband',
  'father',
  'mother',
  'brother',
  'sister',
  'child',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'cousin',
  'widow',
  'widower',
  'friend',
  'partner',
  'girlfriend',
  'boyfriend',
  'fiancé',
  'fiancée',
  'critic',
  'opponent',
  'rival',
  'enemy',
  'foe',
  'fan',
  'admirer',
  'supporter',
  'ally',
  'victim',
  'customer',
  'client',
  'guest',
  'visitor',
  'biographer',
  'subject',
  'target',
  'defendant',
  'plaintiff',
  'prisoner',
  'hostage',
  'suspect',
  'winner',
  'recipient',
  'name',
  'photo',
  'picture',
  'image',
  'statement',
  'report',
]);

/**
 * Words naming a government portfolio: before "Minister", "Secretary" or "Commissioner" they are
 * part of the post ("Trade Minister", "Shadow Health Secretary"), not the body it belongs to. A closed
 * list: an unknown capitalized word there is as often a party or a region ("Likud Minister").
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `trade health home shadow farm farming agriculture agricultural education justice energy transport
  culture tourism environment economy economic industry housing fisheries finance defence defense
  interior foreign information communications immigration employment welfare water sport sports
  science technology planning commerce development security social works mines mining petroleum oil
  land lands budget treasury labor labour`.split(/\s+/),
);

/** Words that may precede a role without changing it ("First Vice President", "former President"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'first',
  'deputy',
  'acting',
  'interim',
  'former',
  'late',
  'then',
  'new',
  'outgoing',
  'incoming',
  'top',
  'senior',
  'chief',
  'vice',
  'caretaker',
  'elected',
  'supreme',
];

/**
 * Role phrases that carry their own qualifier and work as a title on their own
 * ("Leader of the Revolution"): the words after "of" name no separate entity. A modified
 * qualifier ("of the Velvet Revolution") needs no row: mentions.ts keeps only a strong reading of
 * it (a known name, an organization head word), a place it names, or the place after a further
 * "of" ("Leader of the Velvet Revolution of Chile"); a bare modifier gives none.
 */
export const TITLE_QUALIFIERS: readonly string[] = ['revolution'];

/** Capitalized words that are never names on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...TIME_ZONES,
  'excellency',
  'majesty',
  'highness',
  'honour',
  'honor',
  'god',
  'allah',
  'i',
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'but',
  'or',
  'as',
  'it',
  'he',
  'she',
  'they',
  'we',
  'you',
  'his',
  'her',
  'their',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'during',
  'after',
  'before',
  'while',
  'when',
  'if',
  'so',
  'also',
  'however',
  'meanwhile',
  'moreover',
  'news',
  'mr',
  'mrs',
  'ms',
  'dr',
]);
