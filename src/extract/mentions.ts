/**
 * Mentions
 *
 * Finds the people, places and organizations of one sentence. Capitalized runs of tokens are the
 * candidates (name particles and "of the" may sit inside); each run is split into a title part
 * ("Norway's Prime Minister", "Leader of the Revolution", "Ayatollah") and a name part, and
 * the name is classified by the gazetteers, organization head words, given names and compromise's
 * tags, in that order. Spans hold the name only: no title, no possessive 's, no leading "the".
 * Lower-case role phrases with a place ("the prime minister of Chile") become title mentions too.
 */

import { ORG_HEADS } from '../lexicon/organizations.ts';
import { ROLES, TITLE_QUALIFIERS } from '../lexicon/titles.ts';
import type { Token } from '../nlp/compromise.ts';
import {
  bindAppositions,
  dedupe,
  demonymBefore,
  findPossessiveBefore,
  lowercaseTitles,
} from './appositions.ts';
import { type Candidate, candidate, span } from './candidate.ts';
import { classifyName } from './classify.ts';
import { isHeadline, recaseHeadline } from './headline.ts';
import { bare, capitalizedRuns, splitTitle, trimRunStart } from './runs.ts';

export type { Candidate } from './candidate.ts';
export { isHeadline } from './headline.ts';

/**
 * Finds the mentions of one sentence's tokens. Titles come back as candidates of form "title"
 * linked (`names`) to the name they describe when the sentence says so.
 */
export function findMentions(sentenceTokens: Token[]): Candidate[] {
  const tokens = isHeadline(sentenceTokens) ? recaseHeadline(sentenceTokens) : sentenceTokens;
  const out: Candidate[] = [];
  // name parts no table or tag classified: an apposed title may still say whose name they are
  const unclassified: [number, number][] = [];
  const runs = capitalizedRuns(tokens);
  for (let r = 0; r < runs.length; r++) {
    const [runFrom, runEnd] = runs[r]!;
    let from = trimRunStart(tokens, runFrom, runEnd, runFrom === 0);
    // "Norway Sunday", "Yesterday Tomas Varga": dates are not part of a name
    let runTo = runEnd;
    while (from < runTo && ['Date', 'WeekDay', 'Month'].some((tag) => tokens[from]!.tags.has(tag))) from++;
    while (runTo > from && ['Date', 'WeekDay', 'Month'].some((tag) => tokens[runTo - 1]!.tags.has(tag)))
      runTo--;
    if (from >= runTo) continue;
    let split = splitTitle(tokens, from, runTo);
    // "United Nations General Assembly": a role word inside a body's name, with words of the name
    // before it and only head words of bodies after it, names no person ("Senator Church" does)
    if (
      split.role &&
      split.role[0] > from &&
      split.nameFrom < runTo &&
      tokens.slice(split.nameFrom, runTo).every((t) => ORG_HEADS.has(bare(t).toLowerCase()))
    )
      split = { nameFrom: from, honorific: false };
    let qualifier: Candidate | null = null;
    if (split.qualifier) {
      const [qf, qt] = split.qualifier;
      const qText = tokens
        .slice(qf, qt)
        .map((t) => t.normal)
        .join(' ');
      qualifier = TITLE_QUALIFIERS.some((p) => qText === p) ? null : classifyName(tokens, qf, qt, false);
      const weak = qualifier && !qualifier.strong && qualifier.kind === 'place' ? qualifier : null;
      // "Leader of the Revolution of Chile": the place at the end qualifies the role
      if (!qualifier?.strong) {
        qualifier = null;
        for (let k = qt - 1; k > qf; k--) {
          if (tokens[k - 1]!.normal === 'of') {
            qualifier = classifyName(tokens, k, qt, false);
            break;
          }
        }
      }
      // "Governor of Ohio": a place the gazetteer lacks is still the body of the role before it
      if (!qualifier && weak) {
        qualifier = weak;
        qualifier.strong = true;
        qualifier.bodyOfRole = true;
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
    // "Major General Tomas Varga": the honorifics stand with the name as one argument
    if (name && split.honorific && !split.role) {
      name.from = from;
      if (name.kind === 'person') name.honorificStart = tokens[from]!.start;
    }
    if (name) out.push(name);
    else if (split.nameFrom < runTo && !split.honorific) unclassified.push([split.nameFrom, runTo]);
    if (split.role) {
      const [rf, rt, role] = split.role;
      // "Norway's Prime Minister": a possessive place or org just before the run qualifies the role
      const prev = out.length > 0 ? findPossessiveBefore(out, tokens, from) : null;
      const demonym = !qualifier ? demonymBefore(tokens, from, rf) : null;
      const q = qualifier ?? prev ?? demonym;
      if (demonym) out.push(demonym);
      const titleFrom = split.lead ? split.lead[0] : prev ? prev.from : demonym ? demonym.from : rf;
      // the qualifier after the role ("Leader of the Revolution") ends the title; one before
      // it ("Minister of Iran President": the role is the last word) does not
      const titleTo = split.qualifier ? Math.max(split.qualifier[1], rt) : rt;
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
  bindAppositions(tokens, out, unclassified);
  return dedupe(out);
}
