/**
 * Generator of src/lexicon/relations/cameo.ts
 *
 * `npm run gen:relations` reads the CAMEO verb dictionary of PETRARCH2
 * (`../shared/data/petrarch2/CAMEO.2.0.txt`, MIT; or `--shared <dir>`, or KG_SHARED) and writes the
 * rows the relation stage reads: verb lemma (with its phrasal particle), an optional constraint
 * taken from a pattern (the preposition its patient needs, or the head noun its object must have),
 * the relation id of this project, the CAMEO code and the reason (the block and the pattern it came
 * from). The mapping of CAMEO codes to relation ids is src/lexicon/relations/families.ts, each family
 * with its reason; it was checked against sentences of the CoNLL-2003 training text (see the README of
 * src/lexicon/relations).
 *
 * What is kept, to stay small and safe:
 * - every verb of a block whose own code (or the block's) maps to a relation;
 * - a pattern row only when it names one constraint this project's tree matcher can test — a bare
 *   preposition `* (AGAINST)`, one object noun `* SANCTIONS`, or a preposition with one noun
 *   `* (FOR TALKS)` — and only when its relation differs from the verb's own (a sense the verb
 *   alone does not give, or `[---]`, a sense that gives none). A pattern applies to the verb its
 *   comment names (PETRARCH2 applies it to the whole block; the comment is the verb it was coded
 *   for, the narrower reading). Synsets (&WEAPON), noun phrases in braces, pre-verb nouns and the
 *   `$ ^ %` markers are left out.
 * - a code `[a:b]` codes a second event with source and target swapped; `[:b]` codes only that one
 *   ("FACE * CRITICISM [:111]": the one facing criticism is criticised), kept as `reversed`.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGenerator } from './generated.ts';

export { sharedDir } from './generated.ts';

import type { RelationType } from '../graph/relations.ts';
import { relationOfCode } from '../src/lexicon/relations/families.ts';

/** PETRARCH2 commit the shared copy of the dictionaries was taken from (../shared/data/petrarch2/README.md). */
export const SOURCE_COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';

/** One generated row (see src/lexicon/relations/types.ts for the meaning of each field). */
export interface CameoRow {
  lemma: string;
  particle?: string;
  prep?: string;
  object?: string;
  relation: RelationType | null;
  code: string;
  reversed?: boolean;
  reason: string;
}

interface Verb {
  lemma: string;
  particle?: string;
  code?: string;
}

interface Block {
  name: string;
  code: string;
  verbs: Verb[];
  patterns: { raw: string; pre: string; post: string; code: string; verb: string }[];
}

/** A verb line: `MEET {MEETS MET}`, `ASK [020]`, `+MEET_WITH {+MET_WITH …}`, `WIRE_+TAP {…}`. */
function parseVerb(line: string): Verb | null {
  const code = /\[([^\]]*)\]/.exec(line)?.[1]?.trim();
  const head = line
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .trim()
    .split(/\s+/)[0];
  if (!head) return null;
  const words = head.toLowerCase().split('_').filter(Boolean);
  let at = words.findIndex((w) => w.startsWith('+'));
  if (at < 0) at = 0;
  // a compound with words before the verb ("WIRE_+TAP") needs the words before: not a lemma row
  if (at > 0) return null;
  const lemma = words[0]!.replace(/^\+/, '');
  if (!/^[a-z][a-z-]*$/.test(lemma)) return null;
  const rest = words.slice(1);
  const verb: Verb = { lemma };
  if (rest.length > 0) verb.particle = rest.join(' ');
  if (code && code !== '---') verb.code = code;
  return verb;
}

/** The blocks of the verb section of CAMEO.2.0.txt. */
export function parseBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes('VERB PATTERNS'));
  const blocks: Block[] = [];
  let cur: Block | null = null;
  for (const raw of lines.slice(start + 1)) {
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(raw);
    if (header) {
      cur = { name: header[1]!, code: header[2]!.trim(), verbs: [], patterns: [] };
      blocks.push(cur);
      continue;
    }
    if (!cur) continue;
    const hash = raw.indexOf('#');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!body || body.startsWith('~')) continue;
    if (body.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(body);
      if (!m) continue;
      const [pre, post] = m[1]!.includes('*') ? m[1]!.split('*', 2) : ['', m[1]!];
      const verb =
        hash >= 0
          ? (raw
              .slice(hash + 1)
              .trim()
              .split(/\s+/)[0] ?? '')
          : '';
      cur.patterns.push({
        raw: m[1]!.replace(/\s+/g, ' ').trim(),
        pre: pre!.trim(),
        post: post!.trim(),
        code: m[2]!.trim(),
        verb: verb.toLowerCase().replace(/^\+/, ''),
      });
      continue;
    }
    const v = parseVerb(body);
    if (v) cur.verbs.push(v);
  }
  return blocks;
}

