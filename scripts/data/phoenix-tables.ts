/**
 * PETRARCH2 / Phoenix dictionaries: table rules
 *
 * Turns parsed actor records and agent entries into the four lookup tables (persons, parties,
 * organizations, agents). Every filter is a named rule or a data row here, so the generated banner
 * and the README can state them; the output is sorted and de-duplicated, so a run is deterministic.
 */

import { GIVEN_NAME_SET, NAME_PARTICLES } from '../../src/lexicon/names.ts';
import { ORG_HEADS } from '../../src/lexicon/organizations.ts';
import { HONORIFICS, ROLES } from '../../src/lexicon/titles.ts';
import type { ActorRecord, AgentEntry } from './phoenix-parse.ts';

/** Organization kinds: by the CAMEO code's first three letters, or by the file (armed groups). */
export type OrgKind = 'party' | 'igo' | 'ngo' | 'company' | 'armed';

/** One organization or party: its label, other names (lower case), kind and country when known. */
export interface OrgRow {
  label: string;
  kind: OrgKind;
  /** CAMEO country code of a party (`CHN`), '' when the dictionary gives none. */
  country: string;
  names: string[];
}

/** The generated tables, sorted. */
export interface PhoenixTables {
  persons: string[];
  orgs: OrgRow[];
  agents: string[];
}

/** The dictionary texts a build reads. */
export interface PhoenixSources {
  countries: ActorRecord[];
  international: ActorRecord[];
  milNonState: ActorRecord[];
  agents: AgentEntry[];
}

/** Build options: the words that count as common English (single-word names that are dropped). */
export interface BuildOptions {
  commonWords: ReadonlySet<string>;
}

/** Particles that start personal names ("abu bakr …", "bin laden"); "al"/"el" also start group names. */
const PERSON_START_PARTICLES: ReadonlySet<string> = new Set(
  [...NAME_PARTICLES].filter(
    (p) => !['al', 'el', 'la', 'le', 'de', 'del', 'della', 'da', 'di', 'du'].includes(p),
  ),
);

/** Person names: fewest and most words. */
export const PERSON_WORDS = { min: 2, max: 3 } as const;

/** Companies whose stated value (the `$…` figure in the comment) is below this are left out. */
export const COMPANY_MIN_DOLLARS = 10_000_000_000;

/** Words that make a name an organization, a place or an office, never a person. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...ORG_HEADS,
  ...['of', 'the', 'and', 'for', 'on', 'in', 'to', 'republic', 'kingdom', 'state', 'states', 'province'],
  ...['islands', 'island', 'territory', 'territories', 'city', 'region', 'district', 'county', 'north'],
  ...['south', 'east', 'west', 'central', 'people', 'peoples', "people's", 'national', 'forum', 'fund'],
  ...['program', 'programme', 'mission', 'project', 'nations', 'brigade', 'battalion', 'battalions'],
  ...['cells', 'cell', 'faction', 'militia', 'commando', 'commandos', 'nuclei', 'jihad', 'laboratories'],
]);

/** Words that make a name an organization in the international and armed-group files. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...NON_PERSON_WORDS,
  ...['organisation', 'institution', 'conference', 'watch', 'amnesty', 'borders', 'frontieres', 'cross'],
  ...['crescent', 'initiative', 'centre', 'center', 'council', 'harakat', 'jaish', 'jaysh', 'jabhat'],
  ...['lashkar', 'tehrik', 'hizb', 'kataib', 'ansar', 'liwa', 'majlis', 'squad', 'legion', 'unit'],
  ...['resistance', 'revolutionary', 'liberation', 'commission', 'bank', 'trust', 'partnership'],
]);

/** Role words: a name holding one is an office or a description, not a proper name. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(ROLES).filter((r) => !r.includes(' ') && !['head', 'chair', 'general', 'chief'].includes(r)),
  ...['representative', 'rapporteur', 'peacekeeper', 'peacekeepers', 'monitor', 'monitors', 'resident'],
  ...['operatives', 'member', 'members', 'staff', 'delegation', 'spokesman', 'counsel', 'coordinator'],
  ...['secretary-general', 'under-secretary', 'commissioner', 'president-elect', 'vice-president'],
]);

/** Words a name may not start with: honorifics and the first words of roles ("foreign minister …"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...HONORIFICS.map((h) => h.replace(/\.$/, '')),
  ...Object.keys(ROLES).map((r) => r.split(' ')[0]!),
  ...['foreign', 'defense', 'defence', 'interior', 'finance', 'deputy', 'former', 'vice', 'acting'],
  ...['general', 'gen.', 'gen', 'col.', 'colonel', 'maj.', 'major', 'lt.', 'captain', 'capt.', 'admiral'],
  ...['sen.', 'rep.', 'gov.', 'pres.', 'prince', 'princess', 'emir', 'crown', 'pope', 'cardinal', 'bishop'],
  ...['archbishop', 'rabbi', 'imam', 'mullah', 'cleric', 'mufti', 'saint', 'st.', 'sayyed', 'sayyid'],
]);

/** Corporate suffixes stripped from company names to make the label ("Abbott Laboratories Inc" → label without "Inc"). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  ...['inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'co', 'co.', 'plc', 'llc'],
  ...['sa', 's.a.', 'ag', 'nv', 'n.v.', 'lp', 'l.p.', 'ltda', 'spa', 's.p.a.', 'ab', 'asa', 'se'],
]);

/**
 * Names dropped by hand, with the reason: dictionary phrases that are descriptions, not names, and
 * that no rule above catches.
 */
