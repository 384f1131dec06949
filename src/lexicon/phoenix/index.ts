/**
 * Phoenix lookup tables
 *
 * Lookups over the tables generated from the PETRARCH2 / Phoenix dictionaries (MIT, Copyright (c)
 * 2014 Open Event Data; see ./README.md and ./LICENSE): personal names of political
 * actors, political parties, international organizations, companies and non-state armed groups,
 * and generic agent nouns. The generated modules hold sorted, front-coded, newline-separated
 * strings; the Sets and the Map are built on the first call of each lookup. Pure data: no Node
 * module, so it runs in the browser too.
 */

import { AGENT_MAX_WORDS, AGENTS } from './agents.ts';
import { ARMED_GROUPS, COMPANIES, IGOS, NGOS, ORG_MAX_WORDS } from './organizations.ts';
import { PARTIES } from './parties.ts';
import { PERSON_MAX_WORDS, PERSONS } from './persons.ts';

/** What kind of organization a name belongs to. */
export type PhoenixOrgKind = 'party' | 'igo' | 'ngo' | 'company' | 'armed';

/** An organization found by name: its canonical label, kind, and a party's CAMEO country code. */
export interface PhoenixOrganization {
  /** The dictionary's main name, cased for display ("United Nations", "Communist Party of China"). */
  label: string;
  kind: PhoenixOrgKind;
  /** CAMEO country code of a party ("CHN"); absent when the dictionary gives none. */
  country?: string;
}

/** Most words in any name or phrase of the tables, so callers can try n-grams up to this length. */
export const MAX_PHOENIX_WORDS: number = Math.max(PERSON_MAX_WORDS, ORG_MAX_WORDS, AGENT_MAX_WORDS);

/**
 * Decodes a front-coded table: each row starts with one base-36 digit, the number of characters
 * it shares with the row before, followed by the rest of the row. Empty lines are skipped.
 */
export function decodeFrontCoded(text: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const row of text.split('\n')) {
    if (row === '') continue;
    prev = prev.slice(0, Number.parseInt(row[0]!, 36)) + row.slice(1);
    out.push(prev);
  }
  return out;
}

/** Lower-case, single-spaced form of a lookup key. */
function key(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

let persons: ReadonlySet<string> | null = null;
let agents: ReadonlySet<string> | null = null;
let organizations: ReadonlyMap<string, PhoenixOrganization> | null = null;

function buildOrganizations(): Map<string, PhoenixOrganization> {
  const map = new Map<string, PhoenixOrganization>();
  const add = (names: string[], org: PhoenixOrganization) => {
    for (const name of names) if (!map.has(name)) map.set(name, org);
  };
  // parties first, then the other kinds in a fixed order: the first table to claim a name keeps it
  for (const line of PARTIES.split('\n')) {
    if (line === '') continue;
    const [country, label, ...names] = line.split('|');
    const org: PhoenixOrganization = { label: label!, kind: 'party' };
    if (country) org.country = country;
    add([label!.toLowerCase(), ...names], org);
  }
  const tables: Array<[string, PhoenixOrgKind]> = [
    [IGOS, 'igo'],
    [NGOS, 'ngo'],
    [ARMED_GROUPS, 'armed'],
    [COMPANIES, 'company'],
  ];
  for (const [text, kind] of tables) {
    for (const line of decodeFrontCoded(text)) {
      const [label, ...names] = line.split('|');
      add([label!.toLowerCase(), ...names], { label: label!, kind });
    }
  }
  return map;
}

/** True when `name` ("ashraf ghani") is the personal name of a political actor in the dictionaries. */
export function isKnownPersonName(lowerSpaceSeparated: string): boolean {
  persons ??= new Set(decodeFrontCoded(PERSONS));
  return persons.has(key(lowerSpaceSeparated));
}

/**
 * The organization or party a name ("un", "united nations", "hezbollah", "chinese communist party")
 * stands for, or null. The label is the dictionary's main name.
 */
export function knownOrganization(lower: string): PhoenixOrganization | null {
  organizations ??= buildOrganizations();
  return organizations.get(key(lower)) ?? null;
}

/** True when `lower` ("police", "rebels", "foreign minister") is a generic agent noun. */
export function isAgentNoun(lower: string): boolean {
  agents ??= new Set(decodeFrontCoded(AGENTS));
  return agents.has(key(lower));
}

/** How many entries each table holds (names for persons and agents, organizations otherwise). */
export function phoenixCounts(): Record<'persons' | PhoenixOrgKind | 'agents', number> {
  const rows = (text: string) => decodeFrontCoded(text).length;
  return {
    persons: rows(PERSONS),
    party: PARTIES.split('\n').filter(Boolean).length,
    igo: rows(IGOS),
    ngo: rows(NGOS),
    company: rows(COMPANIES),
    armed: rows(ARMED_GROUPS),
    agents: rows(AGENTS),
  };
}