/** The one constraint a pattern's post-verb part names, or null when it is not one this project tests. */
function constraintOf(post: string): { prep?: string; object?: string } | null {
  const word = /^[A-Z][A-Z-]*$/;
  let m = /^\(([A-Z]+)\)$/.exec(post);
  if (m) return { prep: m[1]!.toLowerCase() };
  m = /^\(([A-Z]+) ([A-Z][A-Z-]*)\)$/.exec(post);
  if (m) return { prep: m[1]!.toLowerCase(), object: m[2]!.toLowerCase() };
  if (word.test(post)) return { object: post.toLowerCase() };
  return null;
}

/** Parses a code field: the primary code, or the reversed one when only `[:b]` is given. */
function codeOf(field: string): { code: string; reversed: boolean } | null {
  const [a, b] = field.split(':');
  if (a && a !== '---') return { code: a, reversed: false };
  if (a === '---' && b === undefined) return { code: '---', reversed: false };
  if (!a && b && b !== '---') return { code: b, reversed: true };
  return null;
}

/**
 * Verbs CAMEO codes on their own line (or as a block's head) that state no relation of ours in
 * news text, each with what the CoNLL-2003 training text showed (sentences read, not tuned on).
 */
export const EXCLUDED_VERBS: Readonly<Record<string, string>> = {
  beat: 'sports results ("X beat Y 2-1") outnumber assaults in news text',
  die: 'an intransitive event: no target',
  engage: '"engaged in talks/fighting": the sense is in the noun, not the verb',
  expect: '"X is expected to meet Y" is a hedge on the embedded verb, not a request or a pledge',
  want: 'a wish: the relation is in the embedded verb, hedged',
  decide: 'a decision of the actor alone: the relation is in the embedded verb',
  determine: 'mostly "determined by events", "determine the cause": no second party',
  vote: 'elections and votes name no second party',
  aim: 'mostly "aimed at" a goal or a race, not an actor',
  seek: '"sought to" is an attempt at the embedded verb; "seek asylum" names no party',
  comply: 'compliance with rules, not an agreement with a party',
  express: '"expressed sorrow/concern": the object decides, and most objects are feelings',
  fail: '"failed to" negates the embedded verb; it is not a rejection',
  order: 'mostly "in order to", orders of goods, and court orders',
  apply: 'applications (for jobs, membership, "applies to") are not requests of a party',
  hope: 'a wish, not an appeal to a party',
  suggest: 'a suggestion is advice (guidelines: advice is no relation)',
  consider: '"considered life-threatening": an opinion, not a consultation',
  hear: 'courts hearing cases and people hearing news: not a meeting',
  introduce: 'mostly introducing laws, currencies and products',
  notify: 'a notice is not a meeting',
  arrive: 'arrival in a place is a venue, not a visit to a party',
  address: 'speeches and addresses are no meeting (guidelines)',
  disclose: 'disclosure names no second party',
  acknowledge: 'an acknowledgement states no relation',
  debate: 'parliaments debating a bill: no second party',
  trade: 'markets: "trade" is mostly a noun of prices and volumes',
  link: 'roads and prices linking places: no actor',
  merge: 'companies merging: not a political agreement (rows of our own may add it)',
  import: 'imports of goods are trade volumes, not cooperation of named parties',
  purchase: 'purchases of goods and shares',
  finance: 'financing of projects: mostly no second party named',
  boost: 'boosting profits, prices and savings',
  enact: 'enacting a law names no second party',
  allocate: 'allocations of budget and shares',
  release: 'releases of detainees are no relation (guidelines)',
  resign: 'a resignation names no second party',
  search: 'police searches are no relation (guidelines: questioning by police)',
  monitor: 'monitoring names no interaction',
  sentence: 'court sentences are no relation of ours',
  fine: 'mostly the adjective ("she\'s fine") and court fines',
  tax: 'taxes in financial tables',
  pound: 'the currency and the weight outnumber shelling',
  match: 'sports matches',
  lead: '"lead manager", "led the league": leadership is a structural relation, not an event',
  take: 'a light verb: "take place", "take steps"',
  go: 'a light verb',
  add: '"he added": a reporting verb',
  force: 'mostly "force majeure" and "forced to": the relation is in the embedded verb',
  hold: '"hold talks": the sense is in the noun',
  give: 'a light verb: "give a green light", "give details"; the noun decides',
  issue: 'bond issues and issuing statements',
  rule: 'sports rules and court rulings',
  head: 'leadership is a structural relation; "head to" is travel',
  pay: 'payments in financial tables',
  buy: 'purchases and broker advice',
  prepare: '"preparing for war" or lists prepared: no party',
  mean: 'a meaning, not an act',
  plan: 'a plan is a hedge on the embedded verb',
  intend: 'an intention is a hedge on the embedded verb',
  strive: 'an attempt is a hedge on the embedded verb',
  signal: 'signals of intent are hedges on the embedded verb',
  sue: 'lawsuits are no relation (guidelines)',
  prosecute: 'legal action is no relation of ours (guidelines: lawsuits)',
  indict: 'legal action is no relation of ours (guidelines: lawsuits)',
  convict: 'verdicts are no relation of ours',
  compensate: 'compensation is no disapproval',
  despair: 'a feeling, no target',
  exclude: 'exclusions from lists and figures, not coercion',
  impel: 'a cause, not coercion by a party',
  impose:
    'the object decides ("imposed sanctions on" is a row of our own; "imposed a curfew" names no party)',
  influence: 'influence is not support',
  delay: 'a postponement is not a rejection of a party',
  call: '"called for", "called on", "so-called", "called Y a liar" outnumber phone calls; our own rows read "call on", "call for" and "call … the enemy"',
  arm: '"armed police", "arms purchases": the adjective and the noun, not military cooperation',
  insist: '"insisted (that)" reports a statement; it is not a demand of a party',
  jail: '"jailed by a court": a sentence, no relation of ours (guidelines: lawsuits, legal action)',
  imprison: 'a court sentence, no relation of ours',
  disrupt: '"disrupt the polls/services": an event is disrupted, not relations with a party',
  broker: '"brokers said" (markets); brokering a deal is mediation between third parties',
  oversee: 'supervision ("the committee overseeing the agency") is no cooperation between parties',
  grant:
    'the object decides ("granted interviews/permission/amnesty"); no cooperation of two parties by itself',
  'beef up': '"beefed up security": a mobilization, not a deportation',
};