export const DROPPED_NAMES: ReadonlyMap<string, string> = new Map([
  ['un bodies', 'a description ("UN bodies"), not a name'],
  ['un mission', 'a description, any UN mission'],
  ['the un', 'the article is not part of the name; "un" is kept'],
  ['qaeda group', 'a description'],
  ['al qaida-affiliated', 'an adjective'],
  ['al qaida offshoot', 'a description'],
  ['chinese central committee', 'a description'],
  ['presidium of the supreme soviet', 'another body (the legislature), listed under the CPSU'],
  ['soviet communist committee', 'a description'],
]);

/**
 * Agent phrases of the ~PTY family (and GREEN_PARTY, coded ~ENV) that are also the proper names of
 * parties ("the Democratic Party" of the United States and others); the other ~PTY agents
 * ("political party", "ruling party") are generic and stay agent nouns only.
 */
/**
 * Records of the country file that are armed groups although their code says otherwise
 * (ISIL is coded [SYRGOV 060301-100531]); the other armed groups there carry REB codes.
 */
export const ARMED_FROM_COUNTRIES: readonly string[] = ['ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_'];

/** Organization names longer than this (in words) are descriptions, not names used in text. */
export const ORG_MAX_NAME_WORDS = 8;

export const PARTY_NAMES_FROM_AGENTS: readonly string[] = ['DEMOCRATIC_PARTY', 'GREEN_PARTY'];

/** Allowed characters of a stored name once lower-cased. */
const NAME_CHARS = /^[a-z0-9][a-z0-9 .,'&/-]*$/;

/** `HAMID_KARZAI_` → `hamid karzai`; null when it holds other characters or no letter. */
export function normalizeName(raw: string): string | null {
  const text = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().replace(/,$/, '').trim().toLowerCase();
  if (!NAME_CHARS.test(text) || !/[a-z]/.test(text)) return null;
  if (text.replace(/[^a-z]/g, '').length < 2) return null;
  return text;
}

/** Splits `aden abyan islamic army (aaia)` into the name and the acronym in parentheses. */
function splitAcronym(raw: string): { name: string; acronym: string | null } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*_?\s*$/.exec(raw.replace(/_/g, ' '));
  if (!m) return { name: raw, acronym: null };
  return { name: m[1]!, acronym: m[2]!.trim() };
}

const words = (name: string) => name.split(' ');

