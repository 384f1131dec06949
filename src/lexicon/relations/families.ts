/**
 * CAMEO code families
 *
 * Which relation id of this project each CAMEO event code states, by code prefix (the longest
 * prefix wins), each family with its reason: PLOVER's CAMEO conversion table
 * (../shared/data/petrarch2/CAMEO2PLOVER-2021.txt) read through ARCHITECTURE.md's relation table and
 * the annotation guidelines. The generator of ./cameo.ts reads it; a row's code finds its reason here.
 */

import type { RelationType } from '../../../graph/relations.ts';

/**
 * CAMEO code → relation id, most specific prefix first, each with its reason. `null`: the family
 * states no relation of ours (statements, concessions, investigations, mobilization).
 */
export const CODE_FAMILIES: readonly [prefix: string, relation: RelationType | null, reason: string][] = [
  ['01', null, 'public statements: comments, optimism, denials of responsibility state no relation'],
  ['02', 'requested', 'appeals (PLOVER REQUEST): "appealed to", "asked Y for"'],
  ['036', 'met_with', 'intent to meet or negotiate: planned meetings count as met_with (guidelines)'],
  ['03', 'agreed_with', 'intent to cooperate (PLOVER AGREE): pledges, offers, promises of cooperation'],
  ['04', 'met_with', 'consult (PLOVER CONSULT): meetings, visits, hosting, phone calls, negotiation'],
  ['054', 'agreed_with', 'diplomatic recognition: "recognised a government" is agreed_with (guidelines)'],
  ['055', null, 'apologies are not support in the guidelines'],
  ['056', null, 'forgiveness is not support in the guidelines'],
  ['057', 'agreed_with', 'signing a formal agreement (PLOVER AGREE) is agreed_with'],
  ['05', 'supports', 'diplomatic support (PLOVER SUPPORT): praise, endorsement, verbal defence'],
  ['06', 'agreed_with', 'material cooperation (PLOVER COOPERATE): cooperating with is mutual'],
  ['07', 'supports', 'aid (PLOVER AID): gave aid to is supports (guidelines)'],
  ['08', null, 'concessions and releases: "releases of detainees" are no relation (guidelines)'],
  ['09', null, 'investigations: questioning by police is no relation (guidelines)'],
  ['10', 'requested', 'demands (PLOVER REQUEST): urged, demanded, called on'],
  ['115', null, 'lawsuits are no relation (guidelines)'],
  ['116', null, 'legal verdicts are no relation of ours'],
  ['11', 'accused', 'disapproval (PLOVER ACCUSE): criticised, accused, condemned'],
  ['12', 'rejected', 'rejection (PLOVER REJECT): rejected, refused, vetoed'],
  ['13', 'threatened', "threats (PLOVER THREATEN) of the actor's own action"],
  ['14', 'protested', 'protest (PLOVER PROTEST): demonstrations, rallies, strikes'],
  ['15', null, 'mobilization: raising alert or deploying forces names no target'],
  ['16', 'sanctioned', 'reducing relations, sanctions, expulsions (PLOVER SANCTION)'],
  ['172', 'sanctioned', 'administrative sanctions and bans: sanctioned (guidelines: bans)'],
  ['174', 'sanctioned', 'deportation is an expulsion: sanctioned (guidelines)'],
  ['17', 'attacked', 'coercion by force: seizures, arrests, repression (guidelines: detained by force)'],
  ['191', 'sanctioned', 'blockades are sanctioned (guidelines)'],
  ['18', 'attacked', 'unconventional violence (PLOVER ASSAULT): abduction, assault, bombing, killing'],
  ['19', 'attacked', 'conventional military force (PLOVER ASSAULT): fighting, shelling, occupation'],
  ['20', 'attacked', 'mass violence (PLOVER ASSAULT)'],
];

/** The relation a CAMEO code states, with the family's reason; undefined for `---` or an unknown code. */
export function relationOfCode(code: string): { relation: RelationType | null; reason: string } | undefined {
  if (!/^\d{2,4}$/.test(code)) return undefined;
  let best: (typeof CODE_FAMILIES)[number] | undefined;
  for (const f of CODE_FAMILIES) {
    if (code.startsWith(f[0]) && (!best || f[0].length > best[0].length)) best = f;
  }
  return best ? { relation: best[1], reason: best[2] } : undefined;
}