/** Particles a phrasal verb row may carry (a second word that is not one is a phrase, not a particle). */
const PARTICLES: ReadonlySet<string> = new Set(
  'about across after against along around at away back by down for from in into off on out over through to toward towards up upon with'.split(
    ' ',
  ),
);

/** True when a verb line's own code, or the block's head verb, gives it a row of its own. */
function ownVerb(b: Block, v: Verb): boolean {
  if (v.code) return true;
  const head = b.name.toLowerCase().split('_');
  const rest = head.slice(1).join(' ');
  return v.lemma === head[0] && (v.particle ?? '') === (PARTICLES.has(rest) ? rest : '');
}

/**
 * The rows of the table, sorted and without duplicates. A block's synonyms (from WordNet) share its
 * patterns but not its bare code: the dictionary lists them "synonymous with respect to the
 * patterns", and read alone they are mostly other senses ("match", "take", "lead" in a block coded
 * 190 or 060). So a bare verb row comes only from a verb with its own code or from a block's head verb.
 */
export function buildRows(text: string): CameoRow[] {
  const rows = new Map<string, CameoRow>();
  const keyOf = (r: Pick<CameoRow, 'lemma' | 'particle' | 'prep' | 'object'>) =>
    [r.lemma, r.particle ?? '', r.prep ?? '', r.object ?? ''].join('|');
  const add = (r: CameoRow) => {
    if (!rows.has(keyOf(r))) rows.set(keyOf(r), r);
  };
  const blocks = parseBlocks(text);
  for (const b of blocks) {
    for (const v of b.verbs) {
      if (!ownVerb(b, v)) continue;
      if (v.particle && !PARTICLES.has(v.particle)) continue;
      const code = v.code ?? (b.code !== '---' ? b.code.replace(/-+$/, '') : undefined);
      const primary = code ? codeOf(code) : null;
      if (!primary || primary.code === '---') continue;
      const rel = relationOfCode(primary.code);
      if (!rel?.relation) continue;
      const excluded = EXCLUDED_VERBS[v.particle ? `${v.lemma} ${v.particle}` : v.lemma];
      add({
        lemma: v.lemma,
        ...(v.particle ? { particle: v.particle } : {}),
        relation: excluded ? null : rel.relation,
        code: primary.code,
        ...(primary.reversed ? { reversed: true } : {}),
        reason: excluded ? `CAMEO ${b.name} [${code}] excluded: ${excluded}` : `CAMEO ${b.name} [${code}]`,
      });
    }
  }
  for (const b of blocks) {
    for (const p of b.patterns) {
      if (p.pre) continue;
      const c = constraintOf(p.post);
      const code = codeOf(p.code);
      if (!c || !code) continue;
      for (const v of b.verbs.filter((x) => x.lemma === p.verb && !x.particle)) {
        const own = rows.get(keyOf({ lemma: v.lemma }))?.relation ?? null;
        const rel = code.code === '---' ? { relation: null, reason: 'no event' } : relationOfCode(code.code);
        if (!rel || rel.relation === own) continue;
        // an excluded verb keeps its exclusion with a mere preposition ("sue * (for)"); an object
        // noun may give it another sense ("grant * amnesty")
        if (c.object === undefined && EXCLUDED_VERBS[v.lemma]) continue;
        add({
          lemma: v.lemma,
          ...c,
          relation: rel.relation,
          code: code.code,
          ...(code.reversed ? { reversed: true } : {}),
          reason: `CAMEO ${b.name} "${p.raw}" [${p.code}]`,
        });
      }
    }
  }
  const sortKey = (r: CameoRow) => keyOf(r);
  return [...rows.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/** The generated module's text. */
export function renderRows(rows: readonly CameoRow[]): string {
  const line = (r: CameoRow) => {
    const fields = [
      `lemma: ${JSON.stringify(r.lemma)}`,
      ...(r.particle ? [`particle: ${JSON.stringify(r.particle)}`] : []),
      ...(r.prep ? [`prep: ${JSON.stringify(r.prep)}`] : []),
      ...(r.object ? [`object: ${JSON.stringify(r.object)}`] : []),
      `relation: ${JSON.stringify(r.relation)}`,
      `code: ${JSON.stringify(r.code)}`,
      ...(r.reversed ? ['reversed: true'] : []),
      `reason: ${JSON.stringify(r.reason)}`,
    ];
    return `  { ${fields.join(', ')} },`;
  };
  return [
    '/**',
    ' * Relation lexicon from CAMEO (generated: do not edit)',
    ' *',
    ` * Rows of the CAMEO verb dictionary of PETRARCH2 (openeventdata/petrarch2 ${SOURCE_COMMIT},`,
    ' * petrarch2/data/dictionaries/CAMEO.2.0.txt; MIT, see ./LICENSE-PETRARCH2), mapped to this',
    " * project's relation ids. Regenerate with `npm run gen:relations`; tests/lexicon/relations.test.ts",
    ' * fails when this file differs from what the generator writes. A reason names the CAMEO block,',
    " * the pattern and the code; the code family's reason is in ./families.ts.",
    ' */',
    '',
    "import type { LexiconRow } from './types.ts';",
    '',
    '// one row a line; biome.json leaves this file unformatted',
    'export const CAMEO_ROWS: readonly LexiconRow[] = [',
    ...rows.map(line),
    '];',
    '',
  ].join('\n');
}

/** The text of the generated module, from the dictionary in `shared`. */
export function generate(shared: string): string {
  const text = readFileSync(join(shared, 'data', 'petrarch2', 'CAMEO.2.0.txt'), 'utf8');
  return renderRows(buildRows(text));
}

export const OUT = 'src/lexicon/relations/cameo.ts';

runGenerator(
  import.meta.url,
  OUT,
  generate,
  (text) => `${text.split('\n').filter((l) => l.startsWith('  {')).length} rows`,
);
