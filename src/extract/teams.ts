/**
 * Teams
 *
 * On the sports pages a place is usually a club or a national side, and news convention (CoNLL's
 * among others) makes it an organization: "Westmarch beat Eastholm", "Harlow 4 Stanley 2",
 * "Westmarch 259 and 207". A name followed by a score, or on either side of a result verb, is a
 * team; once a name is a team in a document, it is a team throughout that document.
 */

import { COUNTRY_LABELS } from '../lexicon/places.ts';
import type { Token } from '../nlp/compromise.ts';
import type { Candidate } from './mentions.ts';

const RESULT_VERBS = new Set([
  'beat',
  'beats',
  'drew',
  'draw',
  'draws',
  'defeated',
  'defeat',
  'defeats',
  'v',
  'vs',
  'versus',
  'edged',
  'thrashed',
  'routed',
  'trounced',
  'overcame',
  'outplayed',
  'hammered',
  'crushed',
  'downed',
  'blanked',
  'swept',
  'whipped',
]);
const SCORE = /^\d+([-:/]\d+)?$/;
const DATE = /^(1[89]|20)\d\d([-/]\d\d?([-/]\d\d?)?)?$/;

function isScore(t: Token | undefined): boolean {
  return !!t && SCORE.test(t.text) && !DATE.test(t.text);
}

function capitalized(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}\p{Ll}*\.$/u.test(t.text);
}

/** Marks team mentions in one sentence: converts places and adds unknown names before a score. */
export function findTeams(tokens: Token[], cands: Candidate[]): { teams: Candidate[]; added: Candidate[] } {
  const teams: Candidate[] = [];
  const added: Candidate[] = [];
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.from; i < c.to; i++) covered.add(i);
  for (const c of cands) {
    if (c.form === 'title' || c.form === 'demonym') continue;
    // "Harlow 4 Stanley 2": a lone name between two scores is a team even if it is also a given name
    if (c.kind === 'person' && !(c.to - c.from === 1 && isScore(tokens[c.from - 1]) && isScore(tokens[c.to])))
      continue;
    // national sides keep their country's name and kind; clubs named after towns become teams
    if (c.canonical && COUNTRY_LABELS.has(c.canonical)) continue;
    const next = tokens[c.to];
    const prev = tokens[c.from - 1];
    const scored = isScore(next) && /^\s+$/.test(tokens[c.to - 1]!.post);
    const result =
      RESULT_VERBS.has(next?.text.toLowerCase() ?? '') || RESULT_VERBS.has(prev?.text.toLowerCase() ?? '');
    if (scored || (result && c.kind === 'place')) teams.push(c);
  }
  // "Harlow 4 Stanley 2": unknown names that a score follows, at a line's or list item's start
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !capitalized(tokens[i])) continue;
    const startOk =
      i === 0 ||
      /[\n,;(]\s*$/.test(tokens[i - 1]!.post) ||
      isScore(tokens[i - 1]) ||
      /\n/.test(tokens[i]!.pre);
    if (!startOk) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i < 3 &&
      capitalized(tokens[j]) &&
      !covered.has(j) &&
      /^ $/.test(tokens[j - 1]!.post)
    )
      j++;
    if (!isScore(tokens[j]) || !/^\s+$/.test(tokens[j - 1]!.post)) continue;
    const c: Candidate = {
      kind: 'organization',
      form: 'name',
      start: tokens[i]!.start,
      end: tokens[j - 1]!.end,
      from: i,
      to: j,
      strong: true,
    };
    added.push(c);
    teams.push(c);
    i = j;
  }
  for (const c of teams) c.kind = 'organization';
  return { teams, added };
}

/** Once a document calls a name a team, its other place mentions of that name are the team too. */
export function unifyTeams(text: string, all: Candidate[], teams: Candidate[]): void {
  const names = new Set(teams.map((c) => text.slice(c.start, c.end).toLowerCase()));
  if (names.size === 0) return;
  for (const c of all) {
    if (
      c.kind === 'place' &&
      c.form === 'name' &&
      !(c.canonical && COUNTRY_LABELS.has(c.canonical)) &&
      names.has(text.slice(c.start, c.end).toLowerCase())
    ) {
      c.kind = 'organization';
      delete c.canonical;
    }
  }
}