/** Shaped like a personal name: 2–5 words, letters only, no title, role, place or org word. */
function isPersonShape(name: string): boolean {
  const ws = words(name);
  if (ws.length < 2 || ws.length > 5 || !/^[a-z][a-z .'-]*$/.test(name)) return false;
  if (TITLE_WORDS.has(ws[0]!)) return false;
  return !ws.some((w) => NON_PERSON_WORDS.has(w) || ROLE_WORDS.has(w));
}

/**
 * A personal name as stored: person-shaped, PERSON_WORDS.min–max words (a longer name is kept when
 * one of its words is a particle such as "al" or "bin", as "abu bakr al baghdadi"), no initials.
 */
export function isPersonName(name: string): boolean {
  const ws = words(name);
  if (!isPersonShape(name) || ws.length < PERSON_WORDS.min) return false;
  if (ws.length > PERSON_WORDS.max && !ws.some((w) => NAME_PARTICLES.has(w))) return false;
  // initials ("vladimir a. ivashko"): the dictionary lists the plain form beside them
  if (ws.some((w) => /^[a-z]\.?$/.test(w.replace(/\.$/, '')) || /^([a-z]\.)+$/.test(w))) return false;
  if (TITLE_WORDS.has(ws[0]!)) return false;
  return !ws.some((w) => NON_PERSON_WORDS.has(w) || ROLE_WORDS.has(w));
}

/** A name of an organization: one word, or holding an organization word, or an acronym. */
function hasOrgWord(name: string): boolean {
  return words(name).some((w) => ORG_WORDS.has(w));
}

function isTitleOrRole(name: string): boolean {
  const ws = words(name);
  return TITLE_WORDS.has(ws[0]!) || ws.some((w) => ROLE_WORDS.has(w) || w === 'chief');
}

/** "united nations children's fund" → "United Nations Children's Fund"; acronyms stay upper case. */
export function labelCase(name: string, acronym: boolean): string {
  if (acronym) return name.toUpperCase();
  const small = new Set([
    'of',
    'the',
    'and',
    'for',
    'in',
    'on',
    'to',
    'at',
    'by',
    'de',
    'du',
    'des',
    'la',
    'le',
  ]);
  return words(name)
    .map((w, i) => {
      if (i > 0 && small.has(w)) return w;
      if (/^[a-z]\.([a-z]\.)+$/.test(w) || !/[aeiouy]/.test(w.replace(/[^a-z]/g, ''))) return w.toUpperCase();
      // capitals after "-", "/", and after "'" only behind one letter ("o'neill", not "qa'ida")
      return w.replace(/(?<=^|[-/(]|^[a-z]')[a-z]/g, (c) => c.toUpperCase());
    })
    .join(' ');
}

/** A single word that is an acronym: no vowel, dotted (u.n.), or short in an IGO/NGO/company record. */
function isAcronym(name: string, kind: OrgKind): boolean {
  if (name.includes(' ')) return false;
  const letters = name.replace(/[^a-z]/g, '');
  if (/^([a-z]\.)+$/.test(name) || !/[aeiouy]/.test(letters)) return true;
  if (kind === 'company') return letters.length <= 3;
  return letters.length <= 4 || /[^aeiouy]{4}/.test(letters);
}

/** True when a one-word name is a common English word (ambiguous in text) or has no letters to speak of. */
function isAmbiguousWord(name: string, opts: BuildOptions): boolean {
  if (name.includes(' ')) return false;
  return opts.commonWords.has(name.replace(/\.$/, '')) || /^[0-9.,'&/-]+$/.test(name);
}

function kindOfCode(code: string): OrgKind | null {
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('NGO') || code.startsWith('NGM')) return 'ngo';
  if (code.startsWith('MNC')) return 'company';
  return null;
}

/** Strips corporate suffixes ("abbott laboratories inc" → "abbott laboratories"). */
function stripCompanySuffix(name: string): string {
  let ws = words(name.replace(/,/g, ''));
  while (ws.length > 1 && COMPANY_SUFFIXES.has(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  return ws.join(' ');
}

/** Persons of the country file: records marked "CountryInfo.txt" or with dated role codes. */
function countryPersons(records: ActorRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    const person = /CountryInfo/.test(r.comment) || r.codes.some((c) => c.dated);
    if (!person || r.codes.some((c) => /^[A-Z]{3}$/.test(c.code) && !c.dated)) continue;
    for (const raw of r.names) {
      const name = normalizeName(raw);
      if (name && isPersonName(name)) out.push(name);
    }
  }
  return out;
}

/** A record of the international or armed-group file that is an official, not an organization. */
function isPersonRecord(r: ActorRecord, known: ReadonlySet<string>, file: 'igo' | 'armed'): boolean {
  if (r.codes.some((c) => c.dated || c.code === 'ELI') || /IGOrulers/.test(r.comment)) return true;
  const primary = normalizeName(splitAcronym(r.names[0]!).name);
  if (!primary || hasOrgWord(primary) || !isPersonShape(primary)) return false;
  // "EARL_SLACK_ [MNCUSA] # Union Carbide spokesman": the comment names the role
  if (words(r.comment.toLowerCase().replace(/[^a-z ]/g, ' ')).some((w) => ROLE_WORDS.has(w))) return true;
  const first = words(primary)[0]!;
  if (known.has(primary) || GIVEN_NAME_SET.has(first) || PERSON_START_PARTICLES.has(first)) return true;
  // the international file lists officials without dates: multi-word, no org word, no MNC code
  return file === 'igo' && !r.codes.some((c) => c.code.startsWith('MNC'));
}

/** The `$…` figure of a company record's comment, null when none is given. */
function statedDollars(r: ActorRecord): number | null {
  const m = /\$([0-9][0-9,]*)/.exec(r.comment);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}

/** The organization rows of one file; records without a kind (no code) come back with kind null. */
function orgRows(
  records: ActorRecord[],
  file: 'igo' | 'armed',
  persons: ReadonlySet<string>,
  opts: BuildOptions,
): OrgRow[] {
  const out: Array<OrgRow & { acronymOf: boolean; code: string }> = [];
  for (const r of records) {
    if (r.names.length === 0 || isPersonRecord(r, persons, file)) continue;
    const code = r.codes[0]?.code ?? '';
    const kind: OrgKind | null =
      file === 'armed' ? 'armed' : (r.codes.map((c) => kindOfCode(c.code)).find((k) => k) ?? null);
    if (file === 'igo' && r.codes.length > 0 && !kind) continue;
    if (kind === 'company' && (statedDollars(r) ?? Infinity) < COMPANY_MIN_DOLLARS) continue;
    const names: string[] = [];
    const surnames = new Set<string>();
    let label = '';
    for (const raw of r.names) {
      const { name: bare, acronym } = splitAcronym(raw);
      const name = normalizeName(bare);
      if (name && words(name).length > ORG_MAX_NAME_WORDS) continue;
      if (name && !isTitleOrRole(name) && !DROPPED_NAMES.has(name) && !isAmbiguousWord(name, opts)) {
        const personLike =
          name.includes(' ') &&
          !hasOrgWord(name) &&
          (persons.has(name) ||
            [GIVEN_NAME_SET, PERSON_START_PARTICLES, TITLE_WORDS].some((s) => s.has(words(name)[0]!)));
        if (personLike) surnames.add(words(name).pop()!);
        else {
          const plain = name.replace(/^the /, '');
          const base = kind === 'company' ? stripCompanySuffix(plain) : plain;
          // an acronym label gives way to the first name of several words ("International Monetary Fund")
          const acronymLabel = label !== '' && label === label.toUpperCase() && !label.includes(' ');
          if (!label || (acronymLabel && base.includes(' ')))
            label = labelCase(base, isAcronym(base, kind ?? 'igo'));
          names.push(name, plain, base);
        }
      } else if (name && isTitleOrRole(name)) surnames.add(words(name).pop()!);
      const acr = acronym ? normalizeName(acronym) : null;
      if (acr && !acr.includes(' ') && !isAmbiguousWord(acr, opts)) names.push(acr);
    }
    // a one-word alias that is the surname of a leader listed in the record ("nasrallah")
    const kept = names.filter((n) => n.includes(' ') || !surnames.has(n) || n === label.toLowerCase());
    const acronymOf = names.every((n) => !n.includes(' ')) && !label.includes(' ');
    if (label)
      out.push({ label, kind: kind ?? 'igo', country: '', names: kept, acronymOf, code: kind ? code : '' });
  }
  return mergeAcronyms(out);
}

/** Initials of a name, without and with its small words ("united nations" → "un"). */
function initials(name: string): string[] {
  const ws = words(name.replace(/-/g, ' '));
  const all = ws.map((w) => w[0]).join('');
  const big = ws
    .filter((w) => !['of', 'the', 'and', 'for', 'on', 'in'].includes(w))
    .map((w) => w[0])
    .join('');
  return [...new Set([big, all])];
}

/**
 * A record that is only an acronym ("UN_ [IGOUNO]", "U.N._") joins the record of the same code
 * (or any record, when it has no code) whose initials it spells; it is dropped when it has no code
 * and no such record.
 */
function mergeAcronyms(rows: Array<OrgRow & { acronymOf: boolean; code: string }>): OrgRow[] {
  const byInitials = new Map<string, Array<OrgRow & { code: string }>>();
  for (const row of rows) {
    if (row.acronymOf) continue;
    for (const i of initials(row.label.toLowerCase())) {
      if (i.length < 2) continue;
      if (!byInitials.has(i)) byInitials.set(i, []);
      byInitials.get(i)!.push(row);
    }
  }
  const out: OrgRow[] = [];
  for (const row of rows) {
    if (!row.acronymOf) {
      out.push(row);
      continue;
    }
    const letters = row.label.toLowerCase().replace(/[^a-z]/g, '');
    const targets = (byInitials.get(letters) ?? []).filter((t) => !row.code || t.code === row.code);
    const labels = new Set(targets.map((t) => t.label));
    const target = labels.size === 1 ? targets[0]! : null;
    if (target) target.names.push(row.label.toLowerCase(), ...row.names);
    else if (row.code) out.push(row);
  }
  return out.map(({ label, kind, country, names }) => ({ label, kind, country, names }));
}

/** True when a name is a party's: "… party", "… party of …" (not an office such as "general secretary of …"). */
function isPartyName(name: string): boolean {
  return /(^| )part(y|ies)$|(^| )party of /.test(name) && !isTitleOrRole(name);
}

/** A party's own name: "… party", or "… party of …" with no "of" before "party". */
function isPartyHead(name: string): boolean {
  return /(^| )party$/.test(name) || /^(?:(?!\bof\b).)* party of /.test(name);
}

/** Parties of the country file: records with a PTY code or a name whose head is "party". */
function partyRows(records: ActorRecord[], opts: BuildOptions): OrgRow[] {
  const out: OrgRow[] = [];
  for (const r of records) {
    const names = r.names.map((n) => normalizeName(n)).filter((n): n is string => n !== null);
    const pty = r.codes.some((c) => c.code.includes('PTY'));
    if (!pty && !names.some(isPartyName)) continue;
    const keep = names.filter((n) => !isTitleOrRole(n) && !DROPPED_NAMES.has(n) && !isAmbiguousWord(n, opts));
    const primaries = new Set(r.names.slice(0, r.primaries).map(normalizeName));
    const label =
      keep.find((n) => primaries.has(n) && isPartyHead(n)) ??
      keep.find(isPartyHead) ??
      keep.find(isPartyName) ??
      keep[0];
    if (!label) continue;
    const country = r.codes.map((c) => c.code.slice(0, 3)).find((c) => /^[A-Z]{3}$/.test(c)) ?? '';
    out.push({ label: labelCase(label, false), kind: 'party', country, names: keep });
  }
  return out;
}

/** Lower-case forms of an agent phrase: the phrase and its plurals (regular or as listed). */
function agentForms(e: AgentEntry): string[] {
  const base = normalizeName(e.phrase);
  if (!base) return [];
  const out = [base];
  if (e.plurals === null) {
    const ws = words(base);
    const last = ws[ws.length - 1]!;
    // regular plurals as PETRARCH forms them (+S, Y → IES, SS → SSES); a word ending in "s" gets none
    const plural = /ss$/.test(last)
      ? `${last}es`
      : /s$/.test(last)
        ? null
        : /[^aeiou]y$/.test(last)
          ? `${last.slice(0, -1)}ies`
          : `${last}s`;
    if (plural && /[a-z]$/.test(last)) out.push([...ws.slice(0, -1), plural].join(' '));
  } else {
    for (const p of e.plurals) {
      const n = normalizeName(p);
      if (n) out.push(n);
    }
  }
  return out;
}

/** Merges rows with the same label and kind, drops names that point to two labels, sorts everything. */
function mergeOrgs(rows: OrgRow[]): OrgRow[] {
  const byKey = new Map<string, OrgRow>();
  for (const row of rows) {
    const key = `${row.kind}|${row.label.toLowerCase()}`;
    const old = byKey.get(key);
    if (old) {
      old.names.push(...row.names);
      if (!old.country) old.country = row.country;
    } else byKey.set(key, { ...row, names: [...row.names] });
  }
  const merged = [...byKey.values()];
  // a name that is some row's own label belongs to that row; any other name claimed twice is dropped
  const labelOwner = new Map<string, OrgRow>();
  for (const row of merged)
    if (!labelOwner.has(row.label.toLowerCase())) labelOwner.set(row.label.toLowerCase(), row);
  const claims = new Map<string, Set<OrgRow>>();
  for (const row of merged) {
    for (const n of row.names) {
      if (!claims.has(n)) claims.set(n, new Set());
      claims.get(n)!.add(row);
    }
  }
  for (const row of merged) {
    const own = row.label.toLowerCase();
    row.names = [...new Set(row.names)]
      .filter((n) => n !== own && words(n).length <= ORG_MAX_NAME_WORDS)
      .filter((n) => {
        const owner = labelOwner.get(n);
        if (owner) return owner === row;
        return claims.get(n)!.size === 1;
      })
      .sort();
  }
  return merged.sort((a, b) =>
    a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0,
  );
}

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

/** Builds every table from the parsed dictionaries. */
export function buildTables(src: PhoenixSources, opts: BuildOptions): PhoenixTables {
  const fromCountries = countryPersons(src.countries);
  const known = new Set(fromCountries);
  const officials: string[] = [];
  for (const [file, records] of [
    ['igo', src.international],
    ['armed', src.milNonState],
  ] as const) {
    for (const r of records) {
      if (!isPersonRecord(r, known, file)) continue;
      for (const raw of r.names) {
        const name = normalizeName(splitAcronym(raw).name);
        if (name && isPersonName(name)) officials.push(name);
      }
    }
  }
  const persons = sortedUnique([...fromCountries, ...officials]);
  const personSet = new Set(persons);
  const agentParties: OrgRow[] = src.agents
    .filter((a) => PARTY_NAMES_FROM_AGENTS.includes(a.phrase))
    .map((a) => ({
      label: labelCase(normalizeName(a.phrase)!, false),
      kind: 'party',
      country: '',
      names: [],
    }));
  const armedInCountries = src.countries.filter(
    (r) =>
      ARMED_FROM_COUNTRIES.includes(r.names[0]!) ||
      (!/CountryInfo/.test(r.comment) &&
        r.codes.some((c) => c.code.slice(3).startsWith('REB')) &&
        !r.codes.some((c) => c.code.includes('PTY'))),
  );
  const orgs = mergeOrgs([
    ...partyRows(src.countries, opts),
    ...agentParties,
    ...orgRows(src.international, 'igo', personSet, opts),
    ...orgRows(src.milNonState, 'armed', personSet, opts),
    ...orgRows(
      armedInCountries.map((r) => ({ ...r, codes: r.codes.filter((c) => !c.dated) })),
      'armed',
      personSet,
      opts,
    ),
  ]);
  const agents = sortedUnique(src.agents.flatMap(agentForms));
  return { persons, orgs, agents };
}
