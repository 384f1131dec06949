/**
 * Generator of src/relations/irregular.ts
 *
 * `npm run gen:lemmas` reads UD English EWT train (`../shared/train/ud-english-ewt/en_ewt-ud-train.conllu`,
 * CC BY-SA 4.0; or `--shared <dir>`, or KG_SHARED) and keeps the verb and noun forms whose gold lemma
 * the suffix rules of src/relations/lemma.ts do not give: irregular verbs ("met" → meet, "swore" →
 * swear), plurals ("people" → person, "men" → man) and regular forms whose lemma is not the rules'
 * first guess ("named" → name, "ruled" → rule). Only form → lemma pairs are kept (no
 * sentence), each with the lemma most often given to that form.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGenerator } from './generated.ts';

export { sharedDir } from './generated.ts';

import { stemCandidates } from '../src/relations/lemma.ts';

/** Pairs `${UPOS}:${form}` → lemma where the rules fail, sorted. */
export function irregularPairs(conllu: string): [string, string][] {
  const counts = new Map<string, Map<string, number>>();
  for (const line of conllu.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0]!)) continue;
    const upos = cols[3] === 'AUX' ? 'VERB' : cols[3]!;
    if (upos !== 'VERB' && upos !== 'NOUN') continue;
    const form = cols[1]!.toLowerCase();
    const lemma = cols[2]!.toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(form) || !/^[a-z][a-z'-]*$/.test(lemma) || form === lemma) continue;
    const key = `${upos}:${form}`;
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(lemma, (m.get(lemma) ?? 0) + 1);
    counts.set(key, m);
  }
  const out: [string, string][] = [];
  for (const [key, m] of counts) {
    const [lemma] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const form = key.slice(key.indexOf(':') + 1);
    const cands = [
      ...(form.endsWith('ed') ? stemCandidates(form, 'ed') : []),
      ...(form.endsWith('ing') ? stemCandidates(form, 'ing') : []),
      ...(form.endsWith('s') ? stemCandidates(form, 's') : []),
    ];
    // a regular form: the rules' first candidate ("condemned" → condemn); a form whose lemma is a
    // later candidate ("named" → name, not nam) is kept, since the relation lexicon, which picks
    // among the candidates, knows only its own verbs
    if (cands[0] === lemma) continue;
    out.push([key, lemma]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function render(pairs: [string, string][]): string {
  return [
    '/**',
    ' * Irregular forms (generated: do not edit)',
    ' *',
    ' * Verb and noun forms whose lemma the suffix rules of ./lemma.ts miss, as `UPOS:form` → lemma,',
    ' * derived from the gold lemmas of UD English EWT train (github.com/UniversalDependencies/UD_English-EWT',
    ' * commit 15d613d8447b3478787d4c278730a1e48a945efb, CC BY-SA 4.0): word pairs only, no text.',
    ' * Regenerate with `npm run gen:lemmas`.',
    ' */',
    '',
    'export const IRREGULAR: Readonly<Record<string, string>> = {',
    ...pairs.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '};',
    '',
  ].join('\n');
}

export function generate(shared: string): string {
  const conllu = readFileSync(join(shared, 'train', 'ud-english-ewt', 'en_ewt-ud-train.conllu'), 'utf8');
  return render(irregularPairs(conllu));
}

export const OUT = 'src/relations/irregular.ts';

runGenerator(
  import.meta.url,
  OUT,
  generate,
  (text) => `${text.split('\n').filter((l) => l.startsWith('  "')).length} forms`,
);
